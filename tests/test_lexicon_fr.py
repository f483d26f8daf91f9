"""The French lexicon: every entity x form x style checked against the rules, plus golden forms."""

from __future__ import annotations

import re
import time
from importlib import resources

import pytest

from egovnews.countries import GROUPS, countries
from egovnews.lexicon import NAME_STYLES, Grammar, lexicon
from egovnews.lexicon.fr import FORMS, FrenchLexicon, _load, elides, with_article

FR = FrenchLexicon()

LEVELS = ("very_high", "high", "middle", "low")
INDICES = ("EGDI", "OSI", "HCI", "TII", "EPI")
# The test's own idea of a vowel sound, independent of the module's: Y before a vowel is a consonant.
VOWEL_START = re.compile(r"^[AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒH]", re.IGNORECASE)
# Names with an aspirated h that refuse elision (checked below to be exactly these).
ASPIRATED = {"Honduras", "Hongrie"}
PREPOSITIONS_OF_PLACE = ("en ", "au ", "aux ", "à ", "dans ")


def expected_entities() -> set[str]:
    table = countries()
    ids = set(table.iso3_codes)
    ids |= {f"group:{group}" for group in GROUPS}
    ids |= {f"level:{level}" for level in LEVELS}
    ids |= {f"region:{c.region}" for c in table} | {f"subregion:{c.survey_subregion}" for c in table}
    ids |= {f"index:{index}" for index in INDICES}
    return ids | {"survey", "org:UNDESA", "term:country"}


ENTITIES = sorted(expected_entities())
CASES = [(entity, style) for entity in ENTITIES for style in NAME_STYLES]
OVERRIDDEN = {entity for entity, _, _ in _load().overrides}


def test_entities_are_exactly_the_contract() -> None:
    assert set(FR.entities()) == expected_entities()
    assert len([e for e in FR.entities() if ":" not in e and e != "survey"]) == 193


def test_registry_serves_the_french_lexicon() -> None:
    assert isinstance(lexicon("fr"), FrenchLexicon)
    assert lexicon("fr").country("DEU", "de") == "de l'Allemagne"
    assert FR.code == "fr" and FR.forms == ("bare", "def", "de", "a", "loc")


def starts_with_vowel_sound(text: str) -> bool:
    return bool(VOWEL_START.match(text)) and text.split()[0] not in ASPIRATED


@pytest.mark.parametrize(("entity", "style"), CASES)
def test_every_form_follows_the_rules(entity: str, style: str) -> None:
    forms = {form: FR.name(entity, form, style=style) for form in FORMS}
    grammar = FR.grammar(entity, style=style)
    assert grammar.gender in ("m", "f") and grammar.number in ("sg", "pl")
    for form, text in forms.items():
        assert text and text == text.strip() and "  " not in text, (form, text)
        assert "\u2019" not in text, "straight apostrophes only; typography comes later"
        # Never an uncontracted or unelided article.
        assert not re.search(r"\b(de|à) les?\b", text), (form, text)
        assert not re.search(r"(^|\s)(le|la|de) [AEIOUÉÈÊÎÏÔŒaeiouéèêîïôœ]", text), (form, text)
        assert not re.search(r"\b[dl]' ", text) and not re.search(r"\b[ld]'[bcdfgjklmnpqrstvwxzç]", text, re.I)
    if entity in OVERRIDDEN:
        return
    bare = forms["bare"]
    # Every form ends with the bare name: forms only add words in front.
    for form in ("def", "de", "a", "loc"):
        assert forms[form].endswith(bare), (form, forms[form])
    article = forms["def"][: len(forms["def"]) - len(bare)].strip()
    vowel = starts_with_vowel_sound(bare)
    if article == "":  # Cuba, Israël, Singapour: no article at all
        assert forms["de"] == ("d'" if vowel else "de ") + bare
        assert forms["a"] == f"à {bare}"
        assert forms["loc"] in (f"à {bare}", f"en {bare}")
        return
    if grammar.number == "pl":
        expected = ("les", "des", "aux")
    elif vowel:
        expected = ("l'", "de l'", "à l'")
    elif grammar.gender == "m":
        expected = ("le", "du", "au")
    else:
        expected = ("la", "de la", "à la")
    glue = "" if vowel and grammar.number == "sg" else " "
    assert forms["def"] == expected[0] + glue + bare
    assert forms["de"] == expected[1] + glue + bare
    assert forms["a"] == expected[2] + glue + bare
    assert forms["loc"].startswith(PREPOSITIONS_OF_PLACE), forms["loc"]
    if forms["loc"].startswith("en "):
        # « en » only before a singular feminine name or a vowel: en France, en Iran, never « en Mexique ».
        assert grammar.number == "sg" and (grammar.gender == "f" or vowel), forms["loc"]
    elif forms["loc"].startswith("dans "):
        assert forms["loc"] == "dans " + forms["def"]
    else:
        assert forms["loc"] == forms["a"]


