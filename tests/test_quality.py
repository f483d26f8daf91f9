"""The corpus gate's checks catch what they are meant to catch, and pass what is right.

Each row is a sentence an editor would send back (with the check that must object) or one
they would let through (no finding at all)."""

from __future__ import annotations

import pytest

import quality
from egovnews import load_records, write_article

FAULTS = [
    # every language
    ("en", "Kazakhstan ranks None of 193.", "leak"),
    ("en", "Kazakhstan ranks {{ rank }}.", "leak"),
    ("fr", "Le Kazakhstan devance la Suisse ().", "leak"),
    ("en", "Kazakhstan ranks  24th.", "double space"),
    ("fr", "Le Kazakhstan est 24e , devant la Suisse.", "space before a comma or full stop"),
    ("en", "It ranks ( 24th).", "space inside parentheses"),
    ("en", "It ranks 24th in the the world.", "repeated word"),
    ("en", "It ranks 24th (of 193.", "unbalanced ()"),
    # French
    ("fr", "La progression de le Japon.", "de le / à le / de les / à les"),
    ("fr", "Il passe à les premières places.", "de le / à le / de les / à les"),
    ("fr", "Le classement de Ouzbékistan.", "missing elision"),
    ("fr", "C’est dans l’OSI que Israël obtient son meilleur rang.", "missing elision"),
    ("fr", "La Inde recule.", "missing elision"),
    ("fr", "Le EGDI du Japon.", "missing elision"),
    ("fr", "Le OSI de la RDC.", "missing elision"),
    ("fr", "Le habitant.", "missing elision"),
    ("fr", "L’Kenya recule.", "elision before a consonant"),
    ("fr", "La situation d’Honduras.", "elision before a consonant"),
    ("fr", "Il gagne l’huitième place.", "elision before a consonant"),
    ("fr", "Le TII de l’Yémen.", "elision before a consonant"),
    ("fr", "La hollande avance.", "h-word not classified as aspiré or muet"),
    ("fr", "Il est 2ème.", "ordinal 2ème (style e)"),
    ("fr", "Il est 1e.", "ordinal 1e (style e)"),
    ("fr", "Il est 3er.", "ordinal 3er (style e)"),
    ("fr", "Classement : le Japon.", "no non-breaking space before :"),
    ("fr", "Il recule !", "no non-breaking space before !"),
    ("fr", "Le titre «\u202fEn ligne».", "no non-breaking space inside « »"),
    ("fr", "Le classement de l'Inde.", "straight apostrophe"),
    ("fr", "Une hausse de 12 %.", "space before a percent sign is not non-breaking"),
    # English
    ("en", "It has a OSI rank of 10th.", "a/an"),
    ("en", "It is an leader.", "a/an"),
    ("en", "It takes a 8th place.", "a/an"),
    ("en", "It takes an 10th place.", "a/an"),
    ("en", "It is a hour behind.", "a/an"),
    ("en", "It ranks 22th.", "ordinal 22th"),
    ("en", "It ranks 11st.", "ordinal 11st"),
    ("en", "It ranks 3th.", "ordinal 3th"),
    ("en", "It gains one places.", "one with a plural"),
    ("en", "It gains 4 place.", "a number above one with a singular"),
    ("en", "It leads the nine member.", "a number above one with a singular"),
    ("en", "Netherlands ranks 22nd.", 'name without "the"'),
    ("en", "It trails United States.", 'name without "the"'),
    ("en", "The Philippines’s rank.", "’s after a plural name"),
    # Russian
    ("ru", "Страна поднялась на 5 позиции.", "number and noun disagree"),
    ("ru", "Страна поднялась на 2 позиций.", "number and noun disagree"),
    ("ru", "Страна поднялась на 21 позиций.", "number and noun disagree"),
    ("ru", "Страна потеряла пять места.", "number and noun disagree"),
    ("ru", "Она первая из 32 развивающихся страны.", "number and noun disagree"),
    ("ru", "Страна заняла 24-й место.", "ordinal ending and noun disagree"),
    ("ru", "Страна на 24-е месте.", "ordinal ending and noun disagree"),
    ("ru", "Страна поднялась на 24-ю позицию, с 30-го позиции.", "ordinal ending and noun disagree"),
    ("ru", "Страна оказалась рядом с Францию.", "case after preposition"),
    ("ru", "Индекс выше, чем у Казахстан.", "case after preposition"),
    ("ru", "Страна поднялась благодаря Франции и Германия.", "case after preposition"),
    ("ru", "Франция поднялся на 3 позиции.", "past tense and subject disagree"),
    ("ru", "Нидерланды опустилась на 3 позиции.", "past tense and subject disagree"),
    ("ru", "Республика Корея занял первое место.", "past tense and subject disagree"),
    ("ru", "В рейтинге Исследования ООН 2020 года Канада опустился на 28-е место.", "past tense and subject disagree"),
    ("ru", "США выбыли из первой десятки рейтинге Исследования ООН.", "prepositional case without a preposition"),
]

