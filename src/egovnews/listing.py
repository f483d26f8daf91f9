"""What `egovnews list` prints: the countries (codes, names in each language, rank), the
editions loaded, and the groups with their member counts at each edition.

>>> rows = country_rows(None, None)
>>> len(rows), rows[0]["iso3"], rows[0]["names"]["fr"]
(193, 'AFG', 'Afghanistan')
"""

from __future__ import annotations

from typing import Any

from .countries import countries
from .lang import LANGUAGES
from .lang import lang as toolkit_for
from .model import Survey
from .roundup_facts import all_scopes, scope_members

#: The edition whose group membership `list groups` counts when no data is loaded.
DEFAULT_EDITION = 2024


def country_rows(survey: Survey | None, year: int | None) -> list[dict[str, Any]]:
    """Every UN member state: ISO3 and ISO2 codes, its name in each language, and its EGDI
    rank in ``year`` when the survey holds one."""
    toolkits = {code: toolkit_for(code) for code in LANGUAGES}
    rows = []
    for country in countries():
        record = survey.find_record(country.iso3, year) if survey is not None and year is not None else None
        rank = record.egdi.rank if record is not None and record.egdi is not None else None
        rows.append(
            {
                "iso3": country.iso3,
                "iso2": country.iso2,
                "names": {code: t.country(country.iso3, t.bare_form) for code, t in toolkits.items()},
                "rank": rank,
            }
        )
    return rows


def edition_rows(survey: Survey) -> list[dict[str, Any]]:
    """Each edition loaded: its year, how many countries it holds, whether the table is
    complete, and the files it came from."""
    return [
        {"edition": e.year, "countries": len(e.records), "complete": e.complete, "sources": list(dict.fromkeys(e.sources))}
        for e in survey
    ]


def group_rows(survey: Survey | None, years: list[int]) -> list[dict[str, Any]]:
    """Every group a roundup can be about (the regions, sub-regions, LLDC, SIDS, LDC, CIS) with
    its member count at each of ``years`` and, with data, how many members the data hold."""
    rows = []
    for scope in all_scopes():
        if scope == "world":
            continue
        counts = {}
        for year in years:
            if survey is not None and year in survey.years:
                group = scope_members(survey, scope, year)
                counts[str(year)] = {"members": len(group.members), "in_data": len(group.present)}
            else:
                counts[str(year)] = {"members": sum(1 for c in countries() if c.in_group(scope, year)), "in_data": None}
        rows.append({"group": scope, "editions": counts})
    return rows


def format_rows(kind: str, rows: list[dict[str, Any]]) -> str:
    """The rows of `list` as aligned plain text, one line each."""
    if kind == "countries":
        lines = [
            f"{r['iso3']}  {r['iso2']}  {'-' if r['rank'] is None else r['rank']:>4}  "
            + "  |  ".join(r["names"][code] for code in LANGUAGES)
            for r in rows
        ]
        return "\n".join(lines) + "\n"
    if kind == "editions":
        return "".join(
            f"{r['edition']}  {r['countries']:>3} countries  {'complete' if r['complete'] else 'partial'}  {', '.join(r['sources'])}\n" for r in rows
        )
    width = max(len(r["group"]) for r in rows)
    out = []
    for r in rows:
        counts = "  ".join(
            f"{year}: {c['members']}" + ("" if c["in_data"] is None or c["in_data"] == c["members"] else f" ({c['in_data']} in the data)")
            for year, c in r["editions"].items()
        )
        out.append(f"{r['group']:<{width}}  {counts}")
    return "\n".join(out) + "\n"
