"""Checks an editor would make on every article: leaks, spacing, sentence shape, French
elision and contractions, English articles and ordinals, Russian agreement and case, and
spelling. Each check takes an article (or its text) and returns findings; the corpus gate in
test_corpus.py runs them on every country, language and edition, and test_quality.py shows
that each one catches what it is meant to catch.

The checks are written independently of the library's grammar code: they read the text as a
reader would, so a bug in a helper shows up here instead of being repeated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from egovnews.facts import fact_to_dict

ALLOWLISTS = Path(__file__).parent / "spelling"
#: Articles and words the corpus gate checked, by language; conftest prints them after a run.
CORPUS_STATS: dict[str, tuple[int, int]] = {}
#: Lead structures, headline structures and the median count of the country's name in the 2024 batch.
VARIETY_STATS: dict[str, tuple[int, int, int]] = {}
#: How many 2024 articles lead with each angle (the same in every language).
ANGLE_STATS: dict[str, dict[str, int]] = {}
HUNSPELL_DICTIONARIES = {"fr": "fr_FR", "en": "en_US", "ru": "ru_RU"}
_NB = "\u00a0\u202f"


@dataclass(frozen=True)
class Finding:
    """One problem in one text: the check that found it and the words around it."""

    check: str
    snippet: str

    def __str__(self) -> str:
        return f"{self.check}: …{self.snippet}…"


def _around(text: str, match: re.Match[str], width: int = 30) -> str:
    return text[max(0, match.start() - width) : match.end() + width].replace("\n", " / ")


def _search(check: str, pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool] = lambda m: True) -> list[Finding]:
    return [Finding(check, _around(text, m)) for m in pattern.finditer(text) if keep(m)]


# -- every language ----------------------------------------------------------------------------

_LEAK = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\bTrue\b|\bFalse\b|Undefined|\{\{|\}\}|\{%|%\}|\{#|\[\]|\(\s*\)|\[\s*\]")
_DOUBLE_SPACE = re.compile(f"[ {_NB}]{{2,}}")
_SPACE_BEFORE_STOP = re.compile(f"[ {_NB}][,.]")
_SPACE_INSIDE_PARENS = re.compile(r"\(\s|\s\)")
_REPEATED_WORD = re.compile(r"\b(\w+)[ \u00a0]+\1\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][»”\")]*$")


def check_text(text: str) -> list[Finding]:
    """Leaks of template machinery, spacing faults and doubled words, in any language.

    >>> [str(f) for f in check_text("Il est 24e ,  devant None.")]  # doctest: +NORMALIZE_WHITESPACE
    ['leak: …Il est 24e ,  devant None.…', 'double space: …Il est 24e ,  devant None.…',
     'space before a comma or full stop: …Il est 24e ,  devant None.…']
    """
    found = _search("leak", _LEAK, text)
    found += _search("double space", _DOUBLE_SPACE, text)
    found += _search("space before a comma or full stop", _SPACE_BEFORE_STOP, text)
    found += _search("space inside parentheses", _SPACE_INSIDE_PARENS, text)
    found += _search("repeated word", _REPEATED_WORD, text)
    for opening, closing in ("()", "«»", "“”"):
        for line in text.splitlines():
            if line.count(opening) != line.count(closing):
                found.append(Finding(f"unbalanced {opening}{closing}", line[:80]))
    return found


def check_shape(article: Any) -> list[Finding]:
    """Every sentence of the body starts with a capital and ends with punctuation; a headline
    or heading starts with a capital and does not end with a full stop."""
    found = []
    titles = [article.headline_sentence, *(s.heading for s in article.sections)]
    for title in titles:
        if not (title.text[:1].isupper() or title.text[:1].isdigit()):
            found.append(Finding("title without a capital", title.text))
        if title.text.endswith("."):
            found.append(Finding("title ending with a full stop", title.text))
    for paragraph in article.paragraphs():
        for sentence in paragraph.sentences:
            text = sentence.text
            start = text.lstrip("«“\"(")
            if not (start[:1].isupper() or start[:1].isdigit()):
                found.append(Finding("sentence without a capital", text[:60]))
            if not _SENTENCE_END.search(text):
                found.append(Finding("sentence without final punctuation", text[-60:]))
    return found


# -- French -----------------------------------------------------------------------------------

_FR_VOWEL = "aeiouâàäéèêëîïôöûùüœæAEIOUÂÀÄÉÈÊËÎÏÔÖÛÙÜŒÆ"
# Words with an aspirated h (no elision, no liaison) and with a mute h (elision), as they
# occur in our texts; an h-word in neither list is a finding until someone classifies it.
FR_H_ASPIRE = frozenset({"hausse", "hisse", "hissent", "hisser", "hissé", "hissée", "haut", "haute", "hauts", "hautes", "Honduras", "Hongrie", "huit", "huitième", "huitièmes", "hors"})
FR_H_MUET = frozenset({"Haïti", "humain", "humaine", "histoire", "historique", "habitant", "habitants", "heure", "homologue", "homologues"})
# Words starting with a vowel letter that do not elide what comes before them.
FR_NO_ELISION = frozenset({"onze", "onzième", "onzièmes"})
# Acronyms read letter by letter elide before a vowel letter only (l'OSI, l'UE, le TII): French
# writes « la RDC », « la SNCF », « le FMI » although R, S and F are named with a vowel sound.
_FR_VOWEL_LETTERS = frozenset("AEIOU")

_FR_FULL = re.compile(r"\b(le|la|de|que|ne|se|me|te|je|jusque|lorsque|puisque)[ \u00a0]+([^\W\d_][\w’'-]*)", re.IGNORECASE)
_FR_ELIDED = re.compile(r"\b(l|d|qu|n|s|m|t|j|jusqu|lorsqu|puisqu)[’']([^\W\d_][\w-]*)", re.IGNORECASE)
_FR_CONTRACTION = re.compile(r"\b(de|à)[ \u00a0]+(le|les)\b|\bde[ \u00a0]+des\b|\bde[ \u00a0]+du\b", re.IGNORECASE)
_FR_ORDINAL = re.compile(r"\b(\d+)(ᵉʳ|ʳᵉ|ᵉ|er|re|ère|e|ème|eme|è|°|nd|nde)(?!\w)")
_FR_HIGH_SIGN = re.compile(r"(.)([;:!?])(?=\s|$)")
_FR_QUOTE_SPACE = re.compile(f"«(?![{_NB}])|(?<![{_NB}])»")


def _fr_starts_with_vowel_sound(word: str) -> bool | None:
    """True (elide), False (do not), None (an h-word nobody classified yet)."""
    bare = word.split("-")[0]
    if bare.isupper() and len(bare) > 1:  # an acronym, read letter by letter
        return bare[0] in _FR_VOWEL_LETTERS
    if bare in FR_NO_ELISION or bare.lower() in FR_NO_ELISION:
        return False
    if bare[0] in "hH":
        if bare in FR_H_ASPIRE or bare.lower() in FR_H_ASPIRE:
            return False
        if bare in FR_H_MUET or bare.lower() in FR_H_MUET:
            return True
        return None
    if bare[0] in "yY":  # le Yémen, but l'Yonne: countries here take no elision
        return False
    return bare[0] in _FR_VOWEL


def check_french(text: str, *, ordinal_style: str = "e", apostrophe: str = "typographic") -> list[Finding]:
    """Elision, contractions, h aspiré, ordinals and French spacing.

    >>> [f.check for f in check_french("Le classement de le Japon place la Inde devant l’Kenya.")]
    ['missing elision', 'elision before a consonant', 'de le / à le / de les / à les']
    """
    found = []
    for match in _FR_FULL.finditer(text):
        word, following = match.group(1), match.group(2)
        vowel = _fr_starts_with_vowel_sound(following)
        if vowel is None:
            found.append(Finding("h-word not classified as aspiré or muet", _around(text, match)))
        elif vowel and not (word.lower() == "le" and following[:1].isdigit()):
            found.append(Finding("missing elision", _around(text, match)))
    for match in _FR_ELIDED.finditer(text):
        vowel = _fr_starts_with_vowel_sound(match.group(2))
        if vowel is None:
            found.append(Finding("h-word not classified as aspiré or muet", _around(text, match)))
        elif not vowel:
            found.append(Finding("elision before a consonant", _around(text, match)))
    found += _search("de le / à le / de les / à les", _FR_CONTRACTION, text)
    for match in _FR_ORDINAL.finditer(text):
        number, suffix = int(match.group(1)), match.group(2)
        allowed = {
            "e": {"er", "re"} if number == 1 else {"e"},
            "eme": {"er", "ère"} if number == 1 else {"ème"},
            "superscript": {"ᵉʳ", "ʳᵉ"} if number == 1 else {"ᵉ"},
        }[ordinal_style]
        if suffix not in allowed:
            found.append(Finding(f"ordinal {match.group(0)} (style {ordinal_style})", _around(text, match)))
    for match in _FR_HIGH_SIGN.finditer(text):
        if match.group(1) not in _NB:
            found.append(Finding(f"no non-breaking space before {match.group(2)}", _around(text, match)))
    found += _search("no non-breaking space inside « »", _FR_QUOTE_SPACE, text)
    if apostrophe == "typographic":
        found += _search("straight apostrophe", re.compile(r"\w'\w"), text)
    found += _search("space before a percent sign is not non-breaking", re.compile(r"\d %"), text)
    return found


# -- English ----------------------------------------------------------------------------------

_EN_ARTICLE = re.compile(r"\b(a|an)[ \u00a0]+([\w’'-]+)", re.IGNORECASE)
# Words spelled with a vowel that sound with a consonant (a one-off, a European), and back.
_EN_CONSONANT_SOUND = re.compile(r"^(one|once|uni|use|usu|euro|eu)", re.IGNORECASE)
_EN_VOWEL_SOUND = re.compile(r"^(hour|honest|honou?r|heir)", re.IGNORECASE)
_EN_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
_EN_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_EN_ONE_PLURAL = re.compile(r"\b(one|1)[ \u00a0]+(places|positions|countries|members|points|editions|spots)\b", re.IGNORECASE)
_EN_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_EN_MANY_SINGULAR = re.compile(
    r"(?<![-\d])\b(\d+|" + "|".join(_EN_SMALL_NUMBERS) + r")[ \u00a0]+(place|position|country|member|point|edition|spot)\b(?![-’'])",
    re.IGNORECASE,
)
#: Names that take "the" in running text, by house name style: the press's common names and
#: the UN's official short names (those the UN lists with "(the)").
EN_NAMES_WITH_THE = {
    "common": (
        "United States", "United Kingdom", "Netherlands", "Philippines", "Bahamas", "Maldives",
        "Marshall Islands", "Solomon Islands", "United Arab Emirates", "Central African Republic",
        "Dominican Republic", "Gambia",
    ),
    "official": (
        "Bahamas", "Central African Republic", "Comoros", "Congo", "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo", "Dominican Republic", "Gambia", "Lao People's Democratic Republic",
        "Marshall Islands", "Kingdom of the Netherlands", "Niger", "Philippines", "Republic of Korea",
        "Republic of Moldova", "Russian Federation", "Sudan", "Syrian Arab Republic", "United Arab Emirates",
        "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
        "United States of America", "Plurinational State of Bolivia", "Bolivarian Republic of Venezuela",
        "Islamic Republic of Iran", "Federated States of Micronesia",
    ),
}
#: Names that hold one of the above and take no article themselves.
_EN_BARE_NAMES = ("South Sudan",)


@cache
def _en_name_pattern(name_style: str) -> re.Pattern[str]:
    names = sorted((*EN_NAMES_WITH_THE[name_style], *_EN_BARE_NAMES), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


def _en_ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def check_english(text: str, *, name_style: str = "common") -> list[Finding]:
    """a/an, ordinal suffixes, number agreement of counted nouns, "the" before names.

    >>> [f.check for f in check_english("Netherlands is 22th, a OSI leader, up one places.")]
    ['a/an', 'ordinal 22th', 'one with a plural', 'name without "the"']
    """
    found = []
    for match in _EN_ARTICLE.finditer(text):
        article, word = match.group(1).lower(), match.group(2)
        if word[0].isdigit():
            digits = re.match(r"\d+", word).group()  # type: ignore[union-attr]
            vowel = digits.startswith("8") or digits in ("11", "18")  # an 8th, an 80th, an 11th; a 110th
        elif word.isupper() and len(word) > 1:
            vowel = word[0] in _EN_VOWEL_LETTERS
        elif _EN_CONSONANT_SOUND.match(word):
            vowel = False
        elif _EN_VOWEL_SOUND.match(word):
            vowel = True
        else:
            vowel = word[0].lower() in "aeiou"
        if (article == "an") != vowel:
            found.append(Finding("a/an", _around(text, match)))
    for match in _EN_ORDINAL.finditer(text):
        if match.group(2) != _en_ordinal_suffix(int(match.group(1))):
            found.append(Finding(f"ordinal {match.group(0)}", _around(text, match)))
    found += _search("one with a plural", _EN_ONE_PLURAL, text)
    for match in _EN_MANY_SINGULAR.finditer(text):
        raw = match.group(1).lower()
        number = int(raw) if raw.isdigit() else _EN_SMALL_NUMBERS[raw]
        if number != 1 and not (1900 <= number <= 2100 and match.group(2).lower() == "edition"):  # the 2024 edition
            found.append(Finding("a number above one with a singular", _around(text, match)))
    for match in _en_name_pattern(name_style).finditer(text):
        if match.group(1) not in _EN_BARE_NAMES and not text[: match.start()].endswith(("the ", "The ")):
            found.append(Finding('name without "the"', _around(text, match)))
        if re.match(r"[’']s\b", text[match.end() :]) and match.group(1).endswith("s"):
            found.append(Finding("’s after a plural name", _around(text, match)))
    return found


# -- Russian ----------------------------------------------------------------------------------

_RU_WORD = r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*"
_RU_SMALL_NUMBERS = {
    "один": 1, "одна": 1, "одно": 1, "одну": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1, "одном": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
    "три": 3, "трёх": 3, "трех": 3, "трём": 3, "тремя": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "четырём": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6,
    "семь": 7, "семи": 7, "семью": 7, "восемь": 8, "восьми": 8, "восемью": 8,
    "девять": 9, "девяти": 9, "девятью": 9, "десять": 10, "десяти": 10, "десятью": 10,
}
_RU_COUNT = re.compile(
    r"(?<![\d,.-])\b(\d+|" + "|".join(_RU_SMALL_NUMBERS) + r")((?:[ \u00a0]+" + _RU_WORD + r"){1,3})", re.IGNORECASE
)
_RU_ORDINAL = re.compile(r"\b(\d+)-([а-я]+)[ \u00a0]+(" + _RU_WORD + ")")
# Endings of an abbreviated ordinal by (gender or plural, case) of the noun it qualifies.
_RU_ORDINAL_ENDINGS = {
    ("masc", "nomn"): {"й"}, ("masc", "gent"): {"го"}, ("masc", "datv"): {"му"}, ("masc", "accs"): {"й", "го"},
    ("masc", "ablt"): {"м"}, ("masc", "loct"): {"м"},
    ("neut", "nomn"): {"е"}, ("neut", "gent"): {"го"}, ("neut", "datv"): {"му"}, ("neut", "accs"): {"е"},
    ("neut", "ablt"): {"м"}, ("neut", "loct"): {"м"},
    ("femn", "nomn"): {"я"}, ("femn", "gent"): {"й"}, ("femn", "datv"): {"й"}, ("femn", "accs"): {"ю"},
    ("femn", "ablt"): {"й"}, ("femn", "loct"): {"й"},
    ("plur", "nomn"): {"е"}, ("plur", "gent"): {"х"}, ("plur", "datv"): {"м"}, ("plur", "accs"): {"е", "х"},
    ("plur", "ablt"): {"ми"}, ("plur", "loct"): {"х"},
}
#: The cases each preposition governs (pymorphy3's tags), for the words that follow it.
RU_PREPOSITIONS = {
    "в": {"loct", "accs", "loc2"}, "во": {"loct", "accs", "loc2"}, "на": {"loct", "accs", "loc2"},
    "о": {"loct"}, "об": {"loct"}, "при": {"loct"},
    "с": {"ablt", "gent"}, "со": {"ablt", "gent"}, "за": {"ablt", "accs"}, "перед": {"ablt"}, "между": {"ablt"},
    "над": {"ablt"}, "под": {"ablt", "accs"},
    "к": {"datv"}, "ко": {"datv"}, "по": {"datv", "loct", "accs"}, "благодаря": {"datv"},
    "от": {"gent"}, "до": {"gent"}, "из": {"gent"}, "у": {"gent"}, "для": {"gent"}, "без": {"gent"},
    "после": {"gent"}, "среди": {"gent"}, "около": {"gent"}, "кроме": {"gent"}, "позади": {"gent"},
    "впереди": {"gent"}, "против": {"gent"}, "вслед": {"datv"}, "через": {"accs"}, "про": {"accs"},
}
_RU_PREPOSITION = re.compile(r"\b(" + "|".join(sorted(RU_PREPOSITIONS, key=len, reverse=True)) + r")[ \u00a0]+(" + _RU_WORD + ")", re.IGNORECASE)
_RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _ru_parses(word: str) -> tuple[Any, ...]:
    return tuple(_morph().parse(word))


def _ru_count_agrees(number: int, word: str, cases: set[str] | None = None) -> bool:
    """Whether ``word`` is the form a noun takes after ``number`` in one of ``cases`` (any
    case when None, as when no preposition governs the number).

    After 1 (21, 31…, not 11) the singular; after 2-4 the genitive singular in the nominative
    and accusative, after 5 and more the genitive plural; in the other cases the plural of
    that case (pymorphy3's make_agree_with_number knows these rules).
    """
    for case in sorted(cases or _RU_CASES):
        for parse in _ru_parses(word):
            if parse.tag.POS != "NOUN" or parse.tag.case is None:
                continue
            singular = parse.inflect({"sing", case})
            agreed = singular.make_agree_with_number(number) if singular is not None else None
            if agreed is not None and agreed.word == word.lower():
                return True
    return False


#: Participles our texts use as nouns, which pymorphy3 knows only as participles
#: (из трёх составляющих EGDI: "of the three components").
RU_SUBSTANTIVES = frozenset({"составляющих", "составляющие", "составляющим", "составляющими", "составляющая"})


def _ru_counted_noun(number: int, phrase: str, cases: set[str] | None) -> str | None:
    """The noun ``number`` counts in ``phrase``, past adjectives, when it disagrees; None when
    it agrees or the number counts no noun. A word that can be a noun and agrees is taken as
    the noun (из трёх составляющих: a substantivised adjective)."""
    for word in phrase.split():
        parses = _ru_parses(word)
        if word[:1].isupper() or "Fixd" in parses[0].tag:
            return None
        if word.lower() in RU_SUBSTANTIVES:
            return None  # plural in the case of the number, as a noun would be
        can_be_noun = any(p.tag.POS == "NOUN" for p in parses)
        if can_be_noun and _ru_count_agrees(number, word, cases):
            return None
        if all(p.tag.POS == "NOUN" for p in parses):
            return word
        if not any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses):
            return None  # neither a noun nor an adjective: the number counts nothing here
    return None


#: Words pymorphy3's dictionary gets wrong, as a Russian editor reads them.
RU_MORPHOLOGY_GAPS = {
    "Бангладеш": "indeclinable; the dictionary lists only three of its cases",
    "Багам": "genitive of Багамы; the dictionary takes it for баг",
    "Тюркийе": "indeclinable, the UN's name since 2022; not in the dictionary",
}


_RU_NAME_AT = re.compile(_RU_WORD)
# What joins coordinated names: a comma or и, after an optional parenthesis (26-е место).
_RU_AND_NEXT = re.compile(r"(?:[ \u00a0]*\([^)]*\))?(?:,[ \u00a0]+|[ \u00a0]+и[ \u00a0]+)(?=[А-ЯЁ])")


def _ru_governed_names(text: str, start: int) -> Iterator[str]:
    """The first word of each name a preposition governs: the one right after it, then each
    one joined to it by a comma or и (с Южной Кореей и Данией)."""
    position = start
    while True:
        word = _RU_NAME_AT.match(text, position)
        if word is None or not _ru_is_name(word.group()):
            return
        yield word.group()
        # Past the rest of a multi-word name: after an adjective (Южной Кореей) or a generic
        # head noun (Республикой Корея), not after a place (В Европе Босния и Герцеговина…).
        end, current = word.end(), word.group()
        while (more := re.match(r"[ \u00a0-]+(" + _RU_WORD + ")", text[end:])) and _ru_is_name(more.group(1)):
            if any("Geox" in p.tag for p in _ru_parses(current)):
                break
            end, current = end + more.end(), more.group(1)
        joined = _RU_AND_NEXT.match(text, end)
        if joined is None:
            return
        position = joined.end()


def _ru_is_name(word: str) -> bool:
    return word[:1].isupper()


def check_russian(text: str) -> list[Finding]:
    """Numeral agreement, abbreviated ordinals, prepositions before names.

    >>> [f.check for f in check_russian("Страна поднялась на 5 позиции и заняла 24-й место рядом с Францию.")]
    ['number and noun disagree', 'ordinal ending and noun disagree', 'case after preposition']
    """
    found = []
    for match in _RU_COUNT.finditer(text):
        raw = match.group(1).lower()
        number = int(raw) if raw.isdigit() else _RU_SMALL_NUMBERS[raw]
        if raw.isdigit() and _ru_parses(match.group(2).split()[0])[0].normal_form == "год":
            continue  # "в 2024 году" is an ordinal year, not a count
        before = re.search(r"([А-ЯЁа-яё]+)[ \u00a0]+$", text[: match.start()])
        governing = before.group(1).lower() if before else ""
        cases = RU_PREPOSITIONS.get(governing) if governing not in ("с", "со") else None  # с 5 мест / с 5 местами
        if _ru_counted_noun(number, match.group(2), cases) is not None:
            found.append(Finding("number and noun disagree", _around(text, match)))
    for match in _RU_ORDINAL.finditer(text):
        ending, word = match.group(2), match.group(3)
        nouns = [p for p in _ru_parses(word) if p.tag.POS == "NOUN"]
        if not nouns:
            continue
        allowed = set()
        for parse in nouns:
            kind = "plur" if parse.tag.number == "plur" else parse.tag.gender
            allowed |= _RU_ORDINAL_ENDINGS.get((kind, parse.tag.case), set())
        if ending not in allowed:
            found.append(Finding("ordinal ending and noun disagree", _around(text, match)))
    for match in _RU_PREPOSITION.finditer(text):
        preposition = match.group(1).lower()
        for word in _ru_governed_names(text, match.start(2)):
            parses = [p for p in _ru_parses(word) if p.tag.POS in ("NOUN", "ADJF")]
            if not parses or word in RU_MORPHOLOGY_GAPS or any("Fixd" in p.tag or "Abbr" in p.tag for p in parses):
                continue  # indeclinable (ОАЭ, Эсватини): every case looks alike
            if not any(p.tag.case in RU_PREPOSITIONS[preposition] for p in parses):
                found.append(Finding("case after preposition", _around(text, match)))
    found += _ru_past_tense_agreement(text)
    found += _ru_prepositional_without_preposition(text)
    return found


_RU_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при", "по"})


def _ru_prepositional_without_preposition(text: str) -> list[Finding]:
    """A noun that can only be prepositional (рейтинге, месте) needs в, на, о or при before it,
    across its adjectives: «из первой десятки рейтинге» lost its case to a copied phrase."""
    found = []
    # Commas stay inside: «в 2014, 2016 и 2018 годах» keeps its preposition.
    for clause in re.findall(r"[^;:—–.!?()\n]+", text):
        tokens = re.findall(r"\d+(?:-[а-яё]+)?|" + _RU_WORD, clause)
        for i, token in enumerate(tokens):
            parses = [] if token[0].isdigit() else _ru_parses(token)
            if not parses or not all(p.tag.POS == "NOUN" and p.tag.case in ("loct", "loc2") for p in parses):
                continue
            j = i - 1
            while j >= 0 and (tokens[j][0].isdigit() or tokens[j] == "и" or any(p.tag.POS in ("ADJF", "NUMR", "PRTF") for p in _ru_parses(tokens[j]))):
                j -= 1  # в первой двадцатке, на 24-м месте, в 2016 и 2018 годах
            if j < 0 or tokens[j].lower() not in _RU_LOCATIVE_PREPOSITIONS:
                found.append(Finding("prepositional case without a preposition", f"{clause.strip()[:80]}"))
    return found


_RU_CLAUSE = re.compile(r"[^,;:—–.!?()\n]+")


def _ru_subject(token: str, following: str | None) -> set[str] | None:
    """The agreement a country's name as subject asks of a past-tense verb: its gender, or
    "plur". The name is a place name in the nominative (Франция, Нидерланды), or the head noun
    of an official name (Республика Корея, Многонациональное Государство Боливия). None for
    anything else, and for indeclinable names, whose gender follows a generic noun."""
    if token in RU_MORPHOLOGY_GAPS:
        return None
    parses = _ru_parses(token)
    if any(p.tag.POS in ("PREP", "CONJ", "PRCL") or "Fixd" in p.tag for p in parses):
        return None
    nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    places = [p for p in nouns if "Geox" in p.tag]
    heads = places or (nouns if following is not None and following[:1].isupper() else [])
    return {"plur" if p.tag.number == "plur" or "Pltm" in p.tag else p.tag.gender for p in heads} or None


def _ru_can_be_genitive(token: str) -> bool:
    """Whether a word has a genitive reading (Исследования can; Канада cannot)."""
    return any(p.tag.case == "gent" for p in _ru_parses(token))


def _ru_is_noun(token: str) -> bool:
    """Whether every reading of a word is a noun (рейтинге, месте), so a name after it is governed."""
    parses = _ru_parses(token)
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


def _ru_past_tense_agreement(text: str) -> list[Finding]:
    """A past-tense verb agrees with the country named before it in its clause (Франция
    поднялась, Нидерланды поднялись, Казахстан поднялся)."""
    found = []
    for clause in _RU_CLAUSE.findall(text):
        subject: tuple[str, set[str]] | None = None
        tokens = re.findall(_RU_WORD, clause)
        for i, token in enumerate(tokens):
            if subject is None:
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                governed = i > 0 and tokens[i - 1].lower() in RU_PREPOSITIONS  # в Меланезии: not a subject
                # в рейтинге Исследования ООН: a name right after a common noun is its genitive attribute
                governed = governed or (i > 0 and tokens[i - 1][:1].islower() and _ru_is_noun(tokens[i - 1]) and _ru_can_be_genitive(token))
                if token[:1].isupper() and not governed and (wanted := _ru_subject(token, following)):
                    coordinated = following == "и" and i + 2 < len(tokens) and tokens[i + 2][:1].isupper()
                    subject = (token, wanted | {"plur"} if coordinated else wanted)  # Сент-Винсент и Гренадины поднялись
                continue
            parses = _ru_parses(token)
            if not all(p.tag.POS == "VERB" and p.tag.tense == "past" for p in parses):
                continue
            said = {"plur" if p.tag.number == "plur" else p.tag.gender for p in parses}
            if not said & subject[1]:
                found.append(Finding("past tense and subject disagree", f"{clause.strip()[:80]}"))
            subject = None
    return found


# -- spelling ---------------------------------------------------------------------------------

# A word glued to a number (24th, 24-е, 1er) is an ordinal, which the language checks read.
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?:[’'-][^\W\d_]+)*(?![\w-])")
_EN_POSSESSIVE = re.compile(r"[’']s?$")
_FR_ELIDED_PREFIX = re.compile(r"^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)[’']", re.IGNORECASE)


def words(text: str, lang: str) -> Iterator[str]:
    """The words of a text as a speller should see them (no numbers; English possessives cut).

    >>> list(words("the Netherlands’ 24th place, Türkiye’s", "en")), list(words("l’Eswatini, 1er", "fr"))
    (['the', 'Netherlands', 'place', 'Türkiye'], ['Eswatini'])
    """
    for word in _WORD.findall(text):
        if lang == "en":
            word = _EN_POSSESSIVE.sub("", word)
        elif lang == "fr":  # the elided article is checked by check_french; the speller sees the word
            word = _FR_ELIDED_PREFIX.sub("", word)
        yield word.replace("’", "'")


def hunspell_available(lang: str) -> str | None:
    """None when the hunspell binary and the language's dictionary are installed, else why not."""
    if shutil.which("hunspell") is None:
        return "the hunspell binary is not installed (Debian: apt-get install hunspell hunspell-fr hunspell-ru hunspell-en-us)"
    result = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True, check=False)
    if HUNSPELL_DICTIONARIES[lang] not in result.stdout + result.stderr:
        return f"no hunspell dictionary {HUNSPELL_DICTIONARIES[lang]} (Debian: apt-get install hunspell-{ {'fr': 'fr', 'en': 'en-us', 'ru': 'ru'}[lang] })"
    return None


