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

import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from ..errors import DataError

NameStyle = Literal["common", "official"]
NAME_STYLES: tuple[NameStyle, ...] = ("common", "official")


@dataclass(frozen=True, slots=True)
class Grammar:
    """What agreement needs to know of a name: gender (None where the language has none) and number."""

    gender: Literal["m", "f", "n"] | None
    number: Literal["sg", "pl"]


def table_rows(lang: str, filename: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, cells by column) of a lexicon table ``lexicon/<lang>/<filename>``; a
    DataError naming the file and line for a wrong header or a row of the wrong width.

    >>> line, cell = next(table_rows("en", "countries.tsv", ("id", "style", "name", "article", "number", "poss", "abbreviation")))
    >>> cell["id"], cell["name"]
    ('AFG', 'Afghanistan')
    """
    text = resources.files("egovnews.lexicon").joinpath(f"{lang}/{filename}").read_text(encoding="utf-8")
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(header) != columns:
                raise DataError(f"expected columns {columns}, found {tuple(header)}", file=filename, line=number)
            continue
        if len(cells) != len(header):
            raise DataError(f"{len(cells)} cells, expected {len(header)}", file=filename, line=number)
        # NFC so that "Türkiye" typed with a combining diaeresis still compares equal.
        yield number, {key: unicodedata.normalize("NFC", value.strip()) for key, value in zip(header, cells)}


def checked(cell: dict[str, str], field: str, allowed: tuple[str, ...], filename: str, line: int) -> str:
    """The cell's ``field`` if it is one of ``allowed``; a DataError naming file, line and field.

    >>> checked({"number": "sg"}, "number", ("sg", "pl"), "t.tsv", 3)
    'sg'
    """
    value = cell[field]
    if value not in allowed:
        raise DataError(f"{value!r} is not one of {allowed}", file=filename, line=line, field=field)
    return value


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
