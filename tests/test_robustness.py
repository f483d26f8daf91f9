"""Robustness: the two readers on corrupted input (fuzzed), batch output across processes,
interrupted batches (exceptions and SIGTERM), and the template sandbox's escape routes."""

from __future__ import annotations

import contextlib
import errno
import faulthandler
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT, UN_FILES
from egovnews import EgovError, load_records, load_un_survey, write_article
from egovnews import files as atomic_files
from egovnews.cli import main
from egovnews.render import TemplateError
from synthetic import UN_HEADER, complete_table, row

# ----------------------------------------------------------------------------------------
# 1. The readers, fuzzed: each corrupted file loads, or raises an EgovError that names it.
# ----------------------------------------------------------------------------------------

#: Fuzz cases per starting file; fixed (with derandomize) so that every run tries the same
#: inputs. The CSV reader gets CSV_FUZZ_CASES from each of a synthetic file and real UN rows,
#: plus COMPLETE_TABLE_FUZZ_CASES from a complete 193-row table (the ranks-computing path);
#: the records reader RECORDS_FUZZ_CASES from the YAML example and JSON_FUZZ_CASES from its
#: JSON form. `pytest --hypothesis-show-statistics` shows how many loaded and how many failed.
CSV_FUZZ_CASES = 400
COMPLETE_TABLE_FUZZ_CASES = 100
RECORDS_FUZZ_CASES = 400
JSON_FUZZ_CASES = 200

#: A reader stuck this long on a file of a few hundred bytes is hung.
HANG_SECONDS = 30