def misspelled(vocabulary: Iterable[str], lang: str) -> set[str]:
    """The words of ``vocabulary`` that Hunspell's dictionary for ``lang`` does not know."""
    unique = sorted(set(vocabulary))
    result = subprocess.run(
        ["hunspell", "-d", HUNSPELL_DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input="\n".join(unique) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return set(result.stdout.split())


def allowlist(lang: str) -> dict[str, str]:
    """The reviewed words Hunspell does not know, with the reason each is right."""
    entries = {}
    for line in (ALLOWLISTS / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        word, _, reason = line.partition("#")
        if word.strip():
            entries[word.strip()] = reason.strip()
    return entries


# -- facts and numbers --------------------------------------------------------------------------


def sentence_facts(article: Any) -> list[tuple[str, ...]]:
    """The fact ids of each sentence, headline and headings included, in reading order: the
    same list in every language when the three state the same facts."""
    return [s.facts for s in article.sentences()]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_TIER_BOUNDS = {"top10": 10, "top20": 20}


def _numbers_held(article: Any, style: Any) -> set[str]:
    """Every number an article's facts hold, as digits (values rounded as the style shows them)."""
    held: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, int):
            held.add(str(abs(value)))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            if value in _TIER_BOUNDS:
                held.add(str(_TIER_BOUNDS[value]))
            elif re.fullmatch(r"-?\d+\.\d+", value):
                held.add(str(abs(Decimal(value)).quantize(Decimal(1).scaleb(-style.decimals), rounding=ROUND_HALF_UP)))
                held.add(value.lstrip("-"))  # as the data give it: a threshold of 0.75
            elif re.fullmatch(r"-?\d+", value):
                held.add(str(abs(int(value))))

    for fact in article.facts.values():
        data = fact_to_dict(fact)
        data.pop("provenance", None)
        walk(data)
    return held


def numbers_not_held(article: Any, style: Any) -> list[str]:
    """The numbers of an article's text that none of its facts holds (the corpus gate wants none)."""
    held = _numbers_held(article, style)
    text = article.text.replace("\u00a0", "").replace("\u202f", "")
    return [n for n in _NUMBER.findall(text) if n.replace(",", ".") not in held]
