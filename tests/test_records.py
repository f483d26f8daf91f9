"""Hand-written records files (YAML and JSON): the example, and bad input."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import yaml

from egovnews import DataError, load_records


def test_the_example_loads_as_a_partial_survey(example_records):
    survey = load_records(example_records)
    assert survey.years == (2022, 2024)
    assert not survey.is_complete(2024)
    kaz = survey.record("KAZ", 2024)
    assert kaz.egdi.value == Decimal("0.90093") and kaz.egdi.rank == 24 and kaz.egdi.rank_source == "stated"
    assert kaz.tii.rank == 41 and kaz.osi.rank == 10
    assert survey.previous_record("KAZ", 2024).egdi.rank == 28
    assert kaz.stated_standing("LLDC").rank == 1 and kaz.stated_standing("LLDC").size == 32
    assert kaz.stated_standing("CIS").rank == 1
    # Nothing is ranked that the records do not rank.
    assert survey.record("CHE", 2024).osi is None
    assert survey.record("KOR", 2024).osi.rank == 1 and survey.record("KOR", 2024).egdi is None


def test_json_equivalent_of_the_example(example_records, tmp_path):
    data = yaml.safe_load(example_records.read_text(encoding="utf-8"))
    path = tmp_path / "kaz.json"
    path.write_text(json.dumps(data, indent=2))
    survey = load_records(path)
    assert survey.record("KAZ", 2024).egdi.rank == 24


def test_names_iso2_scalars_context_and_region_standing(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "editions:\n"
        "  - year: 2024\n"
        "    countries:\n"
        "      Kazakhstan:\n"
        "        egdi: 0.90093\n"
        "        groups:\n"
        "          region: {rank: 1}\n"
        "        context: A new digital code came into force.\n"
        "      FR: {egdi: {rank: 34}}\n"
    )
    survey = load_records(path)
    kaz = survey.record("KAZ", 2024)
    assert kaz.egdi.value == Decimal("0.90093") and kaz.egdi.rank is None
    assert kaz.stated_standing("region:Asia").rank == 1
    assert kaz.context == "A new digital code came into force."
    assert survey.record("FRA", 2024).egdi.rank == 34


def _error(tmp_path, text, name="r.yaml") -> DataError:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(DataError) as caught:
        load_records(path)
    return caught.value


def test_malformed_yaml(tmp_path):
    error = _error(tmp_path, "editions:\n  - year: 2024\n    countries: {KAZ: [\n")
    assert error.line is not None and str(error).startswith(f"{tmp_path / 'r.yaml'}:")
    assert "malformed YAML" in str(error)


def test_malformed_json(tmp_path):
    error = _error(tmp_path, '{"editions": [\n  {"year": 2024,}\n]}', name="r.json")
    assert error.line == 2 and "malformed JSON" in str(error)


def test_edition_without_a_year(tmp_path):
    error = _error(tmp_path, "editions:\n  - year: 2024\n    countries: {KAZ: {egdi: 0.9}}\n  - countries:\n      KAZ: {egdi: 0.8}\n")
    assert str(error) == f"{tmp_path / 'r.yaml'}:4: field 'year': this edition has no year"


@pytest.mark.parametrize(
    ("text", "line", "field", "reason"),
    [
        ("editions:\n  - year: 2024\n    countries:\n      KAZ: {egdi: high}\n", 4, "egdi", "not a number: 'high'"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        osi: 1.5\n", 5, "osi", "value 1.5 is outside [0, 1]"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        egdi: {rank: 200}\n", 5, "egdi.rank", "rank 200 is outside 1..193"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        egdii: 0.9\n", 5, "egdii", "unknown field 'egdii'"),
        ("editions:\n  - year: 2024\n    countries:\n      Kazakstan: {egdi: 0.9}\n", 4, "countries", "unknown country 'Kazakstan'"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ: {egdi: 0.9}\n      KZ: {egdi: 0.9}\n", 5, "KZ", "duplicate country"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ: {egdi: 0.9}\n      KAZ: {egdi: 0.8}\n", 5, "KAZ", "duplicate key 'KAZ'"),
        ("editions:\n  - year: twenty\n    countries: {}\n", 2, "year", "not a survey year: 'twenty'"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        groups: {LLDC: {rank: 33, of: 32}}\n", 5, "LLDC.rank", "beyond the group's size"),
        ("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        groups: {G77: {rank: 1}}\n", 5, "G77", "unknown group 'G77'"),
    ],
)
def test_bad_records_name_file_line_and_field(tmp_path, text, line, field, reason):
    error = _error(tmp_path, text)
    assert (error.file, error.line, error.field) == (str(tmp_path / "r.yaml"), line, field)
    assert reason in str(error)


@pytest.mark.parametrize("text", ["", "   \n", "just a line\n", "- a\n- list\n", "editions: []\n", "editions: 3\n"])
def test_files_without_editions(tmp_path, text):
    error = _error(tmp_path, text)
    assert error.file == str(tmp_path / "r.yaml")
