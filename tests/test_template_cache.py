"""Compiled templates cached on disk (issue 17): used when present, compiled again when the
template's text changes, and never a reason to fail when the cache is unusable."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from egovnews import load_records, write_article
from egovnews import render


@pytest.fixture()
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder, and no environment built yet in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("EGOVNEWS_CACHE_DIR", str(folder))
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    return folder


@pytest.fixture()
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles from their text, in order."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):  # noqa: A001
        names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return names


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process would start: no environment, so no template, in memory."""
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})


def _article(example_records: Path, **options) -> str:
    return write_article(load_records(example_records), "KAZ", 2024, lang="fr", **options).render("txt")


def test_a_second_run_loads_every_template_from_the_cache(cache, compiled, monkeypatch, example_records) -> None:
    first = _article(example_records)
    assert compiled, "the first run compiles the templates it uses"
    files = sorted(p.name for p in cache.rglob("*.jinja"))
    assert len(files) == len(set(compiled))
    compiled.clear()
    _fresh(monkeypatch)
    assert _article(example_records) == first
    assert compiled == []


def test_an_edited_template_is_compiled_again(cache, compiled, monkeypatch, example_records, tmp_path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    source = (Path(render.templates_dir()) / "fr" / "source.j2").read_text(encoding="utf-8")
    (own / "source.j2").write_text(source, encoding="utf-8")
    before = _article(example_records, templates=own)
    (own / "source.j2").write_text(source.replace("{#-", "Note de la rédaction. {#-", 1), encoding="utf-8")
    _fresh(monkeypatch)
    compiled.clear()
    after = _article(example_records, templates=own)
    assert compiled == ["source.j2"]
    assert "Note de la rédaction." in after and "Note de la rédaction." not in before


def test_a_damaged_cache_is_compiled_over(cache, compiled, monkeypatch, example_records) -> None:
    first = _article(example_records)
    files = list(cache.rglob("*.jinja"))
    for i, path in enumerate(files):
        # A truncated file, another program's bytes, an empty file.
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if i % 3 == 0 else b"not a template" if i % 3 == 1 else b"")
    _fresh(monkeypatch)
    compiled.clear()
    assert _article(example_records) == first
    assert len(compiled) == len(files), "each damaged file is compiled again"
    _fresh(monkeypatch)
    compiled.clear()
    assert _article(example_records) == first
    assert compiled == [], "the damaged files were written anew"


def test_a_cache_folder_that_cannot_be_made_is_no_error(monkeypatch, example_records, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("EGOVNEWS_CACHE_DIR", str(blocker / "cache"))
    _fresh(monkeypatch)
    assert "Kazakhstan" in _article(example_records)


def test_off_compiles_in_memory_only(monkeypatch, compiled, example_records, tmp_path) -> None:
    monkeypatch.setenv("EGOVNEWS_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _fresh(monkeypatch)
    _article(example_records)
    _fresh(monkeypatch)
    n = len(compiled)
    _article(example_records)
    assert len(compiled) == 2 * n > 0
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_the_default_folder_is_the_users_cache(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("EGOVNEWS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert render.cache_dir() == tmp_path / "egovnews"


def test_sandboxed_and_trusted_templates_are_cached_apart(cache, example_records, tmp_path) -> None:
    # The sandbox compiles the same text to other code (its operators are intercepted).
    own = tmp_path / "own"
    own.mkdir()
    _article(example_records)
    _article(example_records, templates=own)
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2


def test_an_edited_code_generator_compiles_into_a_folder_of_its_own(cache, compiled, monkeypatch, example_records) -> None:
    # The generator lives in render.py: code compiled by an older one must not be loaded.
    first = _article(example_records)
    _fresh(monkeypatch)
    monkeypatch.setattr(render, "_generator_digest", lambda: "another generator")
    compiled.clear()
    assert _article(example_records) == first
    assert compiled, "nothing compiled by the other generator is used"
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2


def test_the_generator_digest_is_that_of_the_module_source() -> None:
    import hashlib

    assert render._generator_digest() == hashlib.sha256(Path(render.__file__).read_bytes()).hexdigest()
