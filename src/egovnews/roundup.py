"""Roundups: the article about a scope (the world, a region, a sub-region, a group) in an
edition, with its ranking table.

The plan follows the country article's: the weightiest story (:data:`ROUNDUP_ANGLES`) leads,
the leader and the podium follow in the lead, then sections (the members, rises and falls,
values, and for the world its top and bottom), as many as the length allows, then the source.
Small scopes name every member with its rank in prose; large ones (Africa, the LDCs, the
world) name only the notable members and leave the rest to the table.

>>> from egovnews import load_records
>>> article = write_roundup(load_records("examples/kazakhstan-2024.yaml"), "LLDC", 2024, lang="en")
>>> article.table.rows[0][1]
'Kazakhstan'
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from .article import Article, Table
from .errors import EgovError
from .lang import default_style
from .lang import lang as toolkit_for
from .model import Survey
from .plan import EDITORIAL, LENGTHS, Angle, ArticlePlan, Length, ParagraphPlan, SectionPlan, SentencePlan
from .render import Renderer
from .roundup_facts import WORLD, roundup_facts, scope_key
from .style import Style

#: How newsworthy each roundup story is; the weightiest that applies leads. A new leader is
#: the story of any scope; the world's first place is the world's story even when unchanged;
#: a member joining the highest group the scope reaches and a large jump come next; an
#: unchanged podium and a kept lead last. (The world's new entries into the top 10 are told in
#: its top-and-bottom section: its leader always outweighs them.)
ROUNDUP_ANGLES: dict[str, float] = {
    "new_leader": 1.0,  # the scope's first place changed hands
    "world_leader": 0.9,  # the world's leader, kept
    "level_entry": 0.8,  # members entered the very high group (or the highest group the scope reaches)
    "level_entry_shared": 0.5,  # the same, in an edition when `EDITORIAL.level_crowd` times as many countries of the world did
    "big_rise": 0.75,  # a member rose `BIG_RISE` places or more
    "podium_kept": 0.6,  # the same three, in the same order
    "leader_kept": 0.55,  # the same leader
    "leader": 0.5,  # the leader, with no previous edition to compare with
    "partial": 0.1,  # the records hold some members only: their ranks, no ranking of the scope
}
#: A rise that makes a roundup's story.
BIG_RISE = 20
#: Scopes with at most this many members name every one in prose.
SMALL_SCOPE = 12
#: A group move of more countries than this is counted, not named.
NAMED_MOST = 4

#: The frames of the roundup templates, documented for template authors.
ROUNDUP_FRAMES: dict[str, dict[str, str]] = {
    "roundup_headline": {
        "new_leader": "a new leader (`f` the podium; `f.previous_leaders`)",
        "world_leader": "the world's leader, kept (`f.lead_run` editions in a row)",
        "level_entry": "members entered a higher group (`f` the levels fact; `named.entered`)",
        "big_rise": "the largest rise (`f` the movers fact)",
        "podium_kept": "the same first three (`f` the podium)",
        "leader_kept": "the same leader (`f` the podium; `f.lead_run`)",
        "leader": "the leader, nothing to compare with",
        "partial": "the records hold some members only (`f` the table)",
    },
    "roundup_podium": {
        "leader": "the leader and its world rank, then who follows (`named.next`)",
        "next": "who follows the leader the lead sentence named (`named.next`)",
    },
    "roundup_members": {
        "rest": "every member after the first three, with its world rank (`named.countries`)",
        "partial": "the members the records hold, with their world ranks (`named.countries`)",
    },
    "roundup_place": {
        "tier": "how many members are in the world's top 50, and the last member (`named.last`)",
    },
    "roundup_movers": {"moves": "how many rose, fell or held; the largest rise (`named.risers`) and fall (`named.fallers`)"},
    "roundup_levels": {
        "moves": "members that moved between EGDI groups (the levels fact's `moves`)",
        "counts": "how many countries each EGDI group holds, and the change (the world)",
    },
    "roundup_average": {"average": "the scope's mean EGDI against the world's (the world: its mean and change)"},
    "roundup_best": {"best": "the highest and lowest member on one sub-index (`named.best`, `named.worst`)"},
    "roundup_top": {"top": "the world's top 10 (`named.countries`), who entered it (`named.entered`)"},
    "roundup_bottom": {"bottom": "the world's last places (`named.countries`)"},
    "roundup_heading": {
        "members": "the members section", "movers": "rises and falls", "values": "values and sub-indices",
        "world": "the world's top and bottom",
    },
    "roundup_source": {"survey": "the survey, its publisher and what the EGDI measures"},
    "roundup_table": {
        "rank": "the world-rank column's heading", "country": "the country column's heading",
        "change": "the change column's heading", "egdi": "the EGDI column's heading", "level": "the EGDI group column's heading",
        "new": "the change cell of a country the previous edition did not rank",
        "very_high": "the very high group in a cell", "high": "the high group in a cell", "middle": "the middle group in a cell",
        "low": "the low group in a cell",
    },
}
ROUNDUP_FRAMES["roundup_lead"] = ROUNDUP_FRAMES["roundup_headline"]

#: The facts each roundup template receives (``f`` is the first).
ROUNDUP_TEMPLATE_FACTS: dict[str, str] = {
    "roundup_headline": "the angle's fact (`podium`, `levels`, `top`, `movers`, `table`), then `podium` when it is not first",
    "roundup_lead": "as `roundup_headline`",
    "roundup_podium": "`podium`",
    "roundup_members": "`table`",
    "roundup_place": "`place`, and `podium` for the last member",
    "roundup_movers": "`movers`",
    "roundup_levels": "`levels`",
    "roundup_average": "`scope_average`",
    "roundup_best": "one `best` fact (`best:osi`…)",
    "roundup_top": "`top`",
    "roundup_bottom": "`bottom`",
    "roundup_heading": "the first fact of the section's first sentence",
    "roundup_source": "`scope_source`",
    "roundup_table": "no fact: one label of the ranking table per frame",
}
#: Options a roundup sentence includes.
ROUNDUP_SAYS: dict[str, str] = {
    "previous": "the previous edition's figure (leader, count, average) is known and said",
    "run": "the leader has led `f.lead_run` editions in a row (three or more)",
    "leader": "the leader is also named (a headline whose story is another)",
    "last": "the last member is named (`named.last`)",
    "change": "the count changed since the previous edition",
    "partial_members": "the table lacks some members (`f.missing`)",
    "told": "the lead told the move into the highest group (`f.top_entry`): the sentence tells `f.other_moves`",
    "counted": "a move holds more countries than `NAMED_MOST`: the moves are counted, not named",
    "more": "more countries made the move than `named.entered` holds: say how many (`f.top_entry.countries|length`)",
    "shared": "more than one country shares first place (`named.leaders`)",
    "world_first": "the scope's leader is first in the world too: \"first\", not \"1st\"",
    "unranked": "some members the records hold have a value but no world rank (`f.unranked_countries`)",
    "none_ranked": "no member the records hold has a world rank (`f.ranked_countries` is empty)",
    "none": "no member is in the world's top 50", "one": "one member is", "some": "some members are",
    "all": "every member is (three or more)", "both": "both members are (a scope of two)",
    "same_before": "as many were in the previous edition", "none_before": "none was in the previous edition",
    "rose": "the mean rose", "fell": "the mean fell", "same": "the mean held",
    "widened": "the gap to the world's mean widened", "narrowed": "the gap narrowed",
    "sole_riser": "the largest riser(s) are the only members that rose", "sole_faller": "the largest faller(s) are the only members that fell",
    "tied": "more than ten countries share the top 10 (ties at 10th): give their ranks",
}
#: Countries a roundup sentence names, by role.
ROUNDUP_ROLES: dict[str, str] = {
    "leaders": "the leader(s)",
    "next": "the members right behind the leader, in order",
    "previous_leaders": "the leader(s) of the previous edition",
    "entered": "countries that entered a group or the top 10",
    "risers": "the largest rise", "fallers": "the largest fall",
    "last": "the last member(s)",
    "best": "the highest on an index", "worst": "the lowest on an index",
    "countries": "the countries the sentence lists with their ranks (the members, the top 10, the last places)",
}


def _sentence(template: str, facts: Sequence[Any], frame: str, say: Sequence[str] = (), **named: Sequence[str]) -> SentencePlan:
    if frame not in ROUNDUP_FRAMES[template]:
        raise ValueError(f"no frame {frame!r} for template {template!r}")
    unknown = [s for s in say if s not in ROUNDUP_SAYS]
    if unknown:
        raise ValueError(f"unknown say options: {unknown}")
    return SentencePlan(
        template=template, facts=tuple(f.id for f in facts), frame=frame, say=tuple(sorted(set(say))),
        named={role: tuple(codes) for role, codes in named.items() if codes},
    )


class _RoundupPlanner:
    """Plans one roundup from its facts."""

    def __init__(self, facts: Sequence[Any], length: Length, decimals: int = 4) -> None:
        self.decimals = decimals
        self.facts = list(facts)
        self.by_id = {f.id: f for f in facts}
        self.by_kind: dict[str, list[Any]] = {}
        for f in facts:
            self.by_kind.setdefault(f.kind, []).append(f)
        self.length = length
        self.table = self.by_id["table"]
        self.podium = self.by_id.get("podium")
        self.movers = self.by_id.get("movers")
        self.levels = self.by_id.get("levels")
        self.top = self.by_id.get("top")
        self.world = self.table.scope == WORLD
        self.angle: Angle | None = None

    def angles(self) -> list[Angle]:
        found: list[Angle] = []

        def add(name: str, fact: Any) -> None:
            found.append(Angle(name=name, frame=name, salience=ROUNDUP_ANGLES[name], facts=(fact.id,)))

        p = self.podium
        if p is None:
            add("partial", self.table)
            return found
        if p.new_leader:
            add("new_leader", p)
        elif self.world and p.previous_leaders:
            add("world_leader", p)
        entries = self.entries()
        if entries is not None:
            # A move that many countries of the world made is the edition's story, less the scope's.
            crowded = entries.world_count is not None and entries.world_count >= EDITORIAL.level_crowd * 2
            found.append(Angle(name="level_entry", frame="level_entry", salience=ROUNDUP_ANGLES["level_entry_shared" if crowded else "level_entry"], facts=(self.levels.id,)))
        if self.movers is not None and self.movers.rise >= BIG_RISE:
            add("big_rise", self.movers)
        if p.unchanged:
            add("podium_kept", p)
        if p.previous_leaders and not p.new_leader:
            add("leader_kept", p)
        if not p.previous_leaders:
            add("leader", p)
        found.sort(key=lambda a: -a.salience)
        return found

    def entries(self) -> Any:
        """The move into the highest group any member reached this edition, when members made it."""
        return None if self.levels is None else self.levels.top_entry

    def world_first(self) -> list[str]:
        """``world_first`` when the scope's leader is first in the world too ("first", not "1st")."""
        return ["world_first"] if self.podium is not None and self.podium.ranks[0] == 1 else []

    def shared(self) -> list[str]:
        return ["shared"] if self.podium is not None and len(self.podium.leaders) > 1 else []

    def leader_says(self) -> list[str]:
        p = self.podium
        return ["run"] if p is not None and p.lead_run >= 3 else []

    def angle_says(self, angle: Angle) -> list[str]:
        """What the angle's sentences include beside the story: a long lead, a shared lead, a
        leader first in the world, more countries than are named."""
        says = self.leader_says() if angle.name not in ("new_leader", "partial") else []
        says += ["previous"] if angle.name == "new_leader" else []
        says += self.shared() + self.world_first()
        if angle.name == "level_entry" and len(self.entries().countries) > NAMED_MOST:
            says.append("more")
        if angle.name == "partial":
            says += self.partial_says()
        return says

    def partial_says(self) -> list[str]:
        """What a partial table holds: members without a world rank (``unranked``), or no
        member with one (``none_ranked``)."""
        t = self.table
        return (["unranked"] if t.unranked_countries else []) + ([] if t.ranked_countries else ["none_ranked"])

    def headline(self, angle: Angle) -> SentencePlan:
        p = self.podium
        if angle.name == "partial":
            return _sentence("roundup_headline", [self.table], "partial")
        if angle.name in ("new_leader", "world_leader", "podium_kept", "leader_kept", "leader"):
            return _sentence("roundup_headline", [p], angle.name, self.angle_says(angle),
                             leaders=p.leaders, previous_leaders=p.previous_leaders if angle.name == "new_leader" else ())
        fact = self.by_id[angle.facts[0]]
        named = self.angle_named(angle)
        return _sentence("roundup_headline", [fact, p], angle.name, ["leader", *self.angle_says(angle)], leaders=p.leaders, **named)

    def angle_named(self, angle: Angle) -> dict[str, Sequence[str]]:
        if angle.name == "level_entry":
            return {"entered": self.entries().countries[:NAMED_MOST]}
        if angle.name == "big_rise":
            return {"risers": self.movers.risers}
        return {}

    def lead(self, angle: Angle) -> list[SentencePlan]:
        p = self.podium
        says = self.angle_says(angle)
        if angle.name == "partial":
            return [_sentence("roundup_lead", [self.table], "partial", says + (["partial_members"] if self.table.missing else []))]
        follow = [c for c, pos in zip(p.countries, p.positions) if pos > 1]
        if angle.name == "new_leader":
            follow = [c for c in follow if c not in p.previous_leaders]  # the first sentence named them
        podium_says = self.shared() + self.world_first()
        if angle.name in ("new_leader", "world_leader", "podium_kept", "leader_kept", "leader"):
            first = _sentence(
                "roundup_lead", [p], angle.name, says, leaders=p.leaders, previous_leaders=p.previous_leaders if angle.name == "new_leader" else (),
                next=follow if angle.name == "podium_kept" else (),  # the kept podium's lead names the leader, then the two behind it
            )
            rest = [_sentence("roundup_podium", [p], "next", podium_says, leaders=p.leaders, next=follow)] if follow and angle.name != "podium_kept" else []
            return [first, *rest]
        fact = self.by_id[angle.facts[0]]
        first = _sentence("roundup_lead", [fact, p], angle.name, says, **self.angle_named(angle))
        return [first, _sentence("roundup_podium", [p], "leader", self.leader_says() + podium_says, leaders=p.leaders, next=follow)]

    def place_sentence(self, last: bool = True) -> SentencePlan | None:
        place = self.by_id.get("place")
        if place is None:
            return None
        p = self.podium
        n = place.in_tier
        say = ["none" if n == 0 else "one" if n == 1 else ("both" if n == 2 else "all") if n == place.members else "some"]
        if place.previous_in_tier is not None:
            say.append("previous")
            say += ["same_before"] if place.previous_in_tier == n else ["none_before"] if place.previous_in_tier == 0 else []
        facts = [place]
        named: dict[str, Sequence[str]] = {}
        if last and p is not None and p.last:
            say.append("last")
            facts.append(p)
            named["last"] = p.last
        return _sentence("roundup_place", facts, "tier", say, **named)

    def members_section(self) -> SectionPlan | None:
        t = self.table
        sentences = []
        if self.podium is None:
            if t.rows:
                sentences.append(_sentence("roundup_members", [t], "partial", self.partial_says(), countries=[r.country for r in t.rows]))
        elif t.size <= SMALL_SCOPE:
            rest = [r.country for r in t.rows if r.position is not None and r.position > 3]
            if rest:
                sentences.append(_sentence("roundup_members", [t], "rest", countries=rest))
        # The list of the other members ends on the last one, with its rank: not twice.
        place = self.place_sentence(last=not any(s.frame == "rest" for s in sentences))
        if place is not None:
            sentences.append(place)
        if not sentences:
            return None
        return self.section("members", sentences, 0.8)

    def movers_section(self) -> SectionPlan | None:
        sentences = []
        m = self.movers
        if m is not None:
            # "X rose the most" when X alone rose would mislead: say it was the only one.
            # The lead told the largest rise when it is the story: not twice.
            risers = () if self.angle is not None and self.angle.name == "big_rise" else m.risers
            sole = (["sole_riser"] if risers and len(risers) == m.rose else []) + (["sole_faller"] if m.fallers and len(m.fallers) == m.fell else [])
            sentences.append(_sentence("roundup_movers", [m], "moves", sole, risers=risers, fallers=m.fallers))
        lv = self.levels
        told = self.angle is not None and self.angle.name == "level_entry"
        if lv is not None and not self.world and len(lv.moves) > (1 if told else 0):
            # The lead told the move into the highest group: this sentence tells the others.
            moves = lv.other_moves if told else lv.moves
            counted = any(len(m.countries) > NAMED_MOST for m in moves)
            sentences.append(_sentence("roundup_levels", [lv], "moves", (["told"] if told else []) + (["counted"] if counted else [])))
        if not sentences:
            return None
        return self.section("movers", sentences, 0.7)

    def values_section(self) -> SectionPlan | None:
        sentences = []
        average = self.by_id.get("scope_average")
        if average is not None:
            sentences.append(_sentence("roundup_average", [average], "average", self.average_says(average)))
        bests = self.by_kind.get("best", [])
        most = {"brief": 1, "standard": 2, "full": 4}[self.length]
        for best in bests[:most]:
            sentences.append(_sentence("roundup_best", [best], "best", best=best.best, worst=best.worst))
        if not sentences:
            return None
        return self.section("values", sentences, 0.5)

    def average_says(self, a: Any) -> list[str]:
        """Which way the scope's mean moved, as the article shows it (to ``decimals`` places:
        "rose from 0.6543 to 0.6543" would read as a misprint), and whether its gap to the
        world's widened or narrowed (said only when the scope stayed on the same side of it)."""
        if a.previous_average is None:
            return []
        shown = Decimal(1).scaleb(-self.decimals)
        now, before = (x.quantize(shown, rounding=ROUND_HALF_UP) for x in (a.average, a.previous_average))
        says = ["previous", "rose" if now > before else "fell" if now < before else "same"]
        gap, before = a.average - a.world_average, a.previous_average - a.previous_world_average
        if a.scope != WORLD and (gap > 0) == (before > 0) and abs(gap) != abs(before):
            says.append("widened" if abs(gap) > abs(before) else "narrowed")
        return says

    def world_section(self) -> SectionPlan | None:
        if not self.world:
            return None
        sentences = []
        if self.top is not None:
            tied = ["tied"] if len(self.top.countries) != 10 else []
            sentences.append(_sentence("roundup_top", [self.top], "top", tied, countries=self.top.countries, entered=self.top.entered))
        bottom = self.by_id.get("bottom")
        if bottom is not None:
            sentences.append(_sentence("roundup_bottom", [bottom], "bottom", countries=bottom.countries))
        if self.levels is not None:
            sentences.append(_sentence("roundup_levels", [self.levels], "counts", ["change"] if self.levels.previous_counts else []))
        return self.section("world", sentences, 0.9) if sentences else None

    def section(self, kind: str, sentences: list[SentencePlan], salience: float) -> SectionPlan:
        first = self.by_id[sentences[0].facts[0]]
        heading = _sentence("roundup_heading", [first], kind)
        paragraphs = tuple(ParagraphPlan(sentences=tuple(sentences[i : i + 2])) for i in range(0, len(sentences), 2))
        return SectionPlan(kind=kind, heading=heading, paragraphs=paragraphs, salience=salience)  # type: ignore[arg-type]

    def plan(self) -> ArticlePlan:
        angles = self.angles()
        angle = self.angle = angles[0]
        sections = [s for build in (self.world_section, self.members_section, self.movers_section, self.values_section) if (s := build()) is not None]
        most = {"brief": 1, "standard": 3, "full": 4}[self.length]
        source = self.by_id["source"]
        return ArticlePlan(
            country=self.table.scope,
            edition=self.table.edition,
            angle=angle,
            angles=tuple(angles),
            story=angle.name,
            headline=self.headline(angle),
            lead=ParagraphPlan(sentences=tuple(self.lead(angle))),
            sections=tuple(sections[:most]),
            footer=ParagraphPlan(sentences=(_sentence("roundup_source", [source], "survey"),)),
        )


