#!/usr/bin/env python3
"""A Central Asia desk's survey day: the roundup of the sub-region and an article per member.

Writes, for each language, ``roundup-subregion-central-asia-YEAR-LANG.EXT`` (who leads, the
moves, the averages, then the ranking table) and ``ISO3-YEAR-LANG.EXT`` for each of the five
members, into a folder, then prints the ranking it wrote about. Another scope works the same
(``--scope CIS``, ``--scope "region:Africa"``): the members are the scope's at the edition.

Every text is rendered in memory first; files are then written atomically, so a failure
writes nothing.

    .venv/bin/python examples/central_asia.py --out drafts/central-asia \\
        --data EGOV_DATA_2022.csv EGOV_DATA_2024.csv
    .venv/bin/python examples/central_asia.py --scope CIS --lang ru --format html \\
        --data EGOV_DATA_2022.csv EGOV_DATA_2024.csv --out drafts/cis

Exit status: 0 when everything is written; 1 on bad input (one line on standard error,
nothing written); 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from egovnews import LANGUAGES, EgovError, Survey, load_un_survey, write_article, write_atomically, write_roundup
from egovnews.roundup_facts import roundup_facts, scope_key, scope_slug

FORMATS = ("txt", "md", "html", "json")


def languages(value: str) -> list[str]:
    """The comma-separated languages of ``--lang``, each once, in the order given."""
    langs = list(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    if not langs or any(lang not in LANGUAGES for lang in langs):
        raise argparse.ArgumentTypeError(f"expected languages among {', '.join(LANGUAGES)}, got {value!r}")
    return langs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(__file__).name,
        description="Write the roundup of a scope (Central Asia by default) and the article of each of its "
        "members, in one or more languages, into a folder.",
    )
    parser.add_argument("--data", nargs="+", required=True, metavar="FILE", help="UN E-Government Survey CSV files (load the previous edition too)")
    parser.add_argument("--scope", default="subregion:Central Asia", help='the scope (default: "subregion:Central Asia")')
    parser.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    parser.add_argument("--lang", type=languages, default="fr,en,ru", metavar="LANGS", help="comma-separated languages (default: fr,en,ru)")
    parser.add_argument("--format", choices=FORMATS, default="md", help="file format (default: md)")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder to write into (created if needed)")
    return parser


def desk(survey: Survey, scope: str, year: int, langs: Sequence[str], fmt: str) -> tuple[dict[str, str], list[tuple[str, int | None]]]:
    """File name -> text for the roundup and the members' articles, and the members with
    their world ranks, best first (as the roundup's table ranks them)."""
    table = roundup_facts(survey, scope, year)[0]
    drafts: dict[str, str] = {}
    for lang in langs:
        drafts[f"roundup-{scope_slug(scope)}-{year}-{lang}.{fmt}"] = write_roundup(survey, scope, year, lang=lang).render(fmt)
        for row in table.rows:
            drafts[f"{row.country}-{year}-{lang}.{fmt}"] = write_article(survey, row.country, year, lang=lang).render(fmt)
    return drafts, [(row.country, row.rank) for row in table.rows]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        scope = scope_key(args.scope)
        survey = load_un_survey(*args.data)
        year = args.edition if args.edition is not None else survey.years[-1]
        if args.out.exists() and not args.out.is_dir():
            raise EgovError(f"{args.out}: not a folder")
        drafts, ranking = desk(survey, scope, year, args.lang, args.format)
        for name, text in drafts.items():
            write_atomically(args.out / name, text)
    except EgovError as error:
        print(f"{parser.prog}: error: {' '.join(str(error).splitlines())}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{parser.prog}: error: cannot write to {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{scope}, {year} edition:")
    for iso3, rank in ranking:
        print(f"  {'-' if rank is None else rank:>4}  {iso3}")
    print(f"{len(drafts)} files written to {args.out} (1 roundup and {len(ranking)} articles x {len(args.lang)} languages; format {args.format})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
