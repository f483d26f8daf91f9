"""Referring expressions: how each sentence names the country its article is about.

The first sentence of the body names it. After that the text varies as a reporter's does:
a pronoun when the sentence before had the country as its subject and named nothing the
pronoun could be taken for (the pronoun agrees with that subject: « le pays … Il »); the
name again, within the article's budget, at the head of a paragraph or two sentences after
its last use, never to open two sentences running; otherwise a short form (la RDC, the UAE,
ЦАР) or the country as a noun (le pays, the country, страна), whose own gender the verb
then agrees with (страна поднялась, whatever the country's name).

These decisions are made here, once, for every language. A language supplies the forms
(:meth:`~egovnews.lang.base.Language.refer`) and says when its pronoun would be ambiguous
(:meth:`~egovnews.lang.base.Language.pronoun_clear`).

>>> from egovnews.lang import lang
>>> referrer = Referrer(lang("en"), "KAZ", budget=4)
>>> first = referrer.reference(title=False, opening=True)
>>> str(first), first.kind
('Kazakhstan', 'name')
>>> referrer.record(first, others=())
>>> second = referrer.reference(title=False, opening=False)
>>> str(second), second.form("poss")
('it', 'its')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from .lexicon.base import Grammar, capitalize_first

Kind = Literal["name", "short", "noun", "pronoun"]


class Reference:
    """The country as one sentence refers to it; ``{{ it }}`` in a template.

    ``str(it)`` is the subject (le Kazakhstan, il, le pays); ``it.form("de")`` another form
    of the language's lexicon (du Kazakhstan, du pays). A pronoun has only the forms a
    pronoun can take in that position (English *its*, not a French or Russian genitive);
    asked for another, the reference says "the country" instead. Agreement helpers take the
    reference itself: ``'поднялся'|agree(it)``.
    """

    def __init__(self, toolkit: Any, iso3: str, kind: Kind, antecedent: Kind = "name", *, introduce: bool = False) -> None:
        self.toolkit = toolkit
        self.iso3 = iso3
        self.kind = kind
        #: For a pronoun, how the sentence before referred to the country: the pronoun
        #: agrees with that (la RCA … elle; Китай … он).
        self.antecedent: Kind = antecedent if kind == "pronoun" else kind
        #: Give the short form in brackets after the name, once (the United Arab Emirates (UAE)).
        self.introduce = introduce
        self.introduced = False
        #: The kind actually written, for every use in the sentence.
        self.uses: list[Kind] = []

    def form(self, form: str | None = None, capital: bool = False) -> str:
        """The reference in one lexicon form (the subject form when None).

        >>> from egovnews.lang import lang
        >>> Reference(lang("fr"), "FRA", "noun").form("de"), Reference(lang("fr"), "FRA", "pronoun").form("de")
        ('du pays', 'du pays')
        >>> Reference(lang("en"), "ARE", "name", introduce=True).form()
        'the United Arab Emirates (UAE)'
        """
        text, used = self.toolkit.refer(self.iso3, self.kind, form, antecedent=self.antecedent)
        self.uses.append(used)
        if self.introduce and not self.introduced and used == "name" and form is None:
            text = f"{text} ({self.toolkit.short_name(self.iso3)})"
            self.introduced = True
        return capitalize_first(text) if capital else text

    @property
    def grammar(self) -> Grammar:
        """Gender and number the words agreeing with the reference take.

        >>> from egovnews.lang import lang
        >>> Reference(lang("ru"), "KAZ", "noun").grammar, Reference(lang("ru"), "KAZ", "name").grammar
        (Grammar(gender='f', number='sg'), Grammar(gender='m', number='sg'))
        """
        return self.toolkit.reference_grammar(self.iso3, self.antecedent)

    def __str__(self) -> str:
        return self.form()

    def __repr__(self) -> str:
        return f"Reference({self.iso3!r}, {self.kind!r})"


class Referrer:
    """Chooses, sentence after sentence, how an article refers to its country.

    ``budget`` is how many times the article may name it, titles included. Titles always
    name it (they stand alone); body sentences follow the rules in the module docstring.
    """

    def __init__(self, toolkit: Any, iso3: str, *, budget: int) -> None:
        self.toolkit = toolkit
        self.iso3 = iso3
        self.budget = budget
        self.named = 0
        self.body_started = False
        #: Body sentences written since the name was last used (a large number: not yet).
        self.since_name = 99
        #: How the previous body sentence referred to the country (None: it did not).
        self.previous: Kind | None = None
        self.previous_others: tuple[str, ...] = ()
        #: Whether the short form still has to be introduced beside the name.
        self.to_introduce = toolkit.short_introduced(iso3)

    def choose(self, *, title: bool, opening: bool) -> Kind:
        """The kind of reference the next sentence uses."""
        if title or not self.body_started:
            return "name"
        previous, others = self.previous, self.previous_others
        after_name = previous in ("name", "short")
        # The first kind allowed, in this order (the cheap conditions first: the others look
        # names up in the lexicon).
        # A pronoun continues a subject that was named; after "the country" it would switch
        # gender (le pays … elle), and after a heading it would reach too far.
        if not opening and after_name and self.toolkit.pronoun_clear(self.iso3, others, antecedent=previous):
            return "pronoun"
        # A short form is the name again to the ear: neither follows the other.
        if not after_name and not self.to_introduce and self.toolkit.has_short(self.iso3):
            return "short"
        if not after_name and self.named < self.budget and (opening or self.since_name >= 2):
            return "name"
        # "The country" right after other countries were named could be any of them.
        if previous != "noun" and (opening or not others):
            return "noun"
        # Every kind would repeat the one before, break the budget or be ambiguous. A
        # pronoun that continues the subject of the sentence before reads as that subject
        # when no other country came between; otherwise the name, over budget or repeated,
        # is the one reference that cannot be misread.
        if previous in ("name", "short") and not opening and not others and self.toolkit.pronoun_clear(self.iso3, (), antecedent=previous):
            return "pronoun"
        if others:
            return "name"
        if previous not in ("name", "short"):
            return "name"
        return "noun" if previous != "noun" else "name"

    def reference(self, *, title: bool, opening: bool) -> Reference:
        """A fresh reference for the next sentence."""
        kind = self.choose(title=title, opening=opening)
        introduce = self.to_introduce and not title and kind == "name"
        return Reference(self.toolkit, self.iso3, kind, antecedent=self.previous or "name", introduce=introduce)

    def record(self, reference: Reference, others: Iterable[str], *, title: bool = False) -> None:
        """What the sentence just written did: how it referred to the country, and which
        other countries it named (a pronoun after them could be taken for one of them)."""
        named = reference.uses.count("name")
        self.named += named
        if reference.introduced:
            self.to_introduce = False
        if title:
            return
        self.body_started = True
        self.since_name = 0 if named else self.since_name + 1
        # Any mention counts, a possessive too ("India's best rank…"): the next sentence
        # neither repeats it nor loses the thread.
        self.previous = reference.uses[0] if reference.uses else None
        self.previous_others = tuple(i for i in others if i != self.iso3) if others else ()  # most name none
