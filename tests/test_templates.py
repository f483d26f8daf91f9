"""Templates choose words, never judgement: every editorial decision reaches them as a named
choice of the plan (``frame == 'fall_in_tier'``, ``'value' in say``), so a fourth language
copies phrasing, not thresholds. This test reads every default template's syntax tree."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from egovnews import LANGUAGES
from egovnews.render import TEMPLATE_SUFFIX
from egovnews.resources import templates_dir

TEMPLATES = sorted((lang, path) for lang in LANGUAGES for path in (templates_dir() / lang).glob(f"*{TEMPLATE_SUFFIX}"))
_ORDERING = {"gt", "gteq", "lt", "lteq"}
_NUMERIC_TESTS = {"divisibleby", "gt", "ge", "lt", "le", "greaterthan", "lessthan", "eq", "ne", "equalto", "sameas", "odd", "even"}


def _is_number(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Const) and isinstance(node.value, int | float) and not isinstance(node.value, bool)


def _is_name_constant(node: nodes.Node) -> bool:
    """A named choice: a string, or a tuple or list of strings."""
    if isinstance(node, nodes.Const):
        return isinstance(node.value, str)
    if isinstance(node, nodes.Tuple | nodes.List):
        return bool(node.items) and all(_is_name_constant(item) for item in node.items)
    return False


def decisions(source: str) -> list[str]:
    """What in a template's source decides instead of choosing words: number comparisons,
    comparisons of anything but a named choice, numeric tests, arithmetic with a constant,
    and slices (how many countries to name is the plan's choice).

    >>> decisions("{% if f.rank == 1 %}x{% endif %}{% if frame == 'first' %}y{% endif %}")
    ['line 1: f.rank == 1']
    """
    tree = jinja2.Environment().parse(source)
    found = []
    for compare in tree.find_all(nodes.Compare):
        operands = [compare.expr, *(op.expr for op in compare.ops)]
        ordering = any(op.op in _ORDERING for op in compare.ops)
        if ordering or any(_is_number(o) for o in operands) or not any(_is_name_constant(o) for o in operands):
            found.append(f"line {compare.lineno}: {_source(compare)}")
    for test in tree.find_all(nodes.Test):
        if test.name in _NUMERIC_TESTS:
            found.append(f"line {test.lineno}: is {test.name}")
    for binary in tree.find_all(nodes.BinExpr):
        if _is_number(binary.left) or _is_number(binary.right):
            found.append(f"line {binary.lineno}: arithmetic with a constant ({binary.operator})")
    for cut in tree.find_all(nodes.Slice):
        found.append(f"line {cut.lineno}: a slice")
    return found


def _source(compare: nodes.Compare) -> str:
    def text(node: nodes.Node) -> str:
        if isinstance(node, nodes.Const):
            return repr(node.value)
        if isinstance(node, nodes.Name):
            return node.name
        if isinstance(node, nodes.Getattr):
            return f"{text(node.node)}.{node.attr}"
        return type(node).__name__

    symbols = {"eq": "==", "ne": "!=", "gt": ">", "gteq": ">=", "lt": "<", "lteq": "<=", "in": "in", "notin": "not in"}
    return " ".join([text(compare.expr), *(f"{symbols.get(op.op, op.op)} {text(op.expr)}" for op in compare.ops)])


def test_there_are_templates_to_read() -> None:
    assert len(TEMPLATES) >= 3 * 15


@pytest.mark.parametrize(("lang", "path"), TEMPLATES, ids=[f"{lang}/{path.name}" for lang, path in TEMPLATES])
def test_no_template_decides(lang: str, path: Path) -> None:
    found = decisions(path.read_text(encoding="utf-8"))
    assert not found, f"{lang}/{path.name} decides what the plan should: " + "; ".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "{% if f.places >= 10 %}a big move{% endif %}",
        "{% if f.tier in ('top10', 'top20') and f.places <= -3 %}x{% endif %}",
        "{% if f.weakest_rank <= 20 %}x{% endif %}",
        "{% if f.previous_rank == f.rank %}as before{% endif %}",
        "{% if f.rank is divisibleby 10 %}x{% endif %}",
        "{{ s.ranked_count - 1 }} other countries",
        "{{ names(f.behind[:1]) }}",
        "{% if variant(2) == 0 %}a{% endif %}",
    ],
)
def test_a_decision_in_a_template_is_found(source: str) -> None:
    assert decisions(source)


def test_named_choices_pass() -> None:
    source = "{% if frame == 'first' and 'value' in say %}{% elif frame in ('rise', 'big_rise') %}{% endif %}{{ f.tier == 'top10' }}"
    assert decisions(source) == []