@pytest.mark.parametrize(("entity", "style"), CASES)
def test_capitalised_forms_start_with_a_capital(entity: str, style: str) -> None:
    for form in FORMS:
        text = FR.country(entity, form, style=style, capital=True)
        assert text[0].isupper() and text[1:] == FR.name(entity, form, style=style)[1:]


# Country names with an article are feminine when their head word ends in a mute -e, with these
# reviewed exceptions (head words); a gender typo in the data fails here.
MASCULINE_IN_E = {"Belize", "Cambodge", "Mexique", "Mozambique", "Suriname", "Zimbabwe", "Royaume"}
FEMININE_NOT_IN_E = {"Sierra", "Fédération"}


@pytest.mark.parametrize("style", NAME_STYLES)
def test_gender_of_singular_countries_follows_the_final_e(style: str) -> None:
    wrong = []
    for iso3 in countries().iso3_codes:
        entry = _load().entries[(iso3, style)]
        if not entry.article or entry.number == "pl":
            continue
        head = re.split(r"[ -]", entry.name)[0]
        feminine = (head.endswith("e") and head not in MASCULINE_IN_E) or head in FEMININE_NOT_IN_E
        if (entry.gender == "f") != feminine:
            wrong.append((iso3, entry.name, entry.gender))
    assert wrong == []


def test_aspirated_h_is_exactly_honduras_and_hongrie() -> None:
    entries = _load().entries
    assert {e.name for e in entries.values() if e.aspirated} == ASPIRATED


# subject | de | location, common style (issue 3).
GOLDEN = """
KAZ | le Kazakhstan | du Kazakhstan | au Kazakhstan
FRA | la France | de la France | en France
DEU | l'Allemagne | de l'Allemagne | en Allemagne
USA | les États-Unis | des États-Unis | aux États-Unis
ARE | les Émirats arabes unis | des Émirats arabes unis | aux Émirats arabes unis
ISR | Israël | d'Israël | en Israël
SGP | Singapour | de Singapour | à Singapour
CUB | Cuba | de Cuba | à Cuba
MLT | Malte | de Malte | à Malte
BRB | la Barbade | de la Barbade | à la Barbade
MEX | le Mexique | du Mexique | au Mexique
KHM | le Cambodge | du Cambodge | au Cambodge
IRN | l'Iran | de l'Iran | en Iran
HND | le Honduras | du Honduras | au Honduras
HUN | la Hongrie | de la Hongrie | en Hongrie
PHL | les Philippines | des Philippines | aux Philippines
GBR | le Royaume-Uni | du Royaume-Uni | au Royaume-Uni
KOR | la Corée du Sud | de la Corée du Sud | en Corée du Sud
UZB | l'Ouzbékistan | de l'Ouzbékistan | en Ouzbékistan
BHR | Bahreïn | de Bahreïn | à Bahreïn
MDG | Madagascar | de Madagascar | à Madagascar
SYC | les Seychelles | des Seychelles | aux Seychelles
SAU | l'Arabie saoudite | de l'Arabie saoudite | en Arabie saoudite
SSD | le Soudan du Sud | du Soudan du Sud | au Soudan du Sud
"""


def table(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in text.strip().splitlines()]


@pytest.mark.parametrize(("iso3", "subject", "de", "loc"), table(GOLDEN))
def test_golden_common(iso3: str, subject: str, de: str, loc: str) -> None:
    assert (FR.country(iso3), FR.country(iso3, "de"), FR.country(iso3, "loc")) == (subject, de, loc)


