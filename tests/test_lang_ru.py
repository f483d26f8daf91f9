"""Russian toolkit: every example of issue 4; ordinals 1..200 in every case and gender, the
suffix checked against num2words' full form; counts 0..200 checked against pymorphy3."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

import pytest

from egovnews.lang import CASES, lang
from egovnews.lexicon import Grammar
from egovnews.style import Style

RU = lang("ru")
NBSP = "\u00a0"
GENDERS = ("m", "f", "n", "pl")


# -- the issue's examples ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "expected"),
    [("nom", "24-е место"), ("gen", "24-го места"), ("dat", "24-му месту"), ("pre", "24-м месте")],
)
def test_ordinal_with_place(case: str, expected: str) -> None:
    assert RU.ordinal_noun(24, "место", case=case) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gender", "case", "expected"), [("m", "nom", "24-й"), ("f", "nom", "24-я"), ("f", "acc", "24-ю")]
)
def test_ordinal_suffixes(gender: str, case: str, expected: str) -> None:
    assert RU.ordinal(24, gender=gender, case=case) == expected  # type: ignore[arg-type]


def test_full_forms() -> None:
    assert RU.ordinal(24, gender="n", spelled=True) == "двадцать четвёртое"
    assert "на " + RU.ordinal_noun(24, "место", case="pre", spelled=True) == "на двадцать четвёртом месте"


@pytest.mark.parametrize(
    ("n", "noun", "case", "expected"),
    [
        (1, "позиция", "nom", "одна позиция"),
        (2, "позиция", "nom", "две позиции"),
        (5, "позиция", "nom", "пять позиций"),
        (21, "позиция", "nom", "21 позиция"),
        (22, "позиция", "nom", "22 позиции"),
        (11, "позиция", "nom", "11 позиций"),
        (1, "позиция", "acc", "одну позицию"),
        (4, "позиция", "acc", "четыре позиции"),
        (23, "позиция", "acc", "23 позиции"),
        (2, "место", "nom", "два места"),
        (5, "место", "nom", "пять мест"),
    ],
)
def test_counts(n: int, noun: str, case: str, expected: str) -> None:
    assert RU.count(n, noun, case=case) == expected  # type: ignore[arg-type]


def test_counts_in_context() -> None:
    assert "поднявшись на " + RU.count(23, "позиция", case="acc") == "поднявшись на 23 позиции"
    assert "на " + RU.count(1, "позиция", case="acc") == "на одну позицию"
    assert "на " + RU.count(4, "позиция", case="acc") == "на четыре позиции"


def test_decimals_and_grouping() -> None:
    assert RU.decimal(Decimal("0.90093")) == "0,9009"
    assert RU.decimal("1234567.5", 1) == f"1{NBSP}234{NBSP}567,5"
    assert RU.percent("0.1234") == f"12,3{NBSP}%"


def test_lists_and_names() -> None:
    assert RU.join(["Швейцария", "Турция", "Франция"]) == "Швейцария, Турция и Франция"
    assert lang("ru", Style(serial_comma=True)).join(["а", "б", "в"]) == "а, б и в"
    assert RU.names(["CHE", "TUR", "FRA"]) == "Швейцария, Турция и Франция"
    official = lang("ru", Style(name_style="official"))
    assert official.names(["KOR", "EST"], "ins") == "Республикой Корея и Эстонией"
    assert RU.names(["KOR", "EST"], "ins") == "Южной Кореей и Эстонией"
    assert RU.country("CUB", "loc") == "на Кубе"
    assert RU.country("KAZ", capital=True) == "Казахстан"


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("поднялся", ("поднялся", "поднялась", "поднялось", "поднялись")),
        ("занял", ("занял", "заняла", "заняло", "заняли")),
        ("вошёл", ("вошёл", "вошла", "вошло", "вошли")),
        ("опустился", ("опустился", "опустилась", "опустилось", "опустились")),
        ("вырос", ("вырос", "выросла", "выросло", "выросли")),
        ("достиг", ("достиг", "достигла", "достигло", "достигли")),
        ("привёл", ("привёл", "привела", "привело", "привели")),
        ("оказался", ("оказался", "оказалась", "оказалось", "оказались")),
        ("расположен", ("расположен", "расположена", "расположено", "расположены")),
        ("занят", ("занят", "занята", "занято", "заняты")),
        ("лучший", ("лучший", "лучшая", "лучшее", "лучшие")),
        ("новый", ("новый", "новая", "новое", "новые")),
        ("последний", ("последний", "последняя", "последнее", "последние")),
    ],
)
def test_agreement(word: str, forms: tuple[str, str, str, str]) -> None:
    grammars = (Grammar("m", "sg"), Grammar("f", "sg"), Grammar("n", "sg"), Grammar(None, "pl"))
    assert tuple(RU.agree(word, g) for g in grammars) == forms


def test_agreement_with_countries() -> None:
    assert RU.agree("поднялся", "KAZ") == "поднялся"
    assert RU.agree("поднялся", "RUS") == "поднялась"
    assert RU.agree("поднялся", "USA") == "поднялись"
    assert RU.agree("поднялся", ["KAZ", "RUS"]) == "поднялись"
    with pytest.raises(ValueError, match="cannot make"):
        RU.agree("бежать", Grammar("f", "sg"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("казахстан занял 24-е место.", "Казахстан занял 24-е место."),
        ("Рост . индекс  вырос , до 0,9009 .", "Рост. Индекс вырос, до 0,9009."),
        ("Индекс « ЭП » : рост !", "Индекс «ЭП»: рост!"),
        ("В 2024 г. Астана. т. е. так.", "В 2024 г. Астана. Т. е. так."),
        ("Кот-д'Ивуар.", "Кот-д\u2019Ивуар."),
    ],
)
def test_typography(text: str, expected: str) -> None:
    assert RU.typography(text) == expected


# -- ordinals 1..200, every case and gender ---------------------------------------------------

# By hand: 24 and 3 (a soft stem: третий, третье, третьими) in every case and gender.
HAND = {
    24: {
        "m": ("й", "го", "му", "й", "м", "м"),
        "f": ("я", "й", "й", "ю", "й", "й"),
        "n": ("е", "го", "му", "е", "м", "м"),
        "pl": ("е", "х", "м", "е", "ми", "х"),
    },
    3: {
        "m": ("й", "го", "му", "й", "м", "м"),
        "f": ("я", "й", "й", "ю", "й", "й"),
        "n": ("е", "го", "му", "е", "м", "м"),
        "pl": ("и", "х", "м", "и", "ми", "х"),
    },
}


@pytest.mark.parametrize("n", sorted(HAND))
@pytest.mark.parametrize("gender", GENDERS)
def test_ordinal_hand_table(n: int, gender: str) -> None:
    got = tuple(RU.ordinal(n, gender=gender, case=case) for case in CASES)  # type: ignore[arg-type]
    assert got == tuple(f"{n}-{suffix}" for suffix in HAND[n][gender])


@cache
def full_form(n: int, case: str, gender: str) -> str:
    from num2words import num2words

    n2w_case = {"nom": "n", "gen": "g", "dat": "d", "acc": "a", "ins": "i", "pre": "p"}[case]
    plural = gender == "pl"
    return num2words(n, lang="ru", to="ordinal", case=n2w_case, gender="m" if plural else gender,
                     plural=plural, animate=False)


# The endings an ordinal takes, by gender, in CASES order (inanimate accusative).
ENDINGS = {
    "m": ({"ый", "ий", "ой"}, {"ого", "его"}, {"ому", "ему"}, {"ый", "ий", "ой"}, {"ым", "им"}, {"ом", "ем"}),
    "f": ({"ая", "ья"}, {"ой", "ей"}, {"ой", "ей"}, {"ую", "ью"}, {"ой", "ей"}, {"ой", "ей"}),
    "n": ({"ое", "ье"}, {"ого", "его"}, {"ому", "ему"}, {"ое", "ье"}, {"ым", "им"}, {"ом", "ем"}),
    "pl": ({"ые", "ьи"}, {"ых", "их"}, {"ым", "им"}, {"ые", "ьи"}, {"ыми", "ими"}, {"ых", "их"}),
}


@pytest.mark.parametrize("n", range(1, 201))
@pytest.mark.parametrize("gender", GENDERS)
def test_ordinal_table(n: int, gender: str) -> None:
    for index, case in enumerate(CASES):
        full = full_form(n, case, gender)
        last_word = full.split()[-1]
        # num2words' full form has the ending the case and gender ask for (inanimate).
        assert any(last_word.endswith(e) for e in ENDINGS[gender][index]), (n, case, gender, full)
        assert RU.ordinal(n, gender=gender, case=case, spelled=True) == full  # type: ignore[arg-type]
        # One letter when the last letter follows a vowel (or ь), two after a consonant.
        two = re.search(r"[бвгджзклмнпрстфхцчшщ].$", last_word) is not None
        suffix = last_word[-2:] if two else last_word[-1:]
        abbreviated = RU.ordinal(n, gender=gender, case=case)  # type: ignore[arg-type]
        assert abbreviated == f"{n}-{suffix}"
        assert abbreviated[len(str(n)) + 1 :] in {"й", "я", "е", "и", "ю", "м", "х", "го", "му", "ми"}


# -- counts 0..200, checked against pymorphy3 -----------------------------------------------

PYMORPHY_CASE = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "pre": "loct"}


@cache
def morph():  # type: ignore[no-untyped-def]
    pymorphy3 = pytest.importorskip("pymorphy3")
    return pymorphy3.MorphAnalyzer()


@cache
def pymorphy_form(noun: str, case: str, n: int) -> str:
    parse = next(p for p in morph().parse(noun) if p.normal_form == noun and "NOUN" in p.tag)
    return str(parse.inflect({PYMORPHY_CASE[case]}).make_agree_with_number(n).word)


# Spelled-out numerals 0..9 by hand, per gender of the noun (позиция, страна f; место n).
NUMERALS = {
    ("nom", "f"): "ноль одна две три четыре пять шесть семь восемь девять",
    ("nom", "n"): "ноль одно два три четыре пять шесть семь восемь девять",
    ("acc", "f"): "ноль одну две три четыре пять шесть семь восемь девять",
    ("acc", "n"): "ноль одно два три четыре пять шесть семь восемь девять",
    ("gen", "f"): "ноля одной двух трёх четырёх пяти шести семи восьми девяти",
    ("gen", "n"): "ноля одного двух трёх четырёх пяти шести семи восьми девяти",
    ("dat", "f"): "нолю одной двум трём четырём пяти шести семи восьми девяти",
    ("dat", "n"): "нолю одному двум трём четырём пяти шести семи восьми девяти",
    ("ins", "f"): "нолём одной двумя тремя четырьмя пятью шестью семью восемью девятью",
    ("ins", "n"): "нолём одним двумя тремя четырьмя пятью шестью семью восемью девятью",
    ("pre", "f"): "ноле одной двух трёх четырёх пяти шести семи восьми девяти",
    ("pre", "n"): "ноле одном двух трёх четырёх пяти шести семи восьми девяти",
}


@pytest.mark.parametrize("noun", ["позиция", "место", "страна"])
@pytest.mark.parametrize("case", ["nom", "gen", "acc", "ins", "pre", "dat"])
def test_count_table(noun: str, case: str) -> None:
    gender = RU.noun(noun).gender
    for n in range(0, 201):
        text = RU.count(n, noun, case=case)  # type: ignore[arg-type]
        number, _, form = text.rpartition(" ")
        if n == 0 and case not in ("nom", "acc"):
            # Zero is a noun and governs the genitive plural in every case (нулём позиций);
            # pymorphy3 puts the noun in the plural of the case instead.
            assert form == pymorphy_form(noun, "gen", 0), (n, case)
        else:
            assert form == pymorphy_form(noun, case, n), (n, case, text)
        expected_number = NUMERALS[(case, gender)].split()[n] if n < 10 else str(n)
        assert number == expected_number, (n, case, text)


def test_spell_out_bound_is_house_style() -> None:
    wide = lang("ru", Style(spell_out_below=30))
    assert wide.count(21, "позиция", case="acc") == "двадцать одну позицию"
    assert wide.count(22, "позиция", case="ins") == "двадцатью двумя позициями"
    assert lang("ru", Style(spell_out_below=0)).count(4, "позиция", case="acc") == "4 позиции"


def test_filters_in_jinja() -> None:
    import jinja2

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.filters.update(RU.filters())
    template = env.from_string(
        "{{ 'RUS'|country }} {{ 'поднялся'|agree('RUS') }} на {{ 23|count_noun('позиция', case='acc') }} "
        "и {{ 'занял'|agree('RUS') }} {{ 24|ordinal_noun('место', case='acc') }}."
    )
    assert template.render() == "Россия поднялась на 23 позиции и заняла 24-е место."
