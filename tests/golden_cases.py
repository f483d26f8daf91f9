"""The golden articles: which country, edition, language and house style each file freezes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conftest import UN_FILES  # noqa: F401  (the tool that freezes the files reads it from here)

GOLDEN = Path(__file__).parent / "golden"


@dataclass(frozen=True)
class Case:
    country: str
    edition: int
    lang: str
    why: str
    style: dict[str, Any] = field(default_factory=dict)
    suffix: str = ""


# Chosen for difficulty: articles and plurals (the United States, the Netherlands, the UAE),
# official and short names (Korea), names without article (Israel, Cuba), island
# prepositions (Cuba, the Maldives), an indeclinable neuter in Russian (Peru), the leader
# (Denmark), the last-ranked country (Central African Republic), the steepest fall (Grenada)
# and a tie (Sweden and Iceland, 5th in 2022).
_COUNTRIES: tuple[tuple[str, int, str], ...] = (
    ("KAZ", 2024, "the model article"),
    ("USA", 2024, "plural name, singular verb in English"),
    ("NLD", 2024, "plural name with article"),
    ("KOR", 2024, "short and official names"),
    ("ARE", 2024, "plural, indeclinable abbreviation in Russian"),
    ("ISR", 2024, "no article in French"),
    ("CUB", 2024, "island, no article"),
    ("MDV", 2024, "plural island state"),
    ("PER", 2024, "indeclinable neuter in Russian"),
    ("DNK", 2024, "first"),
    ("CAF", 2024, "last-ranked"),
    ("GRD", 2024, "steepest fall, 38 places"),
    ("SWE", 2022, "tied 5th with Iceland"),
)

_KYRGYZSTAN = {"nom": "Кыргызстан", "gen": "Кыргызстана", "dat": "Кыргызстану", "acc": "Кыргызстан", "ins": "Кыргызстаном", "pre": "Кыргызстане", "loc": "в Кыргызстане"}

CASES: tuple[Case, ...] = tuple(
    Case(country, edition, lang, why) for country, edition, why in _COUNTRIES for lang in ("fr", "en", "ru")
) + (
    Case("KAZ", 2024, "fr", "house style: 24ème", style={"ordinal_style": "eme"}, suffix="-eme"),
    Case("KOR", 2024, "ru", "official names: Республика Корея", style={"name_style": "official"}, suffix="-official"),
    Case(
        "SWE",
        2022,
        "en",
        "house style: ordinals in words below 10, joint tie, serial comma, subregion",
        style={"ordinal_words_below": 10, "tie_wording": "joint", "serial_comma": True, "subregion_word": "subregion"},
        suffix="-house",
    ),
    Case("SWE", 2022, "fr", "house style: superscript ordinals, ex aequo", style={"ordinal_style": "superscript", "tie_wording": "joint"}, suffix="-house"),
    Case("KGZ", 2024, "ru", "house name: Кыргызстан, masculine", style={"names": {"ru": {"KGZ": {"forms": _KYRGYZSTAN, "gender": "m"}}}}, suffix="-house"),
)


def golden_path(case: Case) -> Path:
    return GOLDEN / f"{case.country}-{case.edition}-{case.lang}{case.suffix}.txt"


@dataclass(frozen=True)
class RoundupCase:
    scope: str
    edition: int
    lang: str
    why: str


# Roundups (issue 14), frozen as Markdown with their table: the world (leader kept, top 10,
# bottom 5, EGDI group counts), a region with a new leader, a small sub-region whose members are
# all named, a sub-region of two, a large group named only by its notable members, and an
# organisation whose nine members are all named.
_ROUNDUPS: tuple[tuple[str, int, str], ...] = (
    ("world", 2024, "the world: leader kept, top 10 and bottom 5, EGDI group counts"),
    ("region:Africa", 2022, "a region with a new leader"),
    ("subregion:Central Asia", 2024, "five members, every one named with its rank"),
    ("subregion:Australia and New Zealand", 2024, "two members, a new leader"),
    ("LDC", 2024, "45 members, a membership that changed since 2022"),
    ("CIS", 2024, "an organisation, nine members named"),
)
ROUNDUP_CASES: tuple[RoundupCase, ...] = tuple(RoundupCase(scope, edition, lang, why) for scope, edition, why in _ROUNDUPS for lang in ("fr", "en", "ru"))


def roundup_golden_path(case: RoundupCase) -> Path:
    from egovnews.roundup_facts import scope_slug

    return GOLDEN / "roundups" / f"{scope_slug(case.scope)}-{case.edition}-{case.lang}.md"
