"""The public entry point: one country, one edition, one language, one Article.

>>> from egovnews import load_records
>>> article = write_article(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024, lang="en")
>>> article.headline.startswith("Kazakhstan")
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import Article
from .countries import countries
from .errors import EgovError
from .facts import NotableRule, facts_for
from .model import Survey
from .plan import plan_article
from .render import Renderer
from .style import Style

#: The languages egovnews writes.
LANGUAGES: tuple[str, ...] = ("fr", "en", "ru")


@lru_cache(maxsize=64)
def _renderer(lang: str, style_json: str, templates: str | None, seed: int | None) -> Renderer:
    from .lang import lang as toolkit_for

    style = Style.model_validate_json(style_json)
    return Renderer(lang, toolkit_for(lang, style), user_templates=templates, seed=seed)


def check_language(lang: str) -> str:
    """The language code if egovnews writes it; an EgovError naming the known ones otherwise.

    >>> check_language("ru")
    'ru'
    """
    if lang not in LANGUAGES:
        raise EgovError(f"unknown language {lang!r}; egovnews writes {', '.join(LANGUAGES)}")
    return lang


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
    check_language(lang)
    iso3 = countries().resolve(country).iso3
    survey.edition(edition)  # an UnknownEditionError names the editions loaded
    facts = facts_for(survey, iso3, edition, rule=rule)
    if context is None:
        record = survey.find_record(iso3, edition)
        context = getattr(record, "context", None) if record is not None else None
    plan = plan_article(facts, context=context)
    style_json = (style or Style()).model_dump_json()
    folder = None if templates is None else str(Path(templates).resolve())
    renderer = _renderer(lang, style_json, folder, seed)
    return renderer.article(plan, facts, context=context)


def write_articles(
    survey: Survey, countries_: Sequence[str], edition: int, langs: Sequence[str], **options: Any
) -> list[Article]:
    """Every article for several countries and languages, in that order (a convenience for scripts).

    >>> from egovnews import load_records
    >>> len(write_articles(load_records("examples/kazakhstan-2024.yaml"), ["KAZ"], 2024, ["fr", "en"]))
    2
    """
    return [write_article(survey, c, edition, lang, **options) for c in countries_ for lang in langs]
