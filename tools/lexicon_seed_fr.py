"""Seed rows of the French country lexicon from CLDR (via Babel), or compare the shipped rows with it.

The shipped file ``src/egovnews/lexicon/fr/countries.tsv`` is reviewed by hand; this script only
proposes a first draft (gender from the final -e, « en » before feminine or vowel-initial names,
« à » otherwise) and, with ``--diff``, lists where the reviewed common names depart from CLDR, so
that a maintainer notices when a new CLDR release renames a country.

    python tools/lexicon_seed_fr.py > /tmp/seed.tsv
    python tools/lexicon_seed_fr.py --diff
"""

from __future__ import annotations

import argparse
import sys

from babel import Locale

from egovnews.countries import countries
from egovnews.lexicon.fr import _load, elides


def seed_row(iso3: str, name: str) -> str:
    """A draft row for one state: the heuristics a reviewer then corrects.

    >>> seed_row("FRA", "France")
    'FRA\\t*\\tFrance\\tf\\tsg\\tdef\\t\\ten\\t'
    """
    name = name.replace("\u2019", "'")
    gender = "f" if name.split()[0].endswith("e") else "m"
    loc = "en" if gender == "f" or elides(name) else "à"
    return "\t".join((iso3, "*", name, gender, "sg", "def", "", loc, ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diff", action="store_true", help="list shipped common names that differ from CLDR")
    args = parser.parse_args(argv)
    cldr = Locale("fr").territories
    shipped = _load().entries
    for country in countries():
        name = cldr[country.iso2].replace("\u2019", "'")
        if not args.diff:
            print(seed_row(country.iso3, name))
        elif shipped[(country.iso3, "common")].name != name:
            print(f"{country.iso3}\tCLDR: {name}\tshipped: {shipped[(country.iso3, 'common')].name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
