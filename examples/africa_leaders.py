#!/usr/bin/env python3
"""The leaders of Africa in the UN E-Government Survey, in French: one document for the desk.

Finds the best-ranked country of the region "Africa" and of each African sub-region, then
writes, in French, the article about each of these leaders, and puts them in one Markdown
document. The sub-regions are not listed here: they are the groups egovnews's country table
gives African countries ("subregion:…"), the M49 sub-regions as the survey uses them, so
Northern Africa and the four parts of Sub-Saharan Africa (Eastern, Middle, Southern and
Western Africa). The document reads:

    # title, and a list: each group and its leader with its world rank
    ## Afrique et Afrique australe : l'Afrique du Sud     <- one section per leader
    ### the article's headline                           <- its lead, then
    #### the article's subheadings                       <- its sections

A country that leads several groups (the region and its sub-region) gets one article,
under a heading naming every group it leads. A tie for the first place is said as a tie:
each co-leader gets its article, and the heading names the other ones.

A leader is what the library proves, not a guess: the country whose ``GroupStandingFact``
for the group says ``leader`` (the same fact the articles state as "en tête"). The library
proves a standing only when every member of the group is in the data, so a group with a
member missing gets no leader; the script says so on standard error (a "note" line) and goes
on with the others.

The document goes to standard output, or to a file with ``--out`` (written atomically).
A summary (each group, its leader's ISO3 code and EGDI rank) goes to standard error.

Run it from the project folder with the virtualenv's Python, on the UN's CSV files:

    .venv/bin/python examples/africa_leaders.py \\
        --data EGOV_DATA_2020.csv EGOV_DATA_2022.csv EGOV_DATA_2024.csv --out afrique-2024.md

Exit status: 0 on success; 1 on bad input or when no leader can be established (one line
on standard error, nothing written); 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from egovnews import Article, EgovError, Survey, countries, facts_for, load_un_survey, write_article, write_atomically
from egovnews.lang import lang

REGION = "Africa"
FR = lang("fr")  # the French realisation helpers: names with articles, ordinals, typography


def group_name(group: str) -> str:
    """A group's French name: Afrique, Afrique australe…"""
    return FR.name(group, "bare")


def african_groups(year: int) -> list[str]:
    """The region, then its sub-regions in French alphabetical order, by the group names
    egovnews uses ("region:Africa", "subregion:Eastern Africa"…)."""
    subregions = {
        group
        for country in countries()
        if country.region == REGION
        for group in country.groups(year)
        if group.startswith("subregion:")
    }
    return [f"region:{REGION}", *sorted(subregions, key=group_name)]


def leaders(survey: Survey, group: str, year: int) -> list[str]:
    """The members the library proves first in ``group`` (several on a tie), as ISO3 codes."""
    found: list[str] = []
    for iso3 in survey.group(group, year).present:
        standing = next((f for f in facts_for(survey, iso3, year) if f.kind == "group_standing" and f.group == group), None)
        if standing is not None and standing.leader:
            found.append(iso3)
    return found


def egdi_rank(survey: Survey, iso3: str, year: int) -> int | None:
    """A country's world EGDI rank in an edition, None when the data give none."""
    score = survey.record(iso3, year).egdi
    return None if score is None else score.rank


def markdown(survey: Survey, year: int, led: dict[str, list[str]], articles: dict[str, Article]) -> str:
    """The whole document: title, the list of leaders, then one section per leading country."""

    def world(iso3: str) -> str:
        rank = egdi_rank(survey, iso3, year)
        return "" if rank is None else f", {FR.ordinal(rank)} au classement mondial"

    blocks = [
        f"# {FR.typography(f'Administration en ligne : les pays en tête en Afrique ({year})')}",
        FR.typography(
            f"Voici, pour l'Afrique et pour chacune de ses sous-régions, le pays le mieux classé dans "
            f"l'édition {year} {FR.name('survey', 'de')}, suivi de l'article qui lui est consacré."
        ),
        "\n".join(
            "- " + FR.typography(f"{group_name(group)} : {FR.names(found, 'def')}{' (à égalité)' if len(found) > 1 else ''}{world(found[0])}")
            for group, found in led.items()
        ),
    ]
    for iso3, article in articles.items():
        groups = [group for group, leaders_ in led.items() if iso3 in leaders_]
        others = sorted({other for group in groups for other in led[group]} - {iso3})
        heading = f"{FR.join([group_name(g) for g in groups])} : {FR.country(iso3, 'def')}"
        if others:
            heading += f", à égalité avec {FR.names(others, 'def')}"
        blocks.append(f"## {FR.typography(heading)}")
        blocks.append(article.to_markdown(level=3).rstrip("\n"))
    return "\n\n".join(blocks) + "\n"


def one_line(error: Exception) -> str:
    """An error's message on one line, for the one line printed to standard error."""
    return " ".join(str(error).splitlines())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(__file__).name,
        description="Write, in French, the articles about the best-ranked country of Africa and of "
        "each African sub-region, as one Markdown document with a heading per leader.",
    )
    parser.add_argument("--data", nargs="+", required=True, metavar="FILE", help="UN E-Government Survey CSV files (one or more editions)")
    parser.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the document to FILE (default: standard output)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        survey = load_un_survey(*args.data)
        year = args.edition if args.edition is not None else survey.years[-1]
        survey.edition(year)  # an UnknownEditionError names the editions loaded
        led: dict[str, list[str]] = {}
        unproven: list[str] = []
        for group in african_groups(year):
            found = leaders(survey, group, year)
            if found:
                led[group] = found
            else:
                members = survey.group(group, year)
                unproven.append(f"{group} ({len(members.present)} of its {len(members.members)} members in the data)")
        if not led:
            raise EgovError(f"no leader of Africa or of its sub-regions can be established from the {year} data")
        # One article per leading country, best-ranked first.
        order = sorted({iso3 for found in led.values() for iso3 in found}, key=lambda i: (egdi_rank(survey, i, year) or 999, i))
        articles = {iso3: write_article(survey, iso3, year, lang="fr") for iso3 in order}
        document = markdown(survey, year, led, articles)
        if args.out is not None:
            write_atomically(args.out, document)
        else:
            sys.stdout.write(document)
    except EgovError as error:
        print(f"{parser.prog}: error: {one_line(error)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{parser.prog}: error: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    for group, found in led.items():
        ranks = ", ".join(f"{iso3} (EGDI rank {egdi_rank(survey, iso3, year)})" for iso3 in found)
        print(f"{group}: {ranks}", file=sys.stderr)
    for group in unproven:
        print(f"{parser.prog}: note: no leader proven for {group}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
