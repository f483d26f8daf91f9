"""The wheel: a non-editable install must carry the templates and data, and work from there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (found,) = out.glob("egovnews-*.whl")
    return found


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "egovnews/__init__.py",
        "egovnews/py.typed",
        "egovnews/data/countries.tsv",
        "egovnews/templates/README.md",
    ):
        assert required in names
    for lang in ("fr", "en", "ru"):
        assert any(n.startswith(f"egovnews/templates/{lang}/") for n in names), lang
    assert any(n.endswith("entry_points.txt") for n in names)
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


def test_installed_wheel_works_on_its_own(wheel, tmp_path, un_paths):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import egovnews, sys\n"
        "from egovnews.resources import templates_dir\n"
        f"assert egovnews.__file__.startswith({str(site)!r}), egovnews.__file__\n"
        f"assert str(templates_dir()).startswith({str(site)!r})\n"
        "s = egovnews.load_un_survey(*sys.argv[1:])\n"
        "assert [len(s.edition(y).records) for y in s.years] == [193, 193, 193]\n"
        "k = s.record('KAZ', 2024)\n"
        "print(k.egdi.rank, k.egdi.value, k.osi.rank, k.tii.rank, s.record('NAM', 2024).iso3)\n"
    )
    # The extracted wheel comes first on the path, ahead of the editable checkout.
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, un_paths)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["24", "0.90093", "10", "41", "NAM"]
