"""Issue 14: every roundup of every scope for 2020, 2022 and 2024 re-derived from the raw CSV
rows with plain Python (csv + Decimal), then compared with the facts egovnews states and with
the table and claims of the English article. Only the country table (ISO3, groups at an
edition) comes from egovnews. Every disagreement is collected, so one run shows them all.
"""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import HISTORY_FILES, UN_FILES
from test_facts_independent import LEVEL_ORDER, SUBS, group_members, level, read_rows

from egovnews import write_roundup
from egovnews.countries import countries
from egovnews.roundup_facts import all_scopes, roundup_facts

EDITIONS = (2020, 2022, 2024)
PREVIOUS = {2020: 2018, 2022: 2020, 2024: 2022}


@pytest.fixture(scope="module")
def tables(shared_data: Path) -> dict[int, dict[str, Any]]:
    files = {**HISTORY_FILES, **UN_FILES}
    return {year: read_rows(shared_data / files[year]) for year in (2018, *EDITIONS)}


def members(scope: str, year: int) -> list[str]:
    return [c.iso3 for c in countries()] if scope == "world" else group_members(scope, year)


def mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def expected(tables: dict[int, dict[str, Any]], scope: str, year: int) -> dict[str, Any]:
    now, before = tables[year], tables[PREVIOUS[year]]
    codes = members(scope, year)
    rows = sorted(codes, key=lambda i: (now[i]["rank"], -now[i]["egdi"], i))
    places = {i: before[i]["rank"] - now[i]["rank"] for i in codes}
    best = min(now[i]["rank"] for i in codes)
    position = {i: 1 + sum(now[j]["rank"] < now[i]["rank"] for j in codes) for i in codes}
    same = set(members(scope, PREVIOUS[year])) == set(codes)
    found: dict[str, Any] = {
        "rows": [(i, now[i]["rank"], now[i]["egdi"], before[i]["rank"], places[i], level(now[i]["egdi"])) for i in rows],
        "leaders": sorted(i for i in codes if now[i]["rank"] == best),
        "podium": [i for i in rows if position[i] <= 3],
        "rose": sum(p > 0 for p in places.values()), "fell": sum(p < 0 for p in places.values()), "held": sum(p == 0 for p in places.values()),
        "levels": [sum(level(now[i]["egdi"]) == lv for i in codes) for lv in LEVEL_ORDER],
        "average": mean([now[i]["egdi"] for i in codes]),
        "world_average": mean([r["egdi"] for r in now.values()]),
        "moves": Counter((level(before[i]["egdi"]), level(now[i]["egdi"])) for i in codes if level(before[i]["egdi"]) != level(now[i]["egdi"])),
    }
    rise, fall = max(places.values()), min(places.values())
    found["risers"] = sorted(i for i in codes if rise > 0 and places[i] == rise)
    found["fallers"] = sorted(i for i in codes if fall < 0 and places[i] == fall)
    if same:
        first_before = min(before[i]["rank"] for i in codes)
        found["previous_leaders"] = sorted(i for i in codes if before[i]["rank"] == first_before)
        found["previous_average"] = mean([before[i]["egdi"] for i in codes])
        found["previous_in_top50"] = sum(before[i]["rank"] <= 50 for i in codes)
    found["in_top50"] = sum(now[i]["rank"] <= 50 for i in codes)
    if len(codes) >= 3:
        for sub in SUBS:
            values = {i: now[i][sub] for i in codes}
            high, low = max(values.values()), min(values.values())
            if high != low:
                found[f"best:{sub}"] = (sorted(i for i in codes if values[i] == high), high, sorted(i for i in codes if values[i] == low), low)
    if scope == "world":
        found["top"] = [i for i in rows if now[i]["rank"] <= 10]
        found["entered"] = [i for i in found["top"] if before[i]["rank"] > 10]
        found["left"] = [i for i in rows if before[i]["rank"] <= 10 and now[i]["rank"] > 10]
        cut = now[rows[-5]]["rank"]
        found["bottom"] = [i for i in rows if now[i]["rank"] >= cut]
    return found


