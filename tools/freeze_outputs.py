"""Write tests/output_digests.json: a SHA-256 of every article of 2020, 2022 and 2024 in each
language and format (txt, md, html, json), from the UN files in ../shared/data.

tests/test_output_digests.py compares today's output with these digests, so that work that must
not change a word (a faster renderer, a leaner file writer) proves it changed none. Run this
only after a change meant to alter the text, once its diffs are reviewed.

    python tools/freeze_outputs.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from output_digests import DIGESTS, digests  # noqa: E402

from egovnews import load_un_survey  # noqa: E402
from conftest import UN_FILES  # noqa: E402


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    survey = load_un_survey(*(shared / name for name in UN_FILES.values()))
    found = digests(survey)
    DIGESTS.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{DIGESTS.relative_to(ROOT)}: {len(found)} articles")


if __name__ == "__main__":
    main()
