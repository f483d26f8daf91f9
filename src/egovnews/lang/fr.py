"""French: 1er, 1re, 24e (or 24ème), une place, classée, and French spacing.

>>> fr = French()
>>> fr.ordinal(1), fr.ordinal(1, gender="f"), fr.ordinal(24), fr.ordinal(24, spelled=True)
('1er', '1re', '24e', 'vingt-quatrième')
>>> fr.count(1, "place"), fr.count(4, "place"), fr.count(1, "rang")
('une place', 'quatre places', 'un rang')
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.base import Grammar
from .base import _H, Case, Gender, Language, Noun, _before_each, _has_high_sign, by_suffix


@cache
def _num2words(n: int, to: str) -> str:
    from num2words import num2words

    return str(num2words(n, lang="fr", to=to))


# The signs French sets off with a space; _high_signs spaces only those before a space or
# the end: 14:30, http://, 0,5? and index:EGDI stay as they are.
_HIGH_SIGN = re.compile("[;:!?]")
_AFTER_OPENING_QUOTE = re.compile(f"«[{_H}]*")
_BEFORE_PERCENT = re.compile(f"(?<=\\d)[{_H}]*%")

# num2words keeps the plural s of vingts and cents before -ième: quatre-vingtsième.
_ORDINAL_FIXES = ((re.compile(r"(vingt|cent)sième"), r"\1ième"),)

# Masculine singular ending -> (feminine singular, masculine plural, feminine plural).
_IRREGULAR: dict[str, tuple[str, str, str]] = {
    "tout": ("toute", "tous", "toutes"),
    "long": ("longue", "longs", "longues"),
    "public": ("publique", "publics", "publiques"),
    "bref": ("brève", "brefs", "brèves"),
}
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("eau", ("elle", "eaux", "elles")),
    ("eux", ("euse", "eux", "euses")),
    ("ien", ("ienne", "iens", "iennes")),
    ("éen", ("éenne", "éens", "éennes")),
    ("on", ("onne", "ons", "onnes")),
    ("el", ("elle", "els", "elles")),
    ("er", ("ère", "ers", "ères")),
    ("al", ("ale", "aux", "ales")),
    ("f", ("ve", "fs", "ves")),
    ("é", ("ée", "és", "ées")),
    ("e", ("e", "es", "es")),
    ("s", ("se", "s", "ses")),
    ("x", ("se", "x", "ses")),
    ("", ("e", "s", "es")),
)


_ELIDING = {"de": "d'", "le": "l'", "la": "l'", "que": "qu'", "ne": "n'", "se": "s'", "je": "j'"}


class French(Language):
    """French realisation helpers. Ordinals take gender ``m`` or ``f``; cases are accepted and ignored."""

    code = "fr"
    locale = "fr_FR"
    conjunctions = {"and": "et", "or": "ou", "nor": "ni"}
    pronouns = {("m", "sg"): "il", ("f", "sg"): "elle", ("m", "pl"): "ils", ("f", "pl"): "elles", (None, "sg"): "il", (None, "pl"): "ils"}
    pronoun_forms = {"def": pronouns}
    nouns = {
        "place": Noun("f", ("place",), ("places",)),
        "rang": Noun("m", ("rang",), ("rangs",)),
        "pays": Noun("m", ("pays",), ("pays",)),
        "autre pays": Noun("m", ("autre pays",), ("autres pays",)),
        "point": Noun("m", ("point",), ("points",)),
    }
    abbreviations = frozenset({"mm", "cf", "p", "pp", "ex", "env", "hab", "av", "apr", "art", "vol", "no", "n°"})

    def ordinal(self, n: int, *, gender: Gender = "m", case: Case = "nom", spelled: bool = False) -> str:
        """1er, 1re, 2e, 24e (24ème or 24ᵉ by house style), or spelled out: première, vingt-quatrième.

        >>> French().ordinal(2), French().ordinal(1, gender="f", spelled=True), French().ordinal(80, spelled=True)
        ('2e', 'première', 'quatre-vingtième')
        """
        n = self._check_ordinal(n, gender, case)
        if gender not in ("m", "f"):
            raise ValueError(f"French ordinals are masculine or feminine, not {gender!r}")
        feminine = gender == "f"
        if spelled:
            if n == 1:
                return "première" if feminine else "premier"
            word = _num2words(n, "ordinal")
            for pattern, replacement in _ORDINAL_FIXES:
                word = pattern.sub(replacement, word)
            return word
        if self.style.ordinal_style == "superscript":
            return ("1ʳᵉ" if feminine else "1ᵉʳ") if n == 1 else f"{n}ᵉ"
        if n == 1:
            return "1re" if feminine else "1er"
        return f"{n}ème" if self.style.ordinal_style == "eme" else f"{n}e"

    def _words(self, n: int, gender: Gender, case: Case) -> str:
        word = _num2words(n, "cardinal")
        # un agrees: une place, vingt et une places.
        return re.sub(r"\bun$", "une", word) if gender == "f" else word

    def _count_is_singular(self, n: int) -> bool:
        return n < 2  # French counts 0 and 1 in the singular

    def _noun_form(self, noun: Noun, n: int, case: Case) -> str:
        # French counts 0 and 1 in the singular: zéro place, une place, deux places.
        return noun.form("sg" if n < 2 else "pl")

    @property
    def percent_sign(self) -> str:
        """A French space, then % (house style: narrow no-break by default).

        >>> French().percent("0.123")
        '12,3\\u202f%'
        """
        return self.style.french_space_char + "%"

    def elide(self, word: str, text: str) -> str:
        """de, le, la, que, ne, se before a vowel become d', l', qu', n', s' (not before onze, huit).

        >>> French().elide("de", "une place"), French().elide("de", "huit places"), French().elide("que", "en 2022")
        ("d'une place", 'de huit places', "qu'en 2022")
        """
        from ..lexicon.fr import elides

        # An h may be aspirated and only the lexicon knows: this helper never elides before one.
        if word in _ELIDING and elides(text.split(" ", 1)[0]) and not text[:1].lower() == "h":
            return _ELIDING[word] + text
        return f"{word} {text}"

    def _agree(self, word: str, grammar: Grammar) -> str:
        """Participles and adjectives: classé, classée, classés, classées.

        >>> [French()._agree("premier", Grammar(g, n)) for g, n in (("f", "sg"), ("m", "pl"))]
        ['première', 'premiers']
        """
        feminine = grammar.gender == "f"
        plural = grammar.number == "pl"
        if not (feminine or plural):
            return word
        index = 2 if feminine and plural else (0 if feminine else 1)
        if word in _IRREGULAR:
            return _IRREGULAR[word][index]
        suffix, endings = by_suffix(word, _SUFFIXES) or ("", ("e", "s", "es"))
        return word[: len(word) - len(suffix)] + endings[index]

    def _spacing(self, text: str) -> str:
        """No-break spaces before ; ! ? : and % and inside « », as the house style says.

        >>> French()._spacing("Il a dit «oui»: bravo!") == "Il a dit «\\u202foui\\u202f»\\u00a0: bravo\\u202f!"
        True
        """
        space = self.style.french_space_char
        colon = self.style.french_colon_space_char
        if _has_high_sign(text):
            text = _high_signs(text, space, colon)
        if "«" in text or "»" in text:
            text = _AFTER_OPENING_QUOTE.sub("«" + space, text)
            text = _before_each(text, "»", space)
        return _BEFORE_PERCENT.sub(space + "%", text) if "%" in text else text


def _high_signs(text: str, space: str, colon: str) -> str:
    """A space (``colon`` before a colon) in place of any spaces before each of ; : ! ? that
    follows a word and ends one (a space, a closing quote or bracket, the end, or ! ? after
    it); none for the second of ?! or !?, whose spaces go. What the regular expression
    ``(?<=[^\\s])[ \\t\\u00a0\\u202f]*([;:!?])(?=[\\s»)"”]|$|[!?])`` did, looking only at the signs
    rather than trying its look-behind at every character of the text."""
    out: list[str] = []
    last = 0
    for found in _HIGH_SIGN.finditer(text):
        sign_at = found.start()
        after = text[sign_at + 1 : sign_at + 2]
        if after and not (after.isspace() or after in '»)"”!?'):
            continue  # inside a word or a number (10:30)
        start = sign_at
        while start and text[start - 1] in _H:
            start -= 1
        if not start or text[start - 1].isspace():
            continue  # nothing before it but spaces
        sign = found.group()
        out.append(text[last:start])
        # ?! and !? take one space, before the first sign only.
        out.append(sign if text[start - 1] in "!?;:" else (colon if sign == ":" else space) + sign)
        last = sign_at + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