def engine(facts: list[Any]) -> dict[str, Any]:
    by_id = {f.id: f for f in facts}
    table, podium, movers, levels = by_id["table"], by_id["podium"], by_id["movers"], by_id["levels"]
    found: dict[str, Any] = {
        "rows": [(r.country, r.rank, r.value, r.previous_rank, r.places, r.level) for r in table.rows],
        "leaders": sorted(podium.leaders),
        "podium": list(podium.countries),
        "rose": movers.rose, "fell": movers.fell, "held": movers.held,
        "risers": sorted(movers.risers), "fallers": sorted(movers.fallers),
        "levels": list(levels.counts),
        "average": by_id["scope_average"].average,
        "world_average": by_id["scope_average"].world_average,
        "moves": Counter({(m.before, m.after): len(m.countries) for m in levels.moves}),
        "in_top50": by_id["place"].in_tier if "place" in by_id else None,
    }
    if podium.previous_leaders:
        found["previous_leaders"] = sorted(podium.previous_leaders)
    if by_id["scope_average"].previous_average is not None:
        found["previous_average"] = by_id["scope_average"].previous_average
    if "place" in by_id and by_id["place"].previous_in_tier is not None:
        found["previous_in_top50"] = by_id["place"].previous_in_tier
    for f in facts:
        if f.kind == "best":
            found[f.id] = (sorted(f.best), f.best_value, sorted(f.worst), f.worst_value)
    if "top" in by_id:
        found["top"], found["entered"], found["left"] = list(by_id["top"].countries), list(by_id["top"].entered), list(by_id["top"].left)
        found["bottom"] = list(by_id["bottom"].countries)
    return found


def test_every_roundup_agrees_with_the_raw_rows(tables, series_survey) -> None:
    disagreements = []
    for year in EDITIONS:
        for scope in all_scopes():
            want = expected(tables, scope, year)
            got = engine(roundup_facts(series_survey, scope, year))
            if scope == "world":
                # The world's own top 50 is no news about the world.
                want["in_top50"] = None
                want.pop("previous_in_top50")
            for key in sorted(set(want) | set(got)):
                if want.get(key) != got.get(key):
                    disagreements.append(f"{scope} {year} {key}: raw {want.get(key)!r:.200} != engine {got.get(key)!r:.200}")
    assert not disagreements, f"{len(disagreements)} disagreements:\n" + "\n".join(disagreements[:40])


def _cell(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))  # as the survey and egovnews round


def test_every_english_table_and_lead_agree_with_the_raw_rows(tables, series_survey) -> None:
    """The table's cells (rank, country, change, value, group) and the leader named in the lead,
    recomputed from the raw rows."""
    disagreements = []
    labels = {"very_high": "Very high", "high": "High", "middle": "Middle", "low": "Low"}
    for year in EDITIONS:
        for scope in all_scopes():
            want = expected(tables, scope, year)
            article = write_roundup(series_survey, scope, year, lang="en")
            cells = [
                (str(rank), _cell(value), "=" if moved == 0 else f"+{moved}" if moved > 0 else f"\u2212{-moved}", labels[lv])
                for _, rank, value, _, moved, lv in want["rows"]
            ]
            got = [(r[0], r[3], r[2], r[4]) for r in article.table.rows]
            if cells != got:
                disagreements.append(f"{scope} {year}: table {got[:3]} != raw {cells[:3]}")
            names = [countries().get(i).name for i, *_ in want["rows"]]
            if [d["country"] for d in article.table.data] != [i for i, *_ in want["rows"]]:
                disagreements.append(f"{scope} {year}: table order differs from raw ({names[:3]}…)")
            lead = article.lead.text
            for leader in want["leaders"]:
                name = article.table.rows[[d["country"] for d in article.table.data].index(leader)][1]
                if name not in lead:
                    disagreements.append(f"{scope} {year}: the leader {name} is not in the lead")
    assert not disagreements, f"{len(disagreements)} disagreements:\n" + "\n".join(disagreements[:40])
