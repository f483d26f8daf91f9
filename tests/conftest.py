"""Shared fixtures. Tests that read the UN files find them in ../shared/data (or
$EGOVNEWS_SHARED_DATA); without them they skip, except under CI=true, where they fail."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Compiled templates go to a folder of the test run's own, not the user's cache (child
# processes inherit it); tests/test_template_cache.py checks the cache itself.
_TEST_CACHE = tempfile.mkdtemp(prefix="egovnews-test-cache-")
os.environ["EGOVNEWS_CACHE_DIR"] = _TEST_CACHE


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_TEST_CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("EGOVNEWS_SHARED_DATA", ROOT.parent / "shared" / "data"))
UN_FILES = {
    2020: "raw/EGOV_DATA_2020.csv",
    2022: "raw/EGOV_DATA_2022.csv",
    2024: "raw/EGOV_DATA_2024_MaryliaCruzS.csv",
}
#: The older editions, loaded beside UN_FILES where a test wants the whole series, as a
#: newsroom with every file would: records and runs then reach back to 2014.
HISTORY_FILES = {
    2014: "raw/EGOV_DATA_2014.csv",
    2016: "raw/EGOV_DATA_2016.csv",
    2018: "raw/EGOV_DATA_2018.csv",
}


def require_shared_data() -> Path:
    """The shared data folder, or a skip (a failure under CI=true) that says why."""
    if (SHARED_DATA / UN_FILES[2024]).is_file():
        return SHARED_DATA
    reason = f"the UN survey files are not at {SHARED_DATA} (set EGOVNEWS_SHARED_DATA to their folder)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires them")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return require_shared_data()


@pytest.fixture(scope="session")
def un_paths(shared_data: Path) -> list[Path]:
    return [shared_data / name for name in UN_FILES.values()]


@pytest.fixture(scope="session")
def un_survey(un_paths):
    from egovnews import load_un_survey

    return load_un_survey(*un_paths)


@pytest.fixture(scope="session")
def series_survey(shared_data: Path):
    """Every edition from 2014 to 2024."""
    from egovnews import load_un_survey

    return load_un_survey(*(shared_data / name for name in {**HISTORY_FILES, **UN_FILES}.values()))


@pytest.fixture()
def example_records() -> Path:
    return ROOT / "examples" / "kazakhstan-2024.yaml"


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """After a run that included the corpus gate, say how much it read."""
    import quality

    if quality.CORPUS_STATS:
        checked = ", ".join(f"{lang}: {n} articles, {w:,} words" for lang, (n, w) in sorted(quality.CORPUS_STATS.items()))
        terminalreporter.write_line(f"corpus gate checked {checked}")
    if quality.VARIETY_STATS:
        variety = ", ".join(
            f"{lang}: {leads} lead and {heads} headline structures, name x{median}"
            for lang, (leads, heads, median) in sorted(quality.VARIETY_STATS.items())
        )
        terminalreporter.write_line(f"2024 batch variety {variety}")
    if quality.ANGLE_STATS:
        angles = next(iter(quality.ANGLE_STATS.values()))
        terminalreporter.write_line("2024 angles: " + ", ".join(f"{name} {n}" for name, n in angles.items()))


#: The editions every roundup of the corpus gate covers.
ROUNDUP_EDITIONS = (2020, 2022, 2024)


@pytest.fixture(scope="session")
def roundup_corpus(series_survey) -> dict[str, list[tuple[str, object, object]]]:
    """Every roundup of every scope for 2020, 2022 and 2024 in each language, as (key, article,
    style); 2024 again in a house style of full length. Shared by the roundup gate and the
    spelling test, which checks the words of country articles and roundups together."""
    from egovnews import LANGUAGES, write_roundup
    from egovnews.roundup_facts import all_scopes
    from egovnews.style import Style

    house = Style(ordinal_style="superscript", apostrophe="straight", name_style="official", serial_comma=True,
                  ordinal_words_below=10, subregion_word="subregion", tie_wording="joint", length="full")
    drafts: dict[str, list[tuple[str, object, object]]] = {lang: [] for lang in LANGUAGES}
    for lang in LANGUAGES:
        for edition in ROUNDUP_EDITIONS:
            for scope in all_scopes():
                drafts[lang].append((f"{scope}-{edition}-{lang}", write_roundup(series_survey, scope, edition, lang=lang), Style()))
        for scope in all_scopes():
            drafts[lang].append((f"{scope}-2024-{lang}-house", write_roundup(series_survey, scope, 2024, lang=lang, style=house), house))
    return drafts
