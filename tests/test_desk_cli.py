"""Issue 16, the command line that helps an editor find things: `list`, `templates`."""

from __future__ import annotations

import json
from pathlib import Path

from egovnews.cli import main


def test_list_countries_prints_the_193_with_names_in_three_languages_and_ranks(un_paths, capsys) -> None:
    assert main(["list", "countries", "--data", *map(str, un_paths)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 193
    assert "KAZ  KZ    24  Kazakhstan  |  Kazakhstan  |  Казахстан" in lines
    assert any(line.startswith("DNK  DK     1  Danemark") for line in lines)


def test_list_countries_of_an_edition_as_json(un_paths, capsys) -> None:
    assert main(["list", "countries", "--edition", "2022", "--format", "json", "--data", *map(str, un_paths)]) == 0
    rows = {r["iso3"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["KAZ"]["rank"] == 28 and rows["USA"]["names"] == {"fr": "États-Unis", "en": "United States", "ru": "США"}


def test_list_countries_without_data_gives_no_rank(capsys) -> None:
    assert main(["list", "countries"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 193 and lines[0].startswith("AFG  AF     -  Afghanistan")


def test_list_editions_names_each_edition_loaded(un_paths, example_records, capsys) -> None:
    assert main(["list", "editions", "--data", *map(str, un_paths)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["2020", "2022", "2024"] and all("193 countries  complete" in line for line in lines)
    assert main(["list", "editions", "--records", str(example_records)]) == 0
    assert "2024   11 countries  partial" in capsys.readouterr().out


def test_list_editions_without_data_is_one_clear_error(capsys) -> None:
    assert main(["list", "editions"]) == 1
    assert capsys.readouterr().err == "egovnews: error: list editions needs data: --data FILE… or --records FILE\n"


def test_list_groups_counts_members_at_each_edition(un_paths, capsys) -> None:
    assert main(["list", "groups", "--data", *map(str, un_paths)]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    for group in ("LLDC", "SIDS", "LDC", "CIS", "region:Africa", "region:Europe"):
        assert group in lines
    assert lines["LDC"].split()[1:] == ["2020:", "47", "2022:", "46", "2024:", "45"]  # Vanuatu left in December 2020, Bhutan in 2023
    assert lines["CIS"].endswith("2024: 9")


def test_templates_list_names_every_default_template(capsys) -> None:
    assert main(["templates", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "en/headline.j2" in out and "ru/roundup_table.j2" in out and "fr/_group.j2" in out


def test_templates_copy_writes_the_defaults_for_editing(tmp_path: Path, capsys) -> None:
    target = tmp_path / "house"
    assert main(["templates", "copy", str(target)]) == 0
    assert (target / "fr" / "headline.j2").is_file() and (target / "README.md").is_file()
    assert "copied" in capsys.readouterr().err
    # A second copy refuses to overwrite an editor's work.
    assert main(["templates", "copy", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_batch_progress_lines_when_not_on_a_terminal_and_verbose_names_each_file(un_paths, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["batch", "--lang", "fr,en", "--countries", "KAZ,FRA,USA,DEU,JPN", "--progress", "--data", *map(str, un_paths), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    percents = [line for line in err.splitlines() if line.endswith("/10)")]
    assert percents == [f"egovnews: {10 * k}% ({k}/10)" for k in range(1, 11)]
    assert main(["batch", "--lang", "en", "--countries", "KAZ", "--verbose", "--quiet", "--data", *map(str, un_paths), "--out", str(out)]) == 0
    assert f"egovnews: wrote {out / 'KAZ-2024-en.txt'}" in capsys.readouterr().err
