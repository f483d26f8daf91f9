"""The contract every language fulfils: numbers, agreement, lists, names and typography.

A :class:`Language` is bound to a house :class:`~egovnews.style.Style`. Templates receive its
helpers through :meth:`Language.filters`; every helper takes the value it works on first, so
the same callable serves as a Jinja2 filter (``{{ 24|ordinal }}``) and as a global
(``{{ ordinal(24) }}``).

Grammatical parameters have one meaning in every language: ``gender`` is ``"m"``, ``"f"``,
``"n"`` or ``"pl"`` (plural); ``case`` is one of :data:`CASES`. A language without cases
accepts the names and ignores them, so that no keyword means different things in different
languages (num2words' mistake).
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from typing import Any, ClassVar, Literal

from ..lexicon.base import Grammar, capitalize_first
from ..style import Style

Gender = Literal["m", "f", "n", "pl"]
Case = Literal["nom", "gen", "dat", "acc", "ins", "pre"]
#: The six Russian cases; the names every language accepts.
CASES: tuple[Case, ...] = ("nom", "gen", "dat", "acc", "ins", "pre")
GENDERS: tuple[Gender, ...] = ("m", "f", "n", "pl")

# Horizontal spaces the typography pass treats as one: space, tab, no-break, narrow no-break.
_H = " \t\u00a0\u202f"
_SPACE_RUN = re.compile(f"[{_H}]{{2,}}")
_SPACE_BEFORE_STOP = re.compile(f"[{_H}]+([,.])(?!\\d)")
_TRAILING = re.compile(f"[{_H}]+(?=\\n|$)")
#: The closing quotes and brackets that may stand between a sentence's last sign and the space.
_CLOSERS = "»”\"')]"
# A sentence ends at . ! ? (and any closing quotes or brackets) before a space.
_SENTENCE_END = re.compile(f"([.!?])[{re.escape(_CLOSERS)}]*[\\s\u00a0\u202f]+")
# What may stand before the first letter of a sentence: quotes, brackets, Markdown marks.
_LEAD = re.compile(r"[\s«“\"'‘(\[*_#>\-–—\u00a0\u202f]*")
_NEWLINE = re.compile(r"\n")
_APOSTROPHE = re.compile(r"(?<=\w)'")
_SPACE_BEFORE_SIGN = re.compile(f"[{_H}]+([;:!?])(?=\\s|$)")
#: The signs French sets off with a space (Russian and English with none); text without any
#: skips the spacing rules, which are the slowest part of the typography pass.
SPACED_SIGNS = frozenset(";:!?«»%")


@dataclass(frozen=True, slots=True)
class Noun:
    """A counting noun: its gender and its forms, singular and plural, one per case.

    Languages without cases give one form in each tuple.

    >>> Noun("f", ("place",), ("places",)).form("pl")
    'places'
    """

    gender: Gender
    singular: tuple[str, ...]
    plural: tuple[str, ...]

    def form(self, number: Literal["sg", "pl"], case: Case = "nom") -> str:
        """The noun in one number and case (the only form when there are no cases).

        >>> Noun("n", ("место", "места", "месту", "место", "местом", "месте"),
        ...      ("места", "мест", "местам", "места", "местами", "местах")).form("pl", "gen")
        'мест'
        """
        forms = self.singular if number == "sg" else self.plural
        return forms[CASES.index(case)] if len(forms) > 1 else forms[0]


def to_decimal(value: Decimal | str | int | float) -> Decimal:
    """A finite Decimal from a Decimal, a string or an int; a float through its shortest repr.

    >>> to_decimal("0.90093"), to_decimal(3), to_decimal(0.1)
    (Decimal('0.90093'), Decimal('3'), Decimal('0.1'))
    """
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # repr() is the shortest string that reads back as the same float: no binary tail.
        number = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise TypeError(f"not a number: {value!r} ({type(value).__name__})")
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


def round_half_up(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half up to exactly ``places`` decimals, never a negative zero.

    >>> round_half_up(Decimal("0.90095"), 4), round_half_up(Decimal("-0.00004"), 4)
    (Decimal('0.9010'), Decimal('0.0000'))
    """
    if places < 0:
        raise ValueError(f"places must be 0 or more, got {places}")
    with localcontext() as context:
        # Enough precision for any exponent: quantize must never fail or round twice.
        context.prec = max(28, value.adjusted() + places + 2)
        rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded


