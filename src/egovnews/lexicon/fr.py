"""The French lexicon: names with their articles, elided and contracted as French requires.

The facts (name, gender, number, whether the name takes an article, h aspiré, the location
preposition) are data in ``lexicon/fr/*.tsv``; this module only applies the rules.

>>> fr = FrenchLexicon()
>>> [fr.name("NLD", form) for form in fr.forms]
['Pays-Bas', 'les Pays-Bas', 'des Pays-Bas', 'aux Pays-Bas', 'aux Pays-Bas']
>>> fr.country("HND", "de"), fr.country("ISR", "de"), fr.country("BRB", "loc")
('du Honduras', "d'Israël", 'à la Barbade')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..errors import DataError
from .base import NAME_STYLES, Grammar, Lexicon, NameStyle, checked, table_rows

FORMS = ("bare", "def", "de", "a", "loc")

_COLUMNS = ("id", "style", "name", "gender", "number", "article", "aspirated", "loc", "abbreviation")
_ENTRY_FILES = ("countries.tsv", "entities.tsv")
_OVERRIDES = "overrides.tsv"
#: Press short forms of some names (la RDC, les EAU), used once the name has been given.
_SHORT = "short.tsv"

# Y is left out: before a vowel it is a consonant sound (le Yémen, du Yémen).
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæ")
# Words that refuse elision although they start with a vowel sound (le onze, le huit).
_NO_ELISION = ("onze", "onzième", "huit", "huitième")
_CONTRACTIONS = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}

Article = Literal["le", "la", "les"]


def elides(word: str, *, aspirated: bool = False) -> bool:
    """Whether ``le``, ``la`` and ``de`` elide before ``word`` (vowel or h muet).

    >>> elides("Allemagne"), elides("Haïti"), elides("Honduras", aspirated=True), elides("Yémen")
    (True, True, False, False)
    """
    lowered = unicodedata.normalize("NFC", word).lower()
    if not lowered or aspirated or lowered.startswith(_NO_ELISION):
        return False
    return lowered[0] in _VOWELS or lowered[0] == "h"


def with_article(name: str, article: Article | None, preposition: str | None = None, *, aspirated: bool = False) -> str:
    """A name after an optional preposition (``de``, ``à``) and article, elided and contracted.

    >>> with_article("Kazakhstan", "le", "à"), with_article("Allemagne", "la", "de")
    ('au Kazakhstan', "de l'Allemagne")
    >>> with_article("Israël", None, "de"), with_article("Pays-Bas", "les", "de")
    ("d'Israël", 'des Pays-Bas')
    """
    vowel = elides(name, aspirated=aspirated)
    head: str | None = article
    if article in ("le", "la") and vowel:
        head = "l'"
    if preposition is not None and head is not None:
        contracted = _CONTRACTIONS.get((preposition, head))
        if contracted is not None:
            return f"{contracted} {name}"
        head = f"{preposition} {head}"
    elif preposition is not None:
        head = "d'" if preposition == "de" and vowel else preposition
    if head is None:
        return name
    return head + name if head.endswith("'") else f"{head} {name}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of an entity in one style, as a data row states it."""

    name: str
    gender: Literal["m", "f"]
    number: Literal["sg", "pl"]
    article: bool
    aspirated: bool
    loc: Literal["en", "à", "dans"]
    abbreviation: str | None

    @property
    def definite(self) -> Article | None:
        """The definite article the name takes, before elision; None for Cuba, Israël."""
        if not self.article:
            return None
        return "les" if self.number == "pl" else ("le" if self.gender == "m" else "la")

    def form(self, form: str) -> str:
        """The name in one of :data:`FORMS`.

        >>> Entry("France", "f", "sg", True, False, "en", None).form("loc")
        'en France'
        """
        article = self.definite
        if form == "bare":
            return self.name
        if form == "def":
            return with_article(self.name, article, aspirated=self.aspirated)
        if form == "de":
            return with_article(self.name, article, "de", aspirated=self.aspirated)
        if form == "a":
            return with_article(self.name, article, "à", aspirated=self.aspirated)
        if form == "loc":
            if self.loc == "en":
                return f"en {self.name}"
            if self.loc == "dans":
                return "dans " + with_article(self.name, article, aspirated=self.aspirated)
            return with_article(self.name, article, "à", aspirated=self.aspirated)
        raise ValueError(f"unknown French form {form!r}; known: {', '.join(FORMS)}")


def _styles(value: str) -> tuple[NameStyle, ...]:
    return NAME_STYLES if value == "*" else (value,)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _Data:
    entries: dict[tuple[str, NameStyle], Entry]
    overrides: dict[tuple[str, NameStyle, str], str]
    ids: tuple[str, ...]
    shorts: dict[tuple[str, NameStyle], Entry]