def plan_roundup(facts: Sequence[Any], *, length: Length = "standard", decimals: int = 4) -> ArticlePlan:
    """The plan of a roundup from its facts (as :func:`~egovnews.roundup_facts.roundup_facts`
    returns them); ``decimals`` is how many places the article shows values to.

    >>> from egovnews import load_records
    >>> from egovnews.roundup_facts import roundup_facts
    >>> plan_roundup(roundup_facts(load_records("examples/kazakhstan-2024.yaml"), "CIS", 2024)).angle.name
    'partial'
    """
    if length not in LENGTHS:
        raise ValueError(f"unknown length {length!r}")
    return _RoundupPlanner(facts, length, decimals).plan()


def ranking_table(facts: Sequence[Any], renderer: Renderer) -> Table:
    """The ranking table of a roundup in the renderer's language: world rank, country, change
    since the previous edition (when compared), EGDI value and group. The labels come from the
    template ``roundup_table.j2`` (one frame per label), which a newsroom may override.

    >>> from egovnews import load_records
    >>> from egovnews.lang import lang
    >>> from egovnews.roundup_facts import roundup_facts
    >>> table = ranking_table(roundup_facts(load_records("examples/kazakhstan-2024.yaml"), "LLDC", 2024), Renderer("fr", lang("fr")))
    >>> table.columns, table.rows[0]
    (('Rang', 'Pays', 'EGDI', 'Groupe'), ('24', 'Kazakhstan', '0,9009', 'Très élevé'))
    """
    t = next(f for f in facts if f.kind == "table")
    toolkit = renderer.toolkit
    compared = t.previous_edition is not None
    labels: dict[str, str] = {}

    def label(key: str) -> str:
        if key not in labels:
            labels[key] = renderer.label("roundup_table", key)
        return labels[key]

    columns = [label("rank"), label("country"), *([label("change")] if compared else []), label("egdi"), label("level")]
    align = ["r", "l", *(["r"] if compared else []), "r", "l"]
    rows, data = [], []
    for r in t.rows:
        change = ""
        if compared:
            change = label("new") if r.places is None else "=" if r.places == 0 else f"+{r.places}" if r.places > 0 else f"\u2212{-r.places}"
        cells = [
            "" if r.rank is None else str(r.rank),
            toolkit.country(r.country, toolkit.bare_form),
            *([change] if compared else []),
            "" if r.value is None else toolkit.decimal(r.value),
            "" if r.level is None else label(r.level),
        ]
        rows.append(tuple(cells))
        data.append(
            {
                "country": r.country, "name": cells[1], "rank": r.rank, "position": r.position, "previous_rank": r.previous_rank,
                "change": r.places, "value": None if r.value is None else str(r.value), "level": r.level,
            }
        )
    return Table(columns=tuple(columns), rows=tuple(rows), align=tuple(align), data=tuple(data))