class Language(ABC):
    """One language's realisation helpers, bound to a house style."""

    #: ISO 639-1 code, also the lexicon's code.
    code: ClassVar[str]
    #: Babel locale used for separators.
    locale: ClassVar[str]
    #: Words for :meth:`join`'s ``conj`` keys.
    conjunctions: ClassVar[Mapping[str, str]]
    #: How the last item is joined when an item holds "and" itself (" as well as"); None: as usual.
    compound_and: ClassVar[str | None] = None
    #: Counting nouns by their dictionary form.
    nouns: ClassVar[Mapping[str, Noun]]
    #: Whether the house style's serial comma applies (English only).
    serial_comma_applies: ClassVar[bool] = False
    #: Abbreviations after which a full stop does not end a sentence (lower case, no dot).
    abbreviations: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, style: Style | None = None) -> None:
        self.style = style or Style()
        # Read by the typography pass on every sentence: a plain attribute, not the style's
        # field (a pydantic model's attribute read goes through its __getattr__ hook).
        self._typographic = self.style.apostrophe == "typographic"
        # A batch formats the same few numbers thousands of times; Babel and num2words are slow.
        self._formatted: dict[tuple[Any, ...], str] = {}
        self._holding: dict[str, tuple[str, ...]] = {}
        self._abbreviations: dict[str, str] = {}
        self._compiled: dict[str, tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]] = {}
        # How each country is referred to: 193 countries x four kinds x a few forms at most.
        self._referred: dict[tuple[str | None, ...], Any] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.style!r})"

    # -- numbers ---------------------------------------------------------------------------

    @abstractmethod
    def ordinal(self, n: int, *, gender: Gender = "m", case: Case = "nom", spelled: bool = False) -> str:
        """An ordinal number, abbreviated (24e, 24th, 24-й) or spelled out."""

    @abstractmethod
    def _words(self, n: int, gender: Gender, case: Case) -> str:
        """A whole number spelled out, agreeing with a noun of ``gender`` in ``case``."""

    @abstractmethod
    def _noun_form(self, noun: Noun, n: int, case: Case) -> str:
        """The form a counted noun takes after the number ``n``."""

    def noun(self, noun: str) -> Noun:
        """A counting noun of the language's table.

        >>> from egovnews.lang import lang
        >>> lang("fr").noun("place").gender
        'f'
        """
        try:
            return self.nouns[noun]
        except KeyError:
            raise ValueError(f"no {self.code} counting noun {noun!r}; known: {', '.join(self.nouns)}") from None

    def cardinal(self, n: int, *, gender: Gender = "m", case: Case = "nom") -> str:
        """A whole number, spelled out below the house style's bound, in digits above it.

        >>> from egovnews.lang import lang
        >>> lang("en").cardinal(4), lang("en").cardinal(23)
        ('four', '23')
        """
        n = self._check_int(n)
        self._check(gender, case)
        if 0 <= n < self.style.spell_out_below:
            key = ("words", n, gender, case)
            words = self._formatted.get(key)
            if words is None:
                words = self._remember(key, self._words(n, gender, case))
            return words
        return self.decimal(n, 0)

    def count(self, n: int, noun: str, *, case: Case = "nom") -> str:
        """A number and its noun, agreeing in number and case.

        >>> from egovnews.lang import lang
        >>> lang("ru").count(4, "позиция", case="acc"), lang("fr").count(23, "place")
        ('четыре позиции', '23 places')
        """
        entry = self.noun(noun)
        n = self._check_int(n)
        self._check(entry.gender, case)
        if n < 0:
            # A fall is said with a verb ("lost four places"): a template passes the size.
            raise ValueError(f"a count needs a number of 0 or more, got {n}")
        return f"{self.cardinal(n, gender=entry.gender, case=case)} {self._noun_form(entry, n, case)}"

    def ordinal_noun(self, n: int, noun: str, *, case: Case = "nom", spelled: bool = False) -> str:
        """An ordinal and its noun in one case: a rank said as a place.

        >>> from egovnews.lang import lang
        >>> lang("ru").ordinal_noun(24, "место", case="pre"), lang("en").ordinal_noun(24, "place")
        ('24-м месте', '24th place')
        """
        entry = self.noun(noun)
        word = self.ordinal(n, gender=entry.gender, case=case, spelled=spelled)
        return f"{word} {entry.form('sg', case)}"

    def decimal(self, value: Decimal | str | int | float, places: int | None = None) -> str:
        """A number with exactly ``places`` decimals (the house style's by default), rounded
        half up (away from zero on a tie), with the locale's separators and grouping; never
        in scientific notation, never "-0". A float is read through its shortest repr, so
        0.90093 stays 0.90093; data should arrive as Decimal or str anyway.

        >>> from egovnews.lang import lang
        >>> lang("fr").decimal("0.90093"), lang("en").decimal("0.90093"), lang("ru").decimal("1234.5", 1)
        ('0,9009', '0.9009', '1\\xa0234,5')
        """
        from babel.numbers import format_decimal  # Babel loads its locale data lazily too.

        places = self.style.decimals if places is None else places
        rounded = round_half_up(to_decimal(value), places)
        key = ("decimal", rounded, places)
        text = self._formatted.get(key)
        if text is None:
            pattern = "#,##0" + ("." + "0" * places if places else "")
            with localcontext() as context:
                # Babel quantizes again in the current context: give it room for every digit.
                context.prec = max(28, rounded.adjusted() + places + 2)
                text = format_decimal(rounded, format=pattern, locale=self.locale, decimal_quantization=True)
            self._remember(key, text)
        return text

    def _remember(self, key: tuple[Any, ...], text: str) -> str:
        if len(self._formatted) >= 10_000:  # a bound for long-lived processes fed many values
            self._formatted.clear()
        self._formatted[key] = text
        return text

    @property
    def percent_sign(self) -> str:
        """What follows the number in a percentage, space included.

        >>> from egovnews.lang import lang
        >>> lang("en").percent_sign
        '%'
        """
        return "%"

    def percent(self, value: Decimal | str | int | float, places: int | None = None) -> str:
        """A fraction as a percentage (0.123 -> 12.3 %), at the house style's precision.

        >>> from egovnews.lang import lang
        >>> lang("en").percent("0.1234"), lang("ru").percent("0.5", 0)
        ('12.3%', '50\\xa0%')
        """
        places = self.style.percent_decimals if places is None else places
        return self.decimal(to_decimal(value).scaleb(2), places) + self.percent_sign

    # -- lists and names -------------------------------------------------------------------

    def join(self, items: Sequence[str], conj: str = "and") -> str:
        """Already realised phrases as a list: "a, b and c" (serial comma by house style, in
        English only). ``conj`` is ``"and"``, ``"or"`` or the conjunction itself.

        >>> from egovnews.lang import lang
        >>> lang("fr").join(["la Suisse", "la Turquie", "la France"])
        'la Suisse, la Turquie et la France'

        When an item holds the conjunction itself, the last one is joined another way, so
        that no name reads as two (Antigua and Barbuda as well as Dominica):

        >>> lang("ru").join(["Антигуа и Барбуду", "Доминику"])
        'Антигуа и Барбуду, а также Доминику'
        """
        word = self.conjunctions.get(conj, conj)
        items = [str(item) for item in items]
        if len(items) <= 1:
            return "".join(items)
        if conj == "and" and self.compound_and and any(f" {word} " in item for item in items):
            if self.serial_comma_applies and len(items) > 2:
                return f"{', '.join(items[:-1])}, {word} {items[-1]}"  # English: the serial comma does it
            return f"{', '.join(items[:-1])}{self.compound_and} {items[-1]}"
        comma = "," if self.serial_comma_applies and self.style.serial_comma and len(items) > 2 else ""
        return f"{', '.join(items[:-1])}{comma} {word} {items[-1]}"

    def _lexicon(self) -> Any:
        found = self.__dict__.get("_lexicon_loaded")
        if found is None:
            from ..lexicon import lexicon  # the lexicon of a language loads its data on first use
            from ..lexicon.base import HouseLexicon

            found = lexicon(self.code)
            if self.style.names.get(self.code):
                found = HouseLexicon(found, self.style.names[self.code])
            self._lexicon_loaded = found
        return found

    def name(self, entity: str, form: str, capital: bool = False) -> str:
        """An entity (country, group, index...) in one lexicon form, in the house name style.

        >>> from egovnews.lang import lang
        >>> lang("fr").name("group:LDC", "de")
        'des pays les moins avancés'
        """
        text = self._lexicon().name(entity, form, style=self.style.name_style)
        return capitalize_first(text) if capital else text

    def country(self, iso3: str, form: str | None = None, capital: bool = False) -> str:
        """A country, by default in the form a subject takes.

        >>> from egovnews.lang import lang
        >>> lang("fr").country("KAZ", capital=True), lang("ru").country("KAZ", "loc")
        ('Le Kazakhstan', 'в Казахстане')
        """
        return self._lexicon().country(iso3, form, style=self.style.name_style, capital=capital)

    def names(
        self,
        entities: Sequence[str],
        form: str | None = None,
        conj: str = "and",
        capital: bool = False,
        notes: Sequence[str] | None = None,
        alphabetical: bool = False,
    ) -> str:
        """Entities each realised in ``form`` (preposition, article or case repeated), joined;
        ``notes``, one per entity, follow each name in parentheses. ``alphabetical`` orders
        them by name in this language, as a list of equals (a tie) reads best.

        >>> from egovnews.lang import lang
        >>> lang("fr").names(["KOR", "EST"], "de")
        "de la Corée du Sud et de l'Estonie"
        >>> lang("en").names(["CHE", "FRA"], notes=["26th", "34th"])
        'Switzerland (26th) and France (34th)'
        >>> lang("en").names(["GBR", "KOR", "DEU"], alphabetical=True), lang("ru").names(["GBR", "KOR", "DEU"], "ins", alphabetical=True)
        ('Germany, South Korea and the United Kingdom', 'Великобританией, Германией и Южной Кореей')
        """
        lex = self._lexicon()
        if alphabetical:
            if notes is not None:
                raise ValueError("notes follow the order given: sort the names before adding notes")
            entities = sorted(entities, key=self.collation_key)
        items = [lex.country(entity, form, style=self.style.name_style) for entity in entities]
        if notes is not None:
            if len(notes) != len(items):
                raise ValueError(f"{len(notes)} notes for {len(items)} names")
            items = [f"{item} ({note})" for item, note in zip(items, notes)]
        text = self.join(items, conj)
        return capitalize_first(text) if capital else text

    def collation_key(self, entity: str) -> str:
        """How an entity's name sorts in this language: case, accents and article ignored.

        >>> from egovnews.lang import lang
        >>> lang("fr").collation_key("ARE") < lang("fr").collation_key("DEU")
        False
        """
        name = self._lexicon().name(entity, self._lexicon().bare_form, style=self.style.name_style)
        decomposed = unicodedata.normalize("NFD", name.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    def grammar(self, target: Any) -> Grammar:
        """Gender and number of an entity, of several (a plural), of a reference to the
        article's country (``it``), or a Grammar as given.

        >>> from egovnews.lang import lang
        >>> lang("fr").grammar(["CHE", "FRA"]), lang("fr").grammar(["DNK", "FRA"])
        (Grammar(gender='f', number='pl'), Grammar(gender='m', number='pl'))
        """
        if isinstance(target, Grammar):
            return target
        own = getattr(target, "grammar", None)
        if isinstance(own, Grammar):
            return own
        lex = self._lexicon()
        if isinstance(target, str):
            return lex.grammar(target, style=self.style.name_style)
        grammars = [lex.grammar(entity, style=self.style.name_style) for entity in target]
        if len(grammars) == 1:
            return grammars[0]
        # Several entities: a plural, feminine only when every one is (French agreement).
        feminine = bool(grammars) and all(g.gender == "f" for g in grammars)
        return Grammar("f" if feminine else "m", "pl")

    def agree(self, word: str, target: str | Sequence[str] | Grammar) -> str:
        """``word`` (masculine singular, or en third person singular) agreeing with an entity.

        >>> from egovnews.lang import lang
        >>> from egovnews.lexicon import Grammar
        >>> lang("fr").agree("classé", Grammar("f", "pl")), lang("ru").agree("поднялся", Grammar("f", "sg"))
        ('classées', 'поднялась')
        """
        return self._agree(word, self.grammar(target))

    @abstractmethod
    def _agree(self, word: str, grammar: Grammar) -> str:
        """``word`` agreeing with a gender and number."""

    def by_number(self, target: str | Sequence[str] | Grammar, singular: str, plural: str) -> str:
        """``singular`` or ``plural`` as the target's name is: a verb form the rules cannot derive.

        >>> from egovnews.lang import lang
        >>> lang("fr").by_number("USA", "gagne", "gagnent"), lang("fr").by_number("KAZ", "gagne", "gagnent")
        ('gagnent', 'gagne')
        """
        return plural if self.grammar(target).number == "pl" else singular

    def by_count(self, n: int, singular: str, plural: str) -> str:
        """``singular`` or ``plural`` as a verb agrees with a counted subject ("one other
        country makes", "16 other countries make"; Russian: 21 страна сделала).

        >>> from egovnews.lang import lang
        >>> lang("en").by_count(1, "makes", "make"), lang("fr").by_count(16, "fait", "font"), lang("ru").by_count(21, "сделала", "сделали")
        ('makes', 'font', 'сделала')
        """
        return singular if self._count_is_singular(self._check_int(n)) else plural

    def _count_is_singular(self, n: int) -> bool:
        return n == 1

    #: Subject pronouns by (gender, number); gender None where the language has none.
    pronouns: ClassVar[Mapping[tuple[str | None, str], str]] = {}

    def pronoun(self, target: str | Sequence[str] | Grammar, capital: bool = False) -> str:
        """The subject pronoun standing for an entity.

        >>> from egovnews.lang import lang
        >>> lang("fr").pronoun("FRA"), lang("en").pronoun("USA"), lang("ru").pronoun("ARE", capital=True)
        ('elle', 'it', 'Они')
        """
        grammar = self.grammar(target)
        word = self.pronouns.get((grammar.gender, grammar.number)) or self.pronouns[(None, grammar.number)]
        return capitalize_first(word) if capital else word

    #: (gender, number) pairs whose pronoun the press avoids, repeating the name instead.
    pronoun_avoided: ClassVar[frozenset[tuple[str | None, str]]] = frozenset()

    def mention(self, target: str, pronoun: bool = False, capital: bool = False) -> str:
        """A country named, or its pronoun when ``pronoun`` is asked and the language uses it
        for that name (Russian repeats Перу rather than writing «оно»).

        >>> from egovnews.lang import lang
        >>> lang("ru").mention("FRA", pronoun=True), lang("ru").mention("PER", pronoun=True, capital=True)
        ('она', 'Перу')
        """
        grammar = self.grammar(target)
        if pronoun and (grammar.gender, grammar.number) not in self.pronoun_avoided:
            return self.pronoun(grammar, capital=capital)
        return self.country(target, capital=capital)

    #: Pronoun forms by lexicon form, then by (gender, number): the forms a pronoun standing
    #: for the country can take in our sentences (a subject everywhere; English *its*).
    pronoun_forms: ClassVar[Mapping[str, Mapping[tuple[str | None, str], str]]] = {}

    @property
    def subject_form(self) -> str:
        """The lexicon form a subject takes (fr and en ``def``, ru ``nom``).

        >>> from egovnews.lang import lang
        >>> lang("ru").subject_form, lang("en").subject_form
        ('nom', 'def')
        """
        return str(self._lexicon().subject_form)

    @property
    def bare_form(self) -> str:
        """The lexicon form a name takes standing alone, as in a table cell (fr and en ``bare``,
        ru ``nom``).

        >>> from egovnews.lang import lang
        >>> lang("fr").country("USA", lang("fr").bare_form)
        'États-Unis'
        """
        return str(self._lexicon().bare_form)

    def refer(self, iso3: str, kind: str, form: str | None = None, *, antecedent: str = "name") -> tuple[str, str]:
        """The country as a reference of ``kind`` (``name``, ``short``, ``noun`` for "the
        country", ``pronoun``) in one lexicon form, and the kind actually written: a pronoun
        asked for a form it cannot take, or a short form the name lacks, gives the noun.

        >>> from egovnews.lang import lang
        >>> lang("fr").refer("COD", "short", "loc"), lang("en").refer("KAZ", "pronoun", "poss")
        (('en RDC', 'short'), ('its', 'pronoun'))
        >>> lang("ru").refer("KAZ", "pronoun", "gen"), lang("ru").refer("KAZ", "noun")
        (('страны', 'noun'), ('страна', 'noun'))
        """
        key = ("refer", iso3, kind, form, antecedent)
        found = self._referred.get(key)
        if found is None:
            found = self._referred[key] = self._refer(iso3, kind, form, antecedent)
        return found

    def _refer(self, iso3: str, kind: str, form: str | None, antecedent: str) -> tuple[str, str]:
        if kind not in ("name", "short", "noun", "pronoun"):
            raise ValueError(f"unknown kind of reference {kind!r}")
        form = form or self.subject_form
        style = self.style.name_style
        lex = self._lexicon()
        if kind == "name":
            return lex.country(iso3, form, style=style), "name"
        if kind == "short":
            short = lex.short(iso3, form, style=style)
            if short is not None:
                return short, "short"
        if kind == "pronoun" and form in self.pronoun_forms:
            grammar = self.reference_grammar(iso3, antecedent)
            table = self.pronoun_forms[form]
            word = table.get((grammar.gender, grammar.number)) or table[(None, grammar.number)]
            return word, "pronoun"
        return lex.name("term:country", form, style=style), "noun"

    def reference_grammar(self, iso3: str, kind: str) -> Grammar:
        """What agrees with a reference of ``kind``: the name's gender and number, the
        short form's (ЦАР: f) or the noun's (le pays: m; страна: f).

        >>> from egovnews.lang import lang
        >>> lang("fr").reference_grammar("FRA", "noun"), lang("fr").reference_grammar("FRA", "pronoun")
        (Grammar(gender='m', number='sg'), Grammar(gender='f', number='sg'))
        """
        key = ("grammar", iso3, kind)
        found = self._referred.get(key)
        if found is None:
            found = self._referred[key] = self._reference_grammar(iso3, kind)
        return found

    def _reference_grammar(self, iso3: str, kind: str) -> Grammar:
        lex = self._lexicon()
        style = self.style.name_style
        if kind == "short" and (grammar := lex.short_grammar(iso3, style=style)) is not None:
            return grammar
        if kind in ("short", "noun"):
            return lex.grammar("term:country", style=style)
        return lex.grammar(iso3, style=style)

    def short_introduced(self, iso3: str) -> bool:
        """Whether the short form is given in brackets at the name's first mention.

        >>> from egovnews.lang import lang
        >>> lang("fr").short_introduced("COD"), lang("en").short_introduced("USA")
        (True, False)
        """
        return self.has_short(iso3) and self._lexicon().short_introduced(iso3, style=self.style.name_style)

    def short_name(self, iso3: str) -> str:
        """The short form as it stands in brackets after the name: RDC, UAE, ЦАР.

        >>> from egovnews.lang import lang
        >>> lang("fr").short_name("ARE"), lang("ru").short_name("CAF")
        ('EAU', 'ЦАР')
        """
        short = self._lexicon().short(iso3, self._lexicon().forms[0], style=self.style.name_style)
        if short is None:
            raise ValueError(f"{iso3} has no {self.code} short form")
        return short

    def has_short(self, iso3: str) -> bool:
        """Whether the country has a press short form that differs from its name here.

        >>> from egovnews.lang import lang
        >>> lang("ru").has_short("CAF"), lang("ru").has_short("USA"), lang("en").has_short("USA")
        (True, False, True)
        """
        key = ("has_short", iso3)
        found = self._referred.get(key)
        if found is None:
            lex = self._lexicon()
            style = self.style.name_style
            short = lex.short(iso3, self.subject_form, style=style)
            found = self._referred[key] = short is not None and short != lex.country(iso3, self.subject_form, style=style)
        return bool(found)

    def pronoun_clear(self, iso3: str, others: Iterable[str], *, antecedent: str = "name") -> bool:
        """Whether the pronoun for the country could only be read as the country after a
        sentence that referred to it as ``antecedent`` and named ``others``: none of them
        takes the same pronoun, and the language uses a pronoun for such a name at all
        (Russian repeats Перу).

        >>> from egovnews.lang import lang
        >>> lang("fr").pronoun_clear("KAZ", ["MNG", "ARM"]), lang("fr").pronoun_clear("KAZ", ["KGZ"])
        (True, False)
        >>> lang("en").pronoun_clear("KAZ", ["MNG"]), lang("en").pronoun_clear("KAZ", [])
        (False, True)
        """
        grammar = self.reference_grammar(iso3, antecedent)
        key = (grammar.gender, grammar.number)
        if key in self.pronoun_avoided:
            return False
        others = list(others)
        # Two countries named together take a plural pronoun: "они" could be them.
        if len(others) >= 2 and grammar.number == "pl":
            return False
        return all((g.gender, g.number) != key for g in (self.grammar(other) for other in others))

    def abbreviation(self, entity: str) -> str:
        """The abbreviation the press uses for an entity (PDSL, LLDCs, СНГ); an error when there is none.

        >>> from egovnews.lang import lang
        >>> lang("fr").abbreviation("group:CIS"), lang("ru").abbreviation("group:CIS")
        ('CEI', 'СНГ')
        """
        found = self._lexicon().abbreviation(entity)
        if not found:
            raise ValueError(f"no {self.code} abbreviation for {entity!r}")
        return found

    #: The lexicon form that replaces an abbreviation on its first use (Russian: the genitive,
    #: since the survey's abbreviations there always qualify a noun: показатель EGDI).
    introduction_form: ClassVar[str] = "bare"

    def introduce(self, text: str, entity: str) -> str | None:
        """``text`` with the first bare use of ``entity``'s abbreviation spelled out, the
        abbreviation kept in brackets; None when the text does not use it.

        >>> from egovnews.lang import lang
        >>> lang("en").introduce("Kazakhstan's EGDI of 0.9009.", "index:EGDI")
        "Kazakhstan's E-Government Development Index (EGDI) of 0.9009."
        >>> lang("ru").introduce("Показатель EGDI Казахстана (0,9009).", "index:EGDI")
        'Показатель индекса развития электронного правительства (EGDI) Казахстана (0,9009).'
        """
        short = self._abbreviations.get(entity) or self._abbreviations.setdefault(entity, self.abbreviation(entity))
        if short not in text:
            return None
        # Not inside another name (le groupe à EGDI moyen: spelled out there, the adjective
        # would hang after a bracket), nor where it already stands in brackets after its
        # name, nor inside a longer word.
        # One search for any of those names first: most texts hold none, and looking for each
        # name, then its every place, touched a score of objects once an article.
        any_name, patterns = self._patterns(short)
        found = any_name is not None and any_name.search(text)
        inside = [m.span() for name, pattern in patterns if name in text for m in pattern.finditer(text)] if found else []
        use = next((span for span in _standing_alone(text, short) if not any(a <= span[0] < b for a, b in inside)), None)
        if use is None:
            return None
        spelled = self._formatted.get(("introduce", entity))
        if spelled is None:
            spelled = self._remember(("introduce", entity), self._lexicon().name(entity, self.introduction_form, style=self.style.name_style))
        return f"{text[: use[0]]}{spelled} ({short}){text[use[1] :]}"

    def _patterns(self, short: str) -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]:
        """A pattern that finds any of the level names holding ``short`` (None when none does),
        and each of those names with its own pattern; made once."""
        found = self._compiled.get(short)
        if found is None:
            names = self._names_holding(short)
            any_name = re.compile("|".join(map(re.escape, names))) if names else None
            found = self._compiled[short] = (any_name, tuple((name, re.compile(re.escape(name))) for name in names))
        return found

    def _names_holding(self, short: str) -> tuple[str, ...]:
        """Every form of the EGDI levels' names that holds the abbreviation ``short``."""
        found = self._holding.get(short)
        if found is None:
            lex = self._lexicon()
            forms = {
                lex.name(entity, form, style=self.style.name_style)
                for entity in lex.entities()
                if entity.startswith("level:")
                for form in lex.forms
            }
            found = self._holding[short] = tuple(sorted((f for f in forms if short in f), key=len, reverse=True))
        return found

    def elide(self, word: str, text: str) -> str:
        """``word`` before ``text``, elided where the language elides (French: d'une place).

        >>> from egovnews.lang import lang
        >>> lang("en").elide("of", "one place")
        'of one place'
        """
        return f"{word} {text}"

    def prep(self, preposition: str, text: str) -> str:
        """``preposition`` before ``text``, in the form the language gives it there (Russian:
        со Швецией, во Франции, со 2-го места).

        >>> from egovnews.lang import lang
        >>> lang("en").prep("with", "Sweden")
        'with Sweden'
        """
        return f"{preposition} {text}"

    # -- typography ------------------------------------------------------------------------

    def typography(self, text: str) -> str:
        """The typography pass on rendered text: apostrophes, spaces, sentence capitals.

        >>> from egovnews.lang import lang
        >>> lang("en").typography("the Netherlands rose .  it ranks 3rd , with 0.9009.")
        'The Netherlands rose. It ranks 3rd, with 0.9009.'
        """
        # Each rule runs only where its pattern could match (a regular expression scans the
        # whole text even to change nothing, and this pass runs on every sentence).
        typographic = self._typographic
        if not typographic:
            text = text.replace("\u2019", "'")  # first: ' closes a sentence for _capitalise, ’ does not
        elif "_'" in text:
            # _ is the one word character that may open a sentence (Markdown's emphasis): the
            # ' after it is ’ before the capitals are found, since _LEAD skips ' but not ’.
            text = _typographic_apostrophes(text)
        unusual_space = "\t" in text or "\u00a0" in text or "\u202f" in text
        if unusual_space or "  " in text:
            text = _SPACE_RUN.sub(_one_space, text)
        if _has_spaced_sign(text):
            text = self._spacing(text)
            unusual_space = True  # the spacing rules may have put no-break spaces in
        if " ," in text or " ." in text or (unusual_space and _has_unusual_space_before_stop(text)):
            text = _SPACE_BEFORE_STOP.sub(r"\1", text)
        if "\n" in text or text[-1:] in _H:
            text = _TRAILING.sub("", text)
        text = self._capitalise(text)
        # ’ last: no rule above reads an apostrophe after a word character (but the one after
        # _, made ’ above), and a text holding ’ takes two bytes a character, which every
        # search above would scan more slowly.
        if typographic and "'" in text:
            text = _typographic_apostrophes(text)
        return text

    def _spacing(self, text: str) -> str:
        """Language rules for spaces around punctuation; by default none before ; : ! ?"""
        # The pattern opens on a space class, which the regex engine tries at every character:
        # it runs only where a sign has a space before it.
        if _spaced_before(text, ";:!?"):
            return _SPACE_BEFORE_SIGN.sub(r"\1", text)
        return text  # only « » or %, or nothing before the signs: nothing for this rule

    def _capitalise(self, text: str) -> str:
        # A sentence ends at . ! or ? before a space: none but the last character, no search.
        ends = list(_SENTENCE_END.finditer(text)) if _ends_inside(text) else []
        if not ends and "\n" not in text:
            # One sentence, the usual case: only its first letter may change. A text that
            # opens on a letter has nothing before its first word: no search for it.
            first = 0 if text[:1].isalpha() else _LEAD.match(text).end()  # type: ignore[union-attr]
            if first < len(text) and text[first].isalpha() and text[first].islower():
                return text[:first] + text[first].upper() + text[first + 1 :]
            return text
        starts = {0}
        if "\n" in text:
            starts.update(m.end() for m in _NEWLINE.finditer(text))
        for match in ends:
            if match.group(1) == "." and self._is_abbreviation(text[: match.start(1)]):
                continue
            starts.add(match.end())
        # The first letter of each sentence, upper-cased by slices: a list of every character
        # would make a string object per character of a Cyrillic text.
        capitals = set()
        for start in starts:
            i = _LEAD.match(text, start).end()  # type: ignore[union-attr]  # (it matches the empty text)
            if i < len(text) and text[i].isalpha() and text[i].islower():
                capitals.add(i)
        pieces = []
        last = 0
        for i in sorted(capitals):
            pieces += (text[last:i], text[i].upper())
            last = i + 1
        pieces.append(text[last:])
        return "".join(pieces)

    def _is_abbreviation(self, before: str) -> bool:
        word = _last_word(before)
        if not word:
            return False
        word = word.strip(".")
        # A single letter is an initial (M. Dupont, J. Smith, т. е.), not a sentence.
        return (len(word) == 1 and word.isalpha()) or word.lower() in self.abbreviations

    # -- templates -------------------------------------------------------------------------

    def filters(self) -> dict[str, Callable[..., Any]]:
        """Jinja2 filters (usable as globals too), bound to this language and style:

        ``ordinal``, ``ordinal_noun``, ``cardinal``, ``count_noun`` (:meth:`count`),
        ``decimal``, ``percent``, ``listing`` (:meth:`join`; Jinja2's ``join`` and ``count``
        keep their meaning), ``names``, ``country``, ``name``, ``agree``, ``cap``
        (first letter upper-cased), ``typography``, ``by_number``, ``by_count``, ``pronoun``, ``mention``, ``abbr``
        (:meth:`abbreviation`), ``elide`` and ``prep``.

        >>> from egovnews.lang import lang
        >>> sorted(lang("en").filters())[:4]
        ['abbr', 'agree', 'by_count', 'by_number']
        """
        remember = self._remembering
        return {
            "ordinal": remember(self.ordinal),
            "ordinal_noun": remember(self.ordinal_noun),
            "cardinal": remember(self.cardinal),
            "count_noun": remember(self.count),
            "decimal": remember(self.decimal),
            "percent": remember(self.percent),
            "listing": self.join,
            "names": remember(self.names),
            "country": remember(self.country),
            "name": remember(self.name),
            "agree": self._as_helper(self._agree_remembered, self.agree),
            "cap": lambda text: capitalize_first(str(text)),
            "typography": self.typography,
            "by_number": self._by_number_helper(remember(self.by_number)),
            "by_count": remember(self.by_count),
            "pronoun": remember(self.pronoun),
            "mention": remember(self.mention),
            "abbr": self.abbreviation,
            "elide": remember(self.elide),
            "prep": self.prep if type(self).prep is Language.prep else remember(self.prep),
        }

    def _remembering(self, helper: Callable[..., str]) -> Callable[..., str]:
        """``helper`` remembering its answers: templates ask for the same few ordinals, counts
        and names thousands of times a batch. Only calls whose arguments are plain values
        (text, numbers, Grammar, tuples of them) are remembered, each with its type (True is
        no 1); anything else, and every error, goes through as it is. A list (notes=...|list)
        is not: its calls are one country's, which a batch asks for once."""
        store = self._formatted
        name = helper.__name__

        def remembering(*args: Any, **kwargs: Any) -> str:
            # One flat tuple for the usual call, without keywords: its args and their types
            # inline, no two tuples kept per remembered answer (thousands a batch). The helper
            # itself leads the key: no key of the toolkit's own ("decimal", …) can equal it.
            key = None
            # One or two plain arguments (ordinal(24), name(entity, "def"), names(codes, "def"),
            # most calls): their types read one by one, cheaper than tuple(map(type, args)),
            # which costs more than the lookup itself.
            if len(args) == 1:
                kind = type(args[0])
                if kind in _PLAIN:
                    key = (helper, args[0], kind)
            elif len(args) == 2:
                first, second = args
                kind, second_kind = type(first), type(second)
                if second_kind in _PLAIN and (kind in _PLAIN or (kind is tuple and _all_text(first))):
                    key = (helper, first, second, kind, second_kind)
            if key is not None and kwargs:
                # Keywords of text (gender="f", case="gen") follow that key, itself the first
                # item: no key of another shape starts with a tuple.
                key = (key, *kwargs.items()) if _all_text(kwargs.values()) else None
            if key is None:
                kinds = tuple(map(type, args))
                if kwargs:
                    kinds += tuple(map(type, kwargs.values()))
                # Plain scalars are checked as a set of types at once; a tuple (of names) item by item.
                if not _PLAIN.issuperset(kinds) and not (_PLAIN_OR_TUPLE.issuperset(kinds) and _plain((*args, *kwargs.values()))):
                    return helper(*args, **kwargs)
                key = (helper, args, kinds, *kwargs.items()) if kwargs else (helper, *args, *kinds)
            found = store.get(key)
            if found is None:
                found = helper(*args, **kwargs)
                self._remember(key, found)
            return found

        remembering.__name__ = remembering.__qualname__ = name
        remembering.__doc__ = helper.__doc__
        return remembering

    def _by_number_helper(self, remembered: Callable[..., str]) -> Callable[..., str]:
        """``by_number`` for templates: ``it`` (an object that carries its Grammar, a new one
        every sentence, never remembered) goes straight to :meth:`by_number`, past the
        remembering wrapper, which would only check its type and pass it on; names and Grammar
        go to ``remembered``."""

        def by_number(target: Any, *args: Any, **kwargs: Any) -> str:
            if not isinstance(target, (str, tuple, list, Grammar)):
                own = getattr(target, "grammar", None)  # a property: read once, handed on
                if isinstance(own, Grammar):
                    return self.by_number(own, *args, **kwargs)
            return remembered(target, *args, **kwargs)

        by_number.__name__ = by_number.__qualname__ = "by_number"
        by_number.__doc__ = self.by_number.__doc__
        return by_number

    @staticmethod
    def _as_helper(function: Callable[..., str], documented: Callable[..., str]) -> Callable[..., str]:
        """``function`` under the name and documentation of the helper it stands for."""

        def helper(*args: Any, **kwargs: Any) -> str:
            return function(*args, **kwargs)

        helper.__name__ = helper.__qualname__ = documented.__name__
        helper.__doc__ = documented.__doc__
        return helper

    def _agree_remembered(self, word: str, target: Any) -> str:
        """:meth:`agree` for templates, remembered by (word, gender and number): the target is
        often ``it``, a new object in every sentence, whose grammar is one of a handful."""
        grammar = self.grammar(target)
        key = ("agree", word, type(word), grammar)
        found = self._formatted.get(key)
        if found is None:
            found = self._remember(key, self._agree(word, grammar))
        return found

    # -- checks ----------------------------------------------------------------------------

    @staticmethod
    def _check_int(n: Any) -> int:
        if isinstance(n, bool) or not isinstance(n, int | Decimal):
            raise TypeError(f"not a whole number: {n!r}")
        if isinstance(n, Decimal):
            if n != n.to_integral_value():
                raise ValueError(f"not a whole number: {n!r}")
            n = int(n)
        return n

    def _check(self, gender: str, case: str) -> None:
        if gender not in GENDERS:
            raise ValueError(f"unknown gender {gender!r}; known: {', '.join(GENDERS)}")
        if case not in CASES:
            raise ValueError(f"unknown case {case!r}; known: {', '.join(CASES)}")

    def _check_ordinal(self, n: Any, gender: str, case: str) -> int:
        n = self._check_int(n)
        self._check(gender, case)
        if n < 1:
            raise ValueError(f"an ordinal needs a number of 1 or more, got {n}")
        return n


