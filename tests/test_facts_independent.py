"""Issue 5: an independent check of the facts engine against the UN CSV files.

Everything expected here is derived with plain Python (csv + Decimal) from the raw rows;
only the reviewed country table (ISO3, groups) comes from egovnews. Every disagreement is
collected so one run shows them all.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from egovnews.countries import countries
from egovnews.facts import facts_for

FILES = {
    2020: "raw/EGOV_DATA_2020.csv",
    2022: "raw/EGOV_DATA_2022.csv",
    2024: "raw/EGOV_DATA_2024_MaryliaCruzS.csv",
}
# Column positions are the same in every layout: year, name, rank, EGDI, EPI, OSI, HCI, TII.
COLUMNS = {"rank": 2, "egdi": 3, "epi": 4, "osi": 5, "hci": 6, "tii": 7}
SUBS = ("osi", "hci", "tii", "epi")
TIER_BOUNDS = (("top10", 10), ("top20", 20), ("top_quartile", 48))
LEVEL_ORDER = ("very_high", "high", "middle", "low")

Row = dict[str, Any]


def read_rows(path: Path) -> dict[str, Row]:
    """ISO3 -> {rank: int, egdi/osi/...: Decimal} straight from one CSV file."""
    rows: dict[str, Row] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for cells in reader:
            if not cells or not cells[1].strip():
                continue
            country = countries().by_name(cells[1])
            assert country is not None, f"{path.name}: unknown name {cells[1]!r}"
            row: Row = {"rank": int(cells[COLUMNS["rank"]])}
            for index in ("egdi", *SUBS):
                row[index] = Decimal(cells[COLUMNS[index]].strip())
            rows[country.iso3] = row
    return rows


def competition(values: dict[str, Decimal]) -> dict[str, int]:
    """Highest first; equal values share the best rank (1 + number strictly better)."""
    return {i: 1 + sum(other > v for other in values.values()) for i, v in values.items()}


def level(value: Decimal) -> str:
    if value > Decimal("0.75"):
        return "very_high"
    if value >= Decimal("0.50"):
        return "high"
    if value >= Decimal("0.25"):
        return "middle"
    return "low"


def tier(rank: int) -> str | None:
    return next((name for name, bound in TIER_BOUNDS if rank <= bound), None)


def group_members(group: str, year: int) -> list[str]:
    return [c.iso3 for c in countries() if c.in_group(group, year)]


@pytest.fixture(scope="module")
def tables(shared_data: Path) -> dict[int, dict[str, Row]]:
    return {year: read_rows(shared_data / name) for year, name in FILES.items()}


def test_tables_hold_all_members(tables: dict[int, dict[str, Row]]) -> None:
    for year, rows in tables.items():
        assert set(rows) == set(countries().iso3_codes), year


def expected_facts(tables: dict[int, dict[str, Row]], iso3: str, year: int) -> dict[str, Any]:
    """The facts the raw rows prove, keyed like the engine's fact ids."""
    rows, before = tables[year], tables[year - 2]
    me = rows[iso3]
    out: dict[str, Any] = {}
    out["standing"] = (me["rank"], tuple(sorted(i for i, r in rows.items() if r["rank"] == me["rank"] and i != iso3)))
    out["change"] = (before[iso3]["rank"], me["rank"], before[iso3]["rank"] - me["rank"])
    for group in countries().get(iso3).groups(year):
        members = group_members(group, year)
        rank = 1 + sum(rows[m]["rank"] < me["rank"] for m in members)
        leaders = sorted(m for m in members if 1 + sum(rows[o]["rank"] < rows[m]["rank"] for o in members) == 1)
        out[f"group:{group}"] = (rank, len(members), rank == 1, tuple(leaders))
    for index in SUBS:
        ranks = competition({i: r[index] for i, r in rows.items()})
        out[f"sub_index:{index}"] = (ranks[iso3], tier(ranks[iso3]))
    now, was = level(me["egdi"]), level(before[iso3]["egdi"])
    move = None if now == was else ("up" if LEVEL_ORDER.index(now) < LEVEL_ORDER.index(was) else "down")
    same = None
    if move:
        same = sum(1 for i in rows if i != iso3 and (level(before[i]["egdi"]), level(rows[i]["egdi"])) == (was, now))
    floors = {"very_high": Decimal("0.75"), "high": Decimal("0.50"), "middle": Decimal("0.25")}
    up_next = None if now == "very_high" else LEVEL_ORDER[LEVEL_ORDER.index(now) - 1]
    out["level"] = (now, was, move, same, None if up_next is None else floors[up_next] - me["egdi"])
    # The move's world tiers (top 10, 20, 50), and the values behind the EGDI change.
    b, n = before[iso3]["rank"], me["rank"]
    out["change"] = (*out["change"], next((t for t in (10, 20, 50) if n <= t < b), None), next((t for t in (10, 20, 50) if b <= t < n), None))
    for index in SUBS:
        out[f"sub_index:{index}"] = (*out[f"sub_index:{index}"], before[iso3][index])
    # The group rank at the previous edition, with the membership of that edition.
    for group in countries().get(iso3).groups(year):
        was_members = group_members(group, year - 2)
        was_rank = 1 + sum(before[m]["rank"] < b for m in was_members) if iso3 in was_members else None
        out[f"group:{group}"] = (*out[f"group:{group}"], was_rank, len(was_members) if was_rank else None)
    # The largest rise or fall of the world, the region and each named group, when it is this country's.
    moves = {i: before[i]["rank"] - r["rank"] for i, r in rows.items()}
    mine = moves[iso3]
    scopes = ["world", f"region:{countries().get(iso3).region}", *(g for g in countries().get(iso3).groups(year) if ":" not in g)]
    for scope in scopes:
        members = list(rows) if scope == "world" else group_members(scope, year)
        extreme = max(moves[m] for m in members) if mine > 0 else min(moves[m] for m in members)
        if mine != 0 and mine == extreme and len(members) >= 2:
            out[f"mover:{scope}"] = (mine, tuple(sorted(m for m in members if moves[m] == mine and m != iso3)))
    # The four nearest countries of the sub-region on the EGDI, in rank order.
    area = f"subregion:{countries().get(iso3).survey_subregion}"
    others = [m for m in group_members(area, year) if m != iso3]
    if others:
        nearest = sorted(others, key=lambda m: (abs(rows[m]["rank"] - n), rows[m]["rank"], m))[:4]
        out["neighbours"] = tuple((m, rows[m]["rank"]) for m in sorted(nearest, key=lambda m: (rows[m]["rank"], m)))
    # The UN files publish no sub-index rank: every one is computed.
    out["source"] = tuple(SUBS)
    world = [r["egdi"] for r in rows.values()]
    out["average:world"] = sum(world, Decimal(0)) / len(world)
    region = f"region:{countries().get(iso3).region}"
    values = [rows[m]["egdi"] for m in group_members(region, year)]
    out[f"average:{region}"] = sum(values, Decimal(0)) / len(values)
    return out


