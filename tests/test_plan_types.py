"""Every field of every plan holds the type its annotation gives.

Plans are plain frozen dataclasses (plan.py says why): nothing checks their fields when they
are made, so this test does, on every country plan of 2020, 2022 and 2024 (brief and
standard length, with and without the editor's context paragraph) and every roundup plan.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from decimal import Decimal

import pytest

from egovnews.facts import facts_for
from egovnews.plan import ArticlePlan, SentencePlan, plan_article
from egovnews.roundup import plan_roundup
from egovnews.roundup_facts import all_scopes, roundup_facts

EDITIONS = (2020, 2022, 2024)


def type_errors(value: object, annotation: object, where: str) -> list[str]:
    """What in ``value`` does not match ``annotation`` (a dataclass's fields checked in
    turn), each named by its path, e.g. ``plan.lead.sentences[0].facts``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is typing.Any:
        return []
    if origin is typing.Literal:
        return [] if value in args else [f"{where}: {value!r} is none of {args}"]
    if origin in (typing.Union, types.UnionType):
        if any(not type_errors(value, option, where) for option in args):
            return []
        return [f"{where}: {value!r} ({type(value).__name__}) matches none of {annotation}"]
    if origin is tuple:
        if type(value) is not tuple:
            return [f"{where}: {type(value).__name__}, not a tuple"]
        if len(args) == 2 and args[1] is Ellipsis:
            return [e for i, item in enumerate(value) for e in type_errors(item, args[0], f"{where}[{i}]")]
        return [e for i, (item, arg) in enumerate(zip(value, args, strict=True)) for e in type_errors(item, arg, f"{where}[{i}]")]
    if origin is dict:
        if type(value) is not dict:
            return [f"{where}: {type(value).__name__}, not a dict"]
        return [e for key, item in value.items() for e in (*type_errors(key, args[0], f"{where} key"), *type_errors(item, args[1], f"{where}[{key!r}]"))]
    if annotation is type(None):
        return [] if value is None else [f"{where}: {value!r}, not None"]
    if dataclasses.is_dataclass(annotation):
        if type(value) is not annotation:
            return [f"{where}: {type(value).__name__}, not {annotation.__name__}"]  # type: ignore[union-attr]
        hints = typing.get_type_hints(annotation)
        return [e for field in dataclasses.fields(value) for e in type_errors(getattr(value, field.name), hints[field.name], f"{where}.{field.name}")]
    if annotation is float:
        return [] if type(value) in (float, int) else [f"{where}: {type(value).__name__}, not a number"]
    if isinstance(annotation, type):
        # bool is an int in Python, not for a field that says int
        return [] if type(value) is annotation or (annotation is Decimal and isinstance(value, Decimal)) else [f"{where}: {type(value).__name__}, not {annotation.__name__}"]
    raise NotImplementedError(f"{where}: no check for {annotation!r}")


def test_the_check_finds_a_wrong_field() -> None:
    good = SentencePlan(template="standing", facts=("standing",), named={"tied": ("FRA",)})
    assert type_errors(good, SentencePlan, "plan") == []
    wrong = SentencePlan(template="standing", facts=["standing"], say=("x", 1), named={"tied": ["FRA"]})  # type: ignore[arg-type]
    assert type_errors(wrong, SentencePlan, "plan") == [
        "plan.facts: list, not a tuple",
        "plan.say[1]: int, not str",
        "plan.named['tied']: list, not a tuple",
    ]


@pytest.mark.parametrize("edition", EDITIONS)
def test_country_plans_hold_their_types(un_survey, edition: int) -> None:
    errors = []
    for iso3, record in sorted(un_survey.edition(edition).records.items()):
        if not record.has_standing:
            continue
        facts = facts_for(un_survey, iso3, edition)
        for length in ("brief", "standard"):
            for context in (None, "An editor's paragraph."):
                plan = plan_article(facts, context=context, length=length)
                errors += type_errors(plan, ArticlePlan, f"{iso3} {length} context={context is not None}")
    assert errors == []


@pytest.mark.parametrize("edition", EDITIONS)
def test_roundup_plans_hold_their_types(series_survey, edition: int) -> None:
    errors = []
    for scope in all_scopes():
        plan = plan_roundup(roundup_facts(series_survey, scope, edition))
        errors += type_errors(plan, ArticlePlan, f"{scope} {edition}")
    assert errors == []
