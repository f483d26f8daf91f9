"""The Russian lexicon: every entity in the six cases and with its location preposition.

The forms are reviewed data in ``lexicon/ru/*.tsv``, one row per entity and name style, every
case written out. Nothing is declined at run time: pymorphy3 seeded the rows
(``tools/lexicon_seed_ru.py``) and checks them in the tests, but it misreads some names and
declines official names word by word, so the shipped rows are what an editor approved.

>>> ru = RussianLexicon()
>>> ru.name("KOR", "ins", style="official"), ru.name("CUB", "loc"), ru.name("PER", "gen")
('Республикой Корея', 'на Кубе', 'Перу')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from importlib import resources

from ..errors import DataError, EgovError
from .base import NAME_STYLES, Grammar, Lexicon, NameStyle

#: Data files, read in this order; an entity may appear in one file only.
DATA_FILES = ("countries.tsv", "terms.tsv")
#: Press short forms of some names (ЦАР, КНР), used once the name has been given.
SHORT_FILE = "short.tsv"
FORMS: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "pre", "loc")
_COLUMNS = ("id", "style", *FORMS, "gender", "number", "abbr", "note")
_LOCATION_PREPOSITIONS = ("в ", "во ", "на ")
# A row whose style is "*" names the entity the same way in both styles.
_ANY_STYLE = "*"


class UnknownNameError(EgovError, KeyError):
    """An entity the lexicon does not have (a KeyError, as in the French lexicon).

    >>> str(UnknownNameError("no entity 'XYZ'"))
    "no entity 'XYZ'"
    """

    def __str__(self) -> str:
        # KeyError would quote the whole message; show it as written.
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One entity in one name style: its forms, its grammar and the press abbreviation."""

    forms: dict[str, str]
    grammar: Grammar
    abbreviation: str | None


def _parse_row(fields: list[str], file: str, line: int) -> tuple[str, tuple[str, ...], Entry]:
    """Check one data row and turn it into (entity, styles, entry)."""
    if len(fields) != len(_COLUMNS):
        message = f"expected {len(_COLUMNS)} tab-separated fields, got {len(fields)}"
        raise DataError(message, file=file, line=line)
    row = dict(zip(_COLUMNS, fields, strict=True))
    styles = NAME_STYLES if row["style"] == _ANY_STYLE else (row["style"],)
    if not set(styles) <= set(NAME_STYLES):
        raise DataError(f"unknown style {row['style']!r}", file=file, line=line, field="style")
    for form in FORMS:
        if not row[form] or row[form] != row[form].strip() or "  " in row[form]:
            raise DataError(f"empty or badly spaced form {row[form]!r}", file=file, line=line, field=form)
    if not row["loc"].startswith(_LOCATION_PREPOSITIONS):
        raise DataError(f"location form without в/во/на: {row['loc']!r}", file=file, line=line, field="loc")
    number, gender = row["number"], row["gender"] or None
    # Plural names have no gender for agreement (Нидерланды поднялись); singular ones need one.
    if (number, gender is None) not in {("sg", False), ("pl", True)} or gender not in (None, "m", "f", "n"):
        raise DataError(f"bad gender/number {gender!r}/{number!r}", file=file, line=line, field="gender")
    entry = Entry(
        forms={form: row[form] for form in FORMS},
        grammar=Grammar(gender=gender, number=number),  # type: ignore[arg-type]
        abbreviation=row["abbr"] or None,
    )
    return row["id"], styles, entry


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Numbered data lines of a TSV file: comments, blank lines and the header skipped."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, line.split("\t")


@cache
def load_entries() -> dict[tuple[str, NameStyle], Entry]:
    """Every (entity, style) of the shipped data, read once.

    >>> load_entries()[("NLD", "common")].grammar
    Grammar(gender=None, number='pl')
    """
    entries: dict[tuple[str, NameStyle], Entry] = {}
    for name in DATA_FILES:
        _read(name, entries)
    for entity in {entity for entity, _ in entries}:
        styles_present = [style for style in NAME_STYLES if (entity, style) in entries]
        if len(styles_present) != len(NAME_STYLES):
            message = f"{entity} lacks a name style: has only {', '.join(styles_present)}"
            raise DataError(message, file="lexicon/ru")
        if len({entries[(entity, style)].abbreviation for style in NAME_STYLES}) != 1:
            raise DataError(f"{entity} has different abbreviations in its two styles", file="lexicon/ru")
    return entries


