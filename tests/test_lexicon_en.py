"""The English lexicon, row by row: every state in every form and both name styles.

The expected sets below restate the reviewed data (which names take "the", which possessives
take a bare apostrophe), so that an edit to the data files must be made twice to pass.
"""

from __future__ import annotations

import pytest

from egovnews.countries import countries
from egovnews.lexicon import NAME_STYLES, lexicon
from egovnews.lexicon.en import FORMS, EnglishLexicon, Entry, _load

EN = lexicon("en")
ISO3 = countries().iso3_codes

# States whose name takes "the", per style.
THE_COMMON = {
    "ARE", "BHS", "CAF", "COD", "COG", "DOM", "GBR", "GMB", "MDV", "MHL", "NLD", "PHL", "SLB", "USA",
}  # fmt: skip
THE_OFFICIAL = {
    "ARE", "BHS", "BOL", "CAF", "COD", "COG", "COM", "CZE", "DOM", "FSM", "GBR", "GMB", "IRN", "KOR",
    "LAO", "MDA", "MHL", "NER", "NLD", "PHL", "PRK", "RUS", "SDN", "SYR", "TZA", "USA", "VEN",
}  # fmt: skip
# States whose possessive is a bare apostrophe after a final plural noun in -s.
APOSTROPHE_ONLY = {
    "common": {"ARE", "BHS", "COM", "MDV", "MHL", "NLD", "PHL", "SLB", "SYC", "USA", "VCT"},
    "official": {"ARE", "BHS", "COM", "MDV", "MHL", "NLD", "PHL", "SLB", "SYC", "VCT"},
}

CASES = [(iso3, form, style) for iso3 in ISO3 for form in FORMS for style in NAME_STYLES]


def test_registry_gives_the_english_lexicon() -> None:
    assert isinstance(EN, EnglishLexicon)
    assert EN.code == "en" and EN.forms == ("bare", "def", "poss")


@pytest.mark.parametrize(("iso3", "form", "style"), CASES, ids=[f"{i}-{f}-{s}" for i, f, s in CASES])
def test_every_state_form_and_style(iso3: str, form: str, style: str) -> None:
    entry: Entry = _load().entries[(iso3, style)]  # type: ignore[index]
    text = EN.name(iso3, form, style=style)  # type: ignore[arg-type]
    assert text and text == text.strip() and "  " not in text
    assert "\u2019" not in text, "straight apostrophes only in the data"
    bare = EN.name(iso3, "bare", style=style)  # type: ignore[arg-type]
    definite = EN.name(iso3, "def", style=style)  # type: ignore[arg-type]
    if form == "bare":
        assert not text.lower().startswith("the ")
    elif form == "def":
        assert text.startswith("the ") == entry.article
        assert text == (f"the {bare}" if entry.article else bare)
    else:
        plural_s = iso3 in APOSTROPHE_ONLY[style]
        assert text == definite + ("'" if plural_s else "'s")
        if plural_s:
            assert definite.endswith("s")


@pytest.mark.parametrize("style", NAME_STYLES)
def test_which_states_take_the(style: str) -> None:
    expected = THE_COMMON if style == "common" else THE_OFFICIAL
    found = {iso3 for iso3 in ISO3 if EN.name(iso3, "def", style=style).startswith("the ")}  # type: ignore[arg-type]
    assert found == expected, f"unexpected: {sorted(found - expected)}; missing: {sorted(expected - found)}"


@pytest.mark.parametrize("style", NAME_STYLES)
def test_every_state_is_singular_for_agreement(style: str) -> None:
    # "The Netherlands is ranked", "the Philippines has risen": a state takes a singular verb.
    assert {EN.grammar(iso3, style=style).number for iso3 in ISO3} == {"sg"}  # type: ignore[arg-type]
    assert {EN.grammar(iso3, style=style).gender for iso3 in ISO3} == {None}  # type: ignore[arg-type]


