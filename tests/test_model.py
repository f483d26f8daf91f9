"""The data model: levels, ranks, editions and survey queries."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from egovnews.errors import UnknownCountryError, UnknownEditionError
from egovnews.model import (
    CountryRecord,
    Edition,
    IndexScore,
    MissingRecordError,
    Survey,
    competition_ranks,
    egdi_level,
)


@pytest.mark.parametrize(
    ("value", "level"),
    [("1", "very_high"), ("0.75001", "very_high"), ("0.75", "high"), ("0.5", "high"), ("0.49999", "middle"),
     ("0.25", "middle"), ("0.24999", "low"), ("0", "low")],
)
def test_egdi_levels_at_the_thresholds(value, level):
    assert egdi_level(Decimal(value)) == level


def test_ties_share_the_best_rank():
    ranks = competition_ranks({"A": Decimal("0.5"), "B": Decimal("0.9"), "C": Decimal("0.5"), "D": Decimal("0.4")})
    assert ranks == {"B": 1, "A": 2, "C": 2, "D": 4}


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.decimals(0, 1, places=2), min_size=1, max_size=40))
def test_competition_ranks_properties(values):
    ranks = competition_ranks(values)
    for a in values:
        # A rank is one more than the number of strictly better values.
        assert ranks[a] == 1 + sum(v > values[a] for v in values.values())


def _record(iso3, year, egdi=None, rank=None, **other):
    return CountryRecord(iso3=iso3, edition=year, egdi=IndexScore(value=egdi, rank=rank), **other)


def test_score_bounds_are_enforced():
    for bad in ({"value": Decimal("1.01")}, {"value": Decimal("-0.1")}, {"rank": 0}, {"rank": 194}):
        with pytest.raises(ValidationError):
            IndexScore(**bad)
    with pytest.raises(ValidationError):
        IndexScore(value=Decimal("NaN"))
    with pytest.raises(UnknownCountryError):
        CountryRecord(iso3="XXX", edition=2024)


def test_survey_queries():
    e22 = Edition(year=2022, records={"KAZ": _record("KAZ", 2022, Decimal("0.8628"), 28)})
    e24 = Edition(
        year=2024,
        records={
            "KAZ": _record("KAZ", 2024, Decimal("0.90093"), 24),
            "MNG": _record("MNG", 2024, Decimal("0.84569"), 46),
            "FRA": _record("FRA", 2024, Decimal("0.87442"), 34),
        },
    )
    survey = Survey.from_editions([e24, e22])
    assert survey.years == (2022, 2024)
    assert survey.previous_year(2024) == 2022 and survey.previous_year(2022) is None
    assert survey.previous_record("KAZ", 2024).egdi.rank == 28
    assert survey.previous_record("MNG", 2024) is None
    assert [r.iso3 for r in survey.table(2024)] == ["KAZ", "FRA", "MNG"]
    assert survey.table(2024, "osi") == []
    assert not survey.is_complete(2024)
    lldc = survey.group("LLDC", 2024)
    assert len(lldc.members) == 32 and set(lldc.present) == {"KAZ", "MNG"} and not lldc.complete
    with pytest.raises(UnknownEditionError, match="editions loaded: 2022, 2024"):
        survey.record("KAZ", 2020)
    with pytest.raises(MissingRecordError, match="Germany"):
        survey.record("DEU", 2024)


def test_partial_tables_get_no_computed_ranks():
    edition = Edition(year=2024, records={"KAZ": CountryRecord(iso3="KAZ", edition=2024, osi=IndexScore(value=Decimal("0.9")))})
    assert Survey.from_editions([edition]).record("KAZ", 2024).osi.rank is None


def test_an_unknown_group_is_an_egov_error_naming_the_known_ones() -> None:
    from egovnews import EgovError, Edition, Survey, UnknownGroupError

    survey = Survey.from_editions([Edition(year=2024, records={})])
    for name in ("Foo", "subregion:Sub-Saharan Africa", "region:Atlantis"):
        with pytest.raises(UnknownGroupError) as caught:
            survey.group(name, 2024)
        assert isinstance(caught.value, EgovError)
        assert repr(name) in str(caught.value) and "subregion:Central Asia" in str(caught.value)
    assert survey.group("subregion:Central Asia", 2024).members == ("KAZ", "KGZ", "TJK", "TKM", "UZB")