_PLAIN = frozenset({str, int, bool, Decimal, float, type(None), Grammar})
_PLAIN_OR_TUPLE = _PLAIN | {tuple}


def _plain(values: Iterable[Any]) -> bool:
    """Whether every value is plain (text, a number, None, a Grammar, or a tuple of text), so
    that a key made of the values and their types names the call's input exactly."""
    for value in values:
        kind = type(value)
        if kind is tuple:
            if not _all_text(value):
                return False
        elif kind not in _PLAIN:
            return False
    return True


def _all_text(values: Iterable[Any]) -> bool:
    """Whether every value is exactly a str (a subclass could hash alike and answer otherwise)."""
    for value in values:  # a loop, not all(): no generator made for two or three values
        if type(value) is not str:
            return False
    return True


def _word_char(char: str) -> bool:
    """Whether ``char`` is what a regular expression's ``\\w`` matches: a letter, a digit or _."""
    return char.isalnum() or char == "_"


def _has_high_sign(text: str) -> bool:
    """Whether ``text`` holds one of ; : ! ? (the signs the spacing rules move spaces around)."""
    return ";" in text or ":" in text or "!" in text or "?" in text


def _has_spaced_sign(text: str) -> bool:
    """Whether ``text`` holds one of SPACED_SIGNS (chained ``in`` tests: faster than a set's)."""
    return _has_high_sign(text) or "«" in text or "»" in text or "%" in text


