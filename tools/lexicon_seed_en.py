"""Seed rows of the English country lexicon from CLDR (via Babel), or compare the shipped rows with it.

The shipped file ``src/egovnews/lexicon/en/countries.tsv`` is reviewed by hand; this script only
proposes a first draft (CLDR's name with "&" and "St." written out, "the" before names that look
plural or contain Republic/Kingdom/Union/States, a bare apostrophe after a final -s that looks
plural) and, with ``--diff``, lists where the reviewed common names depart from CLDR, so that a
maintainer notices when a new CLDR release renames a country.

    python tools/lexicon_seed_en.py > /tmp/seed.tsv
    python tools/lexicon_seed_en.py --diff
"""

from __future__ import annotations

import argparse
import re
import sys

from babel import Locale

from egovnews.countries import countries
from egovnews.lexicon.en import _load

# Heads that make a name a common noun phrase, which takes "the" (the Czech Republic).
_THE_WORDS = ("Republic", "Kingdom", "Union", "States", "Emirates", "Islands", "Federation")
# Singular names in -s: the possessive is 's, not a bare apostrophe.
_SINGULAR_S = ("Belarus", "Barbados", "Cyprus", "Honduras", "Laos", "Mauritius", "Nevis")


def seed_row(iso3: str, name: str) -> str:
    """A draft row for one state: the heuristics a reviewer then corrects.

    >>> seed_row("USA", "United States")
    "USA\\t*\\tUnited States\\tthe\\tsg\\t'\\t"
    >>> seed_row("KNA", "St. Kitts & Nevis")
    "KNA\\t*\\tSaint Kitts and Nevis\\tnone\\tsg\\t's\\t"
    """
    name = name.replace("\u2019", "'").replace(" & ", " and ")
    name = re.sub(r"\bSt\. ", "Saint ", name)
    words = name.split()
    article = "the" if any(w in _THE_WORDS for w in words) or name.endswith("lands") else "none"
    poss = "'" if words[-1].endswith("s") and words[-1] not in _SINGULAR_S else "'s"
    return "\t".join((iso3, "*", name, article, "sg", poss, ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--diff", action="store_true", help="list shipped common names that differ from CLDR")
    args = parser.parse_args(argv)
    cldr = Locale("en").territories
    shipped = _load().entries
    for country in countries():
        name = cldr.get(country.iso2, country.name)
        if args.diff:
            reviewed = shipped[(country.iso3, "common")].name
            if reviewed != name.replace("\u2019", "'"):
                print(f"{country.iso3}\tCLDR {name!r}\treviewed {reviewed!r}")
        else:
            print(seed_row(country.iso3, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
