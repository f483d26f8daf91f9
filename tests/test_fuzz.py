"""Issue 15: fuzzing the readers and the template sandbox. Whatever the input, egovnews either
succeeds or raises its own error (EgovError, with a message); never a foreign exception, and
never beyond its budget."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egovnews import EgovError, load_records, write_article
from egovnews.sources.un_csv import read_un_csv

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kazakhstan-2024.yaml"
HEADER = "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

cells = st.one_of(
    st.sampled_from(["2024", "2023", "Kazakhstan", " Kazakhstan ", "24", "0.90093", "", "-1", "1e5", "NaN", "inf", "0x10", "٣", "9" * 50]),
    st.text(max_size=12),
)
rows = st.lists(cells, min_size=0, max_size=10).map(lambda r: ",".join(f'"{c}"' if "," in c else c for c in r))


def _read(path: Path, text: bytes) -> None:
    path.write_bytes(text)
    try:
        read_un_csv(path)
    except EgovError as error:
        assert str(error)


@FUZZ
@given(st.lists(rows, max_size=6), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_the_csv_reader_raises_only_its_own_errors(lines, encoding) -> None:
    text = "\n".join([HEADER, *lines]) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        _read(Path(folder) / "t.csv", text.encode(encoding, errors="replace"))


@FUZZ
@given(st.binary(max_size=300))
def test_the_csv_reader_takes_any_bytes(data) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _read(Path(folder) / "t.csv", data)


yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=10)),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=12,
)


@FUZZ
@given(
    st.one_of(
        yaml_values.map(lambda v: {"editions": v}),
        st.fixed_dictionaries(
            {"editions": st.lists(st.fixed_dictionaries({"year": st.sampled_from([2024, 2023, "x", None]), "countries": yaml_values}), max_size=2)}
        ),
    )
)
def test_the_records_reader_raises_only_its_own_errors(document) -> None:
    import json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        path.write_text(json.dumps(document, allow_nan=True), encoding="utf-8")
        try:
            survey = load_records(path)
        except EgovError as error:
            assert str(error)
            return
        for year in survey.years:
            for iso3 in survey.edition(year).records:
                try:
                    write_article(survey, iso3, year, lang="en")
                except EgovError as error:
                    assert str(error)


pieces = st.sampled_from(
    [
        "{{ it }}", "{{ 'x' * 1000000 }}", "{{ 'x'|center(10**9) }}", "{{ 2 ** 100000 }}", "{{ '%0999999999d'|format(1) }}",
        "{{ '{:>99999999}'.format(1) }}", "{{ 'a'.ljust(10**8) }}", "{% for i in range(99999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}",
        "{{ ''.__class__ }}", "{{ f.__init__ }}", "{% include 'headline.j2' %}", "{{ undefined_thing }}", "{{ 1 / 0 }}",
        "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}", "{{ ('ab' * 500)|replace('a', 'b' * 1000) }}", "text", "{{ frame }}",
        "{{ range(10**9)|list|length }}", "{{ 'x'|indent(10**9) }}", "{% raw %}{{{% endraw %}", "{{", "{% if %}",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, min_size=1, max_size=3))
def test_a_hostile_headline_template_fails_alone_and_in_time(parts) -> None:
    survey = load_records(EXAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "en").mkdir()
        (Path(folder) / "en" / "headline.j2").write_text(" ".join(parts), encoding="utf-8")
        started = time.monotonic()
        try:
            write_article(survey, "KAZ", 2024, lang="en", templates=folder)
        except EgovError as error:
            assert str(error)
        assert time.monotonic() - started < 15
