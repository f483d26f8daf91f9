#!/usr/bin/env python3
"""One country's article in a newsroom's house style and with its own templates.

A newsroom keeps two things next to its scripts:

* its house style, a flat TOML file whose keys are the fields of ``egovnews.Style``
  (here ``examples/house-style.toml``: 24ème rather than 24e, the serial comma in English,
  three decimals, full no-break spaces in French…), loaded with ``Style.from_toml``, which
  names the file and the key of any mistake;
* its own templates, a folder with one sub-folder per language (here
  ``examples/templates/fr/headline.j2`` and ``examples/templates/en/headline.j2``). A file
  there replaces the library's template of the same name; every other part of the article
  keeps the library's wording. Russian has no override here, so it keeps the default
  headline.

The script writes the article about one country (default KAZ) in one edition (default the
latest loaded), in one language (default French), to standard output or, with ``--out``,
to a file written atomically. Without ``--data`` or ``--records`` it reads the bundled
``examples/kazakhstan-2024.yaml``, a few records typed from the press.

Run it from the project folder with the virtualenv's Python:

    .venv/bin/python examples/house_style.py
    .venv/bin/python examples/house_style.py KAZ --lang en --format md
    .venv/bin/python examples/house_style.py RUS --edition 2024 --out rus.txt \\
        --data EGOV_DATA_2020.csv EGOV_DATA_2022.csv EGOV_DATA_2024.csv

The same files work with the command line:
``egovnews write KAZ --style examples/house-style.toml --templates examples/templates …``.

Exit status: 0 on success; 1 on bad input (one line on standard error, nothing written);
2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from egovnews import LANGUAGES, EgovError, Style, countries, load_records, load_un_survey, write_article, write_atomically

HERE = Path(__file__).resolve().parent
DEFAULT_RECORDS = HERE / "kazakhstan-2024.yaml"
DEFAULT_STYLE = HERE / "house-style.toml"
DEFAULT_TEMPLATES = HERE / "templates"
FORMATS = ("txt", "md", "html", "json")


def one_line(error: Exception) -> str:
    """An error's message on one line, for the one line printed to standard error."""
    return " ".join(str(error).splitlines())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(__file__).name,
        description="Write one country's article in a house style (a TOML file) and with the "
        "newsroom's own templates, which replace the library's by file name.",
    )
    parser.add_argument("country", nargs="?", default="KAZ", help="ISO3 or ISO2 code, or a name the survey uses (default: KAZ)")
    parser.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr", help="language (default: fr)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--data", nargs="+", metavar="FILE", help="UN E-Government Survey CSV files (one or more editions)")
    source.add_argument("--records", type=Path, metavar="FILE", help=f"a records file, YAML or JSON (default: {DEFAULT_RECORDS.name})")
    parser.add_argument("--style", type=Path, default=DEFAULT_STYLE, metavar="FILE", help=f"house style, a TOML file (default: {DEFAULT_STYLE.name})")
    parser.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES, metavar="DIR", help="the newsroom's templates (default: the examples/templates folder)")
    parser.add_argument("--format", choices=FORMATS, default="txt", help="output format (default: txt)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        style = Style.from_toml(args.style)  # a DataError names the file and the key
        survey = load_un_survey(*args.data) if args.data else load_records(args.records or DEFAULT_RECORDS)
        iso3 = countries().resolve(args.country).iso3
        year = args.edition if args.edition is not None else survey.years[-1]
        article = write_article(survey, iso3, year, lang=args.lang, style=style, templates=args.templates)
        text = article.render(args.format)
        if args.out is not None:
            write_atomically(args.out, text)
        else:
            sys.stdout.write(text)
    except EgovError as error:
        print(f"{parser.prog}: error: {one_line(error)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{parser.prog}: error: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
