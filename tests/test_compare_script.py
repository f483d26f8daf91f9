"""benchmarks/compare.py's warm rendering: both revisions' passes alternate in processes that
stay loaded, and a child that fails is named rather than read as a time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _compare_module():
    spec = importlib.util.spec_from_file_location("egovnews_compare", ROOT / "benchmarks" / "compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_passes_alternate_and_give_a_median_per_revision(un_paths, tmp_path, monkeypatch):
    monkeypatch.setenv("EGOVNEWS_CACHE_DIR", str(tmp_path / "cache"))
    compare = _compare_module()
    python = Path(sys.executable)
    times = compare.warm_side_by_side({"old": python, "new": python}, un_paths, 2024, passes=2)
    assert set(times) == {"old", "new"}
    # One warm article takes some time and less than a second on any machine that runs the suite.
    assert all(0 < ms < 1000 for ms in times.values()), times


def test_a_failing_child_is_named(tmp_path):
    compare = _compare_module()
    missing = tmp_path / "no-such-file.csv"
    with pytest.raises(SystemExit, match=r"(?s)warm rendering of new failed: .*no-such-file\.csv"):
        compare.warm_side_by_side({"new": Path(sys.executable)}, [missing], 2024, passes=1)
