"""The `egovnews` command: `show`, help, and one clear message on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from egovnews.cli import main
from synthetic import row, write


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "egovnews.cli", *args], capture_output=True, text=True, timeout=60)


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0 and "show" in result.stdout
    result = run("show", "--help")
    assert result.returncode == 0 and "--records" in result.stdout and "--data" in result.stdout


def test_show_from_the_example(example_records, capsys):
    assert main(["show", "KAZ", "--edition", "2024", "--records", str(example_records)]) == 0
    out = capsys.readouterr().out
    assert "Kazakhstan (KAZ), UN E-Government Survey 2024" in out
    assert "0.90093" in out and "up 4 (was 28)" in out and "up 23 (was 64)" in out
    assert "LLDC (32 members), ranked 1 of 32 as stated" in out
    assert "partial table" in out


def test_show_json_from_the_un_files(un_paths, capsys):
    assert main(["show", "kz", "--data", *map(str, un_paths), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["edition"] == 2024 and data["previous_edition"] == 2022
    assert data["indices"]["egdi"] == {
        "value": "0.90093", "rank": 24, "rank_source": "official",
        "previous": {"edition": 2022, "value": "0.86280", "rank": 28},
        "places_gained": 4, "value_change": "0.03813",
    }
    assert data["indices"]["tii"]["places_gained"] == 23 and data["indices"]["osi"]["rank_source"] == "computed"
    assert [g["group"] for g in data["groups"]] == ["region:Asia", "subregion:Central Asia", "LLDC", "CIS"]
    assert data["table"]["complete"] is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "XYZ"], "egovnews: error: unknown country 'XYZ'"),
        (["show", "KAZ", "--edition", "2018"], "egovnews: error: no data for the 2018 edition (editions loaded: 2022, 2024)"),
        (["show", "DEU", "--edition", "2022"], "egovnews: error: Germany (DEU) has no record in the 2022 edition"),
    ],
)
def test_lookup_errors_exit_non_zero_with_one_line(example_records, args, message):
    result = run(*args, "--records", str(example_records))
    assert result.returncode == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_file_exits_non_zero_with_its_location(tmp_path):
    path = write(tmp_path / "bad.csv", [row("Kazakhstan", egdi="high")])
    result = run("show", "KAZ", "--data", str(path))
    assert result.returncode == 1
    assert result.stderr == f"egovnews: error: {path}:2: field 'E-Government Index': not a number: 'high'\n"


def test_usage_errors_exit_2():
    result = run("show", "KAZ")
    assert result.returncode == 2 and "one of the arguments --data --records is required" in result.stderr