def _read_entries(filename: str, overrides: dict[tuple[str, NameStyle, str], str]) -> dict[tuple[str, NameStyle], Entry]:
    """The rows of one entry table, checked; every error names its file, line and field."""
    entries: dict[tuple[str, NameStyle], Entry] = {}
    for line, cell in table_rows("fr", filename, _COLUMNS):
        style = checked(cell, "style", ("*", *NAME_STYLES), filename, line)
        entry = Entry(
            name=cell["name"],
            gender=checked(cell, "gender", ("m", "f"), filename, line),  # type: ignore[arg-type]
            number=checked(cell, "number", ("sg", "pl"), filename, line),  # type: ignore[arg-type]
            article=checked(cell, "article", ("def", "none"), filename, line) == "def",
            aspirated=checked(cell, "aspirated", ("", "x"), filename, line) == "x",
            loc=checked(cell, "loc", ("en", "à", "dans"), filename, line),  # type: ignore[arg-type]
            abbreviation=cell["abbreviation"] or None,
        )
        if not entry.name:
            raise DataError("empty name", file=filename, line=line, field="name")
        for one in _styles(style):
            key = (cell["id"], one)
            if key in entries:
                raise DataError(f"{cell['id']!r} ({one}) is listed twice", file=filename, line=line, field="id")
            # « en » drops the article: right before feminine and vowel-initial names, never plurals.
            if entry.loc == "en" and entry.article and (cell["id"], one, "loc") not in overrides:
                if entry.number == "pl" or (entry.gender == "m" and not elides(entry.name, aspirated=entry.aspirated)):
                    message = f"« en {entry.name} » is wrong: use à"
                    raise DataError(message, file=filename, line=line, field="loc")
            entries[key] = entry
    return entries


@cache
def _load() -> _Data:
    """Read and check the data files once; every error names its file, line and field."""
    overrides: dict[tuple[str, NameStyle, str], str] = {}
    for line, cell in table_rows("fr", _OVERRIDES, ("id", "style", "form", "text")):
        form = checked(cell, "form", FORMS, _OVERRIDES, line)
        for one in _styles(checked(cell, "style", ("*", *NAME_STYLES), _OVERRIDES, line)):
            overrides[(cell["id"], one, form)] = cell["text"]
    entries: dict[tuple[str, NameStyle], Entry] = {}
    for filename in _ENTRY_FILES:
        found = _read_entries(filename, overrides)
        twice = found.keys() & entries.keys()
        if twice:
            raise DataError(f"{sorted(twice)[0]!r} is listed in two files", file=filename, field="id")
        entries.update(found)
    ids = tuple(dict.fromkeys(entity for entity, _ in entries))
    for entity in ids:
        for style in NAME_STYLES:
            if (entity, style) not in entries:
                raise DataError(f"{entity!r} has no {style} name", file=_ENTRY_FILES[0])
    for entity, _, _ in overrides:
        if entity not in ids:
            raise DataError(f"override for unknown id {entity!r}", file=_OVERRIDES, field="id")
    shorts = _read_entries(_SHORT, {})
    for entity, _ in shorts:
        if entity not in ids:
            raise DataError(f"short form for unknown id {entity!r}", file=_SHORT, field="id")
    return _Data(entries, overrides, ids, shorts)


class FrenchLexicon(Lexicon):
    """Names in French: ``bare`` (Kazakhstan), ``def`` (le Kazakhstan), ``de`` (du Kazakhstan),
    ``a`` (au Kazakhstan) and ``loc`` (au Kazakhstan, en France, à Cuba).

    >>> fr = FrenchLexicon()
    >>> fr.country("DEU", capital=True), fr.country("KOR", "loc", style="official")
    ("L'Allemagne", 'en République de Corée')
    >>> fr.name("group:LDC", "de"), fr.abbreviation("group:LDC")
    ('des pays les moins avancés', 'PMA')
    """

    code = "fr"
    forms = FORMS
    subject_form = "def"
    bare_form = "bare"

    def __init__(self) -> None:
        self._data = _load()

    def _entry(self, entity: str, style: NameStyle) -> Entry:
        try:
            return self._data.entries[(entity, style)]
        except KeyError:
            if style not in NAME_STYLES:
                raise ValueError(f"unknown name style {style!r}; known: {', '.join(NAME_STYLES)}") from None
            raise KeyError(f"no French name for entity {entity!r}") from None

    def name(self, entity: str, form: str, *, style: NameStyle = "common") -> str:
        """An entity in one form, as it stands inside a sentence.

        >>> FrenchLexicon().name("SAU", "loc")
        'en Arabie saoudite'
        """
        entry = self._entry(entity, style)
        if form not in FORMS:
            raise ValueError(f"unknown French form {form!r} for {entity!r}; known: {', '.join(FORMS)}")
        return self._data.overrides.get((entity, style, form)) or entry.form(form)

    def grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar:
        """Gender and number for agreement.

        >>> FrenchLexicon().grammar("USA")
        Grammar(gender='m', number='pl')
        """
        entry = self._entry(entity, style)
        return Grammar(entry.gender, entry.number)

    def short(self, entity: str, form: str, *, style: NameStyle = "common") -> str | None:
        """The press short form of a name, in one form; None when the name has none.

        >>> FrenchLexicon().short("COD", "loc"), FrenchLexicon().short("ARE", "de"), FrenchLexicon().short("KAZ", "def")
        ('en RDC', 'des EAU', None)
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else entry.form(form)

    def short_entry(self, entity: str, *, style: NameStyle = "common") -> Any | None:
        return self._data.shorts.get((entity, style))

    def short_grammar(self, entity: str, *, style: NameStyle = "common") -> Grammar | None:
        """Gender and number of the short form (les EAU: masculine plural).

        >>> FrenchLexicon().short_grammar("ARE")
        Grammar(gender='m', number='pl')
        """
        entry = self.short_entry(entity, style=style)
        return None if entry is None else Grammar(entry.gender, entry.number)

    def abbreviation(self, entity: str) -> str | None:
        """The abbreviation the French press uses, or None.

        >>> FrenchLexicon().abbreviation("index:OSI"), FrenchLexicon().abbreviation("KAZ")
        ('OSI', None)
        """
        return self._entry(entity, "common").abbreviation

    def entities(self) -> Iterable[str]:
        """Every entity id, in the order of the data files."""
        return self._data.ids
