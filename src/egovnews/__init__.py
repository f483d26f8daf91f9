"""egovnews: news articles in French, English and Russian from UN E-Government Survey rankings.

>>> from egovnews import load_records
>>> survey = load_records("examples/kazakhstan-2024.yaml")
>>> survey.record("KAZ", 2024).egdi.rank
24

``import egovnews`` loads nothing but this file: each name below is imported from its module
on first use (PEP 562), so that a script, or ``egovnews --help``, pays only for what it calls.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# ``countries`` is a function and a module of the same name: bound here, the function wins
# over the submodule that any later import would otherwise leave in its place.
from .countries import Country, countries

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "Article": "article",
    "LANGUAGES": "write",
    "Style": "style",
    "write_article": "write",
    "write_roundup": "roundup",
    "write_atomically": "files",
    "OutputError": "files",
    "NoStandingError": "errors",
    "facts_for": "facts",
    "CountryRecord": "model",
    "DataError": "errors",
    "Edition": "model",
    "EgovError": "errors",
    "GroupStanding": "model",
    "IndexScore": "model",
    "MissingRecordError": "model",
    "Survey": "model",
    "UnknownCountryError": "errors",
    "UnknownEditionError": "errors",
    "UnknownGroupError": "errors",
    "load_records": "sources",
    "load_un_survey": "sources",
}

__all__ = [*_EXPORTS, "Country", "countries", "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'egovnews' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what type checkers and IDEs read; nothing runs here
    from .article import Article
    from .errors import DataError, EgovError, NoStandingError, UnknownCountryError, UnknownEditionError, UnknownGroupError
    from .facts import facts_for
    from .files import OutputError, write_atomically
    from .model import CountryRecord, Edition, GroupStanding, IndexScore, MissingRecordError, Survey
    from .roundup import write_roundup
    from .sources import load_records, load_un_survey
    from .style import Style
    from .write import LANGUAGES, write_article
