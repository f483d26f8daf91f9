"""The README's quick start stays true: its sample output is what `make demo` prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _demo_commands() -> list[list[str]]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    return [line.split()[1:] for line in re.findall(r"^\t\$\(BIN\)/(egovnews .+)$", recipe, re.M)]


def test_demo_writes_the_three_articles_and_the_readme_shows_the_french_one():
    commands = _demo_commands()
    assert [c[c.index("--lang") + 1] for c in commands] == ["fr", "en", "ru"]
    outputs = []
    for args in commands:
        result = subprocess.run([sys.executable, "-m", "egovnews", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```text\n", 1)[1].split("```", 1)[0]
    assert outputs[0] == shown
    # Each article opens on a headline naming the country in its own language.
    assert "Kazakhstan" in outputs[1].splitlines()[0] and "Казахстан" in outputs[2].splitlines()[0]


def test_quick_start_names_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_house_style_shown_is_valid(tmp_path):
    from egovnews import Style
    from egovnews.lang import lang

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    path = tmp_path / "house.toml"
    path.write_text(readme.split("```toml\n", 1)[1].split("```", 1)[0], encoding="utf-8")
    style = Style.from_toml(path)
    assert style.tie_wording == "joint" and lang("ru", style).country("KGZ") == "Кыргызстан"


def test_the_roundup_excerpts_are_what_the_command_writes(shared_data):
    """The README's Central Asia excerpts (headline and lead in three languages, then the table)
    are what `egovnews roundup "subregion:Central Asia"` writes from the 2022 and 2024 files."""
    from conftest import UN_FILES

    from egovnews import load_un_survey, write_roundup

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("The Central Asia roundup of 2024", 1)[1].split("### House style", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```text\n")[1:]]
    survey = load_un_survey(shared_data / UN_FILES[2022], shared_data / UN_FILES[2024])
    for lang, block in zip(("en", "fr", "ru"), blocks, strict=True):
        article = write_roundup(survey, "subregion:Central Asia", 2024, lang=lang)
        assert block.strip() == f"{article.headline}\n\n{article.lead.text}", lang
    table = write_roundup(survey, "subregion:Central Asia", 2024, lang="en").table.to_markdown()
    assert table in section
