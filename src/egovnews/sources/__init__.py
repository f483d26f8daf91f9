"""Readers: the UN's CSV exports and hand-written records files."""

from .records import load_records
from .un_csv import load_un_survey

__all__ = ["load_records", "load_un_survey"]
