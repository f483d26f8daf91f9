"""Rewrite templates/README.md, the template author's reference, from the code it documents.

    python tools/template_reference.py

tests/test_template_doc.py fails when the file and the code disagree.
"""

from __future__ import annotations

from pathlib import Path

from egovnews.template_doc import template_reference

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    path = ROOT / "templates" / "README.md"
    path.write_text(template_reference(), encoding="utf-8")
    print(path.relative_to(ROOT))
