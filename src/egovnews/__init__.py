"""egovnews: news articles in French, English and Russian from UN E-Government Survey rankings.

>>> from egovnews import load_records
>>> survey = load_records("examples/kazakhstan-2024.yaml")
>>> survey.record("KAZ", 2024).egdi.rank
24
"""

from .countries import Country, countries
from .errors import DataError, EgovError, NoStandingError, UnknownCountryError, UnknownEditionError, UnknownGroupError
from .model import CountryRecord, Edition, GroupStanding, IndexScore, MissingRecordError, Survey
from .article import Article
from .sources import load_records, load_un_survey
from .style import Style
from .facts import facts_for
from .files import OutputError, write_atomically
from .write import LANGUAGES, write_article
from .roundup import write_roundup

__version__ = "0.1.0"

__all__ = [
    "Article",
    "LANGUAGES",
    "Style",
    "write_article",
    "write_roundup",
    "write_atomically",
    "OutputError",
    "NoStandingError",
    "facts_for",
    "Country",
    "CountryRecord",
    "DataError",
    "Edition",
    "EgovError",
    "GroupStanding",
    "IndexScore",
    "MissingRecordError",
    "Survey",
    "UnknownCountryError",
    "UnknownEditionError",
    "UnknownGroupError",
    "__version__",
    "countries",
    "load_records",
    "load_un_survey",
]
