"""Russian: 24-е место, на 24-м месте, на четыре позиции, поднялась.

Ordinals come from num2words' full form, asked for as inanimate (its default, animate, makes
"24-го место" of an accusative) and with genders ``m``/``f``/``n`` or ``plural=True``. The
abbreviated suffix is cut from that full form: one letter when the last letter follows a
vowel (or ь), two when it follows a consonant.

>>> ru = Russian()
>>> ru.ordinal_noun(24, "место"), ru.ordinal_noun(24, "место", case="gen"), ru.ordinal(24, gender="f")
('24-е место', '24-го места', '24-я')
>>> ru.count(5, "позиция"), ru.count(21, "позиция"), ru.count(1, "позиция", case="acc")
('пять позиций', '21 позиция', 'одну позицию')
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.base import Grammar
from .base import _H, Case, Gender, Language, Noun, _before_each, by_suffix

_N2W_CASE = {"nom": "n", "gen": "g", "dat": "d", "acc": "a", "ins": "i", "pre": "p"}
_VOWELS = frozenset("аеёиоуыэюяь")
_RU_VOWELS = frozenset("аеёиоуыэюя")
# A preposition takes its -о form before these clusters (со Швецией, во Франции, ко второму).
_O_FORMS = {"с": ("со", "сзшжщ"), "в": ("во", "вф"), "к": ("ко", "")}
_O_ALWAYS = ("вт", "вс", "мн")
_AFTER_OPENING_QUOTE = re.compile(f"«[{_H}]+")


@cache
def _num2words(n: int, to: str, case: Case, gender: Gender) -> str:
    from num2words import num2words

    plural = gender == "pl"
    return str(
        num2words(
            n, lang="ru", to=to, case=_N2W_CASE[case], gender="m" if plural else gender, plural=plural, animate=False
        )
    )


def suffix_of(full: str) -> str:
    """The abbreviated ordinal's suffix, from the spelled-out ordinal.

    >>> [suffix_of(w) for w in ("двадцать четвёртое", "четвёртого", "третьими", "третья", "третий")]
    ['е', 'го', 'ми', 'я', 'й']
    """
    word = full.split()[-1]
    return word[-1] if word[-2] in _VOWELS else word[-2:]


# Masculine ending -> (feminine, neuter, plural) endings; the first matching row applies.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The demonstrative тот (та, то, те): "the latter", which cannot be read as the country.
    ("тот", ("та", "то", "те")),
    # Past tense of идти and its prefixed verbs, and other irregular stems.
    ("шёл", ("шла", "шло", "шли")),
    ("лёг", ("легла", "легло", "легли")),
    ("ёл", ("ела", "ело", "ели")),  # привёл -> привела
    ("л", ("ла", "ло", "ли")),
    ("ос", ("осла", "осло", "осли")),  # вырос -> выросла
    ("г", ("гла", "гло", "гли")),  # достиг -> достигла
    # Full adjectives and participles.
    ("ый", ("ая", "ое", "ые")),
    ("ой", ("ая", "ое", "ые")),
    ("кий", ("кая", "кое", "кие")),
    ("гий", ("гая", "гое", "гие")),
    ("хий", ("хая", "хое", "хие")),
    ("ний", ("няя", "нее", "ние")),
    ("ий", ("ая", "ее", "ие")),  # лучший -> лучшая, лучшее
    # Short participles and adjectives.
    ("ён", ("ена", "ено", "ены")),
    ("ен", ("ена", "ено", "ены")),
    ("ан", ("ана", "ано", "аны")),
    ("ят", ("ята", "ято", "яты")),
    ("ат", ("ата", "ато", "аты")),
    ("ит", ("ита", "ито", "иты")),
)


class Russian(Language):
    """Russian realisation helpers: six cases, genders m, f, n and pl."""

    code = "ru"
    locale = "ru_RU"
    conjunctions = {"and": "и", "or": "или", "nor": "ни"}
    compound_and = ", а также"
    # Indeclinable neuter names (Перу, Того): «оно» reads oddly, the press repeats the name.
    pronoun_avoided = frozenset({("n", "sg")})
    introduction_form = "gen"
    pronouns = {("m", "sg"): "он", ("f", "sg"): "она", ("n", "sg"): "оно", (None, "sg"): "он", (None, "pl"): "они"}
    pronoun_forms = {"nom": pronouns}
    nouns = {
        "позиция": Noun(
            "f",
            ("позиция", "позиции", "позиции", "позицию", "позицией", "позиции"),
            ("позиции", "позиций", "позициям", "позиции", "позициями", "позициях"),
        ),
        "место": Noun(
            "n",
            ("место", "места", "месту", "место", "местом", "месте"),
            ("места", "мест", "местам", "места", "местами", "местах"),
        ),
        "страна": Noun(
            "f",
            ("страна", "страны", "стране", "страну", "страной", "стране"),
            ("страны", "стран", "странам", "страны", "странами", "странах"),
        ),
        "выпуск": Noun(
            "m",
            ("выпуск", "выпуска", "выпуску", "выпуск", "выпуском", "выпуске"),
            ("выпуски", "выпусков", "выпускам", "выпуски", "выпусками", "выпусках"),
        ),
        "пункт": Noun(
            "m",
            ("пункт", "пункта", "пункту", "пункт", "пунктом", "пункте"),
            ("пункты", "пунктов", "пунктам", "пункты", "пунктами", "пунктах"),
        ),
    }
    abbreviations = frozenset(
        {"г", "гг", "см", "ср", "тыс", "млн", "млрд", "др", "пр", "им", "стр", "рис", "табл", "ок", "руб", "долл"}
    )

    def ordinal(self, n: int, *, gender: Gender = "m", case: Case = "nom", spelled: bool = False) -> str:
        """24-й, 24-я, 24-е, 24-го, 24-му, 24-м, 24-ю, 24-х, 24-ми; or spelled out.

        >>> Russian().ordinal(24, gender="n", case="pre", spelled=True), Russian().ordinal(24, gender="pl", case="ins")
        ('двадцать четвёртом', '24-ми')
        """
        n = self._check_ordinal(n, gender, case)
        full = _num2words(n, "ordinal", case, gender)
        return full if spelled else f"{n}-{suffix_of(full)}"

    def _words(self, n: int, gender: Gender, case: Case) -> str:
        return _num2words(n, "cardinal", case, gender)

    def _count_is_singular(self, n: int) -> bool:
        return n % 10 == 1 and n % 100 != 11  # 21 страна сделала, 11 стран сделали

    def _noun_form(self, noun: Noun, n: int, case: Case) -> str:
        """After 1 (not 11) the singular; after 2-4 in nom/acc the genitive singular; after
        other numbers in nom/acc the genitive plural, and in the other cases the plural of
        that case. Zero governs the genitive plural in every case (нулём позиций).

        >>> [Russian()._noun_form(Russian.nouns["место"], k, "nom") for k in (1, 2, 5, 11, 22)]
        ['место', 'места', 'мест', 'мест', 'места']
        """
        last, last_two = n % 10, n % 100
        if n == 0:
            return noun.form("pl", "gen")
        if last == 1 and last_two != 11:
            return noun.form("sg", case)
        if case in ("nom", "acc"):
            few = 2 <= last <= 4 and not 12 <= last_two <= 14
            return noun.form("sg" if few else "pl", "gen")
        return noun.form("pl", case)

    @property
    def percent_sign(self) -> str:
        """A no-break space, then % (CLDR's Russian pattern).

        >>> Russian().percent("0.123")
        '12,3\\xa0%'
        """
        return "\u00a0%"

    def _agree(self, word: str, grammar: Grammar) -> str:
        """Past tense, participles and adjectives from the masculine singular.

        >>> [Russian()._agree(w, Grammar("f", "sg")) for w in ("занял", "вошёл", "вырос", "расположен")]
        ['заняла', 'вошла', 'выросла', 'расположена']
        >>> Russian()._agree("поднялся", Grammar(None, "pl")), Russian()._agree("опустился", Grammar("n", "sg"))
        ('поднялись', 'опустилось')
        """
        if grammar.number == "pl":
            index = 2
        elif grammar.gender in ("f", "n"):
            index = 0 if grammar.gender == "f" else 1
        else:
            return word
        stem, reflexive = (word[:-2], True) if word.endswith(("ся", "сь")) else (word, False)
        found = by_suffix(stem, _ENDINGS)
        if found is None:
            raise ValueError(f"cannot make {word!r} agree: add its ending to the Russian table")
        suffix, endings = found
        agreed = stem[: len(stem) - len(suffix)] + endings[index]
        if reflexive:
            agreed += "сь" if agreed[-1] in _VOWELS else "ся"
        return agreed

    def prep(self, preposition: str, text: str) -> str:
        """с, в, к as со, во, ко before a hard cluster: со Швецией, во Франции, со 102-го
        места (сто второго), со 2-го (второго); с Сербией, в Испании, с 7-го.

        >>> r = Russian()
        >>> [r.prep("с", t) for t in ("Швецией", "Сербией", "102-го места", "2-го места", "7-го места", "2022 годом")]
        ['со Швецией', 'с Сербией', 'со 102-го места', 'со 2-го места', 'с 7-го места', 'с 2022 годом']
        >>> r.prep("в", "Франции"), r.prep("в", "Испании"), r.prep("к", "второму")
        ('во Франции', 'в Испании', 'ко второму')
        """
        if preposition.lower() not in _O_FORMS:
            return f"{preposition} {text}"
        long_form, clusters = _O_FORMS[preposition.lower()]
        head = text.lstrip("«\"(").lower()
        digits = re.match(r"\d+", head)
        if digits:
            n = int(digits.group())
            # How the number is read: второй, сто/сотый…; other numbers start with a vowel or a plain consonant.
            hard = n == 2 or (preposition.lower() == "с" and 100 <= n <= 199)
        else:
            hard = head.startswith(_O_ALWAYS) or (
                len(head) > 1 and head[0] in clusters and head[1].isalpha() and head[1] not in _RU_VOWELS
            )
        if not hard:
            return f"{preposition} {text}"
        return (long_form.capitalize() if preposition[:1].isupper() else long_form) + " " + text

    def _spacing(self, text: str) -> str:
        """No space before ; : ! ? nor inside « ».

        >>> Russian()._spacing("индекс « ЭП » : рост !")
        'индекс «ЭП»: рост!'
        """
        text = super()._spacing(text)
        if "«" in text:
            text = _AFTER_OPENING_QUOTE.sub("«", text)
        return _before_each(text, "»", "") if "»" in text else text
