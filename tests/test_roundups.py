"""Roundups (issue 14): the API, the `roundup` command, `batch --roundups`, the table in every
format, what a records file proves, and the errors a user can meet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from egovnews import EgovError, Style, UnknownGroupError, load_records, write_roundup
from egovnews.cli import main
from egovnews.roundup_facts import all_scopes, roundup_facts, scope_key, scope_slug


@pytest.fixture(scope="module")
def central_asia_en(series_survey):
    return write_roundup(series_survey, "subregion:Central Asia", 2024, lang="en")


def test_all_scopes_are_the_world_the_regions_the_subregions_and_the_groups() -> None:
    scopes = all_scopes()
    assert len(scopes) == 1 + 5 + 22 + 4
    assert scopes[0] == "world" and scopes[-4:] == ("LLDC", "SIDS", "LDC", "CIS")
    assert len({scope_slug(s) for s in scopes}) == len(scopes)


@pytest.mark.parametrize(
    ("spelling", "scope"),
    [("world", "world"), ("WORLD", "world"), ("cis", "CIS"), ("Ldc", "LDC"), ("subregion:central asia", "subregion:Central Asia"),
     ("Central Asia", "subregion:Central Asia"), ("region : Africa", "region:Africa"), ("Asia", "region:Asia")],
)
def test_a_scope_is_found_whatever_its_case_and_spacing(spelling, scope) -> None:
    assert scope_key(spelling) == scope


def test_an_unknown_scope_lists_the_known_ones() -> None:
    with pytest.raises(UnknownGroupError, match=r"unknown scope 'Atlantis'; known: world, region:Africa"):
        scope_key("Atlantis")


def test_central_asia_names_its_five_members_with_their_ranks_and_its_leader(central_asia_en) -> None:
    text = central_asia_en.text
    prose = text[: text.index(central_asia_en.table.to_text())]
    for name, rank in (("Kazakhstan", "24th"), ("Uzbekistan", "63rd"), ("Kyrgyzstan", "78th"), ("Tajikistan", "123rd"), ("Turkmenistan", "145th")):
        assert name in prose and rank in prose, name
    assert "Kazakhstan" in central_asia_en.headline
    assert re.search(r"Kazakhstan[^.]* leads", central_asia_en.lead.text)


def test_the_cli_roundup_of_central_asia(un_paths, capsys) -> None:
    assert main(["roundup", "subregion:Central Asia", "--edition", "2024", "--lang", "en", "--data", *map(str, un_paths)]) == 0
    out = capsys.readouterr().out
    for name, rank in (("Kazakhstan", "24th"), ("Uzbekistan", "63rd"), ("Kyrgyzstan", "78th"), ("Tajikistan", "123rd"), ("Turkmenistan", "145th")):
        assert re.search(rf"{name} \({rank}\)|{name}[^.]*{rank}", out), name
    assert re.search(r"Kazakhstan[^.]* leads", out)


def test_the_world_roundup_names_the_top_three_and_the_last(un_paths, capsys) -> None:
    assert main(["roundup", "world", "--edition", "2024", "--lang", "en", "--data", *map(str, un_paths)]) == 0
    out = capsys.readouterr().out
    prose = out[: out.index("Rank  Country")]
    for name in ("Denmark", "Estonia", "Singapore", "Central African Republic"):
        assert name in prose, name
    assert "The Central African Republic is last, 193rd of 193" in prose


def test_the_cis_roundup_in_russian_names_all_nine_members(un_paths, capsys) -> None:
    assert main(["roundup", "CIS", "--edition", "2024", "--lang", "ru", "--data", *map(str, un_paths)]) == 0
    out = capsys.readouterr().out
    prose = out[: out.index("Место")]
    stems = ("Казахстан", "Росси", "Армени", "Узбекистан", "Молдов", "Азербайджан", "Беларус", "Киргиз", "Таджикистан")
    assert all(stem in prose for stem in stems), [s for s in stems if s not in prose]


def test_markdown_holds_a_table(un_paths, capsys) -> None:
    assert main(["roundup", "CIS", "--edition", "2024", "--lang", "fr", "--format", "md", "--data", *map(str, un_paths)]) == 0
    out = capsys.readouterr().out
    lines = out.rstrip("\n").split("\n")
    start = lines.index("| Rang | Pays | Évolution | EGDI | Groupe |")
    assert lines[start + 1] == "|---:|:---|---:|---:|:---|"
    assert lines[start + 2] == "| 24 | Kazakhstan | +4 | 0,9009 | Très élevé |"
    assert len(lines) - start - 2 == 9


def test_html_and_json_hold_the_table(central_asia_en) -> None:
    html = central_asia_en.to_html()
    assert html.count("<tr>") == 6 and "<th class=\"num\">Rank</th>" in html and "<td>Turkmenistan</td>" in html
    data = json.loads(central_asia_en.render("json"))
    assert data["kind"] == "roundup" and data["scope"] == data["country"] == "subregion:Central Asia"
    assert data["table"]["columns"] == ["Rank", "Country", "Change", "EGDI", "Group"]
    assert data["table"]["rows"][0] == {
        "country": "KAZ", "name": "Kazakhstan", "rank": 24, "position": 1, "previous_rank": 28, "change": 4, "value": "0.90093", "level": "very_high",
    }
    # Every sentence says which facts it states, and the facts carry their provenance.
    assert data["facts"]["podium"]["provenance"][0]["field"] == "egdi.rank"


def test_the_plain_text_table_is_aligned(central_asia_en) -> None:
    lines = central_asia_en.table.to_text().split("\n")
    assert lines[0].startswith("Rank  Country") and set(lines[1]) <= {"-", " "}
    assert len({line.index("Kazakhstan") if "Kazakhstan" in line else None for line in lines} - {None}) == 1
    assert [line.split()[0] for line in lines[2:]] == ["24", "63", "78", "123", "145"]
    assert lines[-1].split()[-3:] == ["−8", "0.4757", "Middle"]


def test_the_same_input_gives_the_same_roundup_and_a_seed_another_wording(series_survey) -> None:
    one = write_roundup(series_survey, "region:Europe", 2022, lang="fr")
    assert one.text == write_roundup(series_survey, "region:Europe", 2022, lang="fr").text
    seeds = {write_roundup(series_survey, "region:Europe", 2022, lang="fr", seed=n).text for n in range(6)}
    assert len(seeds) > 1


def test_lengths_say_more_the_longer_they_are(series_survey) -> None:
    words = [len(write_roundup(series_survey, "LDC", 2024, lang="en", style=Style(length=n)).text.split()) for n in ("brief", "standard", "full")]
    assert words[0] < words[1] < words[2]


def test_a_records_file_proves_only_the_ranks_it_holds(example_records) -> None:
    survey = load_records(example_records)
    facts = {f.id: f for f in roundup_facts(survey, "CIS", 2024)}
    assert set(facts) == {"table", "source"}  # no leader, podium or average from three of nine members
    table = facts["table"]
    assert [r.country for r in table.rows] == ["KAZ", "ARM", "UZB"] and not table.ranked
    assert all(r.position is None for r in table.rows) and table.missing
    article = write_roundup(survey, "CIS", 2024, lang="en")
    assert article.angle == "partial"
    assert "three of the nine members" in article.text and "lead" not in article.lead.text


def test_a_scope_with_no_member_in_the_records_is_refused(example_records) -> None:
    with pytest.raises(EgovError, match=r"no member of subregion:Polynesia has an EGDI value or rank in the 2024 edition"):
        write_roundup(load_records(example_records), "Polynesia", 2024, lang="en")


def test_roundup_errors_exit_non_zero_with_one_line(example_records, capsys) -> None:
    assert main(["roundup", "Atlantis", "--records", str(example_records)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("egovnews: error: unknown scope 'Atlantis'") and err.count("\n") == 1
    assert main(["roundup", "CIS", "--edition", "2018", "--records", str(example_records)]) == 1
    assert "no data for the 2018 edition" in capsys.readouterr().err
    assert main(["roundup", "CIS", "--lang", "de", "--records", str(example_records)]) == 1
    assert "unknown language 'de'" in capsys.readouterr().err


def test_write_roundup_refuses_arguments_of_the_wrong_type(example_records) -> None:
    with pytest.raises(TypeError, match="edition must be int"):
        write_roundup(load_records(example_records), "CIS", "2024", lang="en")  # type: ignore[arg-type]


def test_batch_writes_every_roundup_beside_the_country_articles(un_paths, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["batch", "--edition", "2024", "--lang", "fr", "--countries", "KAZ", "--roundups", "--quiet", "--data", *map(str, un_paths), "--out", str(out), "--format", "md"])
    assert code == 0, capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir())
    assert "KAZ-2024-fr.md" in names and "roundup-subregion-central-asia-2024-fr.md" in names and "roundup-world-2024-fr.md" in names
    assert len(names) == 1 + 32
    assert "| Rang | Pays |" in (out / "roundup-cis-2024-fr.md").read_text(encoding="utf-8")


def test_a_user_template_overrides_a_roundup_template(un_survey, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "roundup_source.j2").write_text(
        "Source: {{ name('survey', 'def') }}; the EGDI rates online services, telecommunication infrastructure and human capital.\n", encoding="utf-8"
    )
    article = write_roundup(un_survey, "CIS", 2024, lang="en", templates=tmp_path)
    assert article.footer is not None and article.footer.text.startswith("Source: the United Nations E-Government Survey;")


def test_a_user_template_renames_the_table_columns(un_survey, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    source = (Path(__file__).resolve().parents[1] / "templates" / "en" / "roundup_table.j2").read_text(encoding="utf-8")
    (tmp_path / "en" / "roundup_table.j2").write_text(source.replace("Group{%", "EGDI group{%"), encoding="utf-8")
    article = write_roundup(un_survey, "CIS", 2024, lang="en", templates=tmp_path)
    assert article.table.columns[-1] == "EGDI group" and article.to_markdown().count("| EGDI group |") == 1


def test_batch_from_records_skips_the_scopes_it_holds_no_member_of(example_records, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["batch", "--lang", "en", "--roundups", "--quiet", "--records", str(example_records), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    names = {p.name for p in out.iterdir()}
    assert "roundup-cis-2024-en.txt" in names and "roundup-subregion-central-asia-2024-en.txt" in names
    assert "roundup-subregion-polynesia-2024-en.txt" not in names
    assert "skipped the roundup of subregion:Polynesia: no member has an EGDI value or rank in the 2024 edition" in err


def test_roundup_help_names_the_scopes() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "egovnews", "roundup", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "subregion:Central Asia" in result.stdout and "--format" in result.stdout
