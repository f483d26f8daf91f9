"""Every article of 2020, 2022 and 2024, in every language and in txt, md, html and json, is
byte for byte what tests/output_digests.json froze (tools/freeze_golden.py --outputs): work meant to
change no word (rendering speed, file writing) proves here that it changed none."""

from __future__ import annotations

import json

from output_digests import DIGESTS, digests


def test_every_article_is_byte_identical_to_the_frozen_output(un_survey, shared_data) -> None:
    frozen = json.loads(DIGESTS.read_text(encoding="utf-8"))
    today = digests(un_survey, shared_data)
    assert set(today) == set(frozen) and len(today) == 193 * 3 * 3
    changed = sorted(key for key in today if today[key] != frozen[key])
    assert not changed, f"{len(changed)} articles changed (e.g. {', '.join(changed[:5])}): review, then tools/freeze_golden.py --outputs"
