"""Issue 15: bad input and careless use get one clear message, never a traceback or a silent
loss. One test per class of fault, each with the variants that showed it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from egovnews import EgovError, load_records, write_article
from egovnews.errors import NoStandingError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kazakhstan-2024.yaml"


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "egovnews.cli", *map(str, args)], capture_output=True, text=True, timeout=120)


# -- records: a country the records give no EGDI for ------------------------------------------


def test_batch_of_the_example_records_skips_the_countries_without_an_egdi(tmp_path) -> None:
    # The example names Armenia, Germany… for one sub-index or the EGDI of another edition:
    # they are context for Kazakhstan, not articles. Before: a ValueError traceback.
    result = run("batch", "--records", EXAMPLE, "--edition", "2024", "--lang", "en", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "KAZ-2024-en.txt" in written
    survey = load_records(EXAMPLE)
    without = [i for i, r in survey.edition(2024).records.items() if r.egdi is None]
    assert without and not any(name.startswith(tuple(without)) for name in written)
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == len(without), result.stderr
    assert all("no EGDI value or rank" in line for line in skipped)


def test_writing_a_country_without_an_egdi_is_one_error(tmp_path) -> None:
    survey = load_records(EXAMPLE)
    iso3 = next(i for i, r in survey.edition(2024).records.items() if r.egdi is None)
    with pytest.raises(NoStandingError, match=f"{iso3}.*no EGDI value or rank") as caught:
        write_article(survey, iso3, 2024, lang="fr")
    assert isinstance(caught.value, EgovError)
    result = run("write", iso3, "--records", EXAMPLE, "--edition", "2024")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "no EGDI value or rank" in result.stderr


def test_a_country_asked_for_by_name_is_not_skipped_silently(tmp_path) -> None:
    survey = load_records(EXAMPLE)
    iso3 = next(i for i, r in survey.edition(2024).records.items() if r.egdi is None)
    result = run("batch", "--records", EXAMPLE, "--edition", "2024", "--lang", "en", "--countries", f"KAZ,{iso3}", "--out", tmp_path)
    assert result.returncode == 1  # asked for and not written: a failure, not a skip
    assert f"{iso3} en: " in result.stderr and "no EGDI value or rank" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["KAZ-2024-en.txt"]


# -- CLI: repeated options and duplicate countries ---------------------------------------------


def test_a_repeated_data_option_adds_its_files(un_paths, tmp_path) -> None:
    # Before: "--data A --data B" kept B only, and the articles lost the previous edition.
    once = run("write", "KAZ", "--edition", "2024", "--lang", "en", "--data", *un_paths)
    repeated = run("write", "KAZ", "--edition", "2024", "--lang", "en", *[a for p in un_paths for a in ("--data", p)])
    assert once.returncode == repeated.returncode == 0, repeated.stderr
    assert repeated.stdout == once.stdout and "from 28th to 24th" in repeated.stdout


def test_duplicate_countries_are_written_and_counted_once(example_records, tmp_path) -> None:
    result = run("batch", "--records", example_records, "--edition", "2024", "--lang", "en", "--countries", "KAZ,KAZ,KZ,kazakhstan", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["KAZ-2024-en.txt"]
    assert "1 articles written" in result.stderr or "1 article written" in result.stderr
    assert "(1 countries" in result.stderr or "(1 country" in result.stderr


# -- API: arguments of the wrong type are named, not failed on deep inside ----------------------


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"country": None}, "country"),
        ({"country": 398}, "country"),
        ({"edition": "2024"}, "edition"),
        ({"edition": True}, "edition"),
        ({"lang": None}, "lang"),
        ({"style": "eme"}, "style"),
        ({"seed": "7"}, "seed"),
        ({"templates": 123}, "templates"),
        ({"context": 123}, "context"),
        ({"survey": "kazakhstan-2024.yaml"}, "survey"),
    ],
)
def test_write_article_names_the_argument_of_the_wrong_type(kwargs, argument) -> None:
    call = {"survey": load_records(EXAMPLE), "country": "KAZ", "edition": 2024, "lang": "en", **kwargs}
    survey = call.pop("survey")
    with pytest.raises(TypeError, match=rf"write_article\(\): {argument} must be"):
        write_article(survey, **call)


# -- output targets: never replace what is not a regular file, one line per OSError -------------


def _one_error_line(result: subprocess.CompletedProcess, *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("egovnews: error:"), result.stderr
    assert all(w in lines[0] for w in words), lines[0]


def test_write_refuses_a_fifo_and_leaves_it_a_fifo(example_records, tmp_path) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("write", "KAZ", "--records", example_records, "--out", fifo)
    _one_error_line(result, str(fifo), "not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_write_onto_a_folder_or_under_a_file_is_one_line(example_records, tmp_path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    _one_error_line(run("write", "KAZ", "--records", example_records, "--out", folder), str(folder), "not a regular file")
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    _one_error_line(run("write", "KAZ", "--records", example_records, "--out", blocker / "kaz.txt"), "cannot write")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_write_through_a_symlink_keeps_the_link_and_a_private_file_stays_private(example_records, tmp_path) -> None:
    target = tmp_path / "kaz.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    result = run("write", "KAZ", "--records", example_records, "--out", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and "Kazakhstan" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_stale_part_file_of_ours_is_removed_by_the_next_write(example_records, tmp_path) -> None:
    stale = tmp_path / ".kaz.txt.x1y2z3w4.part"  # what a SIGKILL between write and rename leaves
    stale.write_text("half an arti", encoding="utf-8")
    other = tmp_path / ".notes.txt.part"  # not of our naming for this file: left alone
    other.write_text("keep", encoding="utf-8")
    result = run("write", "KAZ", "--records", example_records, "--out", tmp_path / "kaz.txt")
    assert result.returncode == 0, result.stderr
    assert not stale.exists() and other.exists()


def test_a_batch_that_fails_the_same_way_for_every_file_stops_with_one_message(example_records, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for iso3 in ("ARM", "CHE", "FRA", "KAZ", "MNG", "TUR", "UZB"):
        for lang in ("fr", "en", "ru"):
            (out / f"{iso3}-2024-{lang}.txt").mkdir()  # every target is a folder
    result = run("batch", "--records", example_records, "--edition", "2024", "--out", out, "--quiet")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("egovnews: error:")]
    assert len(errors) <= 4, result.stderr  # the first few, then one line that says it stopped
    assert "stopped" in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_exits_130_with_one_line_and_no_partial_file(un_paths, tmp_path) -> None:
    import signal
    import time

    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "egovnews.cli", "batch", "--data", *map(str, un_paths), "--out", str(out), "--quiet"],
        stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.05)  # interrupt once the batch is writing
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert not list(out.glob(".*.part"))


# -- text from users: checked at the boundary, escaped where it is not ours ---------------------


@pytest.mark.parametrize(
    ("context", "found"),
    [
        ("bad \\ud800 text", "a lone surrogate (U+D800)"),
        ("red \\x1b[31malert", "a control character (U+001B)"),
        ("ring \\x07 the bell", "a control character (U+0007)"),
        ("a \\x00 byte", "a control character (U+0000)"),
    ],
)
def test_a_records_context_with_characters_no_output_can_hold_is_refused_where_it_stands(tmp_path, context, found) -> None:
    # Before: a lone surrogate aborted every format with a UnicodeEncodeError traceback, and
    # ESC or BEL went raw into txt and html.
    records = tmp_path / "r.yaml"
    records.write_text(f'editions:\n  - year: 2024\n    countries:\n      KAZ:\n        egdi: {{value: 0.9, rank: 24}}\n        context: "{context}"\n', encoding="utf-8")
    result = run("write", "KAZ", "--records", records, "--format", "md")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"egovnews: error: {records}:6: field 'context': the context holds {found} at position {result.stderr.split('position ')[-1].strip()}"
    assert found in result.stderr


def test_a_context_file_with_a_control_character_is_refused(example_records, tmp_path) -> None:
    context = tmp_path / "context.txt"
    context.write_text("Une note \x1b]0;titre\x07 de la rédaction.", encoding="utf-8")
    result = run("write", "KAZ", "--records", example_records, "--context", context)
    assert result.returncode == 1 and str(context) in result.stderr and "control character (U+001B)" in result.stderr


def test_an_editors_context_stays_text_in_markdown(example_records, tmp_path) -> None:
    context = tmp_path / "context.txt"
    context.write_text("# Breaking <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))", encoding="utf-8")
    result = run("write", "KAZ", "--records", example_records, "--context", context, "--format", "md", "--lang", "en")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    # Backslash-escaped, Markdown renders each of these as the characters themselves: no
    # heading, no tag, no link.
    assert last.startswith("\\# Breaking") and "](javascript:" not in last
    assert "\\<script\\>" in last and "\\<img" in last and "\\[click\\]\\(javascript:" in last


def test_russian_goes_out_as_utf8_whatever_the_locale(example_records) -> None:
    import os

    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}  # what a Latin-1 terminal gives Python
    result = subprocess.run(
        [sys.executable, "-m", "egovnews.cli", "write", "KAZ", "--records", str(example_records), "--lang", "ru"],
        capture_output=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Казахстан" in result.stdout.decode("utf-8")


# -- user templates cannot read files outside their folder -------------------------------------


@pytest.mark.parametrize("how", ["template", "folder", "include"])
def test_a_template_folder_cannot_reach_a_file_outside_it(example_records, tmp_path, how) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "headline.j2").write_text("TOP SECRET {{ 1 + 1 }}", encoding="utf-8")
    folder = tmp_path / "house"
    if how == "template":
        (folder / "en").mkdir(parents=True)
        (folder / "en" / "headline.j2").symlink_to(secret / "headline.j2")
    elif how == "folder":
        folder.mkdir()
        (folder / "en").symlink_to(secret, target_is_directory=True)
    else:
        (folder / "en").mkdir(parents=True)
        (folder / "en" / "inner.j2").symlink_to(secret / "headline.j2")
        (folder / "en" / "headline.j2").write_text("{% include 'inner.j2' %}", encoding="utf-8")
    result = run("write", "KAZ", "--records", example_records, "--lang", "en", "--templates", folder)
    assert "TOP SECRET" not in result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "outside" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


# -- CSV files: encodings, years, spreadsheets and what a message may echo -----------------------

HEADER = "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n"
ROWS = "2024,Kazakhstan,24,0.90093,0.7,0.93903,0.84029,0.92353\n2024,Mongolia,46,0.84569,0.6,0.8,0.8,0.8\n"


def test_a_utf16_file_is_read_by_its_bom(tmp_path) -> None:
    from egovnews import load_un_survey

    # Before: an error message full of NUL bytes, and no word of the encoding.
    for encoding in ("utf-16", "utf-32"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes((HEADER + ROWS).encode(encoding))
        assert load_un_survey(path).record("KAZ", 2024).egdi.rank == 24


@pytest.mark.parametrize(("signature", "what"), [(b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel")])
def test_a_spreadsheet_is_named_as_one(tmp_path, signature, what) -> None:
    path = tmp_path / "EGOV_DATA_2024.xlsx"
    path.write_bytes(signature + b"\x00" * 64)
    result = run("show", "KAZ", "--data", path)
    _one_error_line(result, str(path), what, "export it as CSV")
    assert "\x00" not in result.stderr


@pytest.mark.parametrize("year", ["2023", "2100", "2002"])
def test_a_year_the_survey_never_had_is_refused_where_it_stands(tmp_path, year) -> None:
    # Before: a row saying 2023 made a one-country edition, which became the default.
    path = tmp_path / "t.csv"
    path.write_text(HEADER + ROWS + f"{year},France,34,0.87442,0.7,0.9,0.9,0.9\n", encoding="utf-8")
    result = run("show", "KAZ", "--data", path)
    _one_error_line(result, f"{path}:4", year, "2024")


def test_control_characters_in_a_file_are_escaped_in_the_message(tmp_path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Survey Year,\x1b[31mCountry\x07,Rank\n2024,Kazakhstan,24\n", encoding="utf-8")
    result = run("show", "KAZ", "--data", path)
    assert result.returncode == 1 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b" in result.stderr


# -- records: group claims the library's groups contradict ---------------------------------------


@pytest.mark.parametrize(
    ("country", "claim", "words"),
    [
        ("KAZ", "LDC: {rank: 1}", ["groups.LDC", "not one of the least developed countries", "2024"]),
        ("KAZ", "SIDS: {rank: 1}", ["groups.SIDS", "not one of the small island developing States"]),
        ("KAZ", "LLDC: {rank: 1, of: 150}", ["groups.LLDC.of", "150", "32"]),
        ("KAZ", "CIS: {rank: 1, of: 12}", ["groups.CIS.of", "12", "9"]),
    ],
)
def test_a_group_claim_the_library_contradicts_is_refused_where_it_stands(tmp_path, country, claim, words) -> None:
    # Before: printed as stated, or dropped without a word.
    records = tmp_path / "r.yaml"
    records.write_text(
        f"editions:\n  - year: 2024\n    countries:\n      {country}:\n        egdi: {{value: 0.9, rank: 24}}\n        groups:\n          {claim}\n",
        encoding="utf-8",
    )
    result = run("write", country, "--records", records, "--lang", "en")
    _one_error_line(result, f"{records}:7", *words)


# -- limits: an input too large is refused before it is read -------------------------------------


@pytest.mark.parametrize("option", ["--data", "--records", "--context", "--style"])
def test_an_endless_input_is_refused_at_the_size_limit(example_records, option) -> None:
    # Before: /dev/zero ended in a MemoryError after gigabytes.
    args = ["write", "KAZ", "--lang", "en"]
    args += ["--data", "/dev/zero"] if option == "--data" else ["--records", "/dev/zero" if option == "--records" else str(example_records)]
    if option in ("--context", "--style"):
        args += [option, "/dev/zero"]
    result = subprocess.run([sys.executable, "-m", "egovnews.cli", *args], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "EGOVNEWS_MAX_INPUT_MB": "2"})
    _one_error_line(result, "/dev/zero", "larger than", "EGOVNEWS_MAX_INPUT_MB")


def test_the_size_limit_can_be_raised(tmp_path) -> None:
    import os

    path = tmp_path / "big.csv"
    path.write_text(HEADER + ROWS + "\n" * (3 * 1024 * 1024), encoding="utf-8")  # 3 MB of blank lines
    env = {**os.environ, "EGOVNEWS_MAX_INPUT_MB": "2"}
    small = subprocess.run([sys.executable, "-m", "egovnews.cli", "show", "KAZ", "--data", str(path)], capture_output=True, text=True, timeout=60, env=env)
    _one_error_line(small, str(path), "larger than 2 MB")
    env["EGOVNEWS_MAX_INPUT_MB"] = "10"
    large = subprocess.run([sys.executable, "-m", "egovnews.cli", "show", "KAZ", "--data", str(path)], capture_output=True, text=True, timeout=60, env=env)
    assert large.returncode == 0, large.stderr


def test_a_json_integer_of_5000_digits_is_one_error(tmp_path) -> None:
    records = tmp_path / "r.json"
    records.write_text('{"editions": [{"year": 2024, "countries": {"KAZ": {"egdi": {"value": 0.9, "rank": ' + "9" * 5000 + "}}}}]}", encoding="utf-8")
    result = run("write", "KAZ", "--records", records)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(records) in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


# -- user templates have a budget: size, power, time ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "{{ 'x'|center(2000000000) }}",
        "{{ ('a' * 10**9)|length }}",
        "{{ '{:>1000000000}'.format(1) }}",
        "{{ 'x'.ljust(1000000000) }}",
        "{{ (7 ** (7 ** 12)) % 7 }}",
        "{{ ('a' * 100000)|replace('a', 'b' * 100000)|length }}",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}x",
        "{% macro m(n) %}{{ m(n + 1) }}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    ],
)
def test_a_user_template_beyond_its_budget_fails_that_article_quickly(example_records, tmp_path, body) -> None:
    import time

    folder = tmp_path / "house" / "en"
    folder.mkdir(parents=True)
    (folder / "headline.j2").write_text(body, encoding="utf-8")
    started = time.monotonic()
    result = run("write", "KAZ", "--records", example_records, "--lang", "en", "--templates", folder.parent)
    assert time.monotonic() - started < 30
    _one_error_line(result, "headline.j2")
    assert "budget" in result.stderr or "recursion" in result.stderr.lower(), result.stderr


# -- CSV: ranks that contradict values, duplicates found where they stand ------------------------


def test_a_complete_table_whose_ranks_contradict_its_values_is_refused(tmp_path) -> None:
    from synthetic import complete_table, write

    from egovnews import DataError, load_un_survey

    lines = complete_table(2024)
    first, twenty_eighth = lines[0].split(","), lines[27].split(",")
    # The first country keeps rank 1 but takes the 28th value, and the other way round.
    first[3], twenty_eighth[3] = twenty_eighth[3], first[3]
    lines[0], lines[27] = ",".join(first), ",".join(twenty_eighth)
    path = write(tmp_path / "t.csv", lines)
    with pytest.raises(DataError, match=r"t\.csv:2: field 'E-Government Rank': rank 1 .* disagree") as caught:
        load_un_survey(path)
    assert "line 29" in str(caught.value)


def test_a_duplicate_row_is_reported_before_the_rest_of_the_file_is_read(tmp_path) -> None:
    from synthetic import complete_table, write

    from egovnews import DataError
    from egovnews.sources import un_csv

    lines = complete_table(2024)
    lines.insert(190, lines[3])  # line 192 repeats line 5
    lines.append("2024,Not a country at all,1,0.5,0.5,0.5,0.5,0.5")  # never reached
    path = write(tmp_path / "t.csv", lines)
    with pytest.raises(DataError, match=r"t\.csv:192: field 'Country Name': duplicate country.*t\.csv:5"):
        un_csv.read_un_csv(path)


def test_an_egdi_value_without_a_rank_makes_no_rank_claim(tmp_path) -> None:
    records = tmp_path / "r.yaml"
    records.write_text("editions:\n  - year: 2024\n    countries:\n      KAZ:\n        egdi: {value: 0.90093}\n", encoding="utf-8")
    for lang in ("fr", "en", "ru"):
        article = write_article(load_records(records), "KAZ", 2024, lang=lang)
        assert "0,9009" in article.text or "0.9009" in article.text
        assert not any(word in article.text for word in ("rang", "rank", "место", "None"))


@pytest.mark.parametrize("body", ["{{ it }} \\x1b[31m", "{{ it }} \\x07 \\x00", "{{ it }} \\ud800"])
def test_a_user_template_cannot_write_control_characters_or_lone_surrogates(example_records, tmp_path, body) -> None:
    # Before: NUL, ESC and BEL went raw into txt and html; a lone surrogate stopped every format.
    folder = tmp_path / "house" / "en"
    folder.mkdir(parents=True)
    (folder / "headline.j2").write_text(body.replace("{{ it }} ", "{{ it }} {{ '") + "' }}", encoding="utf-8")
    result = run("write", "KAZ", "--records", example_records, "--lang", "en", "--templates", folder.parent)
    _one_error_line(result, "headline.j2", "no output can hold it")


def test_a_records_file_larger_than_its_limit_is_refused_before_parsing(tmp_path) -> None:
    import time

    records = tmp_path / "big.yaml"
    records.write_text("editions:\n" + "# padding\n" * (600 * 1024), encoding="utf-8")  # about 6 MB of comments
    started = time.monotonic()
    result = run("show", "KAZ", "--records", records)
    assert time.monotonic() - started < 20
    _one_error_line(result, str(records), "larger than 5 MB")


def test_a_stray_year_in_a_complete_table_is_refused_at_its_line(tmp_path) -> None:
    from synthetic import complete_table, write

    from egovnews import DataError, load_un_survey

    lines = complete_table(2024)
    lines[40] = lines[40].replace("2024,", "2022,", 1)  # a valid survey year, in the wrong file
    path = write(tmp_path / "t.csv", lines)
    with pytest.raises(DataError, match=r"t\.csv:42: field 'Survey Year': 2022 in a file whose other 192 rows are 2024"):
        load_un_survey(path)
