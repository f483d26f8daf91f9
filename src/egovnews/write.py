"""The public entry point: one country, one edition, one language, one Article.

>>> from egovnews import load_records
>>> article = write_article(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024, lang="en")
>>> "Kazakhstan" in article.headline
True
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from .article import Article
from .countries import countries
from .errors import EgovError, NoStandingError
from .facts import DEFAULT_RULE, NotableRule, facts_for
from .model import Survey
from .plan import ArticlePlan, plan_article
from .render import Renderer
from .style import Style

from .lang import LANGUAGES
from .lang import default_style
from .lang import lang as toolkit_for


def check_language(lang: str) -> str:
    """The language code if egovnews writes it; an EgovError naming the known ones otherwise.

    >>> check_language("ru")
    'ru'
    """
    if lang not in LANGUAGES:
        raise EgovError(f"unknown language {lang!r}; egovnews writes {', '.join(LANGUAGES)}")
    return lang


def _check_types(**arguments: tuple[Any, type | tuple[type, ...]]) -> None:
    """A TypeError naming the first argument of the wrong type, before anything deep inside
    fails on it with an AttributeError (a bool is no edition or seed, though an int)."""
    for name, (value, expected) in arguments.items():
        if not isinstance(value, expected) or (isinstance(value, bool) and bool not in (expected if isinstance(expected, tuple) else (expected,))):
            kinds = expected if isinstance(expected, tuple) else (expected,)
            wanted = " or ".join("None" if k is type(None) else k.__name__ for k in kinds)
            raise TypeError(f"write_article(): {name} must be {wanted}, not {type(value).__name__} ({value!r:.40})")


#: Plans kept per survey: the last few only, enough for the languages of one country in a row.
_PLANS_KEPT = 8


def _shared_plan(survey: Survey, key: tuple[Any, ...], facts: list[Any]) -> ArticlePlan:
    """The plan of an article, the same in every language: a batch that writes a country in
    three languages in a row plans it once. Only the last few plans are kept (a plan is about
    20 kB; keeping a whole edition's would cost more memory than planning again)."""
    plans: OrderedDict[tuple[Any, ...], ArticlePlan] = survey.memoized("plans", OrderedDict)
    plan = plans.get(key)
    if plan is None:
        *_, context, length = key
        plan = plans[key] = plan_article(facts, context=context, length=length)
    # Threads (the desk's) may share a survey: each step below is atomic, and one that finds
    # an entry gone has lost nothing but a cached plan. (try rather than contextlib.suppress:
    # three Python calls fewer an article.)
    try:
        plans.move_to_end(key)
        while len(plans) > _PLANS_KEPT:
            plans.popitem(last=False)
    except KeyError:
        pass
    return plan


def write_article(
    survey: Survey,
    country: str,
    edition: int,
    lang: str = "fr",
    style: Style | None = None,
    seed: int | None = None,
    *,
    templates: str | Path | None = None,
    context: str | None = None,
    rule: NotableRule | None = None,
) -> Article:
    """Write the article about ``country`` (ISO3, ISO2 or a name) in ``edition``, in ``lang``.

    ``style`` is the house style; ``seed`` changes which wording variants are picked (the
    same seed always gives the same article); ``templates`` is a folder of user templates
    that override the defaults by name (rendered sandboxed); ``context`` is an editor's
    paragraph, or None to take the one the records give.

    >>> from egovnews import load_records
    >>> survey = load_records("examples/kazakhstan-2024.yaml")
    >>> write_article(survey, "KAZ", 2024, lang="ru").headline == write_article(survey, "KAZ", 2024, lang="ru").headline
    True
    """
    _check_types(
        survey=(survey, Survey), country=(country, str), edition=(edition, int), lang=(lang, str),
        style=(style, (Style, type(None))), seed=(seed, (int, type(None))), templates=(templates, (str, Path, type(None))),
        context=(context, (str, type(None))), rule=(rule, (NotableRule, type(None))),
    )
    check_language(lang)
    iso3 = countries().resolve(country).iso3
    survey.edition(edition)  # an UnknownEditionError names the editions loaded
    record = survey.record(iso3, edition)
    if not record.has_standing:
        where = f" ({record.source})" if record.source.file else ""
        raise NoStandingError(
            f"{countries().get(iso3).name} ({iso3}) has no EGDI value or rank in the {edition} edition{where}: nothing to write about"
        )
    facts = facts_for(survey, iso3, edition, rule=rule)
    if context is None:
        record = survey.find_record(iso3, edition)
        context = getattr(record, "context", None) if record is not None else None
    style = style or default_style()
    plan = _shared_plan(survey, (iso3, edition, rule or DEFAULT_RULE, context, style.length), facts)
    # Cheap: the toolkit and the template environment are cached per language and style.
    renderer = Renderer(lang, toolkit_for(lang, style), user_templates=templates, seed=seed)
    return renderer.article(plan, facts, context=context)
