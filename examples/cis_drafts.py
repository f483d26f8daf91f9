#!/usr/bin/env python3
"""Drafts for every CIS member in an edition of the UN E-Government Survey.

Writes one article per member of the Commonwealth of Independent States and per language
into a folder, named as ``egovnews batch`` names them (``KAZ-2024-fr.md``…), then prints
which countries it wrote and how many files.

The membership is not a list in this script: it is the library's group "CIS" as it stood
when the edition came out (``Survey.group("CIS", year)``), so a state that left before
the survey was published is not drafted, and an associate state is not a member. A member
the data has no record for is listed as skipped.

Nothing is half-written: every article is rendered in memory first, and each file is then
written atomically (a temporary file renamed into place). If any article fails, no file is
written at all.

Run it from the project folder with the virtualenv's Python, on the UN's CSV files:

    .venv/bin/python examples/cis_drafts.py --out drafts/cis \\
        --data EGOV_DATA_2020.csv EGOV_DATA_2022.csv EGOV_DATA_2024.csv
    .venv/bin/python examples/cis_drafts.py --edition 2022 --lang ru --format html \\
        --data EGOV_DATA_2020.csv EGOV_DATA_2022.csv --out drafts/cis-2022

Load every edition you have: the change since the previous edition needs it, and the
history section needs three. Exit status: 0 when every draft is written; 1 on bad input
(one line on standard error, nothing written); 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from egovnews import LANGUAGES, EgovError, Survey, countries, load_un_survey, write_article, write_atomically

GROUP = "CIS"
FORMATS = ("txt", "md", "html", "json")


def languages(value: str) -> list[str]:
    """The comma-separated languages of ``--lang``, each once, in the order given."""
    langs = list(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if not langs or unknown:
        raise argparse.ArgumentTypeError(f"expected languages among {', '.join(LANGUAGES)}, got {value!r}")
    return langs


def one_line(error: Exception) -> str:
    """An error's message on one line, for the one line printed to standard error."""
    return " ".join(str(error).splitlines())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(__file__).name,
        description="Write drafts for every CIS member present in an edition of the UN "
        "E-Government Survey: one file per country and language, in a folder.",
    )
    parser.add_argument("--data", nargs="+", required=True, metavar="FILE", help="UN E-Government Survey CSV files (one or more editions)")
    parser.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    parser.add_argument("--lang", type=languages, default="fr,en,ru", metavar="LANGS", help="comma-separated languages (default: fr,en,ru)")
    parser.add_argument("--format", choices=FORMATS, default="md", help="file format (default: md)")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder to write into (created if needed)")
    return parser


def cis_drafts(survey: Survey, year: int, langs: Sequence[str], fmt: str) -> tuple[dict[str, str], list[str], list[str]]:
    """The drafts of the CIS members present in ``year``: file name -> text, the members
    drafted and the members the edition has no record for (both as ISO3 codes)."""
    members = survey.group(GROUP, year)  # an UnknownEditionError names the editions loaded
    if not members.present:
        raise EgovError(f"no {GROUP} member has a record in the {year} edition")
    drafts: dict[str, str] = {}
    for iso3 in members.present:
        for lang in langs:
            article = write_article(survey, iso3, year, lang=lang)
            drafts[f"{iso3}-{year}-{lang}.{fmt}"] = article.render(fmt)
    missing = [iso3 for iso3 in members.members if iso3 not in members.present]
    return drafts, list(members.present), missing


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        survey = load_un_survey(*args.data)
        year = args.edition if args.edition is not None else survey.years[-1]
        if args.out.exists() and not args.out.is_dir():
            raise EgovError(f"{args.out}: not a folder")
        drafts, drafted, missing = cis_drafts(survey, year, args.lang, args.format)
        for name, text in drafts.items():
            write_atomically(args.out / name, text)
    except EgovError as error:
        print(f"{parser.prog}: error: {one_line(error)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{parser.prog}: error: cannot write to {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1

    table = countries()
    print(f"CIS members in the {year} edition: {len(drafted)} drafted")
    for iso3 in drafted:
        print(f"  {iso3}  {table.get(iso3).name}")
    if missing:
        print("Skipped, no record in this edition: " + ", ".join(f"{i} ({table.get(i).name})" for i in missing))
    print(
        f"{len(drafts)} files written to {args.out} "
        f"({len(drafted)} countries x {len(args.lang)} languages: {', '.join(args.lang)}; format {args.format})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