# More reviewed forms: subject | de | à | location, with the style.
MORE = """
common | NLD | les Pays-Bas | des Pays-Bas | aux Pays-Bas | aux Pays-Bas
common | YEM | le Yémen | du Yémen | au Yémen | au Yémen
common | HTI | Haïti | d'Haïti | à Haïti | en Haïti
common | CYP | Chypre | de Chypre | à Chypre | à Chypre
common | MUS | Maurice | de Maurice | à Maurice | à Maurice
common | MDV | les Maldives | des Maldives | aux Maldives | aux Maldives
common | GRD | la Grenade | de la Grenade | à la Grenade | à la Grenade
common | DMA | la Dominique | de la Dominique | à la Dominique | à la Dominique
common | JAM | la Jamaïque | de la Jamaïque | à la Jamaïque | en Jamaïque
common | CPV | le Cap-Vert | du Cap-Vert | au Cap-Vert | au Cap-Vert
common | TTO | Trinité-et-Tobago | de Trinité-et-Tobago | à Trinité-et-Tobago | à Trinité-et-Tobago
common | FJI | les Fidji | des Fidji | aux Fidji | aux Fidji
common | TUV | les Tuvalu | des Tuvalu | aux Tuvalu | aux Tuvalu
common | SLB | les îles Salomon | des îles Salomon | aux îles Salomon | aux îles Salomon
official | SLB | les Îles Salomon | des Îles Salomon | aux Îles Salomon | aux Îles Salomon
common | MHL | les îles Marshall | des îles Marshall | aux îles Marshall | aux îles Marshall
common | OMN | Oman | d'Oman | à Oman | à Oman
common | SLV | le Salvador | du Salvador | au Salvador | au Salvador
common | BLZ | le Belize | du Belize | au Belize | au Belize
common | MOZ | le Mozambique | du Mozambique | au Mozambique | au Mozambique
common | ZWE | le Zimbabwe | du Zimbabwe | au Zimbabwe | au Zimbabwe
common | GIN | la Guinée | de la Guinée | à la Guinée | en Guinée
common | URY | l'Uruguay | de l'Uruguay | à l'Uruguay | en Uruguay
common | TUR | la Turquie | de la Turquie | à la Turquie | en Turquie
official | KOR | la République de Corée | de la République de Corée | à la République de Corée | en République de Corée
official | USA | les États-Unis d'Amérique | des États-Unis d'Amérique | aux États-Unis d'Amérique | aux États-Unis d'Amérique
official | IRN | la République islamique d'Iran | de la République islamique d'Iran | à la République islamique d'Iran | en République islamique d'Iran
official | TUR | la Türkiye | de la Türkiye | à la Türkiye | en Türkiye
official | BOL | l'État plurinational de Bolivie | de l'État plurinational de Bolivie | à l'État plurinational de Bolivie | dans l'État plurinational de Bolivie
official | SLV | El Salvador | d'El Salvador | à El Salvador | en El Salvador
official | RUS | la Fédération de Russie | de la Fédération de Russie | à la Fédération de Russie | en Fédération de Russie
official | LKA | Sri Lanka | de Sri Lanka | à Sri Lanka | à Sri Lanka
common | LKA | le Sri Lanka | du Sri Lanka | au Sri Lanka | au Sri Lanka
common | AND | l'Andorre | de l'Andorre | à l'Andorre | en Andorre
"""


@pytest.mark.parametrize(("style", "iso3", "subject", "de", "a", "loc"), table(MORE))
def test_more_reviewed_forms(style: str, iso3: str, subject: str, de: str, a: str, loc: str) -> None:
    got = tuple(FR.country(iso3, form, style=style) for form in ("def", "de", "a", "loc"))  # type: ignore[arg-type]
    assert got == (subject, de, a, loc)


def test_official_united_kingdom() -> None:
    assert FR.country("GBR", style="official") == "le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"


@pytest.mark.parametrize(
    ("iso3", "form", "expected"),
    [
        ("KAZ", None, "Le Kazakhstan"),
        ("DEU", None, "L'Allemagne"),
        ("NLD", None, "Les Pays-Bas"),
        ("JPN", "de", "Du Japon"),
        ("USA", "a", "Aux États-Unis"),
        ("FRA", "loc", "En France"),
        ("ISR", None, "Israël"),
        ("ISR", "de", "D'Israël"),
        ("CUB", "loc", "À Cuba"),
    ],
)
def test_capital_for_a_sentence_start(iso3: str, form: str | None, expected: str) -> None:
    assert FR.country(iso3, form, capital=True) == expected


