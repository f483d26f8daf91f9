"""Document planning: which facts an article states, in which order, under which headings,
and every editorial judgement about them, made once, here, in no language.

Each planned sentence names the template that words it, the facts it states, and what the
templates of every language need to word it alike:

- a **frame**, the named choice of what the sentence tells (``"fall_in_tier"``,
  ``"joint_leader"``, ``"big_rise"``): a template branches on it, never on a number;
- the **say** options it includes (``"value"``: the EGDI value, said once per article;
  ``"previous"``: last edition's rank);
- the countries it **names**, by role (``"tied"``, ``"leaders"``, ``"behind"``), chosen and
  capped here, in the order a reader expects.

The thresholds behind those choices ("ten places is a big move") are one table,
:class:`Editorial`; the frames, options and roles are catalogued in :data:`FRAMES`,
:data:`SAYS` and :data:`ROLES`, from which ``templates/README.md`` is generated.

>>> from egovnews import load_records
>>> from egovnews.facts import facts_for
>>> plan = plan_article(facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024))
>>> plan.headline.frame, [s.kind for s in plan.sections]
('rise', ['groups', 'sub_indices'])
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .article import in_reading_order
from .errors import NoStandingError
from .facts import TIER_BOUNDS, tier_of

SectionKind = Literal["groups", "sub_indices", "comparisons", "history", "members", "movers", "values", "world"]
# Named groups come before regions when a country leads several.
_GROUP_ORDER = ("LLDC", "SIDS", "LDC", "CIS", "region", "subregion")
#: Stories of a fall: the lead names who still ranks higher, not who ranks lower (consolation).
_FALLS = ("fall", "big_fall", "top10_exit")


class Editorial(BaseModel):
    """The thresholds of every editorial judgement, in one place. Change one here and every
    language follows, since templates only see the frames these decide."""

    model_config = ConfigDict(frozen=True)

    big_move: int = Field(
        default=10, ge=1,
        description=(
            "EGDI places that make a rise or a fall big news (frames ``big_rise``, ``big_fall``)."
        ),
    )
    sub_index_move: int = Field(
        default=10, ge=1,
        description=(
            "Places on a sub-index that earn it a sentence although it is outside the top 20."
        ),
    )
    tier_fall: int = Field(
        default=1, ge=1,
        description=(
            "A fall of at least this many places inside a top tier is told as a fall, never as a "
            "place in the top 10 or 20 (frame ``fall_in_tier``)."
        ),
    )
    slight_move: int = Field(
        default=3, ge=0,
        description=(
            "Places a move may cover and still be told as slight (edges up, slips), the verb "
            "matching the size of the move."
        ),
    )
    podium: int = Field(
        default=3, ge=1,
        description=(
            "Ranks from 2nd down to this one are told as such, with the leader named, never as "
            '"in the top 10".'
        ),
    )
    top_tier: int = Field(
        default=20, ge=1,
        description=(
            "Sub-index ranks down to this one are a top tier worth a sentence."
        ),
    )
    bottom_share: Decimal = Field(
        default=Decimal("0.25"),
        description=(
            "The bottom share of the table where a rise is told without an upbeat verb."
        ),
    )
    tie_names: int = Field(
        default=3, ge=1,
        description=(
            "Tied countries named at most; beyond that the sentence counts them."
        ),
    )
    group_min_size: int = Field(
        default=3, ge=2,
        description=(
            "Groups smaller than this (Northern America, Australia and New Zealand) say nothing "
            "their members' world ranks do not."
        ),
    )
    history_move: int = Field(
        default=5, ge=1,
        description=(
            "Places gained or lost over two editions that make the history worth a sentence."
        ),
    )
    record_editions: int = Field(
        default=3, ge=2,
        description=(
            "Editions a best or worst rank must cover to be told as a record."
        ),
    )
    record_angle_editions: int = Field(
        default=4, ge=2,
        description=(
            "Editions a best or worst rank must cover to lead the article (angle ``record``)."
        ),
    )
    average_margin: Decimal = Field(
        default=Decimal("0.05"),
        description=(
            "An EGDI this close to the world average makes the average worth a sentence."
        ),
    )
    section_threshold: float = Field(
        default=0.4,
        description=(
            "A section is written when one of its facts is at least this newsworthy."
        ),
    )
    max_sections: int = Field(
        default=4, ge=1,
        description=(
            "Sections an article has at most."
        ),
    )
    mover_min: int = Field(
        default=5, ge=1,
        description=(
            "Places the largest move of the world, a region or a group must cover to lead the article."
        ),
    )
    level_crowd: int = Field(
        default=5, ge=1,
        description=(
            "Other countries making the same move between EGDI groups that make it less of a story (angle ``level_shared``)."
        ),
    )
    threshold_gap: Decimal = Field(
        default=Decimal("0.02"),
        description=(
            "An EGDI this close below the next EGDI group's threshold makes the gap worth saying."
        ),
    )
    name_budget: int = Field(
        default=4, ge=2,
        description=(
            "How many times an article names its own country, headline included; beyond it the "
            'text says "the country", a short form or a pronoun.'
        ),
    )


EDITORIAL = Editorial()

#: The stories an article may lead with, and how newsworthy each is (0 to 1). The plan
#: leads with the weightiest that applies; the rank change always applies, weighing
#: ``rank_change`` plus ``rank_change_per_place`` for each place moved, at most
#: ``rank_change_max``, so that a 16-place rise still yields to a first place in the world
#: on a sub-index, and a four-place rise to a best rank in six editions. A first place on a
#: sub-index or in a group never leads when the world rank fell. One table: change a weight
#: here and every language follows.
ANGLES: dict[str, float] = {
    "world_first": 1.0,  # first in the world on the EGDI, alone or shared
    "last": 0.95,  # last in the world
    "top10": 0.9,  # into or out of the world's top 10
    "level_up": 0.9,  # into a higher EGDI group
    "level_down": 0.88,  # into a lower EGDI group
    "level_shared": 0.7,  # into or out of an EGDI group with `Editorial.level_crowd` others or more: less of a story
    "index_first": 0.86,  # first in the world on a sub-index, having been lower (the EPI too, though outside the EGDI)
    "world_mover": 0.84,  # the largest rise or fall of all countries
    "region_mover": 0.83,  # the largest rise or fall of its region: the move and more
    "left_last": 0.8,  # no longer last
    # First in its region or among the LDCs, SIDS, LLDCs or the CIS, having been lower: below a
    # record or a move of seven places in the world, which a reader ranks higher.
    "region_first_taken": 0.65,
    "group_first_taken": 0.6,
    "top20": 0.7,  # into or out of the world's top 20
    "record": 0.66,  # the best or the worst rank of the editions loaded, reached for the first time
    "top50": 0.64,  # into or out of the world's top 50
    "streak": 0.62,  # a third rise or fall in a row, or more
    "group_mover": 0.77,  # the largest rise or fall of one of its groups (LDC, SIDS, LLDC, CIS)
    "index_first_kept": 0.6,  # first in the world on a sub-index, as in the previous edition
    "podium": 0.92,  # into the world's top three (2nd or 3rd) from outside it
    "region_first": 0.51,  # first in its region again: news when the rank did not move
    "group_first": 0.5,  # first in one of its groups again
    "rank_change": 0.5,  # the rank and its change: the story when nothing weighs more
    "rank_change_per_place": 0.025,
    "rank_change_max": 0.82,
}
#: The world tiers whose crossing is a story of its own, by angle (the top 10 has its own
#: lead frames).
ANGLE_TIERS: dict[int, str] = {20: "top20", 50: "top50"}

#: Every frame, by template: what the sentence tells.
FRAMES: dict[str, dict[str, str]] = {
    "story": {
        "first": "first in the world (no previous edition to compare with)",
        "first_kept": "first in the world again",
        "first_taken": "first in the world, having been lower",
        "first_shared": "first in the world with others (named in `named.tied`)",
        "last": "last in the world (a tie for last included)",
        "left_last": "no longer last: the previous edition ranked the country last",
        "top10_entry": "into the world's top 10 from outside it",
        "top10_exit": "out of the world's top 10",
        "big_rise": "a rise of at least `Editorial.big_move` places",
        "big_fall": "a fall of at least `Editorial.big_move` places",
        "rise_low": "a rise, however large, that ends in the bottom quarter: no upbeat verb",
        "rise": "a rise",
        "fall": "a fall",
        "unchanged": "the same rank as in the previous edition",
        "rank_only": "a rank, and no previous edition that ranked the country",
        "value_only": "an EGDI value without a rank (typed records)",
    },
    "tie": {"tie": "the lead's rank is shared: with the countries in `named.tied`, or with `f.tie_count` others"},
    "contrast": {"outranks_stronger": "on this sub-index the country is ahead of `named.stronger`, which rank higher on the EGDI"},
    "comparison": {
        "followed_by": "the leader is followed by the countries ranked 2nd and 3rd (`named.countries`)",
        "below_all": "every country ranked below is named (`named.countries`)",
        "below_some": "notable countries among those ranked below",
        "above_all": "every country ranked above is named",
        "above_some": "notable countries among those ranked above",
    },
    "group_standing": {
        "leader": "first in the group",
        "joint_leader": "first in the group with others (`named.tied`)",
        "second": "second, behind `named.leaders`",
        "third": "third, behind `named.ahead` (the two above it)",
        "last": "last in the group, just behind `named.ahead`",
        "ranked": "a rank in the middle of the group, with `named.leaders`, the members ranked first",
    },
    "sub_index": {
        "first": "first on the index, ahead of `named.next`",
        "last": "last on the index",
        "first_shared": "first on the index with `named.tied`",
        "fall_in_tier": "a fall of `Editorial.tier_fall` places or more that still ends in the top 20: told as a fall",
        "podium": "2nd or 3rd on the index, behind `named.ahead`",
        "big_rise": "a rise of `Editorial.sub_index_move` places or more",
        "top_tier": "in the top 10 or 20 (`f.tier`), with `named.leaders`, the countries ranked first, when few",
        "big_fall": "a fall of `Editorial.sub_index_move` places or more",
        "plain": "the rank, when no other frame applies",
    },
    "components": {
        "spread": "the component ranked highest and the one ranked lowest",
        "all_top": "all three components in the top 10 or 20 (`f.tier`)",
        "all_low": "even the best component in the bottom quarter: the range of the three",
    },
    "history": {
        "first_streak": "first in `f.firsts_in_a_row` consecutive editions",
        "rising_streak": "rises in `f.rises_in_a_row` consecutive editions",
        "falling_streak": "falls in `f.falls_in_a_row` consecutive editions",
        "record_high": "the best rank of the `f.edition_count` editions loaded, never reached before",
        "record_kept": "the best rank of the editions loaded, held since the previous edition",
        "record_matched": "the best rank of the editions loaded, reached before too",
        "record_low": "the worst rank of the editions loaded",
        "after_best": "a fall from the best rank of the editions loaded (`f.best_rank`), reached in the previous edition",
        "after_worst": "a rise from the worst rank of the editions loaded (`f.worst_rank`), reached in the previous edition",
        "two_edition_gain": "places gained since `f.two_editions_before`, as the headline's rise",
        "two_edition_loss": "places lost since `f.two_editions_before`, as the headline's fall",
        "still_below": "a rise that leaves the country below its `f.two_editions_before` rank",
        "still_above": "a fall that leaves the country above its `f.two_editions_before` rank",
        "back_to": "the rank of `f.two_editions_before` again",
    },
    "angle": {
        "level_up": "into a higher EGDI group (`f` is the `level` fact; `against_rank` when the world rank fell)",
        "level_down": "into a lower EGDI group (`f` is the `level` fact; `against_rank` when the world rank rose)",
        "index_first": "first in the world on a sub-index, having been lower (`f` is the `sub_index` fact)",
        "index_first_kept": "first in the world on a sub-index, as in the previous edition (`f` is the `sub_index` fact)",
        "mover_rise": "no country of the world, the region or the group (`f.area`) rose further (`f` is the `mover` fact)",
        "mover_fall": "no country of the world, the region or the group (`f.area`) fell further (`f` is the `mover` fact)",
        "group_first": "first in its region or one of its groups, as before (`f` is the `group_standing` fact)",
        "group_first_taken": "first in its region or one of its groups, having been `f.previous_rank` (`f` is the `group_standing` fact)",
        "tier_entry": "into the world's top `by_kind.change.entered` (20 or 50; `f` is `standing`)",
        "tier_exit": "out of the world's top `by_kind.change.left` (20 or 50; `f` is `standing`)",
        "record_high": "the best rank of the `f.edition_count` editions loaded, reached for the first time (`f` is the `history` fact)",
        "record_low": "the worst rank of the `f.edition_count` editions loaded, reached for the first time (`f` is the `history` fact)",
        "rising_streak": "a rise in each of the last `f.rises_in_a_row` editions (`f` is the `history` fact)",
        "falling_streak": "a fall in each of the last `f.falls_in_a_row` editions (`f` is the `history` fact)",
    },
    "milestone": {
        "mover_rise": "no country of the world, the region or the group (`f.area`) rose further",
        "mover_fall": "no country of the world, the region or the group (`f.area`) fell further",
        "tier_entry": "the move takes the country into the world's top `f.entered` (`f` is the `change` fact)",
        "tier_exit": "the move takes the country out of the world's top `f.left`",
    },
    "value": {
        "rose": "the EGDI value rose since the previous edition (`by_kind.change.previous_value`)",
        "fell": "the EGDI value fell since the previous edition",
        "same": "the EGDI value is the previous edition's",
        "new": "the EGDI value, with no previous value to compare with",
        "explain": "what the EGDI measures only: the lead gave the value (`f` is the `source` fact)",
    },
    "source": {"survey": "the survey, its publisher and its edition"},
    "neighbours": {
        "nearest": "the sub-region's countries nearest on the EGDI, with their world ranks (`f.countries`, `f.ranks`)",
        "all": "every other country of the sub-region, with its world rank",
    },
    "heading_history": {},  # filled below: the history frames and the level frames
    "level": {
        "moved_up": "into a higher EGDI group",
        "moved_down": "into a lower EGDI group",
        "stays": "in the same EGDI group as in the previous edition",
        "in": "in an EGDI group (no previous edition)",
    },
    "average": {
        "contrast": "above one of the world and regional averages, below the other",
        "near_world": "within `Editorial.average_margin` of the world average",
    },
    "heading_comparison": {
        "contrast": "between the world and regional averages",
        "near_world": "close to the world average",
    },
}
FRAMES["standing"] = FRAMES.pop("story")
# The headline tells the article's angle: a rank story, or one of the angles above.
FRAMES["headline"] = {**FRAMES["standing"], **FRAMES.pop("angle")}
# A subheading takes the frame of its section's first sentence.
FRAMES["heading_groups"] = FRAMES["group_standing"]
FRAMES["heading_sub_index"] = FRAMES["sub_index"]
FRAMES["heading_history"] = {**FRAMES["history"], **{k: v for k, v in FRAMES["level"].items() if k.startswith("moved")}}

#: The facts each template receives (``f`` is the first), in the order the plan gives them.
TEMPLATE_FACTS: dict[str, str] = {
    "headline": "the angle's fact first (`level`, `sub_index`, `mover`, `group_standing`, `history`), then `standing`, "
    "and `change` when the previous edition ranked the country",
    "milestone": "a `mover` fact, or `change` and `standing` for a tier crossed",
    "value": "`standing`, `source` (the EGDI's scale, for `explain`), and `change` and `level` when known; "
    "`source` alone for the frame `explain`",
    "source": "`source` and `standing`",
    "neighbours": "`neighbours`",
    "standing": "`standing`, and `change` when the previous edition ranked the country",
    "tie": "`standing`",
    "comparison": "one `comparison` (below or above)",
    "contrast": "one `sub_index`",
    "group_standing": "one `group_standing`",
    "heading_groups": "the `group_standing` of the section's first sentence",
    "sub_index": "one `sub_index`",
    "heading_sub_index": "the `sub_index` of the section's first sentence",
    "components": "`components`",
    "history": "`history`",
    "heading_history": "the `history` or `level` fact of the section's first sentence",
    "level": "`level`",
    "average": "the `average` facts: `average:world` and, when known, the region's",
    "heading_comparison": "the `average` facts",
}

#: Options a sentence includes.
SAYS: dict[str, str] = {
    "count": "how many countries the edition ranks (out of 193)",
    "previous": "the previous edition's rank",
    "unchanged": "the rank is the one the previous edition gave (\"as in 2022\")",
    "value": "the EGDI value: said once, in the first sentence able to carry it",
    "where": "open on the region or sub-region (not said when it bears the country's name)",
    "tie": "the rank is shared: `named.tied` lists up to `Editorial.tie_names`, else `tie_count` counts",
    "tie_count": "too many countries share the rank to name: say how many",
    "adjacent": "the countries named beside it are provably the very next ones",
    "record": "the rank is also the best (after rises) or the worst (after falls) of the editions loaded",
    "tier_entry": "the move takes the country into a top tier it was not in",
    "tier_kept": "a slight fall that leaves the country within `Editorial.slight_move` places of the edge of the top tier it was in",
    "matched": "the record was also reached in another edition (`f.best_editions`, `f.worst_editions`)",
    "first_time": "a first over the editions loaded",
    "slight": "the move is of `Editorial.slight_move` places or fewer: a verb to match (edges up, slips)",
    "same_moves": "how many other countries made the same move (`f.same_move_count`)",
    "only": "no other country made the same move",
    "level": "name the EGDI group the value falls in",
    "gap": "the value is within `Editorial.threshold_gap` of the next group's threshold (`f.to_next`, `f.next_threshold`)",
    "explain": "say what the EGDI measures: three components, from `f.scale_min` to `f.scale_max`",
    "computed": "the article states sub-index ranks that egovnews computed from the published values",
    "rose_in_group": "the country ranks higher in the group than in the previous edition (`f.previous_rank`)",
    "fell_in_group": "the country ranks lower in the group than in the previous edition (`f.previous_rank`)",
    "taken": "the first place is new: the previous edition ranked the country lower in the group",
    "was_leader": "the country led the group in the previous edition (with `fell_in_group`)",
    "value_change": "the EGDI value and the previous edition's (`by_kind.change.previous_value`)",
    "against_rank": "the world rank moved the other way from the EGDI group or value: say so, lest the text read as a contradiction",
}

#: Roles of the countries a sentence names, each a tuple of ISO3 codes.
ROLES: dict[str, str] = {
    "tied": "countries sharing the rank (at most `Editorial.tie_names`), to be listed alphabetically",
    "leaders": "the countries ranked first (when the country is second, or on an index where it is in a top tier)",
    "ahead": "the nearest countries ranked above, best first",
    "behind": "the nearest countries ranked below, best first",
    "next": "the countries right behind a leader",
    "stronger": "countries it outranks here that rank higher on the EGDI",
    "countries": "the countries a comparison names, in rank order",
}


# The plan's records are plain frozen dataclasses, not pydantic models: only this module and
# the roundup's planner build them, from values already checked (tests/test_plan_types.py
# checks every field of every plan of three editions), and the renderer reads their fields
# a dozen times a sentence, a read that a pydantic model's __getattr__ hook makes several
# times slower (about 5 % of an article's instructions).


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SentencePlan:
    """One sentence: the template that words it, the facts it states, and the choices made."""

    template: str
    facts: tuple[str, ...]
    frame: str = ""
    say: tuple[str, ...] = ()
    named: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ParagraphPlan:
    """A paragraph of sentences."""

    sentences: tuple[SentencePlan, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SectionPlan:
    """A section: a subheading and one or two paragraphs."""

    kind: SectionKind
    heading: SentencePlan
    paragraphs: tuple[ParagraphPlan, ...]
    salience: float


Length = Literal["brief", "standard", "full"]
#: What each length allows: sections, sentences in the groups section, sub-indices told,
#: and whether the sub-region's neighbours are listed.
LENGTHS: dict[str, dict[str, int]] = {
    "brief": {"sections": 1, "group_sentences": 2, "sub_indices": 2, "neighbours": 0},
    "standard": {"sections": 4, "group_sentences": 4, "sub_indices": 3, "neighbours": 0},
    "full": {"sections": 5, "group_sentences": 6, "sub_indices": 4, "neighbours": 1},
}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Angle:
    """A story the article could lead with: its name in :data:`ANGLES`, the headline frame
    that tells it, how newsworthy it is, and the facts it rests on (the headline states them)."""

    name: str
    frame: str
    salience: float
    facts: tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ArticlePlan:
    """The whole article: headline, lead, the paragraphs after it, sections, the source
    paragraph, and where the context goes."""

    country: str
    edition: int
    #: The story the headline and lead tell first.
    angle: Angle
    #: What the rank and its change tell (a ``standing`` frame), whatever the angle: the
    #: frame a headline that words only rank stories branches on.
    story: str = ""
    #: Every angle that applied, weightiest first: what an editor could have led with.
    angles: tuple[Angle, ...] = ()
    headline: SentencePlan
    lead: ParagraphPlan
    #: Untitled paragraphs after the lead: the EGDI value and what the index measures.
    body: tuple[ParagraphPlan, ...] = ()
    sections: tuple[SectionPlan, ...]
    #: The closing paragraph: the survey and its publisher.
    footer: ParagraphPlan | None = None
    #: Whether the editor's context paragraph closes the article, as in a news story's
    #: background paragraph; it states no fact of ours.
    context: bool = False
    #: How many times the text may name the country (see :attr:`Editorial.name_budget`).
    name_budget: int = EDITORIAL.name_budget

    def sentences(self) -> list[SentencePlan]:
        """Every planned sentence in reading order, titles included."""
        return in_reading_order(self.headline, self.lead, self.body, self.sections, self.footer)

    def fact_ids(self) -> list[str]:
        """Every fact the article states, in order of appearance, each once."""
        return list(dict.fromkeys(i for s in self.sentences() for i in s.facts))


def _paragraphs(sentences: Sequence[SentencePlan], most: int = 2) -> tuple[ParagraphPlan, ...]:
    """Sentences in paragraphs of at most ``most``; a sentence that names other countries
    closes its paragraph, so that the next one, opening a paragraph, refers to the country
    by a word no reader takes for one of them."""
    paragraphs: list[ParagraphPlan] = []
    current: list[SentencePlan] = []
    for i, sentence in enumerate(sentences):
        current.append(sentence)
        # A contrast ("here it is ahead of…") stays with the sentence it follows.
        follows = i + 1 < len(sentences) and sentences[i + 1].template == "contrast"
        if (len(current) >= most or sentence.named) and not follows:
            paragraphs.append(ParagraphPlan(sentences=tuple(current)))
            current = []
    if current:
        paragraphs.append(ParagraphPlan(sentences=tuple(current)))
    return tuple(paragraphs)


def _sentence(template: str, facts: Sequence[Any], frame: str = "", say: Sequence[str] = (), **named: Sequence[str]) -> SentencePlan:
    catalogue = FRAMES.get(template)
    if catalogue is not None and frame not in catalogue:
        raise ValueError(f"no frame {frame!r} for template {template!r}; known: {', '.join(catalogue)}")
    said = set(say)
    if not (SAYS.keys() >= said and ROLES.keys() >= named.keys()):
        unknown = [s for s in say if s not in SAYS] + [r for r in named if r not in ROLES]
        raise ValueError(f"unknown say options or roles: {unknown}")
    return SentencePlan(
        template=template,
        facts=tuple([f.id for f in facts]),
        frame=frame,
        say=tuple(sorted(said)),
        named={role: tuple(codes) for role, codes in named.items() if codes} if named else {},
    )


class _Planner:
    """Plans one article from one country's facts."""

    def __init__(self, facts: Sequence[Any], editorial: Editorial, length: Length = "standard") -> None:
        self.length = LENGTHS[length]
        #: Facts the lead states, which no section states again.
        self.used: set[str] = set()
        self.facts = list(facts)
        self.by_id = {f.id: f for f in self.facts}
        self._by_kind: dict[str, list[Any]] = {}
        for fact in self.facts:
            self._by_kind.setdefault(fact.kind, []).append(fact)
        self.ed = editorial
        self.standing = self.by_id.get("standing")
        if self.standing is None:
            raise NoStandingError("no EGDI standing to write about: the record has no EGDI value or rank")
        self.change = self.by_id.get("change")
        self.history = self.by_id.get("history")
        self.level = self.by_id.get("level")

    def kinds(self, kind: str) -> list[Any]:
        """The facts of one kind, in their order (a new list: the caller may change it)."""
        return list(self._by_kind.get(kind, ()))

    # -- judgements -------------------------------------------------------------------------

    def low(self, rank: int | None) -> bool:
        """Whether a world rank lies in the bottom share of the table."""
        count = self.standing.ranked_count
        return rank is not None and count is not None and rank > count * (1 - self.ed.bottom_share)

    def story(self) -> str:
        """The lead's frame: what the rank and its change tell, most newsworthy first."""
        s, c = self.standing, self.change
        if s.rank is None:
            return "value_only"
        if s.rank == 1:
            if s.tied_with:
                return "first_shared"
            if c is None:
                return "first"
            return "first_kept" if c.previous_rank == 1 else "first_taken"
        if s.last:
            return "last"
        if c is None:
            return "rank_only"
        if c.previous_last and c.places > 0:
            return "left_last"
        if s.tier == "top10" and c.previous_tier != "top10" and s.rank > self.ed.podium:
            return "top10_entry"
        if c.previous_tier == "top10" and s.tier != "top10":
            return "top10_exit"
        if c.places > 0 and self.low(s.rank):
            return "rise_low"
        if c.places >= self.ed.big_move:
            return "big_rise"
        if -c.places >= self.ed.big_move:
            return "big_fall"
        if c.places > 0:
            return "rise"
        return "fall" if c.places < 0 else "unchanged"

    def podium_above(self, above: Any) -> bool:
        """Whether the lead names every country above: a 2nd or 3rd place in the world."""
        rank = self.standing.rank
        return rank is not None and 1 < rank <= self.ed.podium and above.all_named

    def tie(self, tied: Sequence[str]) -> tuple[list[str], dict[str, Sequence[str]]]:
        """The say options and named countries of a tie: named when few, counted when many."""
        if not tied:
            return [], {}
        if len(tied) > self.ed.tie_names:
            return ["tie", "tie_count"], {}
        return ["tie"], {"tied": tied}

    # -- angle -------------------------------------------------------------------------------

    def angles(self, story: str) -> list[Angle]:
        """Every story the facts support, weightiest first (:data:`ANGLES`); ties keep the
        order below, which puts the rank story last among equals."""
        s, c, h, level = self.standing, self.change, self.history, self.level
        base = [f.id for f in (s, c) if f is not None]
        found: list[Angle] = []

        def add(name: str, frame: str, facts: Sequence[str]) -> None:
            found.append(Angle(name=name, frame=frame, salience=ANGLES[name], facts=tuple(dict.fromkeys(facts))))

        if level is not None and level.transition:
            crowd = level.same_move_count is not None and level.same_move_count >= self.ed.level_crowd
            name = "level_shared" if crowd else "level_up" if level.transition == "up" else "level_down"
            add(name, "level_" + level.transition, [level.id, *base])
        # A first place on a sub-index or in a group does not lead the article of a country
        # whose world rank fell: the headline would read as good news, the story is the fall.
        fell = c is not None and c.places < 0
        firsts = [f for f in self.kinds("sub_index") if f.rank == 1 and not f.tied_with]
        # A first place taken is news; one kept is old news, which a fall elsewhere outweighs.
        firsts.sort(key=lambda f: f.previous_rank == 1)
        if firsts and s.rank != 1 and not fell:
            kept = firsts[0].previous_rank == 1
            add("index_first_kept" if kept else "index_first", "index_first_kept" if kept else "index_first", [firsts[0].id, *base])
        for m in self.kinds("mover"):
            if m.tied_with or m.moved < self.ed.mover_min:
                continue  # a shared or small "largest move" is no headline
            add({"world": "world_mover", "region": "region_mover"}.get(m.area, "group_mover"), "mover_" + ("rise" if m.places > 0 else "fall"), [m.id, *base])
        for g in self.kinds("group_standing"):
            if g.leader and not g.tied_with and g.area != "subregion" and g.size >= self.ed.group_min_size and s.rank != 1 and not fell:
                taken = g.previous_rank is not None and g.previous_rank > 1
                name = ("region_first" if g.area == "region" else "group_first") + ("_taken" if taken else "")
                add(name, "group_first_taken" if taken else "group_first", [g.id, *base])
        if c is not None and story not in ("top10_entry", "top10_exit", "last"):
            if c.entered in ANGLE_TIERS:
                add(ANGLE_TIERS[c.entered], "tier_entry", base)
            elif c.left in ANGLE_TIERS:
                add(ANGLE_TIERS[c.left], "tier_exit", base)
        if h is not None and h.edition_count >= self.ed.record_angle_editions and s.rank is not None:
            if h.is_best and not h.is_worst and len(h.best_editions) == 1 and not self.low(s.rank) and s.rank != 1:
                add("record", "record_high", [h.id, *base])
            elif h.is_worst and not h.is_best and len(h.worst_editions) == 1 and not s.last:
                add("record", "record_low", [h.id, *base])
            if h.rises_in_a_row >= 3 and s.rank != 1:
                add("streak", "rising_streak", [h.id, *base])
            elif h.falls_in_a_row >= 3 and not s.last:
                add("streak", "falling_streak", [h.id, *base])
        rank_story = {
            "first": "world_first", "first_kept": "world_first", "first_taken": "world_first", "first_shared": "world_first",
            "last": "last", "left_last": "left_last", "top10_entry": "top10", "top10_exit": "top10",
        }.get(story)
        if c is not None and s.rank is not None and 1 < s.rank <= self.ed.podium < c.previous_rank:
            rank_story = "podium"  # 12th to 3rd: the rise is the story, and the place it reaches
        moved = c.moved if c is not None else 0
        weight = min(ANGLES["rank_change_max"], ANGLES["rank_change"] + ANGLES["rank_change_per_place"] * moved)
        if rank_story is not None:
            weight = max(weight, ANGLES[rank_story])
        found.append(Angle(name=rank_story or "rank_change", frame=story, salience=weight, facts=tuple(base)))
        return sorted(found, key=lambda a: -a.salience)

    # -- lead ---------------------------------------------------------------------------------

    def headline(self, story: str, angle: Angle) -> SentencePlan:
        facts = [self.by_id[i] for i in angle.facts]
        named = {"tied": self.standing.tied_with[: self.ed.tie_names]} if angle.frame == "first_shared" else {}
        say = self.change_say()
        if self.standing.ranked_count:
            say.append("count")
        if angle.frame.startswith("level_"):
            say += self.level_says()
            c = self.change
            if c is not None and (c.places < 0 if angle.frame == "level_up" else c.places > 0):
                say.append("against_rank")
        if angle.frame == "rising_streak" and "record" in self.history_say("rising_streak"):
            say.append("record")
        return _sentence("headline", facts, angle.frame, say, **named)

    def change_say(self) -> list[str]:
        """What the headline and the lead say of the previous edition: its rank, that it
        was the same rank, that the move was slight."""
        c = self.change
        if c is None:
            return []
        say = ["previous"]
        if c.places == 0:
            say.append("unchanged")
        elif c.moved <= self.ed.slight_move:
            say.append("slight")
        return say

    def standing_sentences(self, story: str) -> list[SentencePlan]:
        """The rank and its change, and a tie when the rank is shared."""
        s, c = self.standing, self.change
        facts = [f for f in (s, c) if f is not None]
        say = (["count"] if s.ranked_count else []) + self.change_say()
        named: dict[str, Sequence[str]] = {}
        if story == "value_only":
            say.append("value")
        if story == "first_shared":
            say_tie, named = self.tie(s.tied_with)
            say += say_tie
        sentences = [_sentence("standing", facts, story, say, **named)]
        if s.tied_with and story != "first_shared":
            say_tie, named_tie = self.tie(s.tied_with)
            sentences.append(_sentence("tie", [s], "tie", say_tie, **named_tie))
        return sentences

    def lead(self, story: str, angle: Angle) -> tuple[list[SentencePlan], SentencePlan | None]:
        """The angle told first, the rank and its change in the same paragraph; the
        comparison closes the lead when there is room, else opens the next paragraph."""
        standing = self.standing_sentences(story)
        first = self.by_id[angle.facts[0]]
        # The angle's sentence names no other country in the lead: the rank that follows
        # would then have to name the country again, and the lead would read as a list.
        if angle.frame.startswith("level_"):
            # The value that crossed the threshold is the story: the level sentence says it, with
            # the previous one, and spells out the EGDI before the group's name uses it.
            level = self.level_sentence()
            known = self.change is not None and self.change.value_change is not None
            facts = [self.level, self.change] if known else [self.level]
            sentences = [_sentence("level", facts, level.frame, [*level.say, "value", *(["value_change"] if known else [])]), *standing]
        elif angle.frame in ("index_first", "index_first_kept"):
            sentences = [dataclasses.replace(self.sub_index_sentence(first), named={}), *standing]
        elif angle.frame.startswith("group_first"):
            alone = self.group_sentence(first)
            sentences = [dataclasses.replace(alone, named={}, say=tuple(x for x in alone.say if x != "adjacent")), *standing]
        elif angle.frame.startswith("mover_"):
            sentences = [*standing, _sentence("milestone", [first], angle.frame)]
        elif angle.frame.startswith("tier_"):
            sentences = [*standing, _sentence("milestone", [self.change, self.standing], angle.frame)]
        elif angle.frame in ("record_high", "record_low", "rising_streak", "falling_streak") or (
            angle.frame == "first_kept" and self.history is not None and self.history.firsts_in_a_row >= 3
        ):
            # A record or a run is told at once; so is how long the world's leader has led.
            frame = self.history_frame() or angle.frame
            sentences = [*standing, _sentence("history", [self.history], frame, self.history_say(frame))]
        else:
            sentences = standing
        self.used.update(i for sentence in sentences for i in sentence.facts)
        comparison = self.lead_comparison(story)
        if comparison is not None and len(sentences) < 3:
            return [*sentences, comparison], None
        return sentences, comparison

    def lead_comparison(self, story: str) -> SentencePlan | None:
        """Who the country is measured against in the lead: who follows a leader, who still
        ranks higher after a 2nd or 3rd place or a fall, else notable countries it outranks."""
        above, below = self.by_id.get("comparison:above"), self.by_id.get("comparison:below")
        if below is not None and below.nearest:
            return _sentence("comparison", [below], "followed_by", countries=below.countries)
        if above is not None and (self.podium_above(above) or (story in _FALLS and above.prominent)):
            return _sentence("comparison", [above], "above_all" if above.all_named else "above_some", countries=above.countries)
        if below is not None and below.prominent and not self.standing.last and story not in _FALLS:
            return _sentence("comparison", [below], "below_all" if below.all_named else "below_some", countries=below.countries)
        return None

    # -- sections -------------------------------------------------------------------------------

    def groups_section(self) -> SectionPlan | None:
        """The country's standing in its region and in each named group it belongs to (LDC,
        SIDS, LLDC, CIS), whatever the rank, and in its sub-region when that is news (first,
        on the podium, last) or the length allows; then, at full length, its neighbours."""
        standings = [f for f in self.kinds("group_standing") if f.size >= self.ed.group_min_size and f.id not in self.used]
        needed = [f for f in standings if f.area != "subregion"]
        news = [f for f in standings if f.area == "subregion" and (f.leader or f.rank <= self.ed.podium or f.last or self.length["neighbours"])]
        news = [f for f in news if not self.implied(f)]
        order = lambda f: (0 if f.leader else 1, _GROUP_ORDER.index(f.group.split(":")[0]), f.group)  # noqa: E731
        worth = sorted(needed, key=order)[: self.length["group_sentences"]]
        worth = sorted(worth + sorted(news, key=order)[: max(0, self.length["group_sentences"] - len(worth))], key=order)
        sentences: list[SentencePlan] = []
        told: set[tuple[Any, ...]] = set()
        for f in worth:
            sentence = self.group_sentence(f)
            # Second behind Denmark in Europe and in Northern Europe: say it once, for the wider area.
            said = (sentence.frame, tuple(sorted(sentence.named.items())))
            if f.area == "subregion" and sentence.named and said in told:
                continue
            told.add(said)
            sentences.append(sentence)
        neighbours = self.by_id.get("neighbours")
        if neighbours is not None and self.length["neighbours"]:
            sentences.append(_sentence("neighbours", [neighbours], "all" if neighbours.all_named else "nearest", countries=neighbours.countries))
        if not sentences:
            return None
        worth = [self.by_id[s.facts[0]] for s in sentences]
        heading = sentences[0]
        return SectionPlan(
            kind="groups",
            heading=_sentence("heading_groups", [worth[0]], heading.frame, heading.say, **dict(heading.named)),
            paragraphs=_paragraphs(sentences),
            salience=max(f.salience for f in worth),
        )

    def implied(self, f: Any) -> bool:
        """Whether the world rank already says it: the world's leader leads every group, its
        second is second wherever the leader belongs, the last is last everywhere."""
        s = self.standing
        if f.stated or s.rank is None or s.ranked_count is None:
            return False
        if f.last and s.last:
            return True
        return f.rank == s.rank and not f.tied_with and not s.tied_with

    def group_frame(self, f: Any) -> str:
        if f.leader:
            return "joint_leader" if f.tied_with else "leader"
        if f.last:
            return "last"
        if f.rank <= self.ed.podium:
            return "second" if f.rank == 2 else "third"
        return "ranked"

    def group_sentence(self, f: Any) -> SentencePlan:
        frame = self.group_frame(f)
        say: list[str] = []
        named: dict[str, Sequence[str]] = {}
        if f.area != "group" and not f.shares_name:
            say.append("where")
        if f.adjacent:
            say.append("adjacent")
        tie_say, named = self.tie(f.tied_with)
        say += tie_say
        if frame in ("leader", "joint_leader"):
            named["behind"] = [i for i in f.behind if i not in f.tied_with][:2]
        elif frame == "second":
            named["leaders"] = f.leaders[: self.ed.tie_names]
        elif frame == "third":
            named["ahead"] = f.ahead
        elif frame == "last":
            named["ahead"] = f.ahead[-1:]
        elif frame == "ranked" and not f.tied_with:
            named["leaders"] = f.leaders[: self.ed.tie_names]
        # A rank among a group whose membership changed (an LDC graduated) is not comparable:
        # "44th of 45, up from 46th" would read as impossible.
        if f.previous_rank is not None and f.previous_size == f.size and frame in ("leader", "ranked", "second", "third"):
            if f.previous_rank > f.rank:
                say.append("taken" if frame == "leader" else "rose_in_group")
            elif f.previous_rank < f.rank and frame != "leader":
                say.append("fell_in_group")
                if f.previous_rank == 1:
                    say.append("was_leader")
        return _sentence("group_standing", [f], frame, say, **named)

    def sub_index_frame(self, f: Any) -> str:
        places = f.places
        if f.rank == 1:
            return "first_shared" if f.tied_with else "first"
        if f.last:
            return "last"
        if places is not None and f.rank <= self.ed.top_tier and -places >= self.ed.tier_fall:
            return "fall_in_tier"
        if f.rank <= self.ed.podium:
            return "podium"
        if places is not None and places >= self.ed.sub_index_move:
            return "big_rise"
        if f.rank <= self.ed.top_tier:
            return "top_tier"
        if places is not None and -places >= self.ed.sub_index_move:
            return "big_fall"
        return "plain"

    def sub_index_sentence(self, f: Any) -> SentencePlan:
        frame = self.sub_index_frame(f)
        say: list[str] = []
        named: dict[str, Sequence[str]] = {}
        if f.previous_rank is not None and frame not in ("big_rise", "big_fall", "fall_in_tier"):
            say.append("unchanged" if f.previous_rank == f.rank else "previous")
        if frame == "fall_in_tier" and f.moved <= self.ed.slight_move:
            say.append("slight")
        if "slight" in say and tier_of(f.previous_rank) == f.tier and TIER_BOUNDS[f.tier] - f.rank < self.ed.slight_move:
            say.append("tier_kept")  # 8th to 10th: the top 10 only just kept; after 1st to 9th it would be spin
        tie_say, named = self.tie(f.tied_with)
        say += tie_say
        tied = set(f.tied_with)
        if frame == "first":
            named["next"] = [i for i in f.tier_members if i not in tied][:2]
        elif frame in ("podium", "fall_in_tier") and f.rank <= self.ed.podium:
            named["ahead"] = f.ahead
        if frame == "top_tier" and not f.tied_with and len(f.leaders) <= self.ed.tie_names:
            # The leader only: "led by Australia and Iceland" would make the second a leader too.
            # Beside a tie list they would read as tied as well.
            named["leaders"] = f.leaders
        if frame == "big_rise" and f.rank <= self.ed.top_tier and tier_of(f.previous_rank) not in (f.tier, "top10"):
            say.append("tier_entry")
        return _sentence("sub_index", [f], frame, say, **named)

    def contrast_sentence(self, f: Any, sentence: SentencePlan) -> SentencePlan | None:
        """Countries it outranks on the index that rank higher on the EGDI: the contrast a
        reporter looks for, in a sentence of its own. Not after a sentence that names other
        countries (a tie list, those ahead): the two lists would blur, and the country could
        only be named again."""
        if sentence.frame not in ("top_tier", "fall_in_tier", "big_rise", "plain") or sentence.named or not f.outranks_stronger:
            return None
        return _sentence("contrast", [f], "outranks_stronger", stronger=f.outranks_stronger[:2])

    def sub_indices_section(self) -> SectionPlan | None:
        subs = [f for f in self.kinds("sub_index") if f.id not in self.used]
        worth = [
            f for f in subs if f.rank <= self.ed.top_tier or f.last or (f.moved is not None and f.moved >= self.ed.sub_index_move)
        ]
        if not worth:
            return None  # no sub-index says anything the overall rank does not
        # Most newsworthy first; of equal news, the larger move (54 places before 37). The EPI
        # is no part of the EGDI: it comes after the three components unless it leads the world.
        worth = sorted(worth, key=lambda f: (f.index == "epi" and f.rank != 1, -f.salience, -(f.moved or 0), f.rank, f.index))
        worth = worth[: self.length["sub_indices"]]
        told = []
        contrasted = False
        for f in worth:
            sentence = self.sub_index_sentence(f)
            # One contrast an article: a second "ahead of countries ranked higher" is trivia.
            contrast = None if contrasted else self.contrast_sentence(f, sentence)
            contrasted = contrasted or contrast is not None
            told.append([sentence] + ([contrast] if contrast else []))
        components = next((f for f in self.facts if f.kind == "components"), None)
        said = {f.index for f in worth}
        # The components sentence only when it names a component the section has not ranked.
        adds = components is not None and not {components.strongest, components.weakest} <= said
        sentences = [s for group in told for s in group] + ([self.components_sentence(components)] if adds else [])
        paragraphs = _paragraphs(sentences)
        first = told[0][0]
        return SectionPlan(
            kind="sub_indices",
            heading=_sentence("heading_sub_index", [worth[0]], first.frame, first.say, **dict(first.named)),
            paragraphs=paragraphs,
            salience=max(f.salience for f in worth),
        )

    def components_sentence(self, f: Any) -> SentencePlan:
        if f.weakest_rank <= self.ed.top_tier:
            frame = "all_top"
        elif self.low(f.strongest_rank):
            frame = "all_low"
        else:
            frame = "spread"
        return _sentence("components", [f], frame)

    def history_frame(self) -> str | None:
        h, c = self.history, self.change
        if h is None:
            return None
        record = self.covers_record(h)
        if h.firsts_in_a_row >= 2:
            return "first_streak"  # the leader's news is how long it has led, not a kept "best rank"
        if h.rises_in_a_row >= 2:
            return "rising_streak"
        if h.falls_in_a_row >= 2:
            return "falling_streak"
        # A best rank near the bottom of the table is no achievement to head a section with.
        if record and h.is_best and not h.is_worst and not self.low(self.standing.rank):
            if h.kept_best:
                return "record_kept"
            return "record_matched" if len(h.best_editions) > 1 else "record_high"
        if record and h.is_worst and not h.is_best and len(h.worst_editions) == 1:
            return "record_low"
        if record and c is not None and c.places < 0 and h.previous_rank == h.best_rank:
            return "after_best"  # the fall comes off its best rank: say so, not a flattering old year
        if record and c is not None and c.places > 0 and h.previous_rank == h.worst_rank:
            return "after_worst"
        moved = h.two_edition_change
        if moved is None or c is None or abs(moved) < self.ed.history_move:
            return None
        if moved == c.places:
            return None  # the edition between did not move: "16 places since 2020" would repeat the lead as a trend
        if moved > 0:
            return "two_edition_gain" if c.places >= 0 else "still_above"
        return "two_edition_loss" if c.places <= 0 else "still_below"

    def covers_record(self, h: Any) -> bool:
        """Whether the editions loaded are enough for a best or worst rank to be a record."""
        return bool(h.edition_count >= self.ed.record_editions)

    def history_say(self, frame: str) -> list[str]:
        h = self.history
        record = self.covers_record(h)
        if frame == "rising_streak" and record and h.is_best and len(h.best_editions) == 1:
            return ["record"]  # a best rank reached before too is matched, not a record
        if frame == "falling_streak" and record and h.is_worst and len(h.worst_editions) == 1:
            return ["record"]  # a run of falls to its lowest rank: both are the news
        if frame == "after_best" and len(h.best_editions) > 1:
            return ["matched"]
        if frame == "after_worst" and len(h.worst_editions) > 1:
            return ["matched"]
        return []

    def level_frame(self) -> str:
        f = self.level
        if f.transition:
            return "moved_up" if f.transition == "up" else "moved_down"
        return "stays" if f.previous_level else "in"

    def level_says(self) -> list[str]:
        """A move between EGDI groups: a first over the editions loaded, alone or with others."""
        f = self.level
        say = []
        if f.first_time_since:
            say.append("first_time")
        if f.same_move_count:
            say.append("same_moves")
        elif f.same_move_count == 0:
            say.append("only")
        return say

    def level_sentence(self) -> SentencePlan:
        return _sentence("level", [self.level], self.level_frame(), self.level_says())

    def history_section(self) -> SectionPlan | None:
        frame = None if self.history is None or self.history.id in self.used else self.history_frame()
        sentences = []
        if frame is not None:
            sentences.append(_sentence("history", [self.history], frame, self.history_say(frame)))
        if self.level is not None and self.level.transition and self.level.id not in self.used:
            sentences.append(self.level_sentence())
        if not sentences:
            return None
        anchor = sentences[0]
        used = [self.by_id[i] for s in sentences for i in s.facts]
        return SectionPlan(
            kind="history",
            heading=_sentence("heading_history", [used[0]], anchor.frame),
            paragraphs=(ParagraphPlan(sentences=tuple(sentences)),),
            salience=max(f.salience for f in used),
        )

    def average_frame(self) -> str | None:
        averages = self.kinds("average")
        world = next((a for a in averages if a.scope == "world"), None)
        region = next((a for a in averages if a.scope != "world"), None)
        if world is not None and region is not None and world.above != region.above:
            return "contrast"
        if world is not None and abs(world.value - world.average) <= self.ed.average_margin:
            return "near_world"
        return None

    def comparisons_section(self) -> SectionPlan | None:
        """The averages, when they say something. Countries ranked higher are named in the
        lead when they are the story (a podium place, a fall), and not in a closing section
        that every article would have."""
        average_frame = self.average_frame()
        averages = self.kinds("average")
        if average_frame is None:
            return None
        return SectionPlan(
            kind="comparisons",
            heading=_sentence("heading_comparison", averages, average_frame),
            paragraphs=(ParagraphPlan(sentences=(_sentence("average", averages, average_frame),)),),
            salience=max(f.salience for f in averages),
        )

    def value_sentences(self) -> list[SentencePlan]:
        """The value sentence, and what the EGDI measures in a sentence of its own when the
        value sentence already carries the gap to the next group (one long sentence else)."""
        sentence = self.value_sentence()
        if sentence is None:
            return []
        if "gap" not in sentence.say:
            return [sentence]
        alone = dataclasses.replace(sentence, say=tuple(x for x in sentence.say if x != "explain"))
        return [alone, _sentence("value", [self.by_id["source"]], "explain", ["explain"])]

    def value_sentence(self) -> SentencePlan | None:
        """The EGDI value and its change, what the index measures, and how near the next
        group's threshold it is when that is close."""
        s, c, level = self.standing, self.change, self.level
        if s.value is None or s.rank is None:
            return None  # a value-only story already says it
        source = self.by_id["source"]
        if level is not None and level.id in self.used:
            # The lead gave the value and its change, as the move between groups: what is left is what the index measures.
            return _sentence("value", [source], "explain", ["explain"])
        if c is not None and c.value_change is not None:
            frame = "rose" if c.value_change > 0 else "fell" if c.value_change < 0 else "same"
        else:
            frame = "new"
        say = ["explain"]
        facts = [s, source] + ([c] if frame != "new" else [])
        if c is not None and ((frame == "rose" and c.places < 0) or (frame == "fell" and c.places > 0)):
            say.append("against_rank")  # a better score and a worse rank: say "still", lest it read as a contradiction
        if level is not None:
            facts.append(level)
            if not (level.transition and level.id in self.used):
                say.append("level")
            if level.to_next is not None and level.to_next <= self.ed.threshold_gap:
                say.append("gap")
        return _sentence("value", facts, frame, say)

    def source_sentence(self, told: Sequence[SentencePlan]) -> SentencePlan:
        """The survey and its publisher; and, when the article states a sub-index rank that
        egovnews computed, that it did."""
        source = self.by_id["source"]
        stated = {i for sentence in told for i in sentence.facts}
        computed = {f"sub_index:{i}" for i in source.computed_ranks}
        uses = bool(stated & computed) or ("components" in stated and bool(computed))
        return _sentence("source", [source, self.standing], "survey", ["computed"] if uses else [])

    def plan(self, context: str | None) -> ArticlePlan:
        story = self.story()
        angles = self.angles(story)
        angle = angles[0]
        headline = self.headline(story, angle)
        lead, displaced = self.lead(story, angle)
        body_sentences = ([displaced] if displaced is not None else []) + self.value_sentences()
        candidates = [
            section
            for build in (self.groups_section, self.sub_indices_section, self.history_section, self.comparisons_section)
            if (section := build()) is not None
        ]
        # Stable sort: equal salience keeps the order above (groups, sub-indices, history, comparisons).
        ranked = sorted(candidates, key=lambda section: -section.salience)
        most = min(self.ed.max_sections, self.length["sections"])
        chosen = [section for section in ranked if section.salience >= self.ed.section_threshold][:most]
        if len(chosen) < 2:
            chosen = ranked[: min(2, most)]
        groups = next((section for section in ranked if section.kind == "groups"), None)
        if groups is not None and groups not in chosen and self.length["sections"] > 1:
            # The region and the groups are context every reader expects: they stay, in place of the least news.
            chosen = [*chosen[: most - 1], groups]
            chosen.sort(key=lambda section: -section.salience)
        body = _paragraphs(body_sentences) if body_sentences else ()
        told = [*lead, *body_sentences, *(s for section in chosen for p in section.paragraphs for s in p.sentences)]
        return ArticlePlan(
            country=self.standing.country,
            edition=self.standing.edition,
            angle=angle,
            angles=tuple(angles),
            story=story,
            headline=headline,
            lead=ParagraphPlan(sentences=tuple(lead)),
            body=body,
            sections=tuple(chosen),
            footer=ParagraphPlan(sentences=(self.source_sentence(told),)),
            context=bool(context),
            name_budget=self.ed.name_budget,
        )


def plan_article(
    facts: Sequence[Any], *, context: str | None = None, editorial: Editorial | None = None, length: Length = "standard"
) -> ArticlePlan:
    """The plan of an article from a country's facts (as ``facts_for`` returns them).

    The headline and lead tell the weightiest story (:data:`ANGLES`), the rank and its change
    in the same paragraph; the EGDI value follows; then sections, most newsworthy first, as
    many as ``length`` allows (:data:`LENGTHS`), the region and groups always among them
    beyond ``brief``; the survey and its publisher close the article, before an editor's
    ``context`` when given. ``editorial`` changes the thresholds.

    >>> from egovnews import load_records
    >>> from egovnews.facts import facts_for
    >>> plan = plan_article(facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024))
    >>> plan.lead.sentences[0].say
    ('previous',)
    """
    return _Planner(facts, editorial or EDITORIAL, length).plan(context)
