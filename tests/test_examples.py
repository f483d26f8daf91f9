"""The example scripts in examples/, run as a newsroom runs them: a subprocess, from the project
folder, on the UN files (or on the bundled records where they suffice). Expected results are
computed here independently of the scripts, from the survey table and the country table."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from synthetic import complete_table, write

from egovnews import countries, write_article
from egovnews.lang import lang

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCRIPTS = ("cis_drafts.py", "africa_leaders.py", "house_style.py", "central_asia.py")
LANGS = ("fr", "en", "ru")
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def run(script: str, *args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def fr_name(iso3: str) -> str:
    """A country as French text names it mid-sentence, apostrophe typographic: l’Afrique du Sud."""
    return lang("fr").country(iso3, "def").replace("'", "\u2019")


def assert_one_error_line(result: subprocess.CompletedProcess[str], script: str, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{script}: error: "), lines[0]
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


# -- every script -----------------------------------------------------------------------


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_works(script):
    result = run(script, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {script}")
    assert "--edition" in result.stdout and "--data" in result.stdout


# -- cis_drafts.py ----------------------------------------------------------------------


def test_cis_drafts_writes_one_article_per_member_and_language(un_paths, un_survey, tmp_path):
    out = tmp_path / "cis"
    result = run("cis_drafts.py", "--data", *un_paths, "--out", out)
    assert result.returncode == 0, result.stderr

    # The library's CIS membership at the 2024 edition: Georgia (left 2009) and Ukraine
    # (left 2018) are former members, Turkmenistan an associate.
    members = un_survey.group("CIS", 2024).present
    assert {"KAZ", "RUS", "ARM"} <= set(members)
    assert not {"GEO", "UKR", "TKM"} & set(members)
    expected = {f"{iso3}-2024-{lang}.md" for iso3 in members for lang in LANGS}
    assert {p.name for p in out.iterdir()} == expected  # and no temporary file left behind

    for iso3 in members:
        texts = {code: (out / f"{iso3}-2024-{code}.md").read_text(encoding="utf-8") for code in LANGS}
        for code, text in texts.items():
            assert text.startswith("# ") and len(text) > 300, (iso3, code)
            assert text == write_article(un_survey, iso3, 2024, lang=code).to_markdown()
        assert CYRILLIC.search(texts["ru"]) and not CYRILLIC.search(texts["fr"] + texts["en"])
    assert "Kazakhstan" in (out / "KAZ-2024-fr.md").read_text(encoding="utf-8")
    assert "Россия" in (out / "RUS-2024-ru.md").read_text(encoding="utf-8")
    assert "Armenia" in (out / "ARM-2024-en.md").read_text(encoding="utf-8")

    # The summary names each member and the count.
    for iso3 in members:
        assert re.search(rf"^\s+{iso3}\s", result.stdout, re.M), result.stdout
    assert f"{3 * len(members)} files written" in result.stdout


def test_cis_drafts_edition_language_and_format(un_paths, tmp_path):
    out = tmp_path / "cis"
    result = run("cis_drafts.py", "--data", *un_paths, "--edition", 2022, "--lang", "en", "--format", "json", "--out", out)
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    assert files and all(p.name.endswith("-2022-en.json") for p in files)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (data["country"], data["edition"], data["lang"]) == (path.name[:3], 2022, "en")


def test_cis_drafts_missing_data_file_writes_nothing(tmp_path):
    out = tmp_path / "cis"
    table = write(tmp_path / "table.csv", complete_table(2024))
    result = run("cis_drafts.py", "--data", table, tmp_path / "missing.csv", "--out", out)
    assert_one_error_line(result, "cis_drafts.py", "missing.csv")
    assert not out.exists()


# -- africa_leaders.py ------------------------------------------------------------------


def african_groups() -> dict[str, set[str]]:
    """The region and its sub-regions, straight from the country table."""
    groups: dict[str, set[str]] = {"region:Africa": set()}
    for country in countries():
        if country.region == "Africa":
            groups["region:Africa"].add(country.iso3)
            groups.setdefault(f"subregion:{country.intermediate_region or country.subregion}", set()).add(country.iso3)
    return groups


def best_ranked(survey, members: set[str], year: int) -> set[str]:
    """The members with the lowest EGDI rank in the survey table (several on a tie)."""
    ranks = {r.iso3: r.egdi.rank for r in survey.table(year) if r.iso3 in members}
    best = min(ranks.values())
    return {iso3 for iso3, rank in ranks.items() if rank == best}


def summary(stderr: str) -> dict[str, set[str]]:
    """The script's summary on stderr: group -> leaders' ISO3 codes."""
    found: dict[str, set[str]] = {}
    for line in stderr.splitlines():
        match = re.match(r"^((?:region|subregion):[^:]+): (.+)$", line)
        if match:
            found[match.group(1)] = set(re.findall(r"\b[A-Z]{3}\b", match.group(2)))
    return found


def test_africa_leaders_are_the_best_ranked_countries(un_paths, un_survey, tmp_path):
    out = tmp_path / "afrique.md"
    result = run("africa_leaders.py", "--data", *un_paths, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""

    groups = african_groups()
    assert len(groups) == 6  # Africa, Northern, Eastern, Middle, Southern and Western Africa
    expected = {group: best_ranked(un_survey, members, 2024) for group, members in groups.items()}
    assert expected["region:Africa"] == {"ZAF"}
    assert summary(result.stderr) == expected

    document = out.read_text(encoding="utf-8")
    headings = [line[3:] for line in document.splitlines() if line.startswith("## ")]
    leaders = set().union(*expected.values())
    assert len(headings) == len(leaders)  # one article per leader, South Africa once for two groups
    for iso3 in leaders:
        heading = next(h for h in headings if h.endswith(fr_name(iso3)))
        for group, found in expected.items():
            if iso3 in found:
                assert lang("fr").typography(lang("fr").name(group, "bare")) in heading
    assert headings[0] == "Afrique et Afrique australe\u00a0: l\u2019Afrique du Sud"

    # French prose, the leaders' own articles in it.
    assert document.startswith("# Administration en ligne")
    assert document.count("\n### ") == len(leaders)
    for iso3 in leaders:
        article = write_article(un_survey, iso3, 2024, lang="fr")
        assert f"\n### {article.headline}\n\n{article.lead.text}\n" in document
    assert not re.search(r"\b(the|ranking|ranks)\b", document)


def test_africa_leaders_says_a_tie_as_a_tie(tmp_path):
    # A made-up complete table in which Egypt shares Algeria's rank and values: both lead
    # Northern Africa, and Africa as a whole (Algeria comes first alphabetically).
    lines = complete_table(2024)
    algeria = next(line for line in lines if '"Algeria ' in line)
    lines = [algeria.replace("Algeria", "Egypt") if '"Egypt ' in line else line for line in lines]
    data = write(tmp_path / "tie.csv", lines)
    result = run("africa_leaders.py", "--data", data)
    assert result.returncode == 0, result.stderr
    leaders = summary(result.stderr)
    assert leaders["region:Africa"] == leaders["subregion:Northern Africa"] == {"DZA", "EGY"}
    headings = [line for line in result.stdout.splitlines() if line.startswith("## ")]
    assert f"## Afrique et Afrique du Nord\u00a0: {fr_name('DZA')}, à égalité avec {fr_name('EGY')}" in headings
    assert f"## Afrique et Afrique du Nord\u00a0: {fr_name('EGY')}, à égalité avec {fr_name('DZA')}" in headings


def test_africa_leaders_names_no_leader_for_a_group_with_a_member_missing(tmp_path):
    # Egypt missing: neither Africa nor Northern Africa can be ranked, the others can.
    lines = [line for line in complete_table(2024) if '"Egypt ' not in line]
    result = run("africa_leaders.py", "--data", write(tmp_path / "partial.csv", lines))
    assert result.returncode == 0, result.stderr
    assert set(summary(result.stderr)) == set(african_groups()) - {"region:Africa", "subregion:Northern Africa"}
    notes = [line for line in result.stderr.splitlines() if line.startswith("africa_leaders.py: note: ")]
    assert len(notes) == 2 and "region:Africa (53 of its 54 members in the data)" in notes[0]
    assert "## Afrique du Nord" not in result.stdout


def test_africa_leaders_unknown_edition_writes_nothing(tmp_path):
    out = tmp_path / "afrique.md"
    table = write(tmp_path / "table.csv", complete_table(2024))
    result = run("africa_leaders.py", "--data", table, "--edition", 2019, "--out", out)
    assert_one_error_line(result, "africa_leaders.py", "no data for the 2019 edition")
    assert not out.exists()


# -- house_style.py ---------------------------------------------------------------------


def test_house_style_headline_and_style_on_the_records():
    result = run("house_style.py")
    assert result.returncode == 0, result.stderr
    headline, _, body = result.stdout.partition("\n\n")
    # The custom template's wording, the house ordinal and the typography pass (typographic
    # apostrophes, a no-break space before the colon).
    assert headline == (
        "Classement de l\u2019ONU 2024\u00a0: le Kazakhstan grimpe de quatre places "
        "et s\u2019installe au 24ème rang mondial"
    )
    assert "28ème" in body and "26ème" in body and not re.search(r"\d+e\b", result.stdout)
    assert "0,901" in body and "0,9009" not in body  # decimals = 3


def test_house_style_in_english_takes_the_serial_comma(example_records, tmp_path):
    out = tmp_path / "kaz-en.txt"
    result = run("house_style.py", "KAZ", "--lang", "en", "--records", example_records, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and [p.name for p in tmp_path.iterdir()] == ["kaz-en.txt"]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("UN e-government ranking 2024: Kazakhstan gains four places to reach 24th\n")
    assert re.search(r"Switzerland[^,.]*, Türkiye[^,.]*, and France", text), text


def test_house_style_on_the_un_files(un_paths, un_survey):
    result = run("house_style.py", "RUS", "--data", *un_paths, "--format", "md")
    assert result.returncode == 0, result.stderr
    change = un_survey.record("RUS", 2022).egdi.rank - un_survey.record("RUS", 2024).egdi.rank
    assert change < 0  # Russia fell: the template's fall wording
    assert result.stdout.startswith(
        f"# Classement de l\u2019ONU 2024\u00a0: la Russie cède {lang('fr').count(-change, 'place')} "
        f"et glisse au {un_survey.record('RUS', 2024).egdi.rank}ème rang mondial\n"
    )


def test_house_style_unknown_country_writes_nothing(tmp_path):
    out = tmp_path / "article.txt"
    result = run("house_style.py", "XYZ", "--out", out)
    assert_one_error_line(result, "house_style.py", "unknown country 'XYZ'")
    assert not out.exists()


def test_house_style_bad_style_file_names_file_and_key(tmp_path):
    style = tmp_path / "style.toml"
    style.write_text('ordinal_style = "th"\n', encoding="utf-8")
    result = run("house_style.py", "--style", style)
    assert_one_error_line(result, "house_style.py", str(style), "ordinal_style")
    assert result.stdout == ""


def test_central_asia_writes_the_roundup_and_each_members_article(un_paths, un_survey, tmp_path):
    from egovnews import write_roundup

    out = tmp_path / "desk"
    result = run("central_asia.py", "--lang", "en,ru", "--data", *un_paths, "--out", out)
    assert result.returncode == 0, result.stderr
    members = sorted(c.iso3 for c in countries() if c.survey_subregion == "Central Asia")
    expected = {f"roundup-subregion-central-asia-2024-{lang}.md" for lang in ("en", "ru")}
    expected |= {f"{iso3}-2024-{lang}.md" for iso3 in members for lang in ("en", "ru")}
    assert {p.name for p in out.iterdir()} == expected
    assert (out / "roundup-subregion-central-asia-2024-en.md").read_text(encoding="utf-8") == write_roundup(un_survey, "subregion:Central Asia", 2024, lang="en").to_markdown()
    ranks = [line.split() for line in result.stdout.splitlines()[1:6]]
    assert [(int(r), c) for r, c in ranks] == sorted((un_survey.record(i, 2024).egdi.rank, i) for i in members)
    assert "11 files written" not in result.stdout and "12 files written" in result.stdout


def test_central_asia_unknown_scope_writes_nothing(un_paths, tmp_path):
    result = run("central_asia.py", "--scope", "Atlantis", "--data", *un_paths, "--out", tmp_path / "x")
    assert result.returncode == 1 and "unknown scope 'Atlantis'" in result.stderr
    assert not (tmp_path / "x").exists()
