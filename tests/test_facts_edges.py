"""Issue 5: edge cases of the facts engine, each on a small hand-built survey."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from egovnews.countries import countries
from egovnews.facts import facts_for
from egovnews.model import CountryRecord, Edition, GroupStanding, IndexScore, Survey

# The current CIS members at 2024 (a small group, easy to fill in by hand).
CIS = tuple(c.iso3 for c in countries() if c.in_group("CIS", 2024))


def record(iso3: str, rank: int, value: str, year: int = 2024, **extra: Any) -> CountryRecord:
    return CountryRecord(iso3=iso3, edition=year, egdi=IndexScore(value=Decimal(value), rank=rank), **extra)


def complete_edition(year: int = 2024, ties: dict[str, int] | None = None) -> Edition:
    """All 193 members, ranked by ISO3 order with distinct values; ``ties`` overrides ranks."""
    records = {}
    for position, iso3 in enumerate(countries().iso3_codes, start=1):
        rank = (ties or {}).get(iso3, position)
        records[iso3] = record(iso3, rank, f"{Decimal(1000 - rank * 4) / 1000:.5f}", year)
    return Edition(year=year, records=records)


def by_id(facts: list[Any]) -> dict[str, Any]:
    return {f.id: f for f in facts}


def test_rank_one_has_no_one_ahead() -> None:
    survey = Survey.from_editions([complete_edition()])
    first = countries().iso3_codes[0]
    facts = by_id(facts_for(survey, first, 2024))
    assert facts["standing"].rank == 1
    assert "comparison:above" not in facts
    assert all(not f.ahead for f in facts.values() if f.kind == "group_standing")
    assert all(f.leader for f in facts.values() if f.kind == "group_standing")


def test_last_rank_has_no_one_behind() -> None:
    survey = Survey.from_editions([complete_edition()])
    last = countries().iso3_codes[-1]
    facts = by_id(facts_for(survey, last, 2024))
    assert facts["standing"].rank == 193
    assert "comparison:below" not in facts
    groups = [f for f in facts.values() if f.kind == "group_standing"]
    assert groups and all(not f.behind and f.last for f in groups)


def test_tie_for_a_groups_lead() -> None:
    # Two CIS members share the best CIS rank: both lead, each tied with the other.
    a, b = sorted(CIS, key=countries().iso3_codes.index)[:2]
    best = countries().iso3_codes.index(a) + 1
    survey = Survey.from_editions([complete_edition(ties={a: best, b: best})])
    fa = by_id(facts_for(survey, a, 2024))["group:CIS"]
    fb = by_id(facts_for(survey, b, 2024))["group:CIS"]
    assert (fa.rank, fa.leader, fa.tied_with) == (1, True, (b,))
    assert (fb.rank, fb.leader, fb.tied_with) == (1, True, (a,))
    assert not fa.ahead and not fb.ahead
    assert by_id(facts_for(survey, a, 2024))["standing"].tied_with == (b,)


def test_country_missing_from_previous_edition_has_no_change() -> None:
    now = complete_edition()
    gone = countries().iso3_codes[5]
    before = complete_edition(2022)
    before = before.model_copy(update={"records": {i: r for i, r in before.records.items() if i != gone}})
    survey = Survey.from_editions([before, now])
    facts = by_id(facts_for(survey, gone, 2024))
    assert "change" not in facts
    assert "history" not in facts
    assert by_id(facts_for(survey, countries().iso3_codes[6], 2024))["change"].places == 0


def test_group_with_a_member_missing_has_no_group_fact() -> None:
    # Every CIS member but one: the CIS standing is unprovable unless the records state it.
    present = CIS[:-1]
    plain = {i: record(i, r, f"0.{90 - r}") for r, i in enumerate(present, start=1)}
    survey = Survey.from_editions([Edition(year=2024, records=plain)])
    assert "group:CIS" not in by_id(facts_for(survey, present[0], 2024))

    stated = dict(plain)
    stated[present[0]] = record(present[0], 1, "0.89", groups_stated=(GroupStanding(group="CIS", rank=1, size=len(CIS)),))
    survey = Survey.from_editions([Edition(year=2024, records=stated)])
    fact = by_id(facts_for(survey, present[0], 2024))["group:CIS"]
    assert (fact.stated, fact.rank, fact.size, fact.leader) == (True, 1, len(CIS), True)
    assert not fact.ahead and fact.behind == present[1:3]
