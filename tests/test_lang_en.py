"""English toolkit: every example of issue 4, then tables 1..200 and 0..200."""

from __future__ import annotations

from decimal import Decimal

import pytest

from egovnews.lang import lang
from egovnews.lexicon import Grammar
from egovnews.style import Style

EN = lang("en")
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (111, "111th")],
)
def test_ordinals(n: int, expected: str) -> None:
    assert EN.ordinal(n) == expected


def test_spelled_ordinals() -> None:
    assert EN.ordinal(1, spelled=True) == "first"
    assert EN.ordinal(24, spelled=True) == "twenty-fourth"
    assert EN.ordinal_noun(24, "place") == "24th place"


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "one place"), (4, "four places"), (23, "23 places"), (0, "zero places")]
)
def test_counts(n: int, expected: str) -> None:
    assert EN.count(n, "place") == expected


def test_decimals() -> None:
    assert EN.decimal(Decimal("0.90093")) == "0.9009"
    assert EN.decimal("1234567.5", 1) == "1,234,567.5"
    assert EN.percent("0.1234") == "12.3%"


def test_lists_and_serial_comma() -> None:
    items = ["Switzerland", "Türkiye", "France"]
    assert EN.join(items) == "Switzerland, Türkiye and France"
    assert lang("en", Style(serial_comma=True)).join(items) == "Switzerland, Türkiye, and France"
    assert lang("en", Style(serial_comma=True)).join(items[:2]) == "Switzerland and Türkiye"
    assert EN.join(items, "or") == "Switzerland, Türkiye or France"


def test_names_need_the_english_lexicon() -> None:
    assert EN.names(["CHE", "TUR", "FRA"]) == "Switzerland, Türkiye and France"
    assert EN.country("NLD", capital=True) == "The Netherlands"


@pytest.mark.parametrize(
    ("word", "plural"),
    [("rises", "rise"), ("falls", "fall"), ("ranks", "rank"), ("is", "are"), ("was", "were"), ("has", "have"),
     ("reaches", "reach"), ("carries", "carry"), ("has risen", "have risen"), ("rose", "rose")],
)
def test_verb_number(word: str, plural: str) -> None:
    assert EN.agree(word, Grammar(None, "sg")) == word
    assert EN.agree(word, Grammar(None, "pl")) == plural


def test_verb_number_from_the_lexicon() -> None:
    assert EN.agree("rises", "KAZ") == "rises"
    assert EN.agree("rises", ["KAZ", "FRA"]) == "rise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Netherlands rises.", "The Netherlands rises."),
        ("It rose. the Netherlands fell.", "It rose. The Netherlands fell."),
        ("It rose  four places , to 0.9009 .", "It rose four places, to 0.9009."),
        ("Kazakhstan's index : 0.9009 !", "Kazakhstan\u2019s index: 0.9009!"),
        ("Up, e.g. here. i.e. there.", "Up, e.g. here. I.e. there."),
        ("Mr. Smith wins. no doubt.", "Mr. Smith wins. No doubt."),
    ],
)
def test_typography(text: str, expected: str) -> None:
    assert EN.typography(text) == expected


def test_straight_apostrophe() -> None:
    assert lang("en", Style(apostrophe="straight")).typography("Kazakhstan\u2019s rank") == "Kazakhstan's rank"


@pytest.mark.parametrize("n", range(1, 201))
def test_ordinal_table(n: int) -> None:
    last, last_two = n % 10, n % 100
    suffix = "th" if 11 <= last_two <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    assert EN.ordinal(n) == f"{n}{suffix}"
    assert EN.ordinal(n, spelled=True) == ordinal_from_cardinal(n)


def ordinal_from_cardinal(n: int) -> str:
    """The English rule on num2words' cardinal: the last word becomes ordinal."""
    from num2words import num2words

    head, sep, word = num2words(n, lang="en").replace("-", " - ").rpartition(" ")
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                 "nine": "ninth", "twelve": "twelfth"}
    if word in irregular:
        word = irregular[word]
    elif word.endswith("y"):
        word = word[:-1] + "ieth"
    else:
        word += "th"
    return (head + sep + word).replace(" - ", "-")


@pytest.mark.parametrize(
    ("n", "expected"),
    [(2, "second"), (3, "third"), (5, "fifth"), (9, "ninth"), (12, "twelfth"), (20, "twentieth"),
     (21, "twenty-first"), (100, "one hundredth"), (111, "one hundred and eleventh"), (200, "two hundredth")],
)
def test_spelled_ordinals_table(n: int, expected: str) -> None:
    assert EN.ordinal(n, spelled=True) == expected


@pytest.mark.parametrize("n", range(0, 201))
@pytest.mark.parametrize(("noun", "plural"), [("place", "places"), ("country", "countries"), ("point", "points")])
def test_count_table(n: int, noun: str, plural: str) -> None:
    number = WORDS[n] if n < 10 else str(n)
    assert EN.count(n, noun) == f"{number} {noun if n == 1 else plural}"


def test_filters_in_jinja() -> None:
    import jinja2

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.filters.update(EN.filters())
    template = env.from_string("{{ 24|ordinal }} place, up {{ 4|count_noun('place') }}, {{ '0.90093'|decimal }}")
    assert template.render() == "24th place, up four places, 0.9009"


def test_a_name_holding_and_keeps_the_list_readable() -> None:
    english = lang("en")
    assert english.join(["Antigua and Barbuda", "Dominica"]) == "Antigua and Barbuda as well as Dominica"
    assert english.join(["Ethiopia", "Myanmar", "São Tomé and Príncipe"]) == "Ethiopia, Myanmar, and São Tomé and Príncipe"
    assert english.join(["Ethiopia", "Myanmar", "Peru"]) == "Ethiopia, Myanmar and Peru"
    assert lang("ru").join(["Ирана", "Сент-Винсента и Гренадин", "Фиджи"]) == "Ирана, Сент-Винсента и Гренадин, а также Фиджи"
