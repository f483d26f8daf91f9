"""The digests of every article's output, shared by tests/test_output_digests.py and
tools/freeze_golden.py --outputs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from egovnews import LANGUAGES, write_article

DIGESTS = Path(__file__).parent / "output_digests.json"
EDITIONS = (2020, 2022, 2024)
FORMATS = ("txt", "md", "html", "json")


def digests(survey: Any, data: Path) -> dict[str, str]:
    """``ISO3-edition-lang`` -> the SHA-256 of its outputs in every format, one after another.
    The JSON names the files its data came from: ``data``, the folder they were read from, is
    written as ``<data>`` so that the digests hold wherever a clone keeps them."""
    found = {}
    folder = str(data)
    for edition in EDITIONS:
        for iso3 in sorted(survey.edition(edition).records):
            for lang in LANGUAGES:
                article = write_article(survey, iso3, edition, lang=lang)
                text = "\0".join(article.render(fmt) for fmt in FORMATS).replace(folder, "<data>")
                found[f"{iso3}-{edition}-{lang}"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return found