def _spaced_before(text: str, signs: str) -> bool:
    """Whether one of ``signs`` stands right after a space of _H in ``text``: where a rule that
    removes or changes the spaces before those signs has anything to do."""
    for sign in signs:
        at = text.find(sign)
        while at != -1:
            if at and text[at - 1] in _H:
                return True
            at = text.find(sign, at + 1)
    return False


def _before_each(text: str, sign: str, space: str) -> str:
    """``text`` with the spaces of _H right before each ``sign`` made ``space`` (none before
    it: ``space`` put in), as the substitution of ``[_H]*sign`` by ``space + sign`` would, without
    the regular expression trying its space class at every character of the text."""
    parts = text.split(sign)
    return sign.join([*(part.rstrip(_H) + space for part in parts[:-1]), parts[-1]])


def _ends_inside(text: str) -> bool:
    """Whether a sentence ends inside ``text``: a . ! or ? then closing quotes or brackets,
    then a space, as _SENTENCE_END finds one; by str.find on the signs rather than the regular
    expression trying its sign class at every character (a decimal point, 0.9009, ends nothing)."""
    body = text[:-1]
    if "." not in body and "!" not in body and "?" not in body:
        return False  # the usual case, told by three scans in C: no sign before the last character
    end = len(text)
    for sign in ".!?":
        at = text.find(sign, 0, end - 1)
        while at != -1:
            after = at + 1
            while after < end and text[after] in _CLOSERS:
                after += 1
            if after < end and text[after].isspace():
                return True
            at = text.find(sign, at + 1, end - 1)
    return False


