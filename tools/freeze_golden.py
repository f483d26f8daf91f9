"""Write the golden articles under tests/golden/ from the UN files in ../shared/data.

Run it only after reviewing every changed sentence: the golden files are the reviewed,
frozen text that tests/test_articles.py compares against (`git diff tests/golden` shows
what a template change did).

    python tools/freeze_golden.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden_cases import CASES, ROUNDUP_CASES, UN_FILES, golden_path, roundup_golden_path  # noqa: E402

from egovnews import Style, load_un_survey, write_article, write_roundup  # noqa: E402


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    survey = load_un_survey(*(shared / name for name in UN_FILES.values()))
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