@pytest.mark.parametrize(
    ("entity", "form", "expected"),
    [
        ("group:LLDC", "def", "les pays en développement sans littoral"),
        ("group:SIDS", "de", "des petits États insulaires en développement"),
        ("group:LDC", "loc", "dans les pays les moins avancés"),
        ("group:CIS", "de", "de la Communauté des États indépendants"),
        ("level:very_high", "def", "le groupe à EGDI très élevé"),
        ("level:low", "a", "au groupe à EGDI faible"),
        ("region:Asia", "loc", "en Asie"),
        ("region:Americas", "de", "des Amériques"),
        ("subregion:Central Asia", "def", "l'Asie centrale"),
        ("subregion:Southern Africa", "loc", "en Afrique australe"),
        ("subregion:Caribbean", "def", "les Caraïbes"),
        ("subregion:Australia and New Zealand", "loc", "en Australie et en Nouvelle-Zélande"),
        ("index:EGDI", "def", "l'indice de développement de l'administration en ligne"),
        ("index:OSI", "de", "de l'indice des services en ligne"),
        ("index:HCI", "a", "à l'indice du capital humain"),
        ("survey", "def", "l'enquête des Nations unies sur l'administration en ligne"),
    ],
)
def test_group_region_index_forms(entity: str, form: str, expected: str) -> None:
    assert FR.name(entity, form) == expected
    assert FR.name(entity, form, style="official") == expected


@pytest.mark.parametrize(
    ("entity", "abbreviation"),
    [
        ("group:LLDC", "PDSL"),
        ("group:SIDS", "PEID"),
        ("group:LDC", "PMA"),
        ("group:CIS", "CEI"),
        *((f"index:{index}", index) for index in INDICES),
        ("survey", None),
        ("level:high", None),
        ("KAZ", None),
    ],
)
def test_abbreviations(entity: str, abbreviation: str | None) -> None:
    assert FR.abbreviation(entity) == abbreviation


@pytest.mark.parametrize(
    ("iso3", "style", "grammar"),
    [
        ("FRA", "common", Grammar("f", "sg")),
        ("MEX", "common", Grammar("m", "sg")),
        ("USA", "common", Grammar("m", "pl")),
        ("PHL", "common", Grammar("f", "pl")),
        ("NLD", "common", Grammar("m", "pl")),
        ("NLD", "official", Grammar("m", "sg")),
        ("IRN", "official", Grammar("f", "sg")),
        ("ISR", "common", Grammar("m", "sg")),
    ],
)
def test_grammar(iso3: str, style: str, grammar: Grammar) -> None:
    assert FR.grammar(iso3, style=style) == grammar  # type: ignore[arg-type]


def test_unknown_entity_form_and_style_are_named() -> None:
    with pytest.raises(KeyError, match="XYZ"):
        FR.name("XYZ", "def")
    with pytest.raises(ValueError, match="gen.*KAZ"):
        FR.name("KAZ", "gen")
    with pytest.raises(ValueError, match="formal"):
        FR.name("KAZ", "def", style="formal")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="region:Atlantis"):
        FR.grammar("region:Atlantis")


@pytest.mark.parametrize(
    ("word", "aspirated", "expected"),
    [
        ("Allemagne", False, True),
        ("Équateur", False, True),
        ("Haïti", False, True),
        ("Honduras", True, False),
        ("Yémen", False, False),
        ("onze", False, False),
        ("huitième", False, False),
        ("Kazakhstan", False, False),
    ],
)
def test_elision(word: str, aspirated: bool, expected: bool) -> None:
    assert elides(word, aspirated=aspirated) is expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Kazakhstan", "le", "de"), "du Kazakhstan"),
        (("Pays-Bas", "les", "à"), "aux Pays-Bas"),
        (("Allemagne", "la", "à"), "à l'Allemagne"),
        (("Iran", "le", None), "l'Iran"),
        (("Oman", None, "de"), "d'Oman"),
        (("Cuba", None, "de"), "de Cuba"),
        (("Cuba", None, None), "Cuba"),
        (("onze", "le", "de"), "du onze"),
    ],
)
def test_with_article(args: tuple, expected: str) -> None:
    assert with_article(*args) == expected


def test_data_files_use_straight_apostrophes() -> None:
    folder = resources.files("egovnews.lexicon").joinpath("fr")
    for name in ("countries.tsv", "entities.tsv", "overrides.tsv"):
        assert "\u2019" not in folder.joinpath(name).read_text(encoding="utf-8"), name


def test_loading_takes_milliseconds() -> None:
    _load.cache_clear()
    start = time.perf_counter()
    _load()
    assert time.perf_counter() - start < 0.1
