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
from egovnews.lang import base, fr, ru
from egovnews.render import _one_spaced, environment
from egovnews.style import Style

# Text built of what the typography rules look at: spaces of four kinds, signs French sets
# off, sentence ends, quotes and brackets, apostrophes, newlines, letters in both cases.
typography_text = st.text(alphabet=" \t\n\u00a0\u202f\u2003;:!?«»%.,'’()\"”_abcXYéЖж1", max_size=40)

_H = " \t\u00a0\u202f"
# The regular expressions the spacing and capitalisation rules used before they looked only
# where their signs stand: the oracles below.
FR_BEFORE_CLOSING_QUOTE = re.compile(f"[{_H}]*»")
RU_BEFORE_CLOSING_QUOTE = re.compile(f"[{_H}]+»")
HIGH_SIGN_BEFORE = re.compile(f"(?<=[^\\s{_H}])[{_H}]*([;:!?])(?=[\\s»)\"”]|$|[!?])")
WORD_BEFORE = re.compile(r"([\w.]+)$")


def high_signs_before(text: str, space: str, colon: str) -> str:
    def high_sign(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1] if match.start() else ""
        sign = match.group(1)
        return sign if before in "!?;:" else (colon if sign == ":" else space) + sign

    return HIGH_SIGN_BEFORE.sub(high_sign, text)


def spacing_before(toolkit: base.Language, text: str) -> str:
    """Each language's spacing rules as they were: every rule on every text."""
    if toolkit.code == "fr":
        space, colon = toolkit.style.french_space_char, toolkit.style.french_colon_space_char
        text = high_signs_before(text, space, colon)
        if "«" in text or "»" in text:
            text = fr._AFTER_OPENING_QUOTE.sub("«" + space, text)
            text = FR_BEFORE_CLOSING_QUOTE.sub(space + "»", text)
        return fr._BEFORE_PERCENT.sub(space + "%", text) if "%" in text else text
    text = base._SPACE_BEFORE_SIGN.sub(r"\1", text)
    if toolkit.code == "ru":
        text = ru._AFTER_OPENING_QUOTE.sub("«", text)
        text = RU_BEFORE_CLOSING_QUOTE.sub("»", text)
    return text


def is_abbreviation_before(toolkit: base.Language, before: str) -> bool:
    match = WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1).strip(".")
    return (len(word) == 1 and word.isalpha()) or word.lower() in toolkit.abbreviations


def typography_before(toolkit: base.Language, text: str) -> str:
    """The typography pass as it was before the shortcuts: every rule on every text."""
    if toolkit.style.apostrophe == "typographic":
        if "'" in text:
            text = base._APOSTROPHE.sub("\u2019", text)
    else:
        text = text.replace("\u2019", "'")
    text = base._SPACE_RUN.sub(base._one_space, text)
    if not base.SPACED_SIGNS.isdisjoint(text):
        text = spacing_before(toolkit, text)
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
        if match.group(1) == "." and is_abbreviation_before(toolkit, text[: match.start(1)]):
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
@example(code="fr", straight=False, text="_'é")
def test_typography_gives_what_every_rule_on_every_text_gave(code: str, straight: bool, text: str) -> None:
    toolkit = lang(code, Style(apostrophe="straight") if straight else None)
    assert toolkit.typography(text) == typography_before(toolkit, text)


@settings(max_examples=500)
@given(text=typography_text, space=st.sampled_from(["\u202f", "\u00a0", " "]), colon=st.sampled_from(["\u00a0", "\u202f"]))
@example(text="a ! ?", space="\u202f", colon="\u00a0")
@example(text="x! ?;:\n a\u2003: b", space="\u202f", colon="\u00a0")
def test_french_high_signs_as_the_regular_expression_spaced_them(text: str, space: str, colon: str) -> None:
    assert fr._high_signs(text, space, colon) == high_signs_before(text, space, colon)


@settings(max_examples=500)
@given(text=typography_text, space=st.sampled_from(["\u202f", "\u00a0", " ", ""]))
@example(text="a \t»» b\u202f»", space="\u202f")
def test_spaces_before_closing_quotes_as_the_regular_expressions_set_them(text: str, space: str) -> None:
    assert base._before_each(text, "»", space) == FR_BEFORE_CLOSING_QUOTE.sub(space + "»", text)
    assert base._before_each(text, "»", "") == RU_BEFORE_CLOSING_QUOTE.sub("»", text)


@settings(max_examples=500)
@given(text=typography_text)
@example(text="a\u00a0; b")
@example(text=": a ?")
def test_a_space_before_a_sign_found_where_the_regular_expression_finds_one(text: str) -> None:
    assert base._spaced_before(text, ";:!?") == bool(re.search(f"[{_H}][;:!?]", text))