RIGHT = [
    ("fr", "Le Kazakhstan devance la Suisse (26e), la Turquie (27e) et la France (34e)."),
    ("fr", "C’est dans l’indice des services en ligne qu’Israël obtient son meilleur rang, devant l’Ouzbékistan."),
    ("fr", "Le Honduras et la Hongrie se hissent\u202f; le Yémen recule, d’Haïti à l’EGDI du Japon."),
    ("fr", "Il est 1er, elle est 1re, le pays est 24e\u00a0: une hausse de 12\u202f% «\u202fen ligne\u202f»."),
    ("fr", "Le onzième rang, la huitième place, le TII et l’OSI, de huit places."),
    ("fr", "La RDC et la RCA devancent les EAU, comme la SNCF et le FMI."),
    ("en", "Kazakhstan ranks 24th, an 8th place on the OSI, an 11th on the HCI and a 10th on the TII."),
    ("en", "The Netherlands leads the United States; the Philippines’ rank rose one place, and four places for South Sudan."),
    ("en", "It ranks 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 22nd, 23rd and 111th in the 2024 edition."),
    ("en", "A European leader and a one-off, with an EGDI of 0.9009 and a UN score."),
    ("ru", "Казахстан поднялся на 4 позиции, Франция поднялась на 1 позицию, ОАЭ поднялись на 5 позиций."),
    ("ru", "Страна заняла 24-е место, с 28-го места, на 24-м месте, 21 место, 2 места, 5 мест."),
    ("ru", "Республика Корея заняла первое место среди 32 развивающихся стран, наряду с Республикой Корея и Францией."),
    ("ru", "В Меланезии Фиджи заняло первое место, у Бангладеш и у Казахстана, в 2024 году."),
    ("ru", "Нидерланды опустились на 24-ю позицию; Многонациональное Государство Боливия поднялось."),
    ("ru", "В рейтинге Исследования ООН 2020 года Канада опустилась с 23-го на 28-е место."),
    ("ru", "Сент-Винсент и Гренадины поднялись на 107-е место."),
    ("ru", "Снижение последовало за 42-м местом в 2016 и 2018 годах."),
]


def _checks(lang: str, text: str) -> list[str]:
    language = {"fr": quality.check_french, "en": quality.check_english, "ru": quality.check_russian}[lang]
    return [f.check for f in quality.check_text(text) + language(text)]


@pytest.mark.parametrize(("lang", "text", "check"), FAULTS, ids=[f"{row[0]}-{row[2]}-{i}" for i, row in enumerate(FAULTS)])
def test_a_fault_is_found(lang: str, text: str, check: str) -> None:
    assert check in _checks(lang, text), text


@pytest.mark.parametrize(("lang", "text"), RIGHT, ids=[f"{row[0]}-{i}" for i, row in enumerate(RIGHT)])
def test_right_text_has_no_finding(lang: str, text: str) -> None:
    assert _checks(lang, text) == []


def test_french_house_style_ordinals() -> None:
    assert quality.check_french("Il est 24ème et 1er.", ordinal_style="eme") == []
    assert [f.check for f in quality.check_french("Il est 24e.", ordinal_style="eme")] == ["ordinal 24e (style eme)"]
    assert quality.check_french("Il est 24ᵉ, elle est 1ʳᵉ, il est 1ᵉʳ.", ordinal_style="superscript") == []
    assert [f.check for f in quality.check_french("Il est 24e et 3ᵉ.", ordinal_style="superscript")] == ["ordinal 24e (style superscript)"]
    assert [f.check for f in quality.check_french("Il est 3ᵉ.")] == ["ordinal 3ᵉ (style e)"]


def test_english_official_names_follow_the_un() -> None:
    assert quality.check_english("Maldives ranks 94th.", name_style="official") == []
    assert [f.check for f in quality.check_english("It trails Russian Federation.", name_style="official")] == ['name without "the"']


def test_sentence_shape_is_checked(example_records) -> None:
    article = write_article(load_records(example_records), "KAZ", 2024, lang="en")
    assert quality.check_shape(article) == []
    from dataclasses import replace

    lead = article.lead
    cut = replace(lead, sentences=(replace(lead.sentences[0], text="kazakhstan ranks 24th"),))
    headline = replace(article.headline_sentence, text=article.headline + ".")
    found = [f.check for f in quality.check_shape(replace(article, lead=cut, headline_sentence=headline))]
    assert found == ["title ending with a full stop", "sentence without a capital", "sentence without final punctuation"]


def test_spelling_finds_a_misspelled_word() -> None:
    for lang, wrong, right in (("fr", "classemant", "classement"), ("en", "goverment", "government"), ("ru", "рейтенг", "рейтинг")):
        if reason := quality.hunspell_available(lang):
            pytest.skip(reason) if __import__("os").environ.get("CI") != "true" else pytest.fail(reason)
        assert quality.misspelled([wrong, right], lang) == {wrong}