def _typographic_apostrophes(text: str) -> str:
    """Every ' after a letter, digit or underscore (a regular expression's \\w) made ’; as
    ``(?<=\\w)'`` would, without trying the look-behind at every character of the text."""
    at = text.find("'")
    while at > 0 and _word_char(text[at - 1]):
        at = text.find("'", at + 1)
    if at == -1:
        return text.replace("'", "\u2019")  # every one after a word character (l'EGDI, India's)
    parts = text.split("'")
    out = [parts[0]]
    for before, part in zip(parts, parts[1:]):
        last = out[-1][-1:] if out[-1] else before[-1:]
        out.append(("\u2019" if last and _word_char(last) else "'") + part)
    return "".join(out)


def _has_unusual_space_before_stop(text: str) -> bool:
    """Whether a tab or a no-break space stands right before a comma or full stop (the plain
    space is tested by the caller): where _SPACE_BEFORE_STOP could match."""
    return (
        "\u00a0," in text or "\u00a0." in text or "\u202f," in text or "\u202f." in text or "\t," in text or "\t." in text
    )


def _standing_alone(text: str, short: str) -> Iterator[tuple[int, int]]:
    """The spans of ``short`` in ``text`` where it stands alone: after neither a word character
    nor "(", before neither a word character nor ")"; in order and not overlapping, as
    ``re.finditer(r"(?<![(\\w])SHORT(?![)\\w])", text)`` finds them, by str.find rather than
    trying the look-behind at every character of the text."""
    if not short:
        return  # an abbreviation is never empty; no endless search for one that is
    at = text.find(short)
    while at != -1:
        end = at + len(short)
        before = text[at - 1] if at else ""
        after = text[end : end + 1]
        if not (before and (before == "(" or _word_char(before))) and not (after and (after == ")" or _word_char(after))):
            yield at, end
            at = text.find(short, end)
        else:
            at = text.find(short, at + 1)


def _last_word(before: str) -> str:
    """The run of word characters and dots that ends ``before`` (or stands before its final
    newline), as ``re.search(r"([\\w.]+)$", before)`` finds it, without trying every position
    of the text: "" when there is none."""
    end = len(before)
    if end and before[end - 1] == "\n":
        end -= 1
    start = end
    while start and (_word_char(before[start - 1]) or before[start - 1] == "."):
        start -= 1
    return before[start:end]


def _one_space(match: re.Match[str]) -> str:
    # A run holding a no-break space keeps it: it was put there on purpose.
    run = match.group(0)
    for char in run:
        if char in "\u00a0\u202f":
            return char
    return " "


def by_suffix(word: str, table: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[str, tuple[str, ...]] | None:
    """The first (suffix, endings) row of ``table`` whose suffix ends ``word``.

    >>> by_suffix("nouveau", [("eau", ("elle",)), ("", ("e",))])
    ('eau', ('elle',))
    """
    for suffix, endings in table:
        if word.endswith(suffix):
            return suffix, endings
    return None