@settings(max_examples=600)
@given(text=typography_text)
@example(text="0.9009.")
@example(text="a.») b")
@example(text="a?\u2003")
def test_a_sentence_end_found_where_the_regular_expression_finds_one(text: str) -> None:
    assert base._ends_inside(text) == bool(base._SENTENCE_END.search(text))


@settings(max_examples=400)
@given(st.text(alphabet="ab_1Ж. \n\u2003-", max_size=20))
def test_the_last_word_as_the_regular_expression_found_it(before: str) -> None:
    match = WORD_BEFORE.search(before)
    assert base._last_word(before) == (match.group(1) if match else "")


@settings(max_examples=400)
@given(text=st.text(alphabet="EGDIA-B()_ aЖ", max_size=30), short=st.sampled_from(["EGDI", "AA", "ABA", "A-A", "Ж"]))
@example(text="AAA (AA) AA_ AA", short="AA")
@example(text="A-A-A A-A", short="A-A")
def test_abbreviations_standing_alone_as_the_regular_expression_found_them(text: str, short: str) -> None:
    pattern = re.compile(rf"(?<![(\w]){re.escape(short)}(?![)\w])")
    assert list(base._standing_alone(text, short)) == [m.span() for m in pattern.finditer(text)]


def _introduced_as_before(toolkit, text: str, entity: str) -> str | None:
    # Every place of every level name holding the abbreviation found first, as introduce()
    # did before it searched for any of them at once.
    short = toolkit.abbreviation(entity)
    if short not in text:
        return None
    inside = [m.span() for name in toolkit._names_holding(short) if name in text for m in re.finditer(re.escape(name), text)]
    use = next((span for span in base._standing_alone(text, short) if not any(a <= span[0] < b for a, b in inside)), None)
    if use is None:
        return None
    spelled = toolkit._lexicon().name(entity, toolkit.introduction_form, style=toolkit.style.name_style)
    return f"{text[: use[0]]}{spelled} ({short}){text[use[1] :]}"


@st.composite
def texts_with_level_names(draw, code: str) -> str:
    names = list(lang(code)._names_holding("EGDI"))
    pieces = st.sampled_from([*names, "EGDI", "(EGDI)", "EGDIs", " ", ", ", "le pays", "страна", "the"])
    return "".join(draw(st.lists(pieces, max_size=6)))


@settings(max_examples=300)
@given(data=st.data(), code=st.sampled_from(LANGUAGES))
def test_an_abbreviation_is_spelled_out_where_it_was_before(data, code: str) -> None:
    text = data.draw(texts_with_level_names(code))
    toolkit = lang(code)
    assert toolkit.introduce(text, "index:EGDI") == _introduced_as_before(toolkit, text, "index:EGDI")


@settings(max_examples=400)
@given(st.text(alphabet="a'’ _1é\u00a0-x.", max_size=30))
def test_apostrophes_as_the_regular_expression_made_them(text: str) -> None:
    assert base._typographic_apostrophes(text) == base._APOSTROPHE.sub("\u2019", text)


def test_whitespace_runs_collapse_as_the_regular_expression_did() -> None:
    # The renderer turns \s+ into one space with str.split(): the same set of characters.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert [c for c in every if re.fullmatch(r"\s", c)] == [c for c in every if c.isspace()]


def test_every_white_space_character_is_unprintable_but_the_space() -> None:
    # _one_spaced leaves a printable text with single inner spaces as it is: sound only if
    # no other white space character is printable.
    every = map(chr, range(sys.maxunicode + 1))
    assert [c for c in every if c.isspace() and c.isprintable()] == [" "]


@settings(max_examples=600)
@given(typography_text)
@example("Le pays\u00a0: 24e.")
@example(" Il monte.")
def test_white_space_runs_made_one_space_as_split_and_join_made_them(text: str) -> None:
    assert _one_spaced(text) == " ".join(text.split())


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


@settings(max_examples=200)
@given(
    code=st.sampled_from(LANGUAGES), n=numbers,
    gender=st.sampled_from(["m", "f", "n", "bad"]), case=st.sampled_from(["nom", "gen", "ins", "bad"]),
    codes=st.lists(st.sampled_from(["KAZ", "FRA", "USA", "ARE", "XXX", 7]), max_size=3).map(tuple),
    form=st.sampled_from(["nom", "def", "gen", "bad"]),
)
def test_remembered_keyword_and_name_list_calls_answer_as_the_language_does(code: str, n, gender: str, case: str, codes: tuple, form: str) -> None:
    # The short ways to a remembered answer: keywords of text after plain arguments, and a
    # tuple of codes (a tuple holding anything but text takes the general way).
    toolkit = lang(code)
    helpers = environment(code, toolkit).globals
    for _ in range(2):  # the second call is answered from memory
        assert _outcome(lambda: helpers["ordinal"](n, gender=gender, case=case)) == _outcome(lambda: toolkit.ordinal(n, gender=gender, case=case))
        assert _outcome(lambda: helpers["cardinal"](n, gender=gender)) == _outcome(lambda: toolkit.cardinal(n, gender=gender))
        assert _outcome(lambda: helpers["names"](codes, form)) == _outcome(lambda: toolkit.names(codes, form))


