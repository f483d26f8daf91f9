"""Reading the UN's CSV exports: the real files, layout variants, and bad input."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from egovnews import DataError, load_un_survey
from egovnews.model import competition_ranks
from synthetic import UN_HEADER, complete_table, row, write


def test_three_editions_of_193_records(un_survey):
    assert un_survey.years == (2020, 2022, 2024)
    for year in un_survey.years:
        assert len(un_survey.edition(year).records) == 193
        assert un_survey.is_complete(year)


def test_kazakhstan_figures(un_survey):
    kaz = un_survey.record("KAZ", 2024)
    assert kaz.egdi.rank == 24 and kaz.egdi.value == Decimal("0.90093")
    assert kaz.osi.rank == 10 and kaz.tii.rank == 41 and kaz.hci.rank == 42
    assert kaz.osi.rank_source == "computed" and kaz.egdi.rank_source == "official"
    assert kaz.level == "very_high"
    before = un_survey.previous_record("KAZ", 2024)
    assert before.edition == 2022 and before.egdi.rank == 28 and before.tii.rank == 64


def test_namibia_is_read(un_survey):
    assert un_survey.record("NAM", 2024).name_as_found == "Namibia"


@pytest.mark.parametrize("year", [2022, 2024])
def test_official_egdi_ranks_equal_ranks_recomputed_from_values(shared_data, year):
    from conftest import UN_FILES

    # Read straight from the CSV, not through the library.
    with open(shared_data / UN_FILES[year], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    official = {r[1].strip(): int(r[2]) for r in rows if r}
    recomputed = competition_ranks({r[1].strip(): Decimal(r[3]) for r in rows if r})
    assert len(official) == 193
    assert recomputed == official


def test_group_counts_per_level_match_published_counts(un_survey):
    # Published: 76 very high in 2024, 60 in 2022, 57 in 2020.
    counts = {y: sum(r.level == "very_high" for r in un_survey.edition(y).records.values()) for y in un_survey.years}
    assert counts == {2020: 57, 2022: 60, 2024: 76}


def test_renamed_layout_with_region_column_bom_and_crlf(tmp_path):
    header = "Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region"
    lines = [line + ",Somewhere" for line in complete_table()]
    survey = load_un_survey(write(tmp_path / "renamed.csv", lines, header=header, newline="\r\n", bom=True))
    assert survey.is_complete(2024)
    assert survey.table(2024)[0].egdi.rank == 1


def test_sub_index_ranks_are_computed_with_ties(tmp_path):
    lines = complete_table()
    # Give the last two countries the same OSI value as the first: they tie for first.
    for i in (-1, -2):
        cells = lines[i].split(",")
        cells[5] = "0.90000"
        lines[i] = ",".join(cells)
    survey = load_un_survey(write(tmp_path / "ties.csv", lines))
    ranks = sorted(r.osi.rank for r in survey.edition(2024).records.values())
    assert ranks[:4] == [1, 1, 1, 4]


def test_missing_egdi_rank_column_is_computed(tmp_path):
    header = UN_HEADER.replace("E-Government Rank,", "")
    lines = []
    for line in complete_table():
        cells = line.split(",")
        del cells[2]
        lines.append(",".join(cells))
    survey = load_un_survey(write(tmp_path / "norank.csv", lines, header=header))
    assert [r.egdi.rank for r in survey.table(2024)[:3]] == [1, 2, 3]
    assert survey.table(2024)[0].egdi.rank_source == "computed"


def test_several_editions_in_one_file_and_across_files(tmp_path):
    a = write(tmp_path / "a.csv", [row("Kazakhstan", 24, year="2024"), row("Kazakhstan", 28, year="2022")])
    b = write(tmp_path / "b.csv", [row("France", 34, year="2024")])
    survey = load_un_survey(a, b)
    assert survey.years == (2022, 2024) and not survey.is_complete(2024)
    assert set(survey.edition(2024).records) == {"KAZ", "FRA"}
    assert survey.edition(2024).sources == (str(a), str(b))


def _error(tmp_path, lines, header=UN_HEADER, name="bad.csv") -> DataError:
    path = write(tmp_path / name, lines, header=header)
    with pytest.raises(DataError) as caught:
        load_un_survey(path)
    return caught.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(DataError) as caught:
        load_un_survey(path)
    assert str(caught.value) == f"{path}:1: the file is empty"


def test_missing_column(tmp_path):
    header = UN_HEADER.replace(",Online Service Index", "")
    line = row("Kazakhstan").rsplit(",", 1)[0]
    error = _error(tmp_path, [line], header=header)
    assert (error.line, error.field) == (1, "Online Service Index")
    assert "missing column 'Online Service Index'" in str(error)


@pytest.mark.parametrize(
    ("cells", "line", "field", "reason"),
    [
        ({"egdi": "high"}, 3, "E-Government Index", "not a number: 'high'"),
        ({"osi": "1.2"}, 3, "Online Service Index", "value 1.2 is outside [0, 1]"),
        ({"tii": "-0.1"}, 3, "Telecommunication Infrastructure Index", "value -0.1 is outside [0, 1]"),
        ({"hci": "nan"}, 3, "Human Capital Index", "not a number: 'nan'"),
        ({"epi": ""}, 3, "E-Participation Index", "the value is empty"),
        ({"rank": "194"}, 3, "E-Government Rank", "rank 194 is outside 1..193"),
        ({"rank": "0"}, 3, "E-Government Rank", "rank 0 is outside 1..193"),
        ({"rank": "2.5"}, 3, "E-Government Rank", "not a whole number: '2.5'"),
        ({"year": ""}, 3, "Survey Year", "no survey year"),
    ],
)
def test_bad_cells_name_file_line_and_field(tmp_path, cells, line, field, reason):
    error = _error(tmp_path, [row("France"), row("Kazakhstan", **cells)])
    assert str(error) == f"{tmp_path / 'bad.csv'}:{line}: field '{field}': {reason}"


def test_duplicate_country(tmp_path):
    error = _error(tmp_path, [row("Kazakhstan"), row("France"), row("Kazakhstan")])
    assert (error.line, error.field) == (4, "Country Name")
    assert "duplicate country" in str(error) and "bad.csv:2" in str(error)


def test_duplicate_country_across_files(tmp_path):
    a = write(tmp_path / "a.csv", [row("Kazakhstan")])
    b = write(tmp_path / "b.csv", [row("France"), row("KAZAKHSTAN")])
    with pytest.raises(DataError) as caught:
        load_un_survey(a, b)
    assert caught.value.file == str(b) and caught.value.line == 3


def test_unknown_country_name_with_suggestions(tmp_path):
    error = _error(tmp_path, [row("Kazakstan")])
    assert str(error) == (
        f"{tmp_path / 'bad.csv'}:2: field 'Country Name': unknown country name 'Kazakstan'; "
        "closest known names: Kazakhstan, Pakistan, Uzbekistan"
    )


def test_short_row_and_header_only(tmp_path):
    error = _error(tmp_path, ['2024,"Kazakhstan ",24'])
    assert error.line == 2 and "expected 8 fields" in str(error)
    error = _error(tmp_path, [], name="header-only.csv")
    assert "no data rows" in str(error)


def test_unreadable_and_binary_files(tmp_path):
    with pytest.raises(DataError, match="cannot read the file"):
        load_un_survey(tmp_path / "nowhere.csv")
    (tmp_path / "latin.csv").write_bytes((UN_HEADER + '\n2024,"C\xf4te d\'Ivoire ",1,0.5,0.5,0.5,0.5,0.5\n').encode("cp1252"))
    assert load_un_survey(tmp_path / "latin.csv").record("CIV", 2024).egdi.rank == 1
