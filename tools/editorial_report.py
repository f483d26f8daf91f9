"""Count what a desk editor would count over whole editions: misleading sentences by class,
lead and headline structures, how often each article names its country.

    python tools/editorial_report.py [SHARED_DATA_DIR] [--editions 2020,2022,2024]

It reads every edition file it finds (2014 to 2024), as a newsroom with the whole series
would, and writes the articles of the editions asked for in fr, en and ru. The checks are
the corpus gate's (tests/editorial.py); this prints their counts instead of failing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import editorial  # noqa: E402

from egovnews import load_un_survey, write_article  # noqa: E402

FILES = ("EGOV_DATA_2014.csv", "EGOV_DATA_2016.csv", "EGOV_DATA_2018.csv", "EGOV_DATA_2020.csv", "EGOV_DATA_2022.csv", "EGOV_DATA_2024_MaryliaCruzS.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--editions", default="2020,2022,2024")
    parser.add_argument("--langs", default="fr,en,ru")
    args = parser.parse_args()
    raw = Path(args.shared) / "raw"
    survey = load_un_survey(*(raw / f for f in FILES if (raw / f).is_file()))
    editions = [int(y) for y in args.editions.split(",")]
    for lang in args.langs.split(","):
        classes: Counter[str] = Counter()
        articles_with: Counter[str] = Counter()
        for year in editions:
            articles = [write_article(survey, iso3, year, lang=lang) for iso3 in sorted(survey.edition(year).records)]
            for article in articles:
                found = editorial.check_misleading(article, lang) + editorial.check_consecutive_subjects(article, lang)
                for check in {f.check for f in found}:
                    articles_with[check] += 1
                classes.update(f.check for f in found)
            for f in editorial.check_bottom(articles, lang):
                classes[f.check] += 1
                articles_with[f.check] += 1
            if year == max(editions):
                heads = Counter(editorial.structure(a.headline, lang) for a in articles)
                leads = Counter(editorial.structure(a.lead.sentences[0].text, lang) for a in articles)
                names = [editorial.name_count(a, lang) for a in articles]
                words = [len(a.text.split()) for a in articles]
                print(f"\n== {lang} {year}: {len(heads)} headline structures (largest {heads.most_common(1)[0][1]}/{len(articles)}), "
                      f"{len(leads)} lead structures (largest {leads.most_common(1)[0][1]}/{len(articles)}), "
                      f"name median {statistics.median(names)} (max {max(names)}), words median {statistics.median(words)}")
        print(f"-- {lang} {args.editions}: findings by class (findings / articles)")
        for check in sorted(classes):
            print(f"   {classes[check]:5d} / {articles_with[check]:4d}  {check}")


if __name__ == "__main__":
    main()