def engine_facts(facts: list[Any]) -> dict[str, Any]:
    """The same keys read from the engine's facts."""
    out: dict[str, Any] = {}
    for f in facts:
        if f.kind == "standing":
            out["standing"] = (f.rank, tuple(sorted(f.tied_with)))
        elif f.kind == "change":
            out["change"] = (f.previous_rank, f.rank, f.places, f.entered, f.left)
        elif f.kind == "group_standing":
            # The group's leaders are filled in by the caller from every member's facts.
            out[f.id] = (f.rank, f.size, f.leader, None, f.previous_rank, f.previous_size)
        elif f.kind == "mover":
            out[f.id] = (f.places, tuple(sorted(f.tied_with)))
        elif f.kind == "neighbours":
            out["neighbours"] = tuple(zip(f.countries, f.ranks))
        elif f.kind == "source":
            out["source"] = f.computed_ranks
        elif f.kind == "sub_index":
            out[f.id] = (f.rank, f.tier, f.previous_value)
        elif f.kind == "level":
            out["level"] = (f.level, f.previous_level, f.transition, f.same_move_count, f.to_next)
        elif f.kind == "average":
            out[f.id] = f.average
    return out


def test_facts_agree_with_raw_rows(tables: dict[int, dict[str, Row]], un_survey: Any) -> None:
    problems: list[str] = []
    for year in (2022, 2024):
        facts = {iso3: facts_for(un_survey, iso3, year) for iso3 in countries().iso3_codes}
        # Group leaders as the engine says: every member whose group fact has leader=True.
        engine_leaders: dict[str, set[str]] = {}
        for iso3, found in facts.items():
            for f in found:
                if f.kind == "group_standing" and f.leader:
                    engine_leaders.setdefault(f.group, set()).add(iso3)
        for iso3 in countries().iso3_codes:
            want = expected_facts(tables, iso3, year)
            got = engine_facts(facts[iso3])
            for key, expected in want.items():
                actual = got.get(key)
                if key.startswith("group:"):
                    group = key.removeprefix("group:")
                    if actual is not None:
                        actual = (*actual[:3], tuple(sorted(engine_leaders.get(group, ()))), *actual[4:])
                if actual != expected:
                    problems.append(f"{year} {iso3} {key}: expected {expected}, got {actual}")
            extra = sorted(set(got) - set(want))
            if extra:
                problems.append(f"{year} {iso3}: unexpected facts {extra}")
    assert not problems, f"{len(problems)} disagreements:\n" + "\n".join(problems[:200])
