"""Document planning: which facts an article states, in which order, under which headings.

A plan is language-neutral: each sentence names the template that words it (one per fact
kind: ``standing``, ``change``, ``group_standing``…) and the ids of the facts it states.
Sections are ranked by the salience of their facts, so that a leader of a group opens on its
leadership and a mid-table country on its strongest sub-index.

>>> from egovnews import load_records
>>> from egovnews.facts import facts_for
>>> plan = plan_article(facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024))
>>> plan.headline.facts, [s.kind for s in plan.sections]
(('standing', 'change'), ['groups', 'sub_indices'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

SectionKind = Literal["groups", "sub_indices", "comparisons", "history"]
# Named groups come before regions when a country leads several.
_GROUP_ORDER = ("LLDC", "SIDS", "LDC", "CIS", "region", "subregion")
# A section is worth writing only when one of its facts is at least this newsworthy.
_SECTION_THRESHOLD = 0.4
_MAX_SECTIONS = 4


class SentencePlan(BaseModel):
    """One sentence: the template that words it and the ids of the facts it states."""

    model_config = ConfigDict(frozen=True)

    template: str
    facts: tuple[str, ...]


class ParagraphPlan(BaseModel):
    """A paragraph of sentences."""

    model_config = ConfigDict(frozen=True)

    sentences: tuple[SentencePlan, ...] = ()


class SectionPlan(BaseModel):
    """A section: a subheading and one or two paragraphs."""

    model_config = ConfigDict(frozen=True)

    kind: SectionKind
    heading: SentencePlan
    paragraphs: tuple[ParagraphPlan, ...]
    salience: float


class ArticlePlan(BaseModel):
    """The whole article: headline, lead, sections, and where the context goes."""

    model_config = ConfigDict(frozen=True)

    country: str
    edition: int
    headline: SentencePlan
    lead: ParagraphPlan
    sections: tuple[SectionPlan, ...]
    #: Whether the editor's context paragraph closes the article, as in a news story's
    #: background paragraph; it states no fact of ours.
    context: bool = False

    def fact_ids(self) -> list[str]:
        """Every fact the article states, in order of appearance, each once."""
        seen: dict[str, None] = dict.fromkeys(self.headline.facts)
        for sentence in self.lead.sentences:
            seen.update(dict.fromkeys(sentence.facts))
        for section in self.sections:
            seen.update(dict.fromkeys(section.heading.facts))
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences:
                    seen.update(dict.fromkeys(sentence.facts))
        return list(seen)


def _group_sort_key(fact: Any) -> tuple[int, int, str]:
    kind = fact.group.split(":")[0]
    return (0 if fact.leader else 1, _GROUP_ORDER.index(kind), fact.group)


def _sentence(template: str, *facts: Any) -> SentencePlan:
    return SentencePlan(template=template, facts=tuple(f.id for f in facts))


def _groups_section(facts: list[Any]) -> SectionPlan | None:
    standings = [f for f in facts if f.kind == "group_standing"]
    # A middling rank in a region is not news; leading, the podium or the last place is. A group
    # of two (Northern America, Australia and New Zealand) says nothing the ranks do not.
    worth = sorted((f for f in standings if f.size > 2 and (f.leader or f.rank <= 3 or f.last)), key=_group_sort_key)
    if not worth:
        return None
    first = ParagraphPlan(sentences=tuple(_sentence("group_standing", f) for f in worth[:2]))
    paragraphs = [first]
    if len(worth) > 2:
        paragraphs.append(ParagraphPlan(sentences=tuple(_sentence("group_standing", f) for f in worth[2:4])))
    return SectionPlan(
        kind="groups",
        heading=_sentence("heading_groups", worth[0]),
        paragraphs=tuple(paragraphs),
        salience=max(f.salience for f in worth),
    )


def _sub_indices_section(facts: list[Any]) -> SectionPlan | None:
    subs = [f for f in facts if f.kind == "sub_index"]
    worth = [f for f in subs if f.tier in ("top10", "top20") or (f.places is not None and abs(f.places) >= 10)]
    if not worth:
        worth = sorted(subs, key=lambda f: (f.rank, f.index))[:1]
    if not worth:
        return None
    worth = sorted(worth, key=lambda f: (-f.salience, f.rank, f.index))[:3]
    sentences = [_sentence("sub_index", f) for f in worth]
    components = next((f for f in facts if f.kind == "components"), None)
    paragraphs = [ParagraphPlan(sentences=tuple(sentences[:2]))]
    rest = sentences[2:] + ([_sentence("components", components)] if components else [])
    if rest:
        paragraphs.append(ParagraphPlan(sentences=tuple(rest)))
    return SectionPlan(
        kind="sub_indices",
        heading=_sentence("heading_sub_index", worth[0]),
        paragraphs=tuple(paragraphs),
        salience=max(f.salience for f in worth),
    )


def _comparisons_section(facts: list[Any]) -> SectionPlan | None:
    above = [f for f in facts if f.kind == "comparison" and f.direction == "above"]
    averages = [f for f in facts if f.kind == "average"]
    if not above and not averages:
        return None
    # The world and regional averages make one sentence: the same value against two means.
    sentences = [_sentence("comparison", f) for f in above] + ([_sentence("average", *averages)] if averages else [])
    anchor = (above or averages)[0]
    return SectionPlan(
        kind="comparisons",
        heading=_sentence("heading_comparison", anchor),
        paragraphs=(ParagraphPlan(sentences=tuple(sentences)),),
        salience=max(f.salience for f in (*above, *averages)),
    )


def _history_section(facts: list[Any]) -> SectionPlan | None:
    history = next((f for f in facts if f.kind == "history"), None)
    level = next((f for f in facts if f.kind == "level"), None)
    sentences = []
    # A best rank out of two editions is only the change again: it takes three to be news.
    if history is not None and (
        history.rises_in_a_row >= 2 or (history.is_best and len(history.ranks) >= 3) or history.two_edition_change
    ):
        sentences.append(_sentence("history", history))
    if level is not None:
        sentences.append(_sentence("level", level))
    if not sentences:
        return None
    anchor = history if history is not None and sentences[0].template == "history" else level
    used = [f for f in (history, level) if f is not None and f.id in {i for s in sentences for i in s.facts}]
    return SectionPlan(
        kind="history",
        heading=_sentence("heading_history", anchor),
        paragraphs=(ParagraphPlan(sentences=tuple(sentences)),),
        salience=max(f.salience for f in used),
    )


def plan_article(facts: Sequence[Any], *, context: str | None = None) -> ArticlePlan:
    """The plan of an article from a country's facts (as ``facts_for`` returns them).

    The headline and lead state the standing and the change; up to four sections follow,
    most newsworthy first; an editor's ``context``, when given, closes the article.
    """
    facts = list(facts)
    by_id = {f.id: f for f in facts}
    standing = by_id.get("standing")
    if standing is None:
        raise ValueError("no EGDI standing to write about: the record has no EGDI value or rank")
    change = by_id.get("change")
    headline = _sentence("headline", *(f for f in (standing, change) if f is not None))
    lead = [_sentence("standing", *(f for f in (standing, change) if f is not None))]
    if "comparison:below" in by_id:
        lead.append(_sentence("comparison", by_id["comparison:below"]))
    candidates = [
        section
        for build in (_groups_section, _sub_indices_section, _history_section, _comparisons_section)
        if (section := build(facts)) is not None
    ]
    # Stable sort: equal salience keeps the order above (groups, sub-indices, history, comparisons).
    ranked = sorted(candidates, key=lambda s: -s.salience)
    chosen = [s for s in ranked if s.salience >= _SECTION_THRESHOLD][:_MAX_SECTIONS]
    if len(chosen) < 2:
        chosen = ranked[:2]
    return ArticlePlan(
        country=standing.country,
        edition=standing.edition,
        headline=headline,
        lead=ParagraphPlan(sentences=tuple(lead)),
        sections=tuple(chosen),
        context=bool(context),
    )
