"""The editorial checks catch what they are meant to catch, and let right text through.

Each planted case is a sentence (or a small article) an agency's desk editor would send back,
with the class of tests/editorial.py that must object; each right case is its mended form.
"""

from __future__ import annotations

import editorial
import pytest

from egovnews.article import Article, Paragraph, Section, Sentence


def _article(country: str, headline: str, lead: list[str], sections: list[tuple[str, list[str]]] = (), lang: str = "en") -> Article:
    return Article(
        country=country,
        edition=2024,
        lang=lang,
        headline_sentence=Sentence(headline),
        lead=Paragraph(tuple(Sentence(s) for s in lead)),
        sections=tuple(Section(Sentence(h), (Paragraph(tuple(Sentence(s) for s in body)),)) for h, body in sections),
    )


def _classes(found: list[editorial.Finding]) -> set[str]:
    return {f.check.split(" ", 1)[0] for f in found}


# (language, sentence, class) — sentences checked on their own.
PLANTED = [
    # 1: a bracket or more of the clause after a tie list
    ("en", "Denmark ranks 2nd on the EPI, level with Japan (12th in 2022).", "1"),
    ("en", "Gabon ranks 110th, level with Peru, out of 193 countries.", "1"),
    ("fr", "Le Danemark se classe 2e, à égalité avec le Japon (12e en 2022).", "1"),
    ("ru", "Андорра занимает 78-е место, наравне с Казахстаном против 64-го в 2022 году.", "1"),
    # 2: "best since" the first edition loaded
    ("en", "This is Chile's best rank since 2014: 33rd in 2014 and 31st in 2024.", "2"),
    ("fr", "Le Chili signe là son meilleur classement depuis 2014.", "2"),
    ("ru", "Чили показало лучший результат с 2014 года.", "2"),
    # 3: a top tier said of a fall or of a podium place
    ("en", "On the OSI, Finland is in the top 20, in 19th place (2nd in 2022).", "3"),
    ("en", "Denmark ranks 2nd on the OSI and is in the top 10.", "3"),
    ("fr", "La Finlande figure parmi les vingt premiers, au 19e rang (2e en 2022).", "3"),
    ("ru", "Дания занимает 2-е место и входит в первую десятку.", "3"),
    # 4: strength words for a comparison of ranks
    ("en", "South Sudan's strongest component is the OSI (182nd), its weakest the TII (191st).", "4"),
    ("fr", "Le point fort de l'Afghanistan est l'indice des infrastructures (176e).", "4"),
    ("ru", "Самая сильная из трёх составляющих у Анголы — индекс онлайн-услуг.", "4"),
    # 9: doubled punctuation and phrases an editor strikes
    ("en", "It ranks 10th on the Online Service Index (OSI) (8th in 2022).", "9"),
    ("fr", "Il devance la Suisse,, la France.", "9"),
    ("ru", "Казахстан входит в первую десятку (в неё входят также Южная Корея и Дания).", "9"),
    ("ru", "ОАЭ делят общее первое место.", "9"),
    ("en", "It shares 110th place with Burundi, Guyana, Nepal and Venezuela.", "9"),
    ("en", "It shares 4th place with the United Kingdom and South Korea.", "9"),
    ("fr", "Il partage ce rang avec la Turquie et la Norvège.", "9"),
    ("ru", "Куба опустилась на 187-е место; то же место занимает Алжир (175-е в 2022 году).", "1"),
    ("ru", "Перу опустилось на 42-е место; то же место занимают Таиланд, Польша и Руанда.", "9"),
    ("en", "Liberia falls to 166th, level with Myanmar, Ethiopia as well as São Tomé and Príncipe.", "9"),
]

