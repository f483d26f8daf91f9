"""templates/README.md is the template author's reference: generated from the code, it must
say what the code does, and the catalogue it documents must be what the templates use."""

from __future__ import annotations

import re

import pytest

from egovnews import LANGUAGES, load_records, write_article
from egovnews.plan import FRAMES, ROLES, SAYS
from egovnews.render import CONTEXT, TEMPLATE_SUFFIX
from egovnews.roundup import ROUNDUP_FRAMES, ROUNDUP_ROLES, ROUNDUP_SAYS
from egovnews.resources import templates_dir
from egovnews.template_doc import template_reference


def test_the_readme_is_the_generated_reference() -> None:
    written = (templates_dir() / "README.md").read_text(encoding="utf-8")
    assert written == template_reference(), "templates/README.md is stale: run python tools/template_reference.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_frame_is_worded_in_every_language(lang: str) -> None:
    missing = []
    for template, frames in {**FRAMES, **ROUNDUP_FRAMES}.items():
        source = (templates_dir() / lang / f"{template}{TEMPLATE_SUFFIX}").read_text(encoding="utf-8")
        # A frame is worded when the template names it, or falls to its final {% else %}.
        named = set(re.findall(r"'(\w+)'", source))
        unnamed = [frame for frame in frames if frame not in named]
        if len(unnamed) > 1 or (unnamed and "{% else %}" not in source):
            missing.append(f"{template}: {unnamed}")
    assert not missing, f"{lang} templates leave frames unworded: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_options_and_roles_a_template_reads_exist(lang: str) -> None:
    unknown = []
    for path in (templates_dir() / lang).glob(f"*{TEMPLATE_SUFFIX}"):
        source = path.read_text(encoding="utf-8")
        # Roundup templates read the roundup catalogue; the others, the country article's.
        says, roles = (ROUNDUP_SAYS, ROUNDUP_ROLES) if path.name.startswith(("roundup_", "_roundup")) else (SAYS, ROLES)
        unknown += [f"{path.name}: say {o}" for o in re.findall(r"'(\w+)' (?:not )?in say", source) if o not in says]
        unknown += [f"{path.name}: named.{r}" for r in re.findall(r"named\.(\w+)", source) if r not in roles]
    assert not unknown, unknown


def test_every_documented_name_is_in_a_templates_context(tmp_path, example_records) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    # A user template that uses every name the reference documents: strict rendering fails on any missing one.
    names = " ".join(f"{{{{ {name} is defined and {name} is not none or {name} is none }}}}" for name in CONTEXT)
    (folder / "headline.j2").write_text(names.replace("{{ it is", "{{ it|string|length is") + " ok", encoding="utf-8")
    article = write_article(load_records(example_records), "KAZ", 2024, lang="en", templates=tmp_path)
    assert article.headline.endswith("ok") and "False" not in article.headline
