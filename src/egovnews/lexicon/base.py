"""The contract every language's lexicon fulfils.

A lexicon names *entities* in the grammatical forms its language needs. Entity ids are
shared by all languages, so a test can check that no language lacks what another has:

- a country: its ISO3 code, ``"KAZ"``;
- a group: ``"group:LLDC"``, ``"group:SIDS"``, ``"group:LDC"``, ``"group:CIS"``;
- an EGDI level: ``"level:very_high"``, ``"level:high"``, ``"level:middle"``, ``"level:low"``;
- an M49 region or survey sub-region, spelled as in ``data/countries.tsv``:
  ``"region:Asia"``, ``"subregion:Central Asia"`` (see ``Country.groups``);
- an index: ``"index:EGDI"``, ``"index:OSI"``, ``"index:HCI"``, ``"index:TII"``, ``"index:EPI"``;
- the survey itself: ``"survey"``, and its publisher: ``"org:UNDESA"``;
- the noun a text uses for its country once named (le pays, the country, страна): ``"term:country"``.

A lexicon may also give a country a press short form (la RDC, the UAE, ЦАР) in a table of
its own, ``short.tsv``: :meth:`Lexicon.short`. The forms differ by language, so no other
language is required to have the same ones.

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
from typing import Any, Literal

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
    #: The form a subject takes (fr and en ``def``, ru ``nom``).
    subject_form: str
    #: The name alone, without article or case ending (fr and en ``bare``, ru ``nom``).
    bare_form: str

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

    def short_entry(self, entity: str, *, style: NameStyle = "common") -> Any | None:
        """The short-form row of a name (from ``short.tsv``), or None when it has none."""
        return None

    def short(self, entity: str, form: str, *, style: NameStyle = "common") -> str | None:
        """The press short form of a name in one form (la RDC, the UAE), or None."""
        return None

    def short_grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar | None:
        """Gender and number of the short form, or None when there is none."""
        return None

    def short_introduced(self, entity: str, *, style: NameStyle = "common") -> bool:
        """Whether the press gives the short form in brackets at the name's first mention
        (the United Arab Emirates (UAE)) before using it alone; the table marks it "introduce"."""
        entry = self.short_entry(entity, style=style)
        return entry is not None and entry.abbreviation == "introduce"

    def short_forms(self, entity: str, *, style: NameStyle = "common") -> tuple[str, ...]:
        """Every form of the short form, for readers of the text (none when there is none).

        >>> from egovnews.lexicon import lexicon
        >>> lexicon("en").short_forms("ARE")
        ('UAE', 'the UAE', "the UAE's")
        """
        forms = (self.short(entity, form, style=style) for form in self.forms)
        return tuple(dict.fromkeys(f for f in forms if f is not None))

    def country(
        self, iso3: str, form: str | None = None, *, style: NameStyle = "common", capital: bool = False
    ) -> str:
        """A country in one form; ``capital=True`` for a sentence start.

        The default form is the one a subject takes (fr ``def``, ru ``nom``, en ``def``).
        """
        text = self.name(iso3, form or self.subject_form, style=style)
        return capitalize_first(text) if capital else text


class HouseLexicon(Lexicon):
    """A lexicon with a house style's own names over it (``Style.names``): the forms, gender
    and number the house gives an entity win; everything else is the lexicon's.

    >>> from egovnews.lexicon import lexicon
    >>> from egovnews.style import NameOverride
    >>> house = HouseLexicon(lexicon("ru"), {"BGD": NameOverride(declension="indeclinable", gender="f")})
    >>> house.name("BGD", "gen"), house.name("BGD", "loc"), house.grammar("BGD")
    ('Бангладеш', 'в Бангладеш', Grammar(gender='f', number='sg'))
    """

    def __init__(self, base: Lexicon, overrides: dict[str, Any]) -> None:
        self.base = base
        self.overrides = overrides
        self.code = base.code
        self.forms = base.forms
        self.subject_form = base.subject_form
        self.bare_form = base.bare_form

    def name(self, entity: str, form: str, *, style: NameStyle = "common") -> str:
        override = self.overrides.get(entity)
        if override is None:
            return self.base.name(entity, form, style=style)
        if form in override.forms:
            return str(override.forms[form])
        if override.declension == "indeclinable":
            nominative = override.forms.get(self.forms[0]) or self.base.name(entity, self.forms[0], style=style)
            if form == "loc":
                preposition = self.base.name(entity, "loc", style=style).split(" ", 1)[0]
                return f"{preposition} {nominative}"
            return str(nominative)
        return self.base.name(entity, form, style=style)

    def grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar:
        grammar = self.base.grammar(entity, style=style)
        override = self.overrides.get(entity)
        if override is None:
            return grammar
        number = override.number or grammar.number
        gender = None if number == "pl" and self.code == "ru" else (override.gender or grammar.gender)
        return Grammar(gender, number)  # type: ignore[arg-type]

    def abbreviation(self, entity: str) -> str | None:
        return self.base.abbreviation(entity)

    def entities(self) -> Iterable[str]:
        return self.base.entities()

    def short(self, entity: str, form: str, *, style: NameStyle = "common") -> str | None:
        # A house that names a country its own way has not approved the lexicon's short form.
        return None if entity in self.overrides and self.overrides[entity].forms else self.base.short(entity, form, style=style)

    def short_grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar | None:
        return self.base.short_grammar(entity, style=style)

    def short_introduced(self, entity: str, *, style: NameStyle = "common") -> bool:
        return self.short(entity, self.forms[0], style=style) is not None and self.base.short_introduced(entity, style=style)
