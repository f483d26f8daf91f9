"""The template author's reference, generated from the code it documents.

``templates/README.md`` is this module's output: what every template sees, every frame,
option and role the plan hands it, every field of every fact, every helper of the language
toolkit and every editorial threshold. A test compares the file with :func:`template_reference`,
so the reference cannot drift from the code; ``python tools/template_reference.py`` rewrites it.

>>> "## Frames" in template_reference()
True
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from . import facts as facts_module
from .lang import lang
from .plan import EDITORIAL, FRAMES, ROLES, SAYS, TEMPLATE_FACTS, Editorial
from .refer import Reference
from .render import CONTEXT

_FACT_CLASSES = (
    facts_module.StandingFact,
    facts_module.ChangeFact,
    facts_module.HistoryFact,
    facts_module.LevelFact,
    facts_module.GroupStandingFact,
    facts_module.SubIndexFact,
    facts_module.ComponentsFact,
    facts_module.ComparisonFact,
    facts_module.AverageFact,
)


def _first_paragraph(doc: str | None) -> str:
    text = inspect.cleandoc(doc or "").split("\n\n")[0]
    return " ".join(line.strip() for line in text.splitlines() if not line.strip().startswith(">>>"))


def _field_comments(cls: type) -> dict[str, str]:
    """The ``#:`` comment above each field of a class, as Sphinx reads them."""
    found: dict[str, str] = {}
    pending: list[str] = []
    for line in inspect.getsource(cls).splitlines():
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        match = re.match(r"(\w+)\s*:", stripped)
        if match and pending:
            found[match.group(1)] = " ".join(pending)
        pending = []
    return found


def _type_name(annotation: Any) -> str:
    text = getattr(annotation, "__name__", None) if isinstance(annotation, type) else None
    text = text or str(annotation)
    return re.sub(r"\b(?:typing|decimal|egovnews\.\w+)\.", "", text).replace("NoneType", "None")


def _fact_section(cls: type, common: set[str]) -> list[str]:
    comments = _field_comments(cls)
    kind = cls.model_fields["kind"].default  # type: ignore[attr-defined]
    lines = [f"### `{kind}` ({cls.__name__})", "", _first_paragraph(cls.__doc__), ""]
    lines += ["| field | type | meaning |", "|---|---|---|"]
    for name, field in cls.model_fields.items():  # type: ignore[attr-defined]
        if name in common or name == "kind":
            continue
        lines.append(f"| `{name}` | `{_type_name(field.annotation)}` | {comments.get(name, '')} |")
    for name, member in inspect.getmembers(cls):
        if isinstance(member, property) and not name.startswith("_") and name not in ("model_fields_set", "model_extra"):
            lines.append(f"| `{name}` | property | {_first_paragraph(member.__doc__)} |")
    return [*lines, ""]


def _facts(base: type, classes: tuple[type, ...]) -> list[str]:
    """The fields every fact of a family has (``base``), then one section per fact kind."""
    comments = _field_comments(base)
    out = ["| field | type | meaning |", "|---|---|---|"]
    for name, field in base.model_fields.items():  # type: ignore[attr-defined]
        out.append(f"| `{name}` | `{_type_name(field.annotation)}` | {comments.get(name, '')} |")
    out.append("")
    for cls in classes:
        out += _fact_section(cls, set(base.model_fields))  # type: ignore[attr-defined]
    return out


def _frames(catalogue: dict[str, dict[str, str]]) -> list[str]:
    """A table of frames per template."""
    out: list[str] = []
    for template, frames in catalogue.items():
        out += [f"### `{template}.j2`", "", "| frame | the sentence tells |", "|---|---|"]
        out += [f"| `{frame}` | {text} |" for frame, text in frames.items()]
        out.append("")
    return out


def _roundup_section() -> list[str]:
    """Roundup templates: their facts, frames, options, roles and fact kinds."""
    from . import roundup_facts
    from .roundup import ROUNDUP_FRAMES, ROUNDUP_ROLES, ROUNDUP_SAYS, ROUNDUP_TEMPLATE_FACTS

    out = [
        "## Roundups",
        "",
        "A roundup (`egovnews roundup SCOPE`, `write_roundup`) is about a scope (the world, a region,",
        "a sub-region, the LLDCs, SIDS, LDCs or the CIS); its templates are named `roundup_*.j2`, share",
        "macros in `_roundup.j2`, and see the same names as above except `it` (there is no one country).",
        "The ranking table's labels come from `roundup_table.j2`, one frame per label, which a newsroom",
        "overrides like any other template.",
        "",
        "| template | facts |",
        "|---|---|",
    ]
    out += [f"| `{name}.j2` | {text} |" for name, text in ROUNDUP_TEMPLATE_FACTS.items()]
    out.append("")
    out += _frames(ROUNDUP_FRAMES)
    out += ["### Roundup options: `say`", "", "| option | the sentence includes |", "|---|---|"]
    out += [f"| `{name}` | {text} |" for name, text in ROUNDUP_SAYS.items()]
    out += ["", "### Roundup roles: `named`", "", "| role | countries |", "|---|---|"]
    out += [f"| `{name}` | {text} |" for name, text in ROUNDUP_ROLES.items()]
    out += ["", "### Roundup facts", "", "Every roundup fact has these fields:", ""]
    out += _facts(roundup_facts._ScopeFact, roundup_facts.SCOPE_FACT_CLASSES)
    return out