RIGHT = [
    ("en", "Denmark ranks 2nd (12th in 2022) on the EPI, level with Japan; only Ukraine ranks higher."),
    ("en", "Gabon ranks 110th out of 193 countries. It shares that place with Peru."),
    ("fr", "Le Danemark occupe la 2e place (12e en 2022), à égalité avec le Japon\u202f; seule l'Ukraine est mieux classée."),
    ("ru", "Андорра улучшила результат на 23 позиции, со 101-го до 78-го места, наравне с Казахстаном."),
    ("en", "This is Chile's best rank of the six editions from 2014 to 2024: 33rd in 2014 and 31st in 2024."),
    ("fr", "Le Chili signe là son meilleur classement sur les six éditions de 2014 à 2024."),
    ("ru", "Чили показало лучший результат за шесть выпусков 2014–2024 годов."),
    ("en", "Finland slips from 2nd to 19th on the OSI."),
    ("en", "On the OSI, Kazakhstan is in the top 10, in 10th place (8th in 2022)."),
    ("en", "It ranks in the top 10 on all three components of the EGDI, from 2nd on the OSI to 7th on the HCI."),
    ("en", "Of the three components of the EGDI, it ranks highest on the OSI (182nd) and lowest on the TII (191st)."),
    ("ru", "Из трёх составляющих EGDI лучшее место у Анголы в индексе онлайн-услуг (138-е место)."),
    ("ru", "Казахстан входит в первую десятку вместе с Южной Кореей и Данией."),
    ("en", "It shares 4th place with South Korea and the United Kingdom."),
    ("en", "It shares 110th place with four other countries."),
    ("fr", "Il partage ce rang avec la Norvège et la Turquie."),
    ("ru", "Перу опустилось на 42-е место; то же место занимают Польша, Руанда и Таиланд."),
    ("ru", "ОАЭ опустились на 37-е место; то же место занимают ещё четыре страны."),
    ("en", "Liberia falls to 166th, level with Ethiopia, Myanmar as well as São Tomé and Príncipe."),
]


def _sentence_checks(text: str, lang: str) -> set[str]:
    found = editorial.check_ties(text, lang) + editorial.check_tiers(text, lang) + editorial.check_best_since(text, lang)
    found += editorial.check_strength(text, lang) + editorial.check_punctuation(text, lang)
    return _classes(found)


@pytest.mark.parametrize(("lang", "text", "check"), PLANTED, ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(PLANTED)])
def test_a_misleading_sentence_is_caught(lang: str, text: str, check: str) -> None:
    assert check in _sentence_checks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), RIGHT, ids=[f"{r[0]}-{i}" for i, r in enumerate(RIGHT)])
def test_the_mended_sentence_passes(lang: str, text: str) -> None:
    assert _sentence_checks(text, lang) == set(), text


# -- classes that read a whole article ----------------------------------------------------------


def test_5_a_subheading_against_the_headline() -> None:
    planted = _article("ALB", "Albania drops four places to 62nd", ["Albania ranks 62nd."], [("Up three places since 2020", ["It has gained three places since 2020."])])
    mended = _article("ALB", "Albania drops four places to 62nd", ["Albania ranks 62nd."], [("Still ahead of its 2020 rank", ["It remains three places above its 2020 rank."])])
    index = _article("ALB", "Albania drops four places to 62nd", ["Albania ranks 62nd."], [("Human capital: up 12 places", ["It climbs 12 places on the HCI."])])
    assert _classes(editorial.check_headings(planted, "en")) == {"5"}
    assert editorial.check_headings(mended, "en") == [] and editorial.check_headings(index, "en") == []
    ru = _article("ALB", "Албания опустилась на 62-е место", ["Албания на 62-м месте."], [("Плюс три позиции с 2020 года", ["Текст."])], "ru")
    assert _classes(editorial.check_headings(ru, "ru")) == {"5"}


def test_6_a_shared_lead_and_an_unnamed_leader() -> None:
    heading = "The Bahamas leads the Caribbean"
    body = ["In the Caribbean, the Bahamas comes first among the 13 countries of the sub-region, level with Grenada."]
    assert _classes(editorial.check_leaders(_article("BHS", "x", ["The Bahamas ranks 66th."], [(heading, body)]), "en")) == {"6"}
    shared = _article("BHS", "x", ["The Bahamas ranks 66th."], [("Joint first in the Caribbean", body)])
    assert editorial.check_leaders(shared, "en") == []
    second = ["In West Africa, Cabo Verde ranks second among the 16 countries of the sub-region."]
    assert _classes(editorial.check_leaders(_article("CPV", "x", ["Cabo Verde ranks 110th."], [("Second in West Africa", second)]), "en")) == {"6"}
    named = ["In West Africa, Cabo Verde ranks second among the 16 countries of the sub-region, behind Ghana."]
    assert editorial.check_leaders(_article("CPV", "x", ["Cabo Verde ranks 110th."], [("Second in West Africa", named)]), "en") == []
    fr = ["En Afrique de l'Ouest, le Cap-Vert se classe deuxième parmi les 16 pays de la sous-région."]
    assert _classes(editorial.check_leaders(_article("CPV", "x", ["Le Cap-Vert est 110e."], [("Deuxième", fr)], "fr"), "fr")) == {"6"}


