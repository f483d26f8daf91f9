"""The contract every language's lexicon fulfils.

A lexicon names *entities* in the grammatical forms its language needs. Entity ids are
shared by all languages, so a test can check that no language lacks what another has:

- a country: its ISO3 code, ``"KAZ"``;
- a group: ``"group:LLDC"``, ``"group:SIDS"``, ``"group:LDC"``, ``"group:CIS"``;
- an EGDI level: ``"level:very_high"``, ``"level:high"``, ``"level:middle"``, ``"level:low"``;
- an M49 region or survey sub-region, spelled as in ``data/countries.tsv``:
  ``"region:Asia"``, ``"subregion:Central Asia"`` (see ``Country.groups``);
- an index: ``"index:EGDI"``, ``"index:OSI"``, ``"index:HCI"``, ``"index:TII"``, ``"index:EPI"``;
- the survey itself: ``"survey"``.

Forms are language-specific and listed in ``Lexicon.forms`` (fr: ``bare, def, de, a, loc``;
ru: ``nom, gen, dat, acc, ins, pre, loc``; en: ``bare, def, poss``). Every entity has every
form of its language in both name styles, ``"common"`` (news usage) and ``"official"``
(the UN's name).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

NameStyle = Literal["common", "official"]
NAME_STYLES: tuple[NameStyle, ...] = ("common", "official")


@dataclass(frozen=True, slots=True)
class Grammar:
    """What agreement needs to know of a name: gender (None where the language has none) and number."""

    gender: Literal["m", "f", "n"] | None
    number: Literal["sg", "pl"]


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only, for a sentence start; a text that starts with a
    number is left as it is (19 places, not 19 Places).

    >>> capitalize_first("l'Allemagne"), capitalize_first("the Netherlands"), capitalize_first("19 places")
    ("L'Allemagne", 'The Netherlands', '19 places')
    """
    for i, char in enumerate(text):
        if char.isdigit():
            return text
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


class Lexicon(ABC):
    """Names of countries, groups, regions and indices in one language."""

    #: ISO 639-1 code of the language.
    code: str
    #: Every form this language's lexicon provides, in a stable order.
    forms: tuple[str, ...]

    @abstractmethod
    def name(self, entity: str, form: str, *, style: NameStyle = "common") -> str:
        """An entity in one form, as it stands inside a sentence (not capitalised)."""

    @abstractmethod
    def grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar:
        """Gender and number of an entity's name, for agreement."""

    @abstractmethod
    def abbreviation(self, entity: str) -> str | None:
        """The abbreviation the language's press uses (OSI, PDSL, СНГ), or None."""

    @abstractmethod
    def entities(self) -> Iterable[str]:
        """Every entity id this lexicon knows."""

    def country(
        self, iso3: str, form: str | None = None, *, style: NameStyle = "common", capital: bool = False
    ) -> str:
        """A country in one form; ``capital=True`` for a sentence start.

        The default form is the one a subject takes (fr ``def``, ru ``nom``, en ``def``).
        """
        text = self.name(iso3, form or self.forms[1 if self.code != "ru" else 0], style=style)
        return capitalize_first(text) if capital else text
