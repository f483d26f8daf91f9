"""Languages: the realisation helpers of each language, bound to a house style.

>>> lang("fr").ordinal(24), lang("en").ordinal(24), lang("ru").ordinal(24, gender="n")
('24e', '24th', '24-е')
>>> lang("fr", Style(ordinal_style="eme")).ordinal(24)
'24ème'
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from ..style import Style
from .base import CASES, GENDERS, Case, Gender, Language, Noun

# Adding a language: a module here with a Language subclass, registered by code.
_REGISTRY = {
    "fr": ("egovnews.lang.fr", "French"),
    "en": ("egovnews.lang.en", "English"),
    "ru": ("egovnews.lang.ru", "Russian"),
}

LANGUAGES: tuple[str, ...] = tuple(_REGISTRY)


def lang(code: str, style: Style | None = None) -> Language:
    """The helpers of a language in a house style (the default style when None), made once.

    >>> lang("ru") is lang("ru", Style())
    True
    """
    return _make(code, style or default_style())


@cache
def default_style() -> Style:
    """The house style when none is given, made once (a style is validated when made).

    >>> default_style() is default_style() and default_style() == Style()
    True
    """
    return Style()


@cache
def _make(code: str, style: Style) -> Language:
    try:
        module_name, class_name = _REGISTRY[code]
    except KeyError:
        raise ValueError(f"no language {code!r}; known: {', '.join(LANGUAGES)}") from None
    language: Language = getattr(import_module(module_name), class_name)(style)
    return language


__all__ = ["CASES", "GENDERS", "LANGUAGES", "Case", "Gender", "Language", "Noun", "Style", "lang"]
