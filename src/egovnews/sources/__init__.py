"""Readers: the UN's CSV exports and hand-written records files.

Each reader loads on first use (PEP 562): the UN's files need no YAML parser.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_READERS = {"load_records": "records", "load_un_survey": "un_csv"}

__all__ = ["load_records", "load_un_survey"]


def __getattr__(name: str) -> Any:
    module = _READERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .records import load_records
    from .un_csv import load_un_survey
