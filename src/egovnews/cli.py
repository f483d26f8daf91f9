"""The `egovnews` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__
from .errors import EgovError
from .model import Survey


def _load(args: argparse.Namespace) -> Survey:
    from .sources import load_records, load_un_survey

    if args.records:
        return load_records(args.records)
    return load_un_survey(*args.data)


def _target(args: argparse.Namespace) -> tuple[Survey, Any, int]:
    """The survey, the country asked for and the edition (default: the latest loaded)."""
    from .countries import countries

    survey = _load(args)
    country = countries().resolve(args.country)
    return survey, country, args.edition if args.edition is not None else survey.years[-1]


def _add_sources(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", nargs="+", metavar="FILE", help="UN E-Government Survey CSV files (one or more editions)")
    source.add_argument("--records", metavar="FILE", help="a hand-written records file (YAML or JSON)")


def _cmd_show(args: argparse.Namespace) -> int:
    from .countries import countries
    from .show import format_summary, record_summary

    survey, country, year = _target(args)
    summary = record_summary(survey, country.iso3, year)
    if args.format == "json":
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_summary(summary))
    return 0


def _cmd_facts(args: argparse.Namespace) -> int:
    from .countries import countries
    from .facts import describe, fact_to_dict, facts_for

    survey, country, year = _target(args)
    facts = facts_for(survey, country.iso3, year)
    if args.format == "json":
        payload = {"country": country.iso3, "edition": year, "facts": [fact_to_dict(f) for f in facts]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    width = max(len(f.id) for f in facts) if facts else 2
    sys.stdout.write(f"{country.name} ({country.iso3}), UN E-Government Survey {year}: {len(facts)} facts\n\n")
    sys.stdout.write(f"{'id':<{width}}  salience  claim\n")
    for fact in facts:
        sys.stdout.write(f"{fact.id:<{width}}  {fact.salience:8.2f}  {describe(fact)}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `egovnews` command (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="egovnews",
        description="Write news articles from UN E-Government Survey rankings.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser(
        "show",
        help="print a country's record in an edition",
        description="Print a country's index values and ranks in an edition, its change since the "
        "previous edition loaded, and its groups.",
    )
    show.add_argument("country", help="ISO3 or ISO2 code, or a name the survey uses (KAZ, KZ, Kazakhstan)")
    show.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    _add_sources(show)
    show.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    show.set_defaults(run=_cmd_show)

    facts = commands.add_parser(
        "facts",
        help="print what the data proves about a country in an edition",
        description="Print every fact the data proves about a country in an edition, with its "
        "salience; --format json adds each fact's provenance (the data it rests on).",
    )
    facts.add_argument("country", help="ISO3 or ISO2 code, or a name the survey uses")
    facts.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    _add_sources(facts)
    facts.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    facts.set_defaults(run=_cmd_facts)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 1 on bad input, 2 on usage)."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except EgovError as error:
        print(f"egovnews: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