def _read(name: str, entries: dict[tuple[str, NameStyle], Entry] | None = None) -> dict[tuple[str, NameStyle], Entry]:
    """The rows of one data file, added to ``entries``: a name defined twice, in this file or
    an earlier one, is an error naming this file and line."""
    folder = resources.files("egovnews.lexicon").joinpath("ru")
    entries = {} if entries is None else entries
    text = folder.joinpath(name).read_text(encoding="utf-8")
    for line, fields in _rows(text):
        entity, styles, entry = _parse_row(fields, f"lexicon/ru/{name}", line)
        for style in styles:
            if (entity, style) in entries:
                raise DataError(f"{entity} ({style}) is defined twice", file=f"lexicon/ru/{name}", line=line)
            entries[(entity, style)] = entry  # type: ignore[index]
    return entries


@cache
def load_shorts() -> dict[tuple[str, NameStyle], Entry]:
    """The press short forms (ЦАР, КНР) by (entity, style), read once.

    >>> load_shorts()[("CAF", "common")].forms["loc"]
    'в ЦАР'
    """
    shorts = _read(SHORT_FILE)
    known = {entity for entity, _ in load_entries()}
    for entity, _ in shorts:
        if entity not in known:
            raise DataError(f"short form for unknown entity {entity}", file=f"lexicon/ru/{SHORT_FILE}")
    return shorts


class RussianLexicon(Lexicon):
    """Russian names in the cases ``nom gen dat acc ins pre`` and ``loc`` (with в/во/на).

    >>> ru = RussianLexicon()
    >>> ru.country("FRA", "loc"), ru.country("USA", style="official"), ru.grammar("NLD").number
    ('во Франции', 'Соединённые Штаты Америки', 'pl')
    """

    code = "ru"
    forms = FORMS
    subject_form = "nom"
    bare_form = "nom"

    def __init__(self) -> None:
        self._entries = load_entries()

    def _entry(self, entity: str, style: NameStyle, form: str | None = None) -> Entry:
        if style not in NAME_STYLES:
            raise ValueError(f"unknown name style {style!r}; known: {', '.join(NAME_STYLES)}")
        try:
            return self._entries[(entity, style)]
        except KeyError:
            asked = f" in form {form!r}" if form else ""
            raise UnknownNameError(f"the Russian lexicon has no entity {entity!r}{asked}") from None

    def name(self, entity: str, form: str, *, style: NameStyle = "common") -> str:
        """An entity in one form, as it stands inside a sentence.

        >>> RussianLexicon().name("ZAF", "ins", style="official")
        'Южно-Африканской Республикой'
        """
        entry = self._entry(entity, style, form)
        try:
            return entry.forms[form]
        except KeyError:
            known = ", ".join(FORMS)
            raise ValueError(f"unknown Russian form {form!r} for {entity!r}; known: {known}") from None

    def grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar:
        """Gender and number for verb agreement: Казахстан поднялся, США поднялись, Перу поднялось.

        >>> RussianLexicon().grammar("KAZ"), RussianLexicon().grammar("USA").number
        (Grammar(gender='m', number='sg'), 'pl')
        """
        return self._entry(entity, style).grammar

    def short(self, entity: str, form: str, *, style: NameStyle = "common") -> str | None:
        """The press short form of a name, in one form; None when the name has none.

        >>> RussianLexicon().short("CAF", "ins"), RussianLexicon().short("USA", "nom", style="official")
        ('ЦАР', 'США')
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else entry.forms[form]

    def short_entry(self, entity: str, *, style: NameStyle = "common") -> Any | None:
        return load_shorts().get((entity, style))

    def short_grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar | None:
        """Gender and number of the short form, which agree with its head noun (ЦАР: f).

        >>> RussianLexicon().short_grammar("CHN")
        Grammar(gender='f', number='sg')
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else entry.grammar

    def abbreviation(self, entity: str) -> str | None:
        """The abbreviation the Russian press uses, or None.

        >>> RussianLexicon().abbreviation("group:CIS"), RussianLexicon().abbreviation("index:OSI")
        ('СНГ', 'OSI')
        """
        return self._entry(entity, "common").abbreviation

    def entities(self) -> Iterable[str]:
        """Every entity id, in the data files' order.

        >>> "KAZ" in RussianLexicon().entities()
        True
        """
        return tuple(dict.fromkeys(entity for entity, _ in self._entries))


__all__ = ["FORMS", "Entry", "RussianLexicon", "UnknownNameError", "load_entries"]
