"""Lexicons: countries, groups, regions and indices named in each language."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from .base import NAME_STYLES, Grammar, Lexicon, NameStyle, capitalize_first

# Adding a language: a module here with a Lexicon subclass, and its data folder beside it.
_REGISTRY = {
    "fr": ("egovnews.lexicon.fr", "FrenchLexicon"),
    "en": ("egovnews.lexicon.en", "EnglishLexicon"),
    "ru": ("egovnews.lexicon.ru", "RussianLexicon"),
}

LANGUAGES: tuple[str, ...] = tuple(_REGISTRY)


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language, loaded once."""
    try:
        module_name, class_name = _REGISTRY[code]
    except KeyError:
        raise ValueError(f"no lexicon for language {code!r}; known: {', '.join(LANGUAGES)}") from None
    return getattr(import_module(module_name), class_name)()


__all__ = ["LANGUAGES", "NAME_STYLES", "Grammar", "Lexicon", "NameStyle", "capitalize_first", "lexicon"]
