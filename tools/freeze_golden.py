"""Write the golden articles under tests/golden/ from the UN files in ../shared/data, or with
``--outputs`` the digests of every article's output (tests/output_digests.json).

Run it only after reviewing every changed sentence: the golden files are the reviewed,
frozen text that tests/test_articles.py compares against (`git diff tests/golden` shows
what a template change did); the digests are what tests/test_output_digests.py holds every
article of 2020, 2022 and 2024 to, byte for byte, in txt, md, html and json.

    python tools/freeze_golden.py [--outputs] [SHARED_DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import SHARED_DATA  # noqa: E402
from golden_cases import CASES, ROUNDUP_CASES, UN_FILES, golden_path, roundup_golden_path  # noqa: E402
from output_digests import DIGESTS, digests  # noqa: E402

from egovnews import Style, load_un_survey, write_article, write_roundup  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--outputs"]
    shared = Path(args[0]) if args else SHARED_DATA
    survey = load_un_survey(*(shared / name for name in UN_FILES.values()))
    if "--outputs" in sys.argv[1:]:
        found = digests(survey, shared)
        DIGESTS.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{DIGESTS.relative_to(ROOT)}: {len(found)} articles")
        return
    for case in CASES:
        style = Style(**case.style) if case.style else None
        article = write_article(survey, case.country, case.edition, lang=case.lang, style=style)
        path = golden_path(case)
        path.write_text(article.text, encoding="utf-8")
        print(path.relative_to(ROOT))
    for roundup in ROUNDUP_CASES:
        path = roundup_golden_path(roundup)
        path.parent.mkdir(exist_ok=True)
        path.write_text(write_roundup(survey, roundup.scope, roundup.edition, lang=roundup.lang).to_markdown(), encoding="utf-8")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