def template_reference() -> str:
    """The whole reference, as Markdown.

    >>> template_reference().splitlines()[0]
    '# Template reference'
    """
    out = [
        "# Template reference",
        "",
        "<!-- Generated by egovnews.template_doc (python tools/template_reference.py); do not edit by hand. -->",
        "",
        "One folder per language (`fr/`, `en/`, `ru/`), one Jinja2 template per article part and per",
        "fact kind. A folder given with `--templates DIR` (or `DIR/<lang>/`) overrides these by file",
        "name; user templates run in Jinja2's sandbox, and every template is strict: an undefined",
        "variable is an error naming the file and line.",
        "",
        "Templates choose words only. Every editorial decision (what a sentence tells, which",
        "countries it names, whether it gives the EGDI value) is made by the plan and reaches the",
        "template as a named choice: `frame`, `say` and `named`. A default template never compares a",
        "number with a threshold (`tests/test_templates.py` reads them): a new language copies",
        "phrasing, not judgement.",
        "",
        "## What a template sees",
        "",
        "| name | what it is |",
        "|---|---|",
    ]
    out += [f"| `{name}` | {text} |" for name, text in CONTEXT.items()]
    out += ["", "### The country: `it`", ""]
    for name, member in inspect.getmembers(Reference):
        if not name.startswith("_") and (callable(member) or isinstance(member, property)):
            out.append(f"- `it.{name}`: {_first_paragraph(member.__doc__)}")
    out += [
        "",
        "### Shared macros",
        "",
        "`_group.j2` words a group for several templates (its members, where it lies, a tie, the",
        "rank before). It is imported once per language, without a sentence's context, so its",
        "macros take what they read of the sentence as arguments: `{% import '_group.j2' as g %}`,",
        "then `{{ g.tie(f, say, named) }}`, `{{ g.value(f, say, named) }}`. A template of yours that",
        "imported it `with context` and called `g.tie(f)` passes `say, named` after `f` now.",
        "`_roundup.j2` is still imported `with context` by the roundup templates.",
    ]
    out += ["", "## Templates and their facts", "", "| template | facts |", "|---|---|"]
    out += [f"| `{name}.j2` | {text} |" for name, text in TEMPLATE_FACTS.items()]
    out += ["", "## Frames", "", "`frame` is one of these, by template.", ""]
    out += _frames(FRAMES)
    out += ["## Options: `say`", "", "| option | the sentence includes |", "|---|---|"]
    out += [f"| `{name}` | {text} |" for name, text in SAYS.items()]
    out += ["", "## Named countries: `named`", "", "ISO3 codes, by role; a role without countries is empty.", ""]
    out += ["| role | countries |", "|---|---|"]
    out += [f"| `{name}` | {text} |" for name, text in ROLES.items()]
    out += ["", "## Facts", "", "Every fact has these fields:", ""]
    out += _facts(facts_module._Fact, _FACT_CLASSES)
    out += _roundup_section()
    from .page import PAGE_LABELS

    out += [
        "## Page labels",
        "",
        "`page_labels.j2` words the labels of a standalone page (`--format page`) and of its charts, one",
        "per frame and with no fact: " + ", ".join(f"`{label}`" for label in PAGE_LABELS) + ".",
        "",
    ]
    out += ["## Helpers", "", "Each is both a global (`ordinal(24)`) and a filter (`24|ordinal`), bound to the language and", "house style.", ""]
    out += ["| helper | what it does |", "|---|---|"]
    for name, helper in sorted(lang("en").filters().items()):
        doc = _first_paragraph(getattr(helper, "__doc__", None)) if name != "cap" else "Upper-case the first letter only, for a sentence start."
        out.append(f"| `{name}` | {doc} |")
    out += ["", "## Editorial thresholds", "", "The plan's judgements rest on these (`egovnews.plan.Editorial`); templates never see them.", ""]
    out += ["| threshold | default | meaning |", "|---|---|---|"]
    for name, field in Editorial.model_fields.items():
        out.append(f"| `{name}` | `{getattr(EDITORIAL, name)}` | {' '.join((field.description or '').split())} |")
    # Docstrings mark code the reStructuredText way; Markdown takes one backtick.
    return "\n".join(out).replace("``", "`") + "\n"
