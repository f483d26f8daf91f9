"""Rendering: from a plan and its facts to sentences, through Jinja2 templates per language.

One Environment per (language, templates folder, sandboxing). A user's folder comes
before the defaults (a ChoiceLoader), so a newsroom overrides a template by giving a file
of the same name; user templates are rendered in Jinja2's immutable sandbox. Rendering is
strict: a missing variable is an error, never an empty string.

Variation: a template asks ``variant(n)`` (or ``variant(n, "part")`` for a second, independent
choice) for one of ``n`` wordings; ``shared=True`` makes the choice the same for every
sentence of that template in the article, so that a template can alternate with ``repeat``. The choice comes from a
hash of (country, edition, language, seed, template, occurrence), so the same input always
gives the same article and 193 articles do not read alike.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .article import Article, Paragraph, Section, Sentence
from .errors import EgovError
from .plan import ArticlePlan, SentencePlan
from .resources import templates_dir

TEMPLATE_SUFFIX = ".j2"
#: Abbreviations spelled out where the body first uses them; headlines and subheadings keep
#: the short form, as the press does.
INTRODUCED = ("index:EGDI",)


class TemplateError(EgovError):
    """A template that cannot be loaded or rendered; the message names the file and line."""


def _where(name: str, error: BaseException) -> str:
    """``file:line`` of the template line that raised, from Jinja2's rewritten traceback."""
    where = name
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _template_error(error: Exception, name: str) -> TemplateError:
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = error.filename or error.name or name
        return TemplateError(f"{where}:{error.lineno}: template syntax error: {error.message}")
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateError(f"no template {error.name!r} for this language")
    where = _where(name, error)
    if isinstance(error, jinja2.exceptions.SecurityError):
        return TemplateError(f"{where}: refused by the sandbox: {error}")
    if isinstance(error, jinja2.UndefinedError):
        return TemplateError(f"{where}: undefined variable: {error.message}")
    return TemplateError(f"{where}: {type(error).__name__}: {error}")


_ENVIRONMENTS: dict[tuple[str, str, str | None], jinja2.Environment] = {}


