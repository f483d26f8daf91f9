"""A country's record in an edition, with its change and groups: the data behind `egovnews show`."""

from __future__ import annotations

from typing import Any

from .countries import countries
from .model import INDICES, CountryRecord, Survey

INDEX_LABELS = {
    "egdi": "E-Government Development Index (EGDI)",
    "osi": "Online Service Index (OSI)",
    "hci": "Human Capital Index (HCI)",
    "tii": "Telecommunication Infrastructure Index (TII)",
    "epi": "E-Participation Index (EPI)",
}


def _group_label(group: str, members: int) -> str:
    kind, _, name = group.partition(":")
    what = {"region": "region, ", "subregion": "sub-region, "}.get(kind, "")
    return f"{name or group} ({what}{members} members)"


def record_summary(survey: Survey, iso3: str, year: int) -> dict[str, Any]:
    """Everything `show` prints, as JSON-ready data; values are exact decimal strings.

    >>> from decimal import Decimal
    >>> from egovnews.model import Edition, IndexScore
    >>> kaz = CountryRecord(iso3="KAZ", edition=2024, egdi=IndexScore(value=Decimal("0.90093"), rank=24))
    >>> survey = Survey.from_editions([Edition(year=2024, records={"KAZ": kaz})])
    >>> record_summary(survey, "KAZ", 2024)["indices"]["egdi"]["rank"]
    24
    """
    record = survey.record(iso3, year)
    previous_year = survey.previous_year(year)
    previous: CountryRecord | None = survey.previous_record(iso3, year)
    edition = survey.edition(year)
    country = countries().get(iso3)
    indices: dict[str, Any] = {}
    for index in INDICES:
        score = record.score(index)
        entry: dict[str, Any] = {
            "value": None if score is None or score.value is None else str(score.value),
            "rank": None if score is None else score.rank,
            "rank_source": None if score is None else score.rank_source,
            "previous": None,
        }
        before = previous.score(index) if previous else None
        if before is not None:
            entry["previous"] = {
                "edition": previous_year,
                "value": None if before.value is None else str(before.value),
                "rank": before.rank,
            }
            if score is not None and score.rank is not None and before.rank is not None:
                entry["places_gained"] = before.rank - score.rank
            if score is not None and score.value is not None and before.value is not None:
                entry["value_change"] = str(score.value - before.value)
        indices[index] = entry
    groups = []
    for group in country.groups(year):
        stated = record.stated_standing(group)
        groups.append(
            {
                "group": group,
                "members": len(survey.group(group, year).members),
                "stated_rank": None if stated is None else stated.rank,
                "stated_size": None if stated is None else stated.size,
            }
        )
    return {
        "country": {"iso3": country.iso3, "iso2": country.iso2, "m49": country.m49, "name": country.name},
        "edition": year,
        "previous_edition": previous_year,
        "table": {"countries": len(edition.records), "complete": edition.complete, "sources": list(edition.sources)},
        "level": record.level,
        "indices": indices,
        "groups": groups,
        "context": record.context,
        "source": str(record.source),
    }


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as an aligned plain-text table for a terminal."""
    country = summary["country"]
    table = summary["table"]
    coverage = "complete table" if table["complete"] else f"partial table: {table['countries']} of 193 countries"
    before = summary["previous_edition"]
    lines = [
        f"{country['name']} ({country['iso3']}), UN E-Government Survey {summary['edition']}",
        f"Data: {', '.join(table['sources'])} ({coverage})",
        "",
        f"{'Index':<46}{'Value':>9}{'Rank':>7}   {'Since ' + str(before) if before else ''}".rstrip(),
    ]
    computed = False
    for index, entry in summary["indices"].items():
        rank = "-" if entry["rank"] is None else str(entry["rank"])
        if entry["rank_source"] == "computed":
            rank += "*"
            computed = True
        change = ""
        if "places_gained" in entry:
            gained = entry["places_gained"]
            was = entry["previous"]["rank"]
            change = f"up {gained} (was {was})" if gained > 0 else f"down {-gained} (was {was})" if gained else "unchanged"
        elif entry["previous"] and entry["previous"]["rank"] is not None:
            change = f"(was {entry['previous']['rank']})"
        lines.append(f"{INDEX_LABELS[index]:<46}{entry['value'] or '-':>9}{rank:>7}   {change}".rstrip())
    lines.append("")
    if computed:
        lines.append("* rank computed from the values of the complete table (the UN files give EGDI ranks only)")
    if summary["level"]:
        lines.append(f"EGDI level: {summary['level'].replace('_', ' ').capitalize()}")
    groups = []
    for g in summary["groups"]:
        label = _group_label(g["group"], g["members"])
        if g["stated_rank"] is not None:
            label += f", ranked {g['stated_rank']} of {g['stated_size'] or g['members']} as stated"
        groups.append(label)
    lines.append(f"Groups in {summary['edition']}: {'; '.join(groups)}")
    if summary["context"]:
        lines.append(f"Context: {summary['context']}")
    return "\n".join(lines) + "\n"
