"""The shortcuts taken for speed (issue 17) change no output: each is checked against the
plain way it replaced, on generated input, and the loading they save is checked too.
tests/test_output_digests.py checks the whole articles, byte for byte."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from egovnews.lang import LANGUAGES, lang
from egovnews.lang import base
from egovnews.render import environment
from egovnews.style import Style

# Text built of what the typography rules look at: spaces of four kinds, signs French sets
# off, sentence ends, quotes and brackets, apostrophes, newlines, letters in both cases.
typography_text = st.text(alphabet=" \t\n\u00a0\u202f;:!?«»%.,'’()\"abcXYéЖж1", max_size=40)


def typography_before(toolkit: base.Language, text: str) -> str:
    """The typography pass as it was before the shortcuts: every rule on every text."""
    if toolkit.style.apostrophe == "typographic":
        if "'" in text:
            text = base._APOSTROPHE.sub("\u2019", text)
    else:
        text = text.replace("\u2019", "'")
    text = base._SPACE_RUN.sub(base._one_space, text)
    if not base.SPACED_SIGNS.isdisjoint(text):
        text = toolkit._spacing(text)
    text = base._SPACE_BEFORE_STOP.sub(r"\1", text)
    text = base._TRAILING.sub("", text)
    return capitalise_before(toolkit, text)


def capitalise_before(toolkit: base.Language, text: str) -> str:
    starts = {0}
    starts.update(m.end() for m in re.finditer(r"\n", text))
    ends = list(base._SENTENCE_END.finditer(text))
    lead = base._LEAD.match(text)
    first = lead.end() if lead else 0
    if len(starts) == 1 and not ends and (first >= len(text) or not text[first].islower()):
        return text
    for match in ends:
        if match.group(1) == "." and toolkit._is_abbreviation(text[: match.start(1)]):
            continue
        starts.add(match.end())
    chars = list(text)
    for start in starts:
        lead = base._LEAD.match(text, start)
        i = lead.end() if lead else start
        if i < len(chars) and chars[i].isalpha() and chars[i].islower():
            chars[i] = chars[i].upper()
    return "".join(chars)


@settings(max_examples=600)
@given(code=st.sampled_from(LANGUAGES), straight=st.booleans(), text=typography_text)
@example(code="fr", straight=False, text="il a dit «oui»: bravo! l'an 2024 .  ok ,")
@example(code="en", straight=False, text="a.  b\n c ; d ")
def test_typography_gives_what_every_rule_on_every_text_gave(code: str, straight: bool, text: str) -> None:
    toolkit = lang(code, Style(apostrophe="straight") if straight else None)
    assert toolkit.typography(text) == typography_before(toolkit, text)


@settings(max_examples=400)
@given(st.text(alphabet="a'’ _1é\u00a0-x.", max_size=30))
def test_apostrophes_as_the_regular_expression_made_them(text: str) -> None:
    assert base._typographic_apostrophes(text) == base._APOSTROPHE.sub("\u2019", text)


def test_whitespace_runs_collapse_as_the_regular_expression_did() -> None:
    # The renderer turns \s+ into one space with str.split(): the same set of characters.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert [c for c in every if re.fullmatch(r"\s", c)] == [c for c in every if c.isspace()]


# -- helpers remembered by the templates' environment ------------------------------------------

numbers = st.one_of(st.integers(min_value=-3, max_value=250), st.booleans(), st.decimals(min_value=0, max_value=300, places=0))


def _outcome(call) -> tuple[str, str]:
    try:
        return ("ok", call())
    except Exception as error:  # the same refusal, whoever answers
        return (type(error).__name__, str(error))


@settings(max_examples=300)
@given(code=st.sampled_from(LANGUAGES), n=numbers, case=st.sampled_from(["nom", "gen", "acc", "ins", "pre", "bad"]))
def test_remembered_number_helpers_answer_as_the_language_does(code: str, n, case: str) -> None:
    toolkit = lang(code)
    helpers = environment(code, toolkit).globals
    noun = {"fr": "place", "en": "place", "ru": "позиция"}[code]
    for _ in range(2):  # the second call is answered from memory
        assert _outcome(lambda: helpers["count_noun"](n, noun, case=case)) == _outcome(lambda: toolkit.count(n, noun, case=case))
        assert _outcome(lambda: helpers["cardinal"](n, case=case)) == _outcome(lambda: toolkit.cardinal(n, case=case))
        assert _outcome(lambda: helpers["ordinal"](n)) == _outcome(lambda: toolkit.ordinal(n))


def test_a_bool_is_refused_even_after_its_number_was_remembered() -> None:
    helpers = environment("en", lang("en")).globals
    assert helpers["cardinal"](1) == "one"
    with pytest.raises(TypeError):
        helpers["cardinal"](True)
    assert helpers["decimal"](Decimal("0.90095")) == lang("en").decimal(Decimal("0.90095")) == "0.9010"


def test_agreement_with_a_reference_is_remembered_by_its_grammar() -> None:
    from egovnews.refer import Reference

    toolkit = lang("ru")
    agree = environment("ru", toolkit).filters["agree"]
    for iso3, kind in (("KAZ", "name"), ("KAZ", "noun"), ("ARE", "name"), ("FRA", "pronoun")):
        it = Reference(toolkit, iso3, kind)
        assert agree("поднялся", it) == toolkit.agree("поднялся", it)


# -- one plan for the languages of a country ------------------------------------------------


def test_the_languages_of_a_country_share_one_plan_and_few_are_kept(example_records) -> None:
    from egovnews import load_records
    from egovnews.facts import NotableRule, facts_for
    from egovnews.write import _PLANS_KEPT, _shared_plan

    survey = load_records(example_records)
    facts = facts_for(survey, "KAZ", 2024)
    key = ("KAZ", 2024, NotableRule(), None, "standard")
    first = _shared_plan(survey, key, facts)
    assert _shared_plan(survey, key, facts) is first
    for n in range(_PLANS_KEPT):
        _shared_plan(survey, ("KAZ", 2024, NotableRule(), f"context {n}", "standard"), facts)
    assert len(survey.memoized("plans", dict)) == _PLANS_KEPT
    assert _shared_plan(survey, key, facts) is not first  # planned again, the same plan
    assert _shared_plan(survey, key, facts) == first


# -- what is loaded --------------------------------------------------------------------------


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_import_egovnews_loads_no_library() -> None:
    loaded = _modules_after("import egovnews")
    assert not {"pydantic", "jinja2", "babel", "yaml", "num2words", "egovnews.write", "egovnews.model"} & loaded


def test_the_public_names_load_on_first_use() -> None:
    loaded = _modules_after("from egovnews import write_article, countries; assert callable(countries)")
    assert {"egovnews.write", "jinja2"} <= loaded and "egovnews.roundup" not in loaded


def test_a_batch_of_the_un_files_loads_neither_yaml_nor_the_roundups(un_paths, tmp_path) -> None:
    paths = ", ".join(repr(str(p)) for p in un_paths)
    loaded = _modules_after(
        "from egovnews.cli import main\n"
        f"assert main(['batch', '--countries', 'KAZ,FRA', '--quiet', '--data', {paths}, '--out', {str(tmp_path)!r}]) == 0"
    )
    assert "egovnews.write" in loaded
    assert not {"yaml", "egovnews.roundup", "egovnews.roundup_facts", "egovnews.sources.records"} & loaded


def test_the_trusted_environment_refuses_a_global_that_wants_the_context(monkeypatch) -> None:
    # The shipped templates' calls skip Jinja2's context.call: a helper marked pass_context
    # would be called without its context, so the environment is not made.
    import jinja2

    from egovnews import render
    from egovnews.lang.base import Language

    @jinja2.pass_context
    def wants_context(context, value):  # pragma: no cover - never called
        return value

    original = Language.filters
    monkeypatch.setattr(Language, "filters", lambda self: {**original(self), "wants_context": wants_context})
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    with pytest.raises(render.TemplateError, match="wants_context"):
        render.environment("en", lang("en"))


def test_calls_in_the_shipped_templates_skip_context_call() -> None:
    env = environment("fr", lang("fr"))
    source = env.loader.get_source(env, "group_standing.j2")[0]
    code = env.compile(source, raw=True)
    assert "context.call(" not in code and ")(*()" in code