def environment(lang: str, toolkit: Any, user_templates: str | Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment for one language and house style, a user's folder first when given.

    The toolkit's helpers are both filters (``{{ 24|ordinal }}``) and globals
    (``{{ ordinal(24) }}``). Environments are cached by (language, style, folder), so a batch
    compiles each template once.

    >>> from egovnews.lang import lang
    >>> env = environment("en", lang("en"))
    >>> env.from_string("{{ 3|ordinal }} of {{ cardinal(4) }}").render()
    '3rd of four'
    """
    folder = None if user_templates is None else str(Path(user_templates).resolve())
    key = (lang, toolkit.style.model_dump_json(), folder)
    found = _ENVIRONMENTS.get(key)
    if found is not None:
        return found
    default = templates_dir() / lang
    if not default.is_dir():
        raise TemplateError(f"no templates for language {lang!r}")
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(default))]
    env_class: type[jinja2.Environment] = jinja2.Environment
    if folder is not None:
        path = Path(folder)
        if not path.is_dir():
            raise TemplateError(f"{path}: no such templates folder")
        # Either DIR/<lang>/ or DIR itself holds the user's templates.
        own = path / lang if (path / lang).is_dir() else path
        loaders.insert(0, jinja2.FileSystemLoader(str(own)))
        env_class = ImmutableSandboxedEnvironment
    env = env_class(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates write plain text; HTML escaping happens once, in Article.to_html().
        autoescape=False,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    helpers = toolkit.filters()
    env.filters.update(helpers)
    env.globals.update(helpers)
    _ENVIRONMENTS[key] = env
    return env


def _variant_picker(key: str) -> Callable[[str, int], int]:
    def pick(slot: str, count: int) -> int:
        digest = hashlib.sha256(f"{key}|{slot}".encode()).digest()
        return int.from_bytes(digest[:8], "big") % count

    return pick


_SPACES = re.compile(r"\s+")


class Renderer:
    """Words one article plan in one language.

    ``toolkit`` is the language toolkit (``egovnews.lang.lang(code, style)``): its filters and
    globals are given to the templates, and its typography pass runs on every sentence.
    """

    def __init__(self, lang: str, toolkit: Any, *, user_templates: str | Path | None = None, seed: int | None = None) -> None:
        self.lang = lang
        self.toolkit = toolkit
        self.seed = seed
        self.env = environment(lang, toolkit, user_templates)
        self.globals = dict(self.env.globals)

    def sentence(
        self,
        plan: SentencePlan,
        facts: dict[str, Any],
        pick: Callable[[str, int], int],
        slot: str,
        *,
        first: bool = True,
        repeat: int = 0,
    ) -> Sentence:
        """Render one planned sentence; its text is one line, typography applied.

        Templates see ``first`` (the sentence opens its paragraph, so the country is named
        rather than a pronoun) and ``repeat`` (how many sentences of this template came
        before, so a figure already given is not given again).
        """
        name = plan.template + TEMPLATE_SUFFIX
        used = [facts[i] for i in plan.facts]
        try:
            template = self.env.get_template(name)
            # Template.render() would copy the environment's globals out of a ChainMap for
            # every sentence; one plain dict of them, merged here, renders the same faster.
            context = template.new_context(
                {
                    **self.globals,
                    "f": used[0] if used else None,
                    "facts": used,
                    "by_kind": {f.kind: f for f in used},
                    "variant": lambda count, part="", shared=False: pick(f"{slot.split('#')[0] if shared else slot}/{part}", count),
                    "first": first,
                    "repeat": repeat,
                },
                shared=True,
            )
            try:
                text = self.env.concat(template.root_render_func(context))  # type: ignore[attr-defined]
            except Exception:
                self.env.handle_exception()  # re-raises with the template's own file and line
        except (jinja2.TemplateError, jinja2.exceptions.SecurityError) as error:
            raise _template_error(error, name) from None
        except Exception as error:
            # A helper refused its arguments, or the template computed the impossible ({{ 1/0 }}):
            # name the template line, so that a batch reports it as one country's failure.
            raise TemplateError(f"{_where(name, error)}: {type(error).__name__}: {error}") from None
        text = _SPACES.sub(" ", text).strip()
        if not text:
            raise TemplateError(f"template {name} rendered no text for facts {', '.join(plan.facts)}")
        return Sentence(text=self.toolkit.typography(text), facts=plan.facts, template=plan.template)

    def article(self, plan: ArticlePlan, facts: list[Any], *, context: str | None = None) -> Article:
        """Render the whole plan into an Article."""
        by_id = {f.id: f for f in facts}
        pick = _variant_picker(f"{plan.country}|{plan.edition}|{self.lang}|{self.seed}")
        counts: dict[str, int] = {}

        def render(sentence_plan: SentencePlan, first: bool = True) -> Sentence:
            n = counts.get(sentence_plan.template, 0)
            counts[sentence_plan.template] = n + 1
            return self.sentence(sentence_plan, by_id, pick, f"{sentence_plan.template}#{n}", first=first, repeat=n)

        def paragraph(sentences: tuple[SentencePlan, ...]) -> Paragraph:
            return Paragraph(tuple(render(s, first=i == 0) for i, s in enumerate(sentences)))

        headline = render(plan.headline)
        lead = paragraph(plan.lead.sentences)
        sections = []
        for section in plan.sections:
            heading = render(section.heading)
            paragraphs = [paragraph(p.sentences) for p in section.paragraphs]
            sections.append(Section(heading=heading, paragraphs=tuple(paragraphs), kind=section.kind))
        lead, sections = self._introduce_abbreviations(lead, sections)
        closing = None
        if plan.context and context:
            text = self.toolkit.typography(_SPACES.sub(" ", context).strip())
            closing = Paragraph((Sentence(text=text),), context=True)
        stated = {i for s in (headline, *lead.sentences) for i in s.facts}
        for section in sections:
            stated.update(section.heading.facts)
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences:
                    stated.update(sentence.facts)
        return Article(
            country=plan.country,
            edition=plan.edition,
            lang=self.lang,
            headline_sentence=headline,
            lead=lead,
            sections=tuple(sections),
            facts={i: by_id[i] for i in by_id if i in stated},
            closing=closing,
        )

    def _introduce_abbreviations(self, lead: Paragraph, sections: list[Section]) -> tuple[Paragraph, list[Section]]:
        """Spell out each of INTRODUCED at its first use in the body ("l'indice de développement
        de l'administration en ligne (EGDI)"), then leave it short; titles keep the short form."""
        paragraphs = [lead, *(p for s in sections for p in s.paragraphs)]
        for entity in INTRODUCED:
            for i, paragraph in enumerate(paragraphs):
                introduced = self._introduce(paragraph, entity)
                if introduced is not None:
                    paragraphs[i] = introduced
                    break
        rest = iter(paragraphs[1:])
        return paragraphs[0], [replace(s, paragraphs=tuple(next(rest) for _ in s.paragraphs)) for s in sections]

    def _introduce(self, paragraph: Paragraph, entity: str) -> Paragraph | None:
        """The paragraph with ``entity`` spelled out in its first sentence that uses it, or None."""
        for j, sentence in enumerate(paragraph.sentences):
            text = self.toolkit.introduce(sentence.text, entity)
            if text is not None:
                spelled = replace(sentence, text=self.toolkit.typography(text))
                return replace(paragraph, sentences=(*paragraph.sentences[:j], spelled, *paragraph.sentences[j + 1 :]))
        return None