def write_roundup(
    survey: Survey,
    scope: str,
    edition: int,
    lang: str = "fr",
    style: Style | None = None,
    seed: int | None = None,
    *,
    templates: str | Path | None = None,
) -> Article:
    """Write the roundup of ``scope`` (``world``, ``region:Africa``, ``subregion:Central Asia``,
    ``LLDC``, ``SIDS``, ``LDC``, ``CIS``) in ``edition``, in ``lang``, with its ranking table.

    ``style``, ``seed`` and ``templates`` work as for :func:`~egovnews.write.write_article`.

    >>> from egovnews import load_records
    >>> article = write_roundup(load_records("examples/kazakhstan-2024.yaml"), "subregion:Central Asia", 2024, lang="en")
    >>> [row[1] for row in article.table.rows]
    ['Kazakhstan', 'Uzbekistan']
    """
    from .write import _check_types, check_language

    _check_types(
        survey=(survey, Survey), scope=(scope, str), edition=(edition, int), lang=(lang, str),
        style=(style, (Style, type(None))), seed=(seed, (int, type(None))), templates=(templates, (str, Path, type(None))),
    )
    check_language(lang)
    key = scope_key(scope)
    facts = roundup_facts(survey, key, edition)
    table = facts[0]
    if not table.rows:
        where = ", ".join(dict.fromkeys(survey.edition(edition).sources)) or "the data"
        raise EgovError(f"no member of {key} has an EGDI value or rank in the {edition} edition ({where}): nothing to write about")
    style = style or default_style()
    plan = plan_roundup(facts, length=style.length, decimals=style.decimals)
    toolkit = toolkit_for(lang, style)
    renderer = Renderer(lang, toolkit, user_templates=templates, seed=seed)
    article = renderer.article(plan, facts)
    from dataclasses import replace

    # The table states every member's rank, change and value: its fact is the article's too.
    return replace(article, table=ranking_table(facts, renderer), kind="roundup", facts={**article.facts, "table": table})


__all__ = ["ROUNDUP_ANGLES", "plan_roundup", "ranking_table", "write_roundup"]
