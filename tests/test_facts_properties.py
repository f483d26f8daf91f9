"""Issue 5: property tests of the facts engine on random complete and partial tables."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egovnews.countries import countries
from egovnews.facts import facts_for
from egovnews.model import INDICES, CountryRecord, Edition, GroupStanding, IndexScore, Survey

ALL = countries().iso3_codes
BOUNDS = {"top10": 10, "top20": 20, "top_quartile": 48}
FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def values(draw: st.DrawFn) -> Decimal:
    places = draw(st.integers(2, 5))
    return Decimal(draw(st.integers(0, 10**places))).scaleb(-places)


# Groups small enough to appear whole in a partial table, so group facts get exercised.
SMALL_GROUPS = ("CIS", "subregion:Central Asia", "subregion:Northern Europe", "subregion:South America", "LLDC")


@st.composite
def edition(draw: st.DrawFn, year: int, codes: tuple[str, ...], ranked: bool = False) -> Edition:
    """Random values; with ``ranked``, records also state a random rank (a journalist's notes)."""
    records = {}
    for iso3 in codes:
        scores = {}
        for index in INDICES:
            rank = draw(st.none() | st.integers(1, 193)) if ranked else None
            scores[index] = IndexScore(value=draw(values()), rank=rank, rank_source="stated" if rank else None)
        stated = ()
        if ranked and draw(st.booleans()):
            # The records may state a standing in the country's sub-region, as a reporter would.
            group = countries().get(iso3).groups(year)[1]
            stated = (GroupStanding(group=group, rank=draw(st.integers(1, 20))),)
        records[iso3] = CountryRecord(iso3=iso3, edition=year, groups_stated=stated, **scores)
    return Edition(year=year, records=records)


@st.composite
def partial_codes(draw: st.DrawFn) -> tuple[str, ...]:
    codes = set(draw(st.sets(st.sampled_from(ALL), min_size=1, max_size=30)))
    if draw(st.booleans()):
        group = draw(st.sampled_from(SMALL_GROUPS))
        codes |= {c.iso3 for c in countries() if c.in_group(group, 2024)}
    return tuple(sorted(codes))


@st.composite
def surveys(draw: st.DrawFn, complete: bool) -> Survey:
    codes = ALL if complete else draw(partial_codes())
    ranked = not complete and draw(st.booleans())
    editions = [draw(edition(2024, codes, ranked))]
    if draw(st.booleans()):
        before = codes if complete else tuple(c for c in codes if draw(st.booleans()))
        editions.append(draw(edition(2022, before, ranked)))
    return Survey.from_editions(editions)


def egdi_rank(survey: Survey, iso3: str) -> int | None:
    record = survey.find_record(iso3, 2024)
    return None if record is None or record.egdi is None else record.egdi.rank


def standing_key(survey: Survey, members: tuple[str, ...]) -> Any:
    """Lower is better: the rank when every member has one (it carries the UN's tie-breaks),
    else minus the value."""
    records = survey.edition(2024).records
    if all(egdi_rank(survey, m) is not None for m in members):
        return lambda iso3: egdi_rank(survey, iso3)
    return lambda iso3: -records[iso3].egdi.value


def check_group(survey: Survey, iso3: str, f: Any) -> list[str]:
    bad: list[str] = []
    if f.stated:
        # A stated standing names neighbours only by their ranks.
        key = lambda i: egdi_rank(survey, i)  # noqa: E731
        if key(iso3) is None:
            return [] if not (f.ahead or f.behind) else [f"{iso3} {f.group}: unranked yet names neighbours"]
    else:
        members = survey.group(f.group, 2024).present
        key = standing_key(survey, members)
        if f.leader and any(key(m) < key(iso3) for m in members):
            bad.append(f"{iso3} leads {f.group} but a member is better")
        if f.rank != 1 + sum(key(m) < key(iso3) for m in members):
            bad.append(f"{iso3} {f.group}: rank {f.rank} is not 1 + members better")
    if any(key(m) >= key(iso3) for m in f.ahead):
        bad.append(f"{iso3} {f.group}: ahead {f.ahead} not better")
    if any(key(m) <= key(iso3) for m in f.behind):
        bad.append(f"{iso3} {f.group}: behind {f.behind} not worse")
    return bad


def check_invariants(survey: Survey, iso3: str, facts: list[Any]) -> list[str]:
    """Every property violated by one country's facts."""
    bad: list[str] = []
    records = survey.edition(2024).records
    mine = egdi_rank(survey, iso3)
    for f in facts:
        if f.kind == "group_standing":
            bad += check_group(survey, iso3, f)
        elif f.kind == "comparison":
            for other, rank in zip(f.countries, f.ranks):
                real = egdi_rank(survey, other)
                if real != rank or (f.direction == "below") != (rank > mine):  # type: ignore[operator]
                    bad.append(f"{iso3} comparison:{f.direction} names {other} ({real})")
        elif f.kind == "change":
            if f.previous_rank - f.rank != f.places:
                bad.append(f"{iso3} change does not add up")
            if f.value_change is not None and f.value_change != records[iso3].egdi.value - f.previous_value:  # type: ignore[union-attr]
                bad.append(f"{iso3} value change does not add up")
        elif f.kind == "sub_index":
            expected = next((t for t, b in BOUNDS.items() if f.rank <= b), None)
            if f.tier != expected:
                bad.append(f"{iso3} {f.index} rank {f.rank} tier {f.tier}")
    return bad


def run_all(survey: Survey) -> None:
    problems: list[str] = []
    for iso3 in survey.edition(2024).records:
        facts = facts_for(survey, iso3, 2024)
        problems += check_invariants(survey, iso3, facts)
        again = facts_for(survey, iso3, 2024)
        if [f.model_dump() for f in facts] != [f.model_dump() for f in again]:
            problems.append(f"{iso3}: facts differ between two calls")
    assert not problems, "\n".join(problems)


@FAST
@given(surveys(complete=True))
def test_complete_tables(survey: Survey) -> None:
    run_all(survey)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(surveys(complete=False))
def test_partial_tables(survey: Survey) -> None:
    run_all(survey)
