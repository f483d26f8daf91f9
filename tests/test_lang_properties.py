"""Properties that hold in every language: decimals, percentages, ordinals, counts, typography."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from egovnews.lang import LANGUAGES, lang
from egovnews.style import Style

SEPARATORS = {"fr": ("\u202f", ","), "en": (",", "."), "ru": ("\u00a0", ",")}

finite_decimals = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=Decimal("-1e30"), max_value=Decimal("1e30")
)
places = st.integers(min_value=0, max_value=8)
codes = st.sampled_from(LANGUAGES)


def expected_rounding(value: Decimal, places: int) -> Decimal:
    """The reference rounding, written independently of the library."""
    step = Decimal(1).scaleb(-places)
    return value.quantize(step, rounding=ROUND_HALF_UP, context=Context(prec=100))


def parse(code: str, text: str) -> Decimal:
    group, point = SEPARATORS[code]
    return Decimal(text.replace(group, "").replace(point, "."))


def check_decimal(code: str, value: Decimal, places: int, text: str) -> None:
    group, point = SEPARATORS[code]
    assert "e" not in text.lower(), text
    assert re.fullmatch(rf"-?\d{{1,3}}(?:{re.escape(group)}\d{{3}})*(?:{re.escape(point)}\d+)?", text), text
    decimals = text.partition(point)[2]
    assert len(decimals) == places, text
    rounded = expected_rounding(value, places)
    assert parse(code, text) == rounded, (value, text)
    if rounded.is_zero():
        assert not text.startswith("-"), text


@given(code=codes, value=finite_decimals, places=places)
@example(code="fr", value=Decimal("0.90093"), places=4)
@example(code="en", value=Decimal("-0.00004"), places=4)
@example(code="ru", value=Decimal("1E+30"), places=8)
@example(code="en", value=Decimal("-1.5E-50"), places=8)
@example(code="en", value=Decimal("0.00005"), places=4)
@example(code="fr", value=Decimal("-0E-10"), places=0)
def test_decimal_from_decimal(code: str, value: Decimal, places: int) -> None:
    check_decimal(code, value, places, lang(code).decimal(value, places))


@given(code=codes, value=finite_decimals, places=places)
def test_decimal_from_string(code: str, value: Decimal, places: int) -> None:
    check_decimal(code, value, places, lang(code).decimal(str(value), places))


@given(code=codes, value=st.integers(min_value=-(10**15), max_value=10**15), places=places)
def test_decimal_from_int(code: str, value: int, places: int) -> None:
    check_decimal(code, Decimal(value), places, lang(code).decimal(value, places))


@given(code=codes, value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_decimal_from_float_uses_the_shortest_repr(code: str, value: float) -> None:
    # 0.1 + 0.2 prints 0.30000000000000004, not a binary expansion with 50 digits.
    check_decimal(code, Decimal(repr(value)), 4, lang(code).decimal(value, 4))


@given(code=codes, value=finite_decimals, places=places)
def test_default_places_come_from_the_house_style(code: str, value: Decimal, places: int) -> None:
    assert lang(code, Style(decimals=places)).decimal(value) == lang(code).decimal(value, places)


@given(code=codes, value=st.decimals(allow_nan=False, allow_infinity=False, min_value=-10, max_value=10),
       places=st.integers(min_value=0, max_value=4))
def test_percent(code: str, value: Decimal, places: int) -> None:
    text = lang(code).percent(value, places)
    number = text.removesuffix("%").rstrip("\u00a0\u202f")
    check_decimal(code, value.scaleb(2), places, number)


def test_refuses_what_is_not_a_number() -> None:
    for code in LANGUAGES:
        with pytest.raises(ValueError):
            lang(code).decimal("abc")
        with pytest.raises(ValueError):
            lang(code).decimal(Decimal("NaN"))
        with pytest.raises(ValueError):
            lang(code).decimal("Infinity")
        with pytest.raises(TypeError):
            lang(code).decimal(True)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            lang(code).decimal("1", -1)


@given(code=codes, n=st.integers(min_value=1, max_value=10**6))
def test_abbreviated_ordinals_start_with_the_number(code: str, n: int) -> None:
    text = lang(code).ordinal(n)
    assert text.startswith(str(n))
    assert not text[len(str(n)) :].isdigit()


@given(code=codes, n=st.integers(min_value=0, max_value=10**6))
def test_counts_are_number_then_noun(code: str, n: int) -> None:
    language = lang(code)
    for noun in language.nouns:
        text = language.count(n, noun)
        # The noun may be a phrase ("other countries", "autres pays"): the number is what precedes it.
        form = next((f for f in language.nouns[noun].singular + language.nouns[noun].plural if text.endswith(" " + f)), None)
        assert form is not None, text
        number = text[: -len(form) - 1]
        if n >= language.style.spell_out_below:
            assert parse(code, number) == n


@given(code=codes, text=st.text(alphabet=st.sampled_from(list("ab .,;:!?«»'\n0123")), max_size=40))
def test_typography_is_idempotent_and_leaves_no_double_space(code: str, text: str) -> None:
    once = lang(code).typography(text)
    assert lang(code).typography(once) == once
    assert "  " not in once
    assert not re.search(r"[ \t\u00a0\u202f][,.](?!\d)", once)


@given(items=st.lists(st.text(alphabet="abc", min_size=1, max_size=5), max_size=6), code=codes)
def test_join_keeps_every_item_in_order(items: list[str], code: str) -> None:
    text = lang(code).join(items)
    position = 0
    for item in items:
        position = text.index(item, position) + len(item)


@pytest.mark.parametrize("code", LANGUAGES)
def test_filters_work_in_the_sandbox_as_filters_and_globals(code: str) -> None:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    language = lang(code)
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined)
    env.filters.update(language.filters())
    env.globals.update(language.filters())
    text = env.from_string("{{ 24|ordinal }} {{ ordinal(24) }} {{ '0.90093'|decimal }} {{ decimal('0.90093') }}")
    ordinal, decimal = language.ordinal(24), language.decimal("0.90093")
    assert text.render() == f"{ordinal} {ordinal} {decimal} {decimal}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_negative_counts_are_refused(code: str) -> None:
    language = lang(code)
    with pytest.raises(ValueError, match="0 or more"):
        language.count(-4, next(iter(language.nouns)))