def _batch(leads: dict[str, tuple[str, str]], lang: str = "fr") -> list[Article]:
    return [_article(iso3, headline, [lead], lang=lang) for iso3, (headline, lead) in leads.items()]


def test_7_the_last_place_and_upbeat_verbs_near_the_bottom() -> None:
    planted = _batch({
        "DNK": ("Le Danemark en tête", "Le Danemark occupe la première place sur 193 pays."),
        "CAF": ("La Centrafrique perd deux places", "La Centrafrique figure au 193e rang sur 193 pays."),
        "SSD": ("Le Soudan du Sud se hisse à la 192e place", "Le Soudan du Sud figure au 192e rang sur 193 pays."),
    })
    found = [f.check for f in editorial.check_bottom(planted, "fr")]
    # The 193rd not called last, the upbeat 192nd, and an edition where no article says "last".
    assert found == ["7 last place not called last", "7 upbeat verb near the bottom", "7 last place not called last"]
    mended = _batch({
        "DNK": ("Le Danemark en tête", "Le Danemark occupe la première place sur 193 pays."),
        "CAF": ("La Centrafrique tombe à la dernière place", "La Centrafrique occupe la dernière place sur 193 pays."),
        "SSD": ("Le Soudan du Sud remonte au 192e rang", "Le Soudan du Sud figure au 192e rang sur 193 pays."),
    })
    assert editorial.check_bottom(mended, "fr") == []
    nobody = _batch({"CAF": ("E-government: the CAR 193rd", "The CAR ranks 193rd out of 193 countries.")}, "en")
    assert _classes(editorial.check_bottom(nobody, "en")) == {"7"}


def test_8_a_country_in_its_own_regions_clause() -> None:
    planted = _article("FSM", "x", ["Micronesia ranks 167th."], [("Last in Micronesia", ["In Micronesia, Micronesia ranks last among the five countries of the sub-region."])])
    assert _classes(editorial.check_region_names(planted, "en")) == {"8"}
    mended = _article("FSM", "x", ["Micronesia ranks 167th."], [("Last in its sub-region", ["Micronesia ranks last of the five countries of its sub-region."])])
    assert editorial.check_region_names(mended, "en") == []
    africa = _article("ZAF", "x", ["South Africa ranks 40th."], [("First in Africa", ["In Africa, South Africa leads the 54 countries of the region."])])
    assert editorial.check_region_names(africa, "en") == []
    ru = _article("BWA", "x", ["Ботсвана на 112-м месте."], [("Второе место", ["В Южной Африке Ботсвана заняла второе место."])], "ru")
    assert _classes(editorial.check_region_names(ru, "ru")) == {"8"}
    ru_un = _article("BWA", "x", ["Ботсвана на 112-м месте."], [("Второе место", ["В Южной части Африки Ботсвана заняла второе место."])], "ru")
    assert editorial.check_region_names(ru_un, "ru") == []


def test_the_name_opening_two_sentences_in_a_row() -> None:
    planted = _article("KAZ", "x", ["Kazakhstan ranks 24th.", "Kazakhstan leads the LLDCs."])
    assert [f.check for f in editorial.check_consecutive_subjects(planted, "en")] == ["name opens two sentences in a row"]
    assert editorial.check_consecutive_subjects(_article("KAZ", "x", ["Kazakhstan ranks 24th.", "It leads the LLDCs."]), "en") == []


def test_structure_ignores_names_numbers_and_agreement() -> None:
    assert editorial.structure("Le Kazakhstan se hisse à la 24e place", "fr") == editorial.structure("Les Pays-Bas se hissent à la 5e place", "fr")
    assert editorial.structure("Казахстан поднялся на 24-е место", "ru") == editorial.structure("Франция поднялась на 5-е место", "ru")
    assert editorial.structure("Kazakhstan climbs four places", "en") != editorial.structure("Kazakhstan drops four places", "en")


def test_name_count_counts_every_form_of_the_name() -> None:
    article = _article("KAZ", "Казахстан на 24-м месте", ["Казахстан занял 24-е место.", "Показатель Казахстана выше, чем у Казахстана в 2022 году."], lang="ru")
    assert editorial.name_count(article, "ru") == 4