def _fuzz(cases: int) -> settings:
    return settings(
        max_examples=cases,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Cells and words that have broken parsers before: huge, negative and special numbers,
# non-ASCII digits, quotes, YAML syntax, NUL, BOM, and Unicode line separators.
TOKENS = [
    "", " ", "-1", "-24", "0", "194", "1e999999999", "-1e999999999", "9" * 400, "1e-999999999",
    "1e99999999999999999999", "NaN", "nan", "-inf", "Infinity", "sNaN", "-0", "0x1A", "1_000",
    "0.5.5", "２０２４", "2024²", "٢٠٢٤", '"', '"unterminated', "'", "Kazakhstan", "KAZ",
    "Côte d'Ivoire", "null", "~", "[]", "{}", "&a", "*a", "&a [*a]", "!!binary", "!!python/object:os.system",
    "? x", "<<: *a", "---", "- ", ": ", "\t", "#", "|", ">", "%YAML 1.1", "\x00", "\ufeff", "\u2028", "\x0c",
]

_index = st.integers(min_value=0, max_value=10_000)
_token = st.sampled_from(TOKENS)
MUTATION = st.one_of(
    st.tuples(st.just("delete"), _index, st.integers(1, 64)),
    st.tuples(st.just("insert"), _index, st.one_of(_token.map(str.encode), st.binary(min_size=1, max_size=8))),
    st.tuples(st.just("replace"), _index, st.integers(0, 255)),
    st.tuples(st.just("truncate"), _index),
    st.tuples(st.just("swap_lines"), _index, _index),
    st.tuples(st.just("duplicate_line"), _index, st.integers(1, 3)),
    st.tuples(st.just("drop_line"), _index),
    st.tuples(st.just("drop_column"), _index),
    st.tuples(st.just("drop_cell"), _index, _index),
    st.tuples(st.just("replace_cell"), _index, _index, _token),
    st.tuples(st.just("replace_word"), _index, _token),
    st.tuples(st.just("delimiter"), st.sampled_from([b";", b"\t", b"|", b" ", b",,", b""])),
    st.tuples(st.just("line_endings"), st.sampled_from([b"\r\n", b"\r", b"\n\n", "\u2028".encode()])),
    st.tuples(st.just("encode"), st.sampled_from(["utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "koi8-r"])),
    st.tuples(st.just("prefix"), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf" * 2, b"\x81\x8d"])),
    st.tuples(st.just("empty"), st.sampled_from([b"", b" ", b"\n\n", b"\xef\xbb\xbf", b"\x00"])),
    st.tuples(st.just("nest"), _index, st.sampled_from([b"[", b"{", b"- ", b"{a: "]), st.integers(1, 3000)),
)
MUTATIONS = st.lists(MUTATION, min_size=1, max_size=4)
_WORD = re.compile(rb"[^\s,:{}\[\]\"']+")


def _at(items: list[Any] | bytes, index: int) -> int:
    return index % max(len(items), 1)


def _mutate(data: bytes, mutation: tuple[Any, ...]) -> bytes:
    kind, *args = mutation
    lines = data.split(b"\n")
    if kind == "delete":
        pos = _at(data, args[0])
        return data[:pos] + data[pos + args[1] :]
    if kind == "insert":
        pos = _at(data, args[0])
        return data[:pos] + args[1] + data[pos:]
    if kind == "replace":
        pos = _at(data, args[0])
        return data[:pos] + bytes([args[1]]) + data[pos + 1 :]
    if kind == "truncate":
        return data[: _at(data, args[0])]
    if kind == "swap_lines":
        i, j = _at(lines, args[0]), _at(lines, args[1])
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "duplicate_line":
        i = _at(lines, args[0])
        lines[i:i] = [lines[i]] * args[1]
    elif kind == "drop_line":
        del lines[_at(lines, args[0])]
    elif kind == "drop_column":
        for i, line in enumerate(lines):
            cells = line.split(b",")
            del cells[_at(cells, args[0])]
            lines[i] = b",".join(cells)
    elif kind in ("drop_cell", "replace_cell"):
        i = _at(lines, args[0])
        cells = lines[i].split(b",")
        k = _at(cells, args[1])
        cells[k : k + 1] = [] if kind == "drop_cell" else [args[2].encode()]
        lines[i] = b",".join(cells)
    elif kind == "replace_word":
        words = list(_WORD.finditer(data))
        if not words:
            return data
        word = words[_at(words, args[0])]
        return data[: word.start()] + args[1].encode() + data[word.end() :]
    elif kind == "delimiter":
        return data.replace(b",", args[0])
    elif kind == "line_endings":
        return data.replace(b"\r\n", b"\n").replace(b"\n", args[0])
    elif kind == "encode":
        return data.decode("utf-8", errors="replace").encode(args[0], errors="replace")
    elif kind == "prefix":
        return args[0] + data
    elif kind == "empty":
        return args[0]
    elif kind == "nest":
        pos = _at(data, args[0])
        return data[:pos] + args[1] * args[2] + data[pos:]
    return b"\n".join(lines)


def corrupt(data: bytes, mutations: list[tuple[Any, ...]]) -> bytes:
    for mutation in mutations:
        data = _mutate(data, mutation)
    return data


# Line breaks as each reader counts them: csv's (and editors'), and YAML's, which adds NEL
# and the Unicode line and paragraph separators.
CSV_BREAKS = re.compile(r"\r\n|\r|\n")
YAML_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def _line_count(data: bytes, breaks: re.Pattern[str]) -> int:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return len(breaks.split(text))


@contextlib.contextmanager
def _hang_guard(config: pytest.Config) -> Iterator[None]:
    """A reader stuck on one input, maybe in C code where neither a signal handler nor a
    thread can step in, ends the run after HANG_SECONDS with every thread's traceback rather
    than hanging it. Output capture is off meanwhile, so that the traceback reaches the
    terminal (the readers print nothing)."""
    capture = config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.__stderr__)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()


def _loads_or_names_the_problem(
    config: pytest.Config, load: Callable[[Path], object], name: str, data: bytes, breaks: re.Pattern[str]
) -> None:
    """The property: the file loads, or the reader raises an EgovError whose message names
    the file and, when it gives a line, a line the file has. Any other exception fails."""
    # A fresh folder per example: hypothesis does not reset function-scoped fixtures.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            with _hang_guard(config):
                load(path)
        except EgovError as error:
            event(type(error).__name__)
            message = str(error)
            assert message.strip(), f"empty message for {data!r}"
            assert str(path) in message, f"the message does not name the file: {message!r}"
            line = getattr(error, "line", None)
            # +1: "no data rows" names the line after a header without a final newline.
            assert line is None or 1 <= line <= _line_count(data, breaks) + 1, f"line {line} is not in the file: {message!r}"
        else:
            event("loaded")


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


# A small valid file in the UN's own layout (quoted names with a trailing space, as the UN
# writes them), two editions, and a non-ASCII name for the encoding corruptions to break.
SYNTHETIC_CSV = _csv(
    UN_HEADER,
    row("Kazakhstan", 24, egdi="0.90093", epi="0.84930", osi="0.93903", hci="0.84029", tii="0.92353"),
    row("France", 34, egdi="0.87442", epi="0.90410", osi="0.86510", hci="0.87960", tii="0.87850"),
    row("Côte d'Ivoire", 120, egdi="0.56700", epi="0.41100", osi="0.55520", hci="0.50400", tii="0.64200"),
    row("Namibia", 118, egdi="0.57000", epi="0.30100", osi="0.46000", hci="0.62000", tii="0.62900"),
    row("Kazakhstan", 28, year="2022", egdi="0.86280", epi="0.72730", osi="0.93440", hci="0.90210", tii="0.75200"),
)
COMPLETE_CSV = _csv(UN_HEADER, *complete_table())

# Known crashers, always tried first (each was, or could be, a crash or a hang).
_HUGE_RANK = [("replace_cell", 1, 2, "1e999999999")]  # int() of it took minutes and gigabytes


@pytest.fixture(scope="module")
def real_rows_csv(un_paths: list[Path], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The 2024 file's header and its first 8 rows, read at test time (never committed)."""
    real = next(path for path in un_paths if path.name == Path(UN_FILES[2024]).name)
    lines = real.read_bytes().splitlines(keepends=True)
    data = b"".join(lines[:9])
    # The fuzz must start from a file that loads, or every case would be a DataError.
    path = tmp_path_factory.mktemp("real") / "rows.csv"
    path.write_bytes(data)
    assert len(load_un_survey(path).edition(2024).records) == 8
    return data


@pytest.fixture(scope="module")
def example_yaml() -> bytes:
    return (ROOT / "examples" / "kazakhstan-2024.yaml").read_bytes()


def _example_json() -> bytes:
    data = yaml.safe_load((ROOT / "examples" / "kazakhstan-2024.yaml").read_text(encoding="utf-8"))
    return json.dumps(data, indent=2).encode()


_EXAMPLE_JSON = _example_json()


@pytest.mark.parametrize(("name", "data", "count"), [("synthetic", SYNTHETIC_CSV, 4), ("complete", COMPLETE_CSV, 193)])
def test_the_synthetic_fuzz_files_load(tmp_path: Path, name: str, data: bytes, count: int) -> None:
    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    survey = load_un_survey(path)
    assert len(survey.edition(2024).records) == count


def test_the_records_fuzz_files_load(tmp_path: Path, example_yaml: bytes) -> None:
    for name, data in (("r.yaml", example_yaml), ("r.json", _EXAMPLE_JSON)):
        (tmp_path / name).write_bytes(data)
        assert load_records(tmp_path / name).record("KAZ", 2024).egdi.rank == 24


@_fuzz(CSV_FUZZ_CASES)
@given(mutations=MUTATIONS)
@example(mutations=_HUGE_RANK)
@example(mutations=[("replace_cell", 1, 0, "2024²")])
@example(mutations=[("replace_cell", 2, 6, "Asia\u2028Pacific"), ("replace_cell", 4, 3, "high")])
def test_un_csv_reader_on_a_corrupted_synthetic_file(pytestconfig: pytest.Config, mutations: list[tuple[Any, ...]]) -> None:
    _loads_or_names_the_problem(pytestconfig, load_un_survey, "bad.csv", corrupt(SYNTHETIC_CSV, mutations), CSV_BREAKS)


@_fuzz(COMPLETE_TABLE_FUZZ_CASES)
@given(mutations=MUTATIONS)
def test_un_csv_reader_on_a_corrupted_complete_table(pytestconfig: pytest.Config, mutations: list[tuple[Any, ...]]) -> None:
    _loads_or_names_the_problem(pytestconfig, load_un_survey, "bad.csv", corrupt(COMPLETE_CSV, mutations), CSV_BREAKS)


@_fuzz(CSV_FUZZ_CASES)
@given(mutations=MUTATIONS)
@example(mutations=_HUGE_RANK)
def test_un_csv_reader_on_corrupted_real_rows(pytestconfig: pytest.Config, real_rows_csv: bytes, mutations: list[tuple[Any, ...]]) -> None:
    _loads_or_names_the_problem(pytestconfig, load_un_survey, "bad.csv", corrupt(real_rows_csv, mutations), CSV_BREAKS)


@_fuzz(RECORDS_FUZZ_CASES)
@given(mutations=MUTATIONS)
@example(mutations=[("insert", 0, b"editions: &a [*a]\n")])  # a cycle: _located recursed forever
@example(mutations=[("replace_word", 60, "egdi: &a {x: *a}\n        osi")])  # a cycle in a record
@example(mutations=[("nest", 0, b"[", 3000)])  # the YAML composer recursed too deep
@example(mutations=[("replace_word", 64, "1e999999999")])  # KAZ's EGDI rank
@example(mutations=[("replace_word", 57, "2024²")])  # the year
def test_records_reader_on_a_corrupted_example(pytestconfig: pytest.Config, example_yaml: bytes, mutations: list[tuple[Any, ...]]) -> None:
    _loads_or_names_the_problem(pytestconfig, load_records, "bad.yaml", corrupt(example_yaml, mutations), YAML_BREAKS)


@_fuzz(JSON_FUZZ_CASES)
@given(mutations=MUTATIONS)
@example(mutations=[("nest", 0, b"[", 5000)])  # json.loads recursed too deep
def test_records_reader_on_a_corrupted_json_example(pytestconfig: pytest.Config, mutations: list[tuple[Any, ...]]) -> None:
    _loads_or_names_the_problem(pytestconfig, load_records, "bad.json", corrupt(_EXAMPLE_JSON, mutations), YAML_BREAKS)


# What the fuzz found, pinned down with the exact messages.


def test_a_huge_rank_is_refused_at_once(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(_csv(UN_HEADER, row("Kazakhstan", rank="1e999999999")))
    with _hang_guard(pytestconfig), pytest.raises(EgovError) as caught:
        load_un_survey(path)
    assert str(caught.value) == f"{path}:2: field 'E-Government Rank': rank 1e999999999 is outside 1..193"


def test_a_year_with_a_superscript_digit_is_not_a_survey_year(tmp_path: Path) -> None:
    path = tmp_path / "year.csv"
    path.write_bytes(_csv(UN_HEADER, row("Kazakhstan", year="2024²")))
    with pytest.raises(EgovError) as caught:
        load_un_survey(path)
    assert str(caught.value) == f"{path}:2: field 'Survey Year': not a survey year: '2024²'"


def test_a_unicode_line_separator_in_a_cell_neither_splits_the_row_nor_shifts_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "separator.csv"
    header = UN_HEADER + ",Region"
    good = _csv(header, row("Kazakhstan") + ",Central\u2028Asia", row("France") + ",Europe")
    path.write_bytes(good)
    assert set(load_un_survey(path).edition(2024).records) == {"KAZ", "FRA"}
    path.write_bytes(good + (row("Namibia", egdi="high") + ",Africa\n").encode())
    with pytest.raises(EgovError) as caught:
        load_un_survey(path)
    assert caught.value.line == 4 and caught.value.field == "E-Government Index"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("editions: &a [*a]\n", 1, "aliases such as *a are not supported"),
        ("title: &t x\neditions:\n  - year: 2024\n    countries: {KAZ: {context: *t}}\n", 4, "aliases such as *t are not supported"),
        ("editions:\n  - " + "[" * 3000 + "\n", 2, "nested more than 50 levels deep"),
    ],
)
def test_records_refuse_aliases_and_deep_nesting_with_a_line(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EgovError) as caught:
        load_records(path)
    assert caught.value.line == line and reason in str(caught.value)


def test_deeply_nested_json_records_are_refused_with_a_line(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"editions":\n' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    with pytest.raises(EgovError) as caught:
        load_records(path)
    assert caught.value.line == 2 and "nested more than 50 levels deep" in str(caught.value)


# ----------------------------------------------------------------------------------------
# 2. The same batch, byte for byte, whatever the process's hash seed.
# ----------------------------------------------------------------------------------------


def _un_batch(out: Path, un_paths: list[Path], hash_seed: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "egovnews", "batch", "--edition", "2024", "--lang", "fr,en,ru"]
    command += ["--data", *map(str, un_paths), "--out", str(out), "--quiet"]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def clean_un_batch(un_paths: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The 579 files of an uninterrupted batch over the UN files (hash seed 1)."""
    out = tmp_path_factory.mktemp("clean-un") / "out"
    result = _un_batch(out, un_paths, hash_seed="1")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    files = _contents(out)
    assert len(files) == 579
    return files


def test_batch_output_is_byte_identical_across_hash_seeds(clean_un_batch: dict[str, bytes], un_paths: list[Path], tmp_path: Path) -> None:
    # The seeds must really change string hashing, or the comparison proves nothing.
    hashes = {
        seed: subprocess.run([sys.executable, "-c", "print(hash('KAZ'))"], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
        for seed in ("1", "2")
    }
    assert hashes["1"] != hashes["2"]
    result = _un_batch(tmp_path / "seed2", un_paths, hash_seed="2")
    assert result.returncode == 0, result.stderr
    other = _contents(tmp_path / "seed2")
    assert sorted(other) == sorted(clean_un_batch)
    assert [name for name in clean_un_batch if other[name] != clean_un_batch[name]] == []


# ----------------------------------------------------------------------------------------
# 3. An interrupted batch leaves whole files only, and a re-run completes it.
# ----------------------------------------------------------------------------------------

COUNTRIES = ("KAZ", "CHE", "TUR", "FRA")  # in the example records; the batch keeps this order
LANGS = ("fr", "en", "ru")
TARGETS = [f"{iso3}-2024-{lang}.txt" for iso3 in COUNTRIES for lang in LANGS]


def _records_batch(example_records: Path, out: Path, *extra: str) -> list[str]:
    return ["batch", "--records", str(example_records), "--countries", ",".join(COUNTRIES), "--lang", ",".join(LANGS),
            "--out", str(out), "--quiet", *extra]


@pytest.fixture()
def clean_records_batch(example_records: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "clean"
    assert main(_records_batch(example_records, out)) == 0
    files = _contents(out)
    assert sorted(files) == sorted(TARGETS)
    return files


def _leftovers(folder: Path) -> list[str]:
    """Temporary files (".NAME.XXXXXXXX.part") left in the folder."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") or path.name.endswith(".part"))


class _FailingStream:
    """Writes half of the text, flushes it to the temporary file on disk, then fails."""

    def __init__(self, stream: Any, error: BaseException, seen: list[tuple[str, int]], folder: Path) -> None:
        self.stream, self.error, self.seen, self.folder = stream, error, seen, folder

    def write(self, text: str) -> int:
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        # What the failure interrupts: a half-written temporary file.
        self.seen.extend((p.name, p.stat().st_size) for p in self.folder.iterdir() if p.name.endswith(".part"))
        raise self.error

    def __enter__(self) -> _FailingStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.close()


def _fail_the_nth_write(monkeypatch: pytest.MonkeyPatch, n: int, error: BaseException, folder: Path) -> list[tuple[str, int]]:
    """Make the nth file written by write_atomically fail half-way; returns the temporary
    files (name, size) that were on disk when it failed."""
    seen: list[tuple[str, int]] = []
    opened = 0

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        nonlocal opened
        opened += 1
        stream = os.fdopen(fd, *args, **kwargs)
        return _FailingStream(stream, error, seen, folder) if opened == n else stream

    # The files module's own view of os only: patching os.fdopen itself would reach pytest's capture too.
    monkeypatch.setattr(atomic_files, "os", types.SimpleNamespace(**{**vars(os), "fdopen": fdopen}))
    return seen


def _assert_half_written(seen: list[tuple[str, int]], name: str, full: bytes) -> None:
    """The failure did strike mid-write: one temporary file for `name`, half full."""
    assert len(seen) == 1 and seen[0][0].startswith(f".{name}."), seen
    assert 0 < seen[0][1] < len(full)


def test_keyboard_interrupt_mid_write_leaves_whole_files_and_a_rerun_completes(
    monkeypatch: pytest.MonkeyPatch, example_records: Path, tmp_path: Path, clean_records_batch: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    seen = _fail_the_nth_write(monkeypatch, 5, KeyboardInterrupt(), out)
    # Ctrl-C ends the command with status 130 (issue 15), and still leaves only whole files.
    assert main(_records_batch(example_records, out)) == 130
    _assert_half_written(seen, TARGETS[4], clean_records_batch[TARGETS[4]])
    assert _leftovers(out) == []
    assert _contents(out) == {name: clean_records_batch[name] for name in TARGETS[:4]}
    monkeypatch.undo()
    assert main(_records_batch(example_records, out)) == 0
    assert _contents(out) == clean_records_batch


def test_main_after_ctrl_c_gives_the_caller_its_sigint_handler_back(
    monkeypatch: pytest.MonkeyPatch, example_records: Path, tmp_path: Path
) -> None:
    # main() ignores a second Ctrl-C while it says "interrupted"; a process that calls it (and
    # the children it starts later, which inherit an ignored SIGINT) must get Ctrl-C back.
    before = signal.getsignal(signal.SIGINT)
    _fail_the_nth_write(monkeypatch, 1, KeyboardInterrupt(), tmp_path / "out")
    assert main(_records_batch(example_records, tmp_path / "out")) == 130
    assert signal.getsignal(signal.SIGINT) is before


def test_disk_full_mid_write_fails_that_file_only_and_a_rerun_completes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], example_records: Path, tmp_path: Path,
    clean_records_batch: dict[str, bytes],
) -> None:
    out = tmp_path / "out"
    seen = _fail_the_nth_write(monkeypatch, 5, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), out)
    capsys.readouterr()
    assert main(_records_batch(example_records, out)) == 1
    err = capsys.readouterr().err
    assert f"CHE en: cannot write: {os.strerror(errno.ENOSPC)}" in err  # TARGETS[4]
    _assert_half_written(seen, TARGETS[4], clean_records_batch[TARGETS[4]])
    assert _leftovers(out) == []
    assert _contents(out) == {name: clean_records_batch[name] for name in TARGETS if name != TARGETS[4]}
    monkeypatch.undo()
    assert main(_records_batch(example_records, out)) == 0
    assert _contents(out) == clean_records_batch


def test_an_interrupted_overwrite_keeps_the_old_file_whole(
    monkeypatch: pytest.MonkeyPatch, example_records: Path, tmp_path: Path, clean_records_batch: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    assert main(_records_batch(example_records, out, "--seed", "7")) == 0
    old = _contents(out)
    assert old[TARGETS[1]] != clean_records_batch[TARGETS[1]]  # else an old file could not be told from a new one
    seen = _fail_the_nth_write(monkeypatch, 2, KeyboardInterrupt(), out)
    # Ctrl-C ends the command with status 130 (issue 15), and still leaves only whole files.
    assert main(_records_batch(example_records, out)) == 130
    _assert_half_written(seen, TARGETS[1], clean_records_batch[TARGETS[1]])
    assert _leftovers(out) == []
    assert _contents(out) == {**old, TARGETS[0]: clean_records_batch[TARGETS[0]]}


# SIGTERM. Python's default is to die on the spot, which left the temporary file of the
# article being written; cli.main() now turns SIGTERM into a clean exit with status 143.

# Runs the command line with every article written in two halves 20 ms apart, so that a
# SIGTERM sent from outside most likely lands while a temporary file holds half an article.
_SLOW_WRITES = """
import os, sys, time
from egovnews.cli import main

real_fdopen = os.fdopen


class Slow:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        time.sleep(0.02)
        return self.stream.write(text[len(text) // 2 :])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


os.fdopen = lambda *args, **kwargs: Slow(real_fdopen(*args, **kwargs))
sys.exit(main(sys.argv[1:]))
"""


def test_sigterm_mid_batch_exits_143_leaving_whole_files_and_a_rerun_completes(
    clean_un_batch: dict[str, bytes], un_paths: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["batch", "--edition", "2024", "--lang", "fr,en,ru", "--data", *map(str, un_paths), "--out", str(out), "--quiet"]
    process = subprocess.Popen([sys.executable, "-c", _SLOW_WRITES, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Signal once a few articles are written and the next one is half-way.
        deadline = time.monotonic() + 120
        while not (out.is_dir() and len(list(out.glob("*.txt"))) >= 3 and list(out.glob(".*.part"))):
            assert process.poll() is None, "the batch ended before it could be signalled"
            assert time.monotonic() < deadline, "no article written in 120 s"
            time.sleep(0.002)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert _leftovers(out) == []
    assert process.returncode == 143, err
    assert err == "egovnews: terminated by SIGTERM\n"
    written = _contents(out)
    assert 3 <= len(written) < 579
    assert {name: clean_un_batch[name] for name in written} == written
    rerun = _un_batch(out, un_paths, hash_seed="1")
    assert rerun.returncode == 0, rerun.stderr
    assert _contents(out) == clean_un_batch


# Sends SIGTERM to itself right after the Nth temporary file is created (N from argv[1]),
# before its name has been returned: the window that write_atomically holds signals back for.
_SIGTERM_IN_MKSTEMP = """
import os, signal, sys
from egovnews import files
from egovnews.cli import main

real_create = files._create_temporary
at, calls = int(sys.argv[1]), 0


def create(*args, **kwargs):
    global calls
    calls += 1
    created = real_create(*args, **kwargs)
    if calls == at:
        os.kill(os.getpid(), signal.SIGTERM)
    return created


files._create_temporary = create
sys.exit(main(sys.argv[2:]))
"""


def _terminated_in_mkstemp(at: int, args: list[str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _SIGTERM_IN_MKSTEMP, str(at), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_sigterm_while_batch_creates_a_temporary_file_leaves_no_temporary_file(
    example_records: Path, tmp_path: Path, clean_records_batch: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    result = _terminated_in_mkstemp(3, _records_batch(example_records, out))
    assert _leftovers(out) == []
    assert result.returncode == 143, result.stderr
    assert _contents(out) == {name: clean_records_batch[name] for name in TARGETS[:2]}


def test_sigterm_during_write_leaves_no_file(example_records: Path, tmp_path: Path) -> None:
    result = _terminated_in_mkstemp(1, ["write", "KAZ", "--records", str(example_records), "--out", str(tmp_path / "kaz.txt")])
    assert result.returncode == 143 and result.stderr == "egovnews: terminated by SIGTERM\n", result.stderr
    assert list(tmp_path.iterdir()) == []


def test_main_restores_the_sigterm_handler_it_replaced(example_records: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert main(["show", "KAZ", "--records", str(example_records)]) == 0
    assert signal.getsignal(signal.SIGTERM) is before


# ----------------------------------------------------------------------------------------
# 4. User templates: sandbox escapes and file reads that tests/test_write_errors.py lacks.
# ----------------------------------------------------------------------------------------


@pytest.fixture()
def records_survey(example_records: Path) -> Any:
    return load_records(example_records)


def _templates(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.j2").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "escape",
    [
        "{{ self.__init__.__globals__ }}",
        "{{ self._TemplateReference__context }}",
        "{{ lipsum.__globals__ }}",
        "{{ lipsum.__globals__.os.popen('id').read() }}",
        "{{ joiner.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
        "{{ namespace.__init__.__globals__ }}",
        "{{ country.__self__ }}",  # a helper's toolkit object
        "{{ variant.__globals__ }}",  # the renderer's own lambda
        "{{ ''|attr('__class__') }}",
        "{{ f|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",  # underscores spelled as escapes
        "{{ '{0.__class__}'.format(f) }}",
        "{% set items = [] %}{{ items.append(1) }}",  # the sandbox is the immutable one
    ],
)
def test_sandbox_refuses_more_escapes(records_survey: Any, tmp_path: Path, escape: str) -> None:
    folder = _templates(tmp_path, headline=escape)
    with pytest.raises(TemplateError, match=r"headline\.j2:1: refused by the sandbox"):
        write_article(records_survey, "KAZ", 2024, lang="en", templates=folder)


def test_user_templates_have_no_open(records_survey: Any, tmp_path: Path) -> None:
    folder = _templates(tmp_path, headline="{{ open('/etc/passwd').read() }}")
    with pytest.raises(TemplateError, match=r"headline\.j2:1: undefined variable: 'open' is undefined"):
        write_article(records_survey, "KAZ", 2024, lang="en", templates=folder)


@pytest.mark.parametrize(
    "statement",
    [
        "{% include '/etc/passwd' %}",
        "{% include 'SECRET' %}",  # SECRET: the absolute path of a file outside the folder
        "{% include '../secret.txt' %}",
        "{% extends 'SECRET' %}",
        "{% import 'SECRET' as s %}x",
        "{% from '../secret.txt' import x %}x",
    ],
)
def test_user_templates_cannot_read_files_outside_their_folder(records_survey: Any, tmp_path: Path, statement: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    folder = _templates(tmp_path, headline=statement.replace("SECRET", str(secret)))
    with pytest.raises(TemplateError) as caught:
        write_article(records_survey, "KAZ", 2024, lang="en", templates=folder)
    assert "no template" in str(caught.value)
    assert "TOP-SECRET" not in str(caught.value) and "root:" not in str(caught.value)


def test_user_templates_can_include_their_own_files(records_survey: Any, tmp_path: Path) -> None:
    # The control for the test above: include does work, inside the folder.
    folder = _templates(tmp_path, headline="{% include 'part.j2' %}", part="Included")
    assert write_article(records_survey, "KAZ", 2024, lang="en", templates=folder).headline == "Included"


def test_html_escapes_every_part_of_the_article(records_survey: Any, tmp_path: Path) -> None:
    # The existing test covers the headline and the context; here every user template
    # (lead, section headings and paragraphs too) writes markup.
    markup = "<em>x</em> & <script>alert(1)</script>"
    names = [p.stem for p in (ROOT / "templates" / "en").glob("*.j2") if not p.name.startswith("_")]
    folder = _templates(tmp_path, **{name: markup for name in names})
    html = write_article(records_survey, "KAZ", 2024, lang="en", templates=folder, context=markup).to_html()
    assert set(re.findall(r"</?(\w+)", html)) == {"article", "h1", "h2", "p"}
    escaped = "&lt;em&gt;x&lt;/em&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"
    for tag in ("h1", "h2", "p"):
        assert f"<{tag}>{escaped}" in html, tag