def test_a_bool_is_refused_even_after_its_number_was_remembered() -> None:
    helpers = environment("en", lang("en")).globals
    assert helpers["cardinal"](1) == "one"
    with pytest.raises(TypeError):
        helpers["cardinal"](True)
    assert helpers["ordinal"](1, case="nom") == "1st"
    with pytest.raises(TypeError):
        helpers["ordinal"](True, case="nom")
    assert helpers["decimal"](Decimal("0.90095")) == lang("en").decimal(Decimal("0.90095")) == "0.9010"


def test_agreement_with_a_reference_is_remembered_by_its_grammar() -> None:
    from egovnews.refer import Reference

    toolkit = lang("ru")
    agree = environment("ru", toolkit).filters["agree"]
    for iso3, kind in (("KAZ", "name"), ("KAZ", "noun"), ("ARE", "name"), ("FRA", "pronoun")):
        it = Reference(toolkit, iso3, kind)
        assert agree("поднялся", it) == toolkit.agree("поднялся", it)


@pytest.mark.parametrize("code", LANGUAGES)
def test_by_number_with_a_reference_chooses_as_the_language_does(code: str) -> None:
    from egovnews.refer import Reference

    toolkit = lang(code)
    by_number = environment(code, toolkit).filters["by_number"]
    for iso3, kind in (("KAZ", "name"), ("KAZ", "noun"), ("USA", "name"), ("ARE", "short"), ("NLD", "pronoun")):
        it = Reference(toolkit, iso3, kind)
        assert by_number(it, "one", "many") == toolkit.by_number(it, "one", "many")
    assert by_number(("FRA", "DEU"), "one", "many") == "many" and by_number("FRA", "one", "many") == "one"
    assert by_number("USA", singular="one", plural="many") == toolkit.by_number("USA", "one", "many")


def test_a_list_is_not_remembered() -> None:
    # notes=...|list: one country's ranks, asked for once a batch; remembering them would
    # only hold memory.
    toolkit = lang("en")
    names = environment("en", toolkit).globals["names"]
    before = len(toolkit._formatted)
    assert names(("CHE", "FRA"), "def", notes=["26th", "34th"]) == "Switzerland (26th) and France (34th)"
    assert len(toolkit._formatted) == before
    assert names(("CHE", "FRA"), "def", notes=("26th", "34th")) == "Switzerland (26th) and France (34th)"
    assert len(toolkit._formatted) == before + 1


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


# -- the code the trusted environment compiles templates to ------------------------------------

LIBRARY = (
    "{% macro pair(a, b='-') %}[{{ a }}{{ b }}]{% endmacro %}"
    "{% macro wrap() %}<{{ caller() }}>{% endmacro %}"
    "{% macro rest(a) %}{{ a }}{{ varargs|join(',') }}{{ kwargs|dictsort|join(',') }}{% endmacro %}"
)
PAGES = {
    "lib.j2": LIBRARY,
    "page.j2": (
        "{% import 'lib.j2' as l %}{% from 'lib.j2' import pair %}{% set x = 'set' %}"
        "{{ l.pair(1) }}{{ l.pair(1, 2) }}{{ pair(1, b=3) }}{{ pair(a=4) }}{% call l.wrap() %}in{% endcall %}"
        "{{ l.rest(1, 2, 3) }}{{ l.rest(1, z=2) }}{{ x }}{{ d.a }}{{ d.items is defined }}{{ d.zz is defined }}"
        "{{ o.real }}{{ o.nothing is defined }}{{ shadowed }}{% for i in [1, 2] %}{{ i }}{{ x }}{% endfor %}"
        "{% set block %}<{{ x }}>{% set inner %}{{ x }}{% endset %}{{ inner }}{% endset %}{{ block }}{{ block is string }}"
    ),
    "with_context.j2": "{% import 'lib.j2' as l with context %}{{ l.pair(x) }}",
    "too_many.j2": "{% import 'lib.j2' as l %}{{ l.pair(1, 2, 3) }}",
    "undefined.j2": "{{ d.zz ~ '' }}",
}


def _render_as_the_renderer_does(env, name: str, **values) -> str:
    from egovnews.render import _context_maker

    template = env.get_template(name)
    context = _context_maker(env)(dict(env.globals), values, name, template.blocks)
    return env.concat(template.root_render_func(context))


