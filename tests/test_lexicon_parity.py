"""Every language's lexicon names the same entities, in every form of that language and both styles.

A language whose lexicon cannot be loaded fails here with the import error (never a skip):
adding a language to the registry without its lexicon is a bug.
"""

from __future__ import annotations

import re

import pytest

from egovnews.countries import countries
from egovnews.lexicon import LANGUAGES, NAME_STYLES, Lexicon, base, lexicon


def _load(code: str) -> Lexicon:
    """The lexicon of ``code``, or a test failure that says why it could not be loaded."""
    try:
        return lexicon(code)
    except Exception as error:  # noqa: BLE001 - any load error is the finding to report
        pytest.fail(f"lexicon {code!r} cannot be loaded: {type(error).__name__}: {error}", pytrace=False)


def _documented_ids() -> set[str]:
    """Group, level, index, survey and publisher ids as the contract's docstring lists them."""
    quoted = set(re.findall(r'``"([^"]+)"``', base.__doc__ or ""))
    return {q for q in quoted if q == "survey" or q.split(":")[0] in ("group", "level", "index", "org")}


def _required_ids() -> set[str]:
    """Every id a lexicon must have: the 193 states, their regions and sub-regions, the documented ids."""
    table = countries()
    required = set(table.iso3_codes)
    required |= {f"region:{c.region}" for c in table}
    required |= {f"subregion:{c.survey_subregion}" for c in table}
    return required | _documented_ids()


def test_contract_docstring_lists_the_ids() -> None:
    # Guards the regex above: a reworded docstring must not silently empty the required set.
    documented = _documented_ids()
    assert sum(i.startswith("group:") for i in documented) == 4
    assert sum(i.startswith("level:") for i in documented) == 4
    assert sum(i.startswith("index:") for i in documented) == 5
    assert "survey" in documented
    assert "org:UNDESA" in documented


@pytest.mark.parametrize("code", LANGUAGES)
def test_lexicon_loads_and_declares_itself(code: str) -> None:
    lex = _load(code)
    assert lex.code == code
    assert lex.forms and len(set(lex.forms)) == len(lex.forms)


@pytest.mark.parametrize("code", LANGUAGES)
def test_has_every_required_id(code: str) -> None:
    missing = _required_ids() - set(_load(code).entities())
    assert not missing, f"{code} lexicon lacks {len(missing)} ids: {sorted(missing)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_has_every_id_another_language_has(code: str) -> None:
    mine = set(_load(code).entities())
    problems = []
    for other in LANGUAGES:
        if other == code:
            continue
        try:
            theirs = set(lexicon(other).entities())
        except Exception:  # noqa: BLE001 - reported by that language's own tests
            continue
        if theirs - mine:
            problems.append(f"{code} lacks what {other} has: {sorted(theirs - mine)}")
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_entity_form_and_style_is_clean_text(code: str) -> None:
    lex = _load(code)
    bad = []
    for entity in lex.entities():
        for form in lex.forms:
            for style in NAME_STYLES:
                try:
                    text = lex.name(entity, form, style=style)
                except Exception as error:  # noqa: BLE001 - collect every failure, not the first
                    bad.append(f"{entity} {form} {style}: {type(error).__name__}: {error}")
                    continue
                if not isinstance(text, str) or not text or text != text.strip() or "  " in text:
                    bad.append(f"{entity} {form} {style}: {text!r}")
    assert not bad, f"{code}: {len(bad)} bad forms:\n" + "\n".join(bad[:50])


@pytest.mark.parametrize("code", LANGUAGES)
def test_grammar_for_every_entity_and_style(code: str) -> None:
    lex = _load(code)
    bad = []
    for entity in lex.entities():
        for style in NAME_STYLES:
            grammar = lex.grammar(entity, style=style)
            if grammar.number not in ("sg", "pl") or grammar.gender not in ("m", "f", "n", None):
                bad.append(f"{entity} {style}: {grammar}")
    assert not bad, f"{code}: " + "; ".join(bad)


@pytest.mark.parametrize("code", LANGUAGES)
def test_indices_have_an_abbreviation(code: str) -> None:
    lex = _load(code)
    index_ids = sorted(i for i in _documented_ids() if i.startswith("index:"))
    assert all(lex.abbreviation(i) for i in index_ids), {i: lex.abbreviation(i) for i in index_ids}