# (iso3, style, expected def form): exactly the list.
GOLDEN = [
    ("KAZ", "common", "Kazakhstan"),
    ("USA", "common", "the United States"),
    ("NLD", "common", "the Netherlands"),
    ("PHL", "common", "the Philippines"),
    ("GMB", "common", "the Gambia"),
    ("ARE", "common", "the United Arab Emirates"),
    ("KOR", "official", "the Republic of Korea"),
    ("HND", "common", "Honduras"),
    ("LAO", "common", "Laos"),
    ("BLR", "common", "Belarus"),
    ("CYP", "common", "Cyprus"),
    ("MUS", "common", "Mauritius"),
    ("TUR", "common", "Türkiye"),
]


@pytest.mark.parametrize(("iso3", "style", "expected"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_definite_forms(iso3: str, style: str, expected: str) -> None:
    assert EN.country(iso3, "def", style=style) == expected  # type: ignore[arg-type]
    assert EN.country(iso3, style=style) == expected  # type: ignore[arg-type]  # def is the default form


def test_capitalised_at_sentence_start() -> None:
    assert EN.country("NLD", capital=True) == "The Netherlands"
    assert EN.country("KAZ", capital=True) == "Kazakhstan"
    assert EN.country("KOR", style="official", capital=True) == "The Republic of Korea"


@pytest.mark.parametrize(
    ("iso3", "style", "expected"),
    [
        ("NLD", "common", "the Netherlands'"),
        ("PHL", "common", "the Philippines'"),
        ("USA", "common", "the United States'"),
        ("USA", "official", "the United States of America's"),
        ("KAZ", "common", "Kazakhstan's"),
        ("BLR", "common", "Belarus's"),
        ("VCT", "common", "Saint Vincent and the Grenadines'"),
        ("NLD", "official", "the Kingdom of the Netherlands'"),
    ],
)
def test_possessives(iso3: str, style: str, expected: str) -> None:
    assert EN.name(iso3, "poss", style=style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entity", "form", "style", "expected"),
    [
        ("group:SIDS", "def", "common", "the small island developing states"),
        ("group:SIDS", "def", "official", "the small island developing States"),
        ("group:CIS", "def", "common", "the Commonwealth of Independent States"),
        ("level:very_high", "def", "common", "the very high EGDI group"),
        ("region:Americas", "def", "common", "the Americas"),
        ("subregion:Caribbean", "def", "common", "the Caribbean"),
        ("subregion:Central Asia", "def", "official", "Central Asia"),
        ("subregion:South-eastern Asia", "def", "common", "Southeast Asia"),
        ("subregion:South-eastern Asia", "def", "official", "South-eastern Asia"),
        ("index:TII", "def", "official", "the Telecommunication Infrastructure Index"),
        ("index:EGDI", "poss", "common", "the E-Government Development Index's"),
        ("survey", "def", "common", "the United Nations E-Government Survey"),
    ],
)
def test_other_entities(entity: str, form: str, style: str, expected: str) -> None:
    assert EN.name(entity, form, style=style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("group:LLDC", "LLDCs"), ("group:SIDS", "SIDS"), ("group:LDC", "LDCs"), ("group:CIS", "CIS"),
        ("index:EGDI", "EGDI"), ("index:OSI", "OSI"), ("index:HCI", "HCI"), ("index:TII", "TII"),
        ("index:EPI", "EPI"), ("survey", None), ("USA", None), ("level:low", None),
    ],
)  # fmt: skip
def test_abbreviations(entity: str, expected: str | None) -> None:
    assert EN.abbreviation(entity) == expected


def test_unknown_entity_names_entity_and_form() -> None:
    with pytest.raises(KeyError, match=r"'XYZ'.*'poss'"):
        EN.name("XYZ", "poss")


def test_unknown_form_names_entity_and_form() -> None:
    with pytest.raises(ValueError, match=r"'loc'.*'KAZ'"):
        EN.name("KAZ", "loc")


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="style"):
        EN.name("KAZ", "def", style="formal")  # type: ignore[arg-type]