@pytest.mark.parametrize("source", ["{{ x }}", "{% block b %}{{ x }}{% endblock %}{% block c %}{% endblock %}"])
def test_a_sentence_context_is_the_one_jinja2_makes(source: str) -> None:
    import jinja2

    from egovnews.render import _COMPILE_OPTIONS, _context_maker, _Environment

    env = _Environment(**_COMPILE_OPTIONS)
    template = env.from_string(source)
    parent = dict(env.globals)
    ours = _context_maker(env)(parent, {"x": 1}, "t.j2", template.blocks)
    theirs = jinja2.runtime.Context(env, parent, "t.j2", template.blocks)
    theirs.vars["x"] = 1

    def state(context):
        return {key: vars(value) if key == "eval_ctx" else value for key, value in vars(context).items()}

    assert type(ours) is type(theirs) and state(ours) == state(theirs)
    assert ours.parent is parent and ours.blocks is not template.blocks
    assert env.concat(template.root_render_func(ours)) == template.render(x=1)


@pytest.mark.parametrize("name", ["page.j2", "with_context.j2"])
def test_direct_calls_imports_and_lookups_render_as_jinja2_does(name: str) -> None:
    import jinja2

    from egovnews.render import _COMPILE_OPTIONS, _Environment

    values = {"d": {"a": "item"}, "o": 5, "x": "X", "shadowed": "mine"}
    options = dict(_COMPILE_OPTIONS, undefined=jinja2.StrictUndefined)
    ours = _Environment(loader=jinja2.DictLoader(PAGES), **options)
    ours.globals["shadowed"] = "global"
    theirs = jinja2.Environment(loader=jinja2.DictLoader(PAGES), **options)
    theirs.globals["shadowed"] = "global"
    expected = theirs.get_template(name).render(**values)
    assert _render_as_the_renderer_does(ours, name, **values) == expected
    assert _render_as_the_renderer_does(ours, name, **values) == expected  # the import made once
    assert ours.get_template(name).render(**values) == expected  # Template.render, Jinja2's own import


def test_set_blocks_in_the_trusted_environment_ask_nothing_about_autoescape() -> None:
    from egovnews.render import _COMPILE_OPTIONS, _Environment

    code = _Environment(**_COMPILE_OPTIONS).compile("{% set b %}{{ x }}{% endset %}{{ b }}", raw=True)
    assert "concat(" in code and "identity" not in code.split("\n", 1)[1]  # the import line names it


def test_the_trusted_environment_refuses_autoescape_blocks() -> None:
    # Its sentences share one EvalContext, which such a block would change for all of them.
    import jinja2

    from egovnews.render import _COMPILE_OPTIONS, _Environment

    with pytest.raises(jinja2.TemplateAssertionError, match="autoescape"):
        _Environment(**_COMPILE_OPTIONS).from_string("{% autoescape true %}{{ x }}{% endautoescape %}")
    assert jinja2.Environment(**_COMPILE_OPTIONS).from_string("{% autoescape true %}{{ x }}{% endautoescape %}").render(x="<") == "&lt;"


def test_sentences_share_the_context_parts_no_template_changes() -> None:
    from egovnews.render import _COMPILE_OPTIONS, _context_maker, _Environment

    env = _Environment(**_COMPILE_OPTIONS)
    make = _context_maker(env)
    one, two = make({}, {"x": 1}, "a.j2", {}), make({}, {"x": 2}, "b.j2", {})
    assert one.eval_ctx is two.eval_ctx and one.globals_keys is two.globals_keys
    assert one.exported_vars is not two.exported_vars and one.blocks is not two.blocks  # templates fill these


def test_the_trusted_environment_refuses_what_jinja2_refuses() -> None:
    import jinja2

    from egovnews.render import _COMPILE_OPTIONS, _Environment

    ours = _Environment(loader=jinja2.DictLoader(PAGES), undefined=jinja2.StrictUndefined, **_COMPILE_OPTIONS)
    with pytest.raises(TypeError, match="takes not more than 2 argument"):
        _render_as_the_renderer_does(ours, "too_many.j2")
    with pytest.raises(jinja2.UndefinedError, match="zz"):
        _render_as_the_renderer_does(ours, "undefined.j2", d={"a": 1})


def test_named_roles_and_facts_by_kind_read_as_attributes_and_items() -> None:
    from egovnews.render import _ByKind, _Named, _with_attributes

    named = _with_attributes(_Named, {"tied": ("FRA", "DEU")})
    assert named.tied == named["tied"] == ("FRA", "DEU")
    assert named.behind == named["behind"] == ()
    assert named.risers == ()  # a roundup's role
    with pytest.raises(AttributeError, match="no role 'tide'"):
        named.tide
    by_kind = _with_attributes(_ByKind, {"change": "the change"})
    assert by_kind.change == by_kind["change"] == "the change"
    assert "level" not in by_kind
    with pytest.raises(AttributeError):
        by_kind.level
