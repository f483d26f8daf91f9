"""The English lexicon: names with or without "the", and their possessives.

The facts (name, article, number for verb agreement, possessive ending, abbreviation) are data
in ``lexicon/en/*.tsv``; this module only joins them into forms.

>>> en = EnglishLexicon()
>>> [en.name("NLD", form) for form in en.forms]
['Netherlands', 'the Netherlands', "the Netherlands'"]
>>> en.country("HND"), en.country("KAZ", "poss"), en.country("KOR", style="official")
('Honduras', "Kazakhstan's", 'the Republic of Korea')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..errors import DataError
from .base import NAME_STYLES, Grammar, Lexicon, NameStyle, checked, table_rows

FORMS = ("bare", "def", "poss")

_COLUMNS = ("id", "style", "name", "article", "number", "poss", "abbreviation")
_FILES = ("countries.tsv", "entities.tsv")
#: Press short forms of some names (the UAE, the US), used once the name has been given.
_SHORT = "short.tsv"


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of an entity in one style, as a data row states it."""

    name: str
    article: bool
    number: Literal["sg", "pl"]
    poss: Literal["'s", "'"]
    abbreviation: str | None

    def form(self, form: str) -> str:
        """The name in one of :data:`FORMS`.

        >>> Entry("Philippines", True, "sg", "'", None).form("poss")
        "the Philippines'"
        >>> Entry("Belarus", False, "sg", "'s", None).form("def")
        'Belarus'
        """
        if form == "bare":
            return self.name
        definite = f"the {self.name}" if self.article else self.name
        if form == "def":
            return definite
        if form == "poss":
            return definite + self.poss
        raise ValueError(f"unknown English form {form!r}; known: {', '.join(FORMS)}")


@dataclass(frozen=True, slots=True)
class _Data:
    entries: dict[tuple[str, NameStyle], Entry]
    ids: tuple[str, ...]
    shorts: dict[tuple[str, NameStyle], Entry]


@cache
def _load() -> _Data:
    """Read and check the data files once; every error names its file, line and field."""
    entries: dict[tuple[str, NameStyle], Entry] = {}
    ids: dict[str, None] = {}
    for filename in _FILES:
        entries_of_file, ids_of_file = _read(filename)
        twice = entries_of_file.keys() & entries.keys()
        if twice:
            raise DataError(f"{sorted(twice)[0]!r} is listed in two files", file=filename, field="id")
        entries.update(entries_of_file)
        ids.update(ids_of_file)
    for entity in ids:
        for one in NAME_STYLES:
            if (entity, one) not in entries:
                raise DataError(f"{entity!r} has no {one} name", file=_FILES[0])
    shorts, _ = _read(_SHORT)
    for entity, _ in shorts:
        if entity not in ids:
            raise DataError(f"short form for unknown id {entity!r}", file=_SHORT, field="id")
    return _Data(entries, tuple(ids), shorts)


def _read(filename: str) -> tuple[dict[tuple[str, NameStyle], Entry], dict[str, None]]:
    """The rows of one table, checked; every error names its file, line and field."""
    entries: dict[tuple[str, NameStyle], Entry] = {}
    ids: dict[str, None] = {}
    for line, cell in table_rows("en", filename, _COLUMNS):
        style = checked(cell, "style", ("*", *NAME_STYLES), filename, line)
        entry = Entry(
            name=cell["name"],
            article=checked(cell, "article", ("the", "none"), filename, line) == "the",
            number=checked(cell, "number", ("sg", "pl"), filename, line),  # type: ignore[arg-type]
            poss=checked(cell, "poss", ("'s", "'"), filename, line),  # type: ignore[arg-type]
            abbreviation=cell["abbreviation"] or None,
        )
        if not entry.name or entry.name.lower().startswith("the "):
            raise DataError("name empty or with its article (use the article column)", file=filename, line=line)
        # A bare apostrophe is only right after a final -s (the Bahamas'); "Fiji'" is a typo.
        if entry.poss == "'" and not entry.name.endswith("s"):
            raise DataError(f"{entry.name!r} does not end in s: use 's", file=filename, line=line, field="poss")
        for one in NAME_STYLES if style == "*" else (style,):
            key = (cell["id"], one)
            if key in entries:
                raise DataError(f"{cell['id']!r} ({one}) is listed twice", file=filename, line=line, field="id")
            entries[key] = entry  # type: ignore[index]
        ids[cell["id"]] = None
    return entries, ids


class EnglishLexicon(Lexicon):
    """Names in English: ``bare`` (Netherlands), ``def`` (the Netherlands, Kazakhstan) and
    ``poss`` (the Netherlands', Kazakhstan's).

    ``grammar().number`` is for verb agreement: every state is singular, "the Netherlands is
    ranked"; groups such as the least developed countries are plural. Gender is always None.

    >>> en = EnglishLexicon()
    >>> en.country("NLD", capital=True), en.country("USA", "poss")
    ('The Netherlands', "the United States'")
    >>> en.name("group:LDC", "def"), en.abbreviation("group:LDC"), en.grammar("group:LDC").number
    ('the least developed countries', 'LDCs', 'pl')
    """

    code = "en"
    forms = FORMS
    subject_form = "def"
    bare_form = "bare"

    def __init__(self) -> None:
        self._data = _load()

    def _entry(self, entity: str, style: NameStyle, form: str | None = None) -> Entry:
        try:
            return self._data.entries[(entity, style)]
        except KeyError:
            if style not in NAME_STYLES:
                raise ValueError(f"unknown name style {style!r}; known: {', '.join(NAME_STYLES)}") from None
            wanted = f" (form {form!r})" if form else ""
            raise KeyError(f"no English name for entity {entity!r}{wanted}") from None

    def name(self, entity: str, form: str, *, style: NameStyle = "common") -> str:
        """An entity in one form, as it stands inside a sentence.

        >>> EnglishLexicon().name("GMB", "def"), EnglishLexicon().name("CYP", "poss")
        ('the Gambia', "Cyprus's")
        """
        entry = self._entry(entity, style, form)
        if form not in FORMS:
            raise ValueError(f"unknown English form {form!r} for entity {entity!r}; known: {', '.join(FORMS)}")
        return entry.form(form)

    def grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar:
        """Number for verb agreement (gender is None in English).

        >>> EnglishLexicon().grammar("PHL")
        Grammar(gender=None, number='sg')
        """
        return Grammar(None, self._entry(entity, style).number)

    def short(self, entity: str, form: str, *, style: NameStyle = "common") -> str | None:
        """The press short form of a name, in one form; None when the name has none.

        >>> EnglishLexicon().short("ARE", "def"), EnglishLexicon().short("USA", "poss"), EnglishLexicon().short("KAZ", "def")
        ('the UAE', "the US's", None)
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else entry.form(form)

    def short_entry(self, entity: str, *, style: NameStyle = "common") -> Any | None:
        return self._data.shorts.get((entity, style))

    def short_grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar | None:
        """Number of the short form, for verb agreement.

        >>> EnglishLexicon().short_grammar("USA")
        Grammar(gender=None, number='sg')
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else Grammar(None, entry.number)

    def abbreviation(self, entity: str) -> str | None:
        """The abbreviation the English-language press uses, or None.

        >>> EnglishLexicon().abbreviation("index:TII"), EnglishLexicon().abbreviation("KAZ")
        ('TII', None)
        """
        return self._entry(entity, "common").abbreviation

    def entities(self) -> Iterable[str]:
        """Every entity id, in the order of the data files."""
        return self._data.ids
