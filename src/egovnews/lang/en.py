"""English: 1st, 2nd, 3rd, 11th, one place, four places, "rises"/"rise".

>>> en = English()
>>> [en.ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 111)]
['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '111th']
>>> en.ordinal(24, spelled=True), en.count(1, "place"), en.count(4, "place")
('twenty-fourth', 'one place', 'four places')
"""

from __future__ import annotations

from functools import cache

from ..lexicon.base import Grammar
from .base import Case, Gender, Language, Noun, by_suffix

_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}

# Third person singular -> plural. Verbs outside the table lose their -s or -es.
_IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ches", ("ch",)),
    ("shes", ("sh",)),
    ("sses", ("ss",)),
    ("xes", ("x",)),
    ("zes", ("z",)),
    ("oes", ("o",)),
    ("ies", ("y",)),
    ("ss", ("ss",)),  # not a verb form: leave it
    ("s", ("",)),
)


@cache
def _num2words(n: int, to: str) -> str:
    from num2words import num2words

    return str(num2words(n, lang="en", to=to))


class English(Language):
    """English realisation helpers; genders and cases are accepted and ignored."""

    code = "en"
    locale = "en_GB"
    conjunctions = {"and": "and", "or": "or", "nor": "nor"}
    compound_and = " as well as"
    pronouns = {(None, "sg"): "it", (None, "pl"): "they"}
    pronoun_forms = {"def": pronouns, "poss": {(None, "sg"): "its", (None, "pl"): "their"}}
    serial_comma_applies = True
    nouns = {
        "place": Noun("n", ("place",), ("places",)),
        "country": Noun("n", ("country",), ("countries",)),
        "other country": Noun("n", ("other country",), ("other countries",)),
        "point": Noun("n", ("point",), ("points",)),
    }
    abbreviations = frozenset(
        {"e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "vs", "no", "nos", "approx", "cf", "fig", "u.s", "u.k"}
    )

    def ordinal(self, n: int, *, gender: Gender = "m", case: Case = "nom", spelled: bool = False) -> str:
        """1st, 2nd, 3rd, 11th, 21st, 111th, or spelled out: first, twenty-fourth; below the
        house style's ``ordinal_words_below`` always spelled out (AP: "ninth", then "10th").

        >>> English().ordinal(112), English().ordinal(1, spelled=True)
        ('112th', 'first')
        >>> from egovnews.style import Style
        >>> English(Style(ordinal_words_below=10)).ordinal(9), English(Style(ordinal_words_below=10)).ordinal(10)
        ('ninth', '10th')
        """
        n = self._check_ordinal(n, gender, case)
        if spelled or n < self.style.ordinal_words_below:
            return _num2words(n, "ordinal")
        suffix = "th" if n % 100 in (11, 12, 13) else _SUFFIXES.get(n % 10, "th")
        return f"{n}{suffix}"

    def _words(self, n: int, gender: Gender, case: Case) -> str:
        return _num2words(n, "cardinal")

    def _noun_form(self, noun: Noun, n: int, case: Case) -> str:
        return noun.form("sg" if n == 1 else "pl")

    def _agree(self, word: str, grammar: Grammar) -> str:
        """A verb in the third person singular, made plural for a plural name; the first word
        of a phrase agrees (has risen -> have risen).

        >>> [English()._agree(w, Grammar(None, "pl")) for w in ("rises", "is", "has risen", "ranked", "reaches")]
        ['rise', 'are', 'have risen', 'ranked', 'reach']
        """
        if grammar.number != "pl":
            return word
        first, space, rest = word.partition(" ")
        if first in _IRREGULAR:
            plural = _IRREGULAR[first]
        else:
            found = by_suffix(first, _ENDINGS)
            if found is None:
                plural = first
            else:
                suffix, (ending,) = found
                plural = first[: len(first) - len(suffix)] + ending
        return plural + space + rest
