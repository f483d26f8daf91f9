"""Content determination: what is true and newsworthy about a country in an edition.

Nothing here knows any language. Each fact is typed, carries a salience (how newsworthy,
0 to 1) and its provenance: every datum (edition, country, field, value, source line) it
rests on. A fact is produced only when the data proves it: a group standing only when
every member of the group has a record (or the records state the standing), a change only
when the previous edition ranked the country, ties said as ties.

>>> from egovnews import load_records
>>> facts = facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024)
>>> [f.id for f in facts][:3]
['standing', 'change', 'history']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field

from .countries import UN_MEMBER_COUNT, countries
from .model import LEVEL_FLOORS, LEVELS, CountryRecord, IndexName, Level, Survey

SUB_INDICES: tuple[IndexName, ...] = ("osi", "hci", "tii", "epi")
#: The three components the EGDI averages; EPI is reported beside them, not inside.
COMPONENTS: tuple[IndexName, ...] = ("osi", "hci", "tii")
Tier = Literal["top10", "top20", "top_quartile"]
TOP_QUARTILE = UN_MEMBER_COUNT // 4


#: The last rank of each top tier.
TIER_BOUNDS: dict[str, int] = {"top10": 10, "top20": 20, "top_quartile": TOP_QUARTILE}


def tier_of(rank: int | None) -> Tier | None:
    """The top tier a rank falls in: the top 10, the top 20, the top quarter, or none.

    >>> tier_of(7), tier_of(19), tier_of(40), tier_of(120)
    ('top10', 'top20', 'top_quartile', None)
    """
    if rank is None:
        return None
    return next((tier for tier, bound in TIER_BOUNDS.items() if rank <= bound), None)  # type: ignore[return-value]


#: The world tiers whose crossing a rank change records (``ChangeFact.entered``, ``left``).
WORLD_TIERS: tuple[int, ...] = (10, 20, 50)


def tier_crossed(before: int, now: int) -> tuple[int | None, int | None]:
    """The smallest world tier a move entered, and the smallest it left, if any.

    >>> tier_crossed(25, 18), tier_crossed(48, 55), tier_crossed(30, 29)
    ((20, None), (None, 50), (None, None))
    """
    entered = next((t for t in WORLD_TIERS if now <= t < before), None)
    left = next((t for t in WORLD_TIERS if before <= t < now), None)
    return entered, left


#: Groups that are organisations of member states rather than categories of countries.
ORGANISATIONS = frozenset({"CIS"})


def shares_name(iso3: str, area: str) -> bool:
    """Whether a region or sub-region is named like the country itself, in the country
    table's English names (the UN's): Micronesia and the Federated States of Micronesia.

    >>> shares_name("FSM", "subregion:Micronesia"), shares_name("ZAF", "region:Africa")
    (True, False)
    """
    if ":" not in area:
        return False
    place = area.split(":", 1)[1].casefold()
    country = countries().get(iso3)
    # The name without its bracketed part: "Micronesia (Federated States of)" is Micronesia.
    return any(re.sub(r"\s*\(.*\)", "", name).strip().casefold() == place for name in (country.name, *country.aliases))


class NotableRule(BaseModel):
    """Which countries are worth naming beside another: the prominence rule.

    Among the countries ranked within ``window`` places just below (or above), take up to
    ``limit`` by prominence tier (by default the G7, then the G20, then OECD and EU
    members, then the rest), ties broken by rank, and list them in rank order.

    >>> NotableRule().pick([("URY", 25), ("CHE", 26), ("TUR", 27), ("MLT", 28), ("FRA", 34)])
    ['CHE', 'TUR', 'FRA']
    """

    model_config = ConfigDict(frozen=True)

    window: int = Field(default=10, ge=1)
    limit: int = Field(default=3, ge=1)
    tiers: tuple[tuple[str, ...], ...] = (("G7",), ("G20",), ("OECD", "EU"))

    def prominence(self, iso3: str) -> int:
        """The tier a country falls in, 0 being the most prominent."""
        blocs = countries().get(iso3).blocs
        return next((i for i, tier in enumerate(self.tiers) if blocs.intersection(tier)), len(self.tiers))

    def pick(self, candidates: Sequence[tuple[str, int]]) -> list[str]:
        """Up to ``limit`` of the (iso3, rank) candidates, the most prominent, in rank order."""
        chosen = sorted(candidates, key=lambda c: (self.prominence(c[0]), c[1], c[0]))[: self.limit]
        return [iso3 for iso3, _ in sorted(chosen, key=lambda c: (c[1], c[0]))]


class Datum(BaseModel):
    """One datum a fact rests on."""

    model_config = ConfigDict(frozen=True)

    edition: int
    country: str
    field: str
    value: str | int | None
    source: str | None = None


class _Fact(BaseModel):
    model_config = ConfigDict(frozen=True)

    #: The fact's id within the article (``standing``, ``group:LLDC``, ``sub_index:osi``).
    id: str
    #: The ISO3 code of the country the fact is about.
    country: str
    #: The survey edition (year) the fact is about.
    edition: int
    #: How newsworthy the fact is, 0 to 1: the plan orders sections by it.
    salience: float = Field(ge=0, le=1)
    #: Every datum the fact rests on (edition, country, field, value, source line).
    provenance: tuple[Datum, ...] = ()


class _SharedRank:
    """For facts with ``tied_with``: how many share the rank, for templates that count them."""

    if TYPE_CHECKING:
        tied_with: tuple[str, ...]

    @property
    def tie_count(self) -> int:
        """How many other countries share the rank ("level with five other countries")."""
        return len(self.tied_with)


class StandingFact(_Fact, _SharedRank):
    """The EGDI rank and value; ``tied_with`` lists the countries sharing the rank."""

    kind: Literal["standing"] = "standing"
    #: The EGDI rank (None when the records give only a value).
    rank: int | None
    #: The EGDI value, 0 to 1.
    value: Decimal | None
    #: The other countries with the same rank, in table order.
    tied_with: tuple[str, ...] = ()
    #: How many countries the edition ranks, when its table is complete.
    ranked_count: int | None = None
    #: No country ranks lower (a tie for last included); known only for a complete edition.
    last: bool = False
    #: The top tier of the rank (``top10``, ``top20``, ``top_quartile``), if any.
    tier: Tier | None = None
    #: The countries ranked first, when this one is not among them (best first, ties included).
    leaders: tuple[str, ...] = ()


class ChangeFact(_Fact):
    """The EGDI rank (and value) against the previous edition; ``places`` > 0 is a rise."""

    kind: Literal["change"] = "change"
    #: The edition compared with.
    previous_edition: int
    #: The EGDI rank in that edition.
    previous_rank: int
    #: The EGDI rank in this edition.
    rank: int
    #: Places gained (above 0) or lost (below 0).
    places: int
    #: ``up``, ``down`` or ``same``.
    direction: Literal["up", "down", "same"]
    #: The EGDI value in the previous edition.
    previous_value: Decimal | None = None
    #: This edition's EGDI value minus the previous one.
    value_change: Decimal | None = None
    #: The top tier of the previous rank, if any: leaving the top 10 is said from it.
    previous_tier: Tier | None = None
    #: No country ranked lower in the previous edition (known only when it was complete).
    previous_last: bool = False
    #: The smallest world tier (top 10, 20 or 50) the move took the country into, if any.
    entered: int | None = None
    #: The smallest world tier the move took the country out of, if any.
    left: int | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def moved(self) -> int:
        """How many places the country moved, either way ("four places")."""
        return abs(self.places)


class HistoryFact(_Fact):
    """The EGDI rank in every loaded edition up to this one."""

    kind: Literal["history"] = "history"
    #: (edition, rank) for every loaded edition that ranked the country, oldest first.
    ranks: tuple[tuple[int, int], ...]
    #: The best rank over those editions.
    best_rank: int
    #: The editions that gave that best rank.
    best_editions: tuple[int, ...]
    #: Whether this edition's rank is the best rank.
    is_best: bool
    #: Rises between consecutive loaded editions, back from this one.
    rises_in_a_row: int
    #: Places gained (above 0) or lost since the edition two before this one.
    two_edition_change: int | None = None
    #: That edition, when it ranked the country.
    two_editions_before: int | None = None
    #: The worst rank over the editions loaded.
    worst_rank: int = 0
    #: Whether this edition's rank is that worst rank.
    is_worst: bool = False
    #: Falls between consecutive loaded editions, back from this one.
    falls_in_a_row: int = 0
    #: How many editions ranked the country: a record is "the best of N editions".
    edition_count: int = 0
    #: The earliest edition that ranked the country: a record runs from it, and is never
    #: "the best since" it, which would claim it was as good.
    first_edition: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def two_edition_moved(self) -> int | None:
        """How many places the country moved over two editions, either way."""
        return None if self.two_edition_change is None else abs(self.two_edition_change)

    @property
    def previous_rank(self) -> int:
        """The rank in the previous loaded edition that ranked the country."""
        return self.ranks[-2][1]

    @property
    def previous_edition(self) -> int:
        """That edition."""
        return self.ranks[-2][0]

    @property
    def rising_since(self) -> int:
        """The edition the current run of rises started from."""
        return self.ranks[-1 - self.rises_in_a_row][0]

    @property
    def falling_since(self) -> int:
        """The edition the current run of falls started from."""
        return self.ranks[-1 - self.falls_in_a_row][0]

    @property
    def worst_editions(self) -> tuple[int, ...]:
        """The editions that gave the worst rank."""
        return tuple(edition for edition, rank in self.ranks if rank == self.worst_rank)

    @property
    def firsts_in_a_row(self) -> int:
        """Consecutive loaded editions ranking the country first, back from this one (0: not first)."""
        count = 0
        for _, rank in reversed(self.ranks):
            if rank != 1:
                break
            count += 1
        return count

    @property
    def kept_best(self) -> bool:
        """The best rank held in this edition and in the one before it: kept, not regained."""
        return self.is_best and len(self.ranks) >= 2 and self.ranks[-2][1] == self.best_rank


class LevelFact(_Fact):
    """The EGDI level, and a move between levels since the previous edition."""

    kind: Literal["level"] = "level"
    #: The EGDI level: ``very_high``, ``high``, ``middle`` or ``low``.
    level: Level
    #: The EGDI value the level rests on.
    value: Decimal | None = None
    #: The level in the previous edition, if it ranked the country.
    previous_level: Level | None = None
    #: The previous edition, when it had a level.
    previous_edition: int | None = None
    #: ``up`` or ``down`` when the level changed, else None.
    transition: Literal["up", "down"] | None = None
    #: The first loaded edition, when this move up into the very high level is a first since it.
    first_time_since: int | None = None
    #: How many other countries made the same move (complete editions only).
    same_move_count: int | None = None
    #: The value the next level up starts from (0.75 for very high: above it), if any.
    next_threshold: Decimal | None = None
    #: How far the value is below that threshold.
    to_next: Decimal | None = None

    @property
    def next_entity(self) -> str | None:
        """The next level's lexicon id: ``level:very_high``, when there is one."""
        return None if self.level == "very_high" else f"level:{LEVELS[LEVELS.index(self.level) - 1]}"

    @property
    def entity(self) -> str:
        """The level's lexicon id: ``level:very_high``."""
        return f"level:{self.level}"

    @property
    def previous_entity(self) -> str | None:
        """The previous level's lexicon id, when the previous edition had one."""
        return None if self.previous_level is None else f"level:{self.previous_level}"


class GroupStandingFact(_Fact, _SharedRank):
    """The country's EGDI standing within a group (LLDC, CIS, region:Asia…).

    ``ahead`` and ``behind`` are the (up to two) nearest members on each side, in rank order
    (best first), so that "behind Denmark and Estonia" reads as the table does;
    ``adjacent`` says whether they are provably the very next ones (complete group data).
    """

    kind: Literal["group_standing"] = "group_standing"
    #: The group: ``LLDC``, ``SIDS``, ``LDC``, ``CIS``, ``region:Asia``, ``subregion:Central Asia``.
    group: str
    #: The country's rank among the group's members.
    rank: int
    #: How many members the group has at the edition.
    size: int
    #: Whether the records state the standing rather than the data proving it.
    stated: bool
    #: Whether the country is first in the group (ties included).
    leader: bool
    #: Whether no member ranks lower (ties included).
    last: bool
    #: Members with the same rank.
    tied_with: tuple[str, ...] = ()
    #: The (up to two) nearest members ranked above, best first.
    ahead: tuple[str, ...] = ()
    #: The (up to two) nearest members ranked below, best first.
    behind: tuple[str, ...] = ()
    #: Whether ``ahead`` and ``behind`` are provably the very next members.
    adjacent: bool = False
    #: The group's EGDI average, when every member has a value.
    average: Decimal | None = None
    #: The country's EGDI value.
    value: Decimal | None = None
    #: The members ranked first, when this country is not one of them (ties included).
    leaders: tuple[str, ...] = ()
    #: The area bears the country's own name (the Federated States of Micronesia in the
    #: sub-region Micronesia): "In Micronesia, Micronesia…" would read as a slip.
    shares_name: bool = False
    #: The previous edition, when every member of the group then had a record.
    previous_edition: int | None = None
    #: The country's rank in the group in that edition.
    previous_rank: int | None = None
    #: How many members the group had then (LDCs graduate, so 46 may become 45).
    previous_size: int | None = None

    @property
    def group_change(self) -> int | None:
        """Places gained (above 0) or lost within the group since the previous edition."""
        return None if self.previous_rank is None else self.previous_rank - self.rank

    @property
    def entity(self) -> str:
        """The group's lexicon id: ``group:LLDC``, ``region:Asia``, ``subregion:Central Asia``."""
        return self.group if ":" in self.group else f"group:{self.group}"

    @property
    def area(self) -> Literal["group", "region", "subregion"]:
        """Whether the group is a named group (LLDC, CIS…), a region or a sub-region."""
        kind = self.group.split(":", 1)[0]
        return kind if kind in ("region", "subregion") else "group"  # type: ignore[return-value]

    @property
    def organisation(self) -> bool:
        """Whether the group is an organisation of member states (the CIS), whose countries
        are its "members", rather than a category of countries (the LLDCs)."""
        return self.group in ORGANISATIONS


class SubIndexFact(_Fact, _SharedRank):
    """A sub-index rank, its tier, its change and the countries worth naming beside it.

    ``tier_members`` are the other countries of the tier (all of them when
    ``tier_complete``). ``outranks_stronger`` are countries ranked within the rule's window
    below it on this index that rank above it on the EGDI, nearest first: the contrast a
    reporter looks for. ``notable_below`` applies the prominence rule to this index.
    """

    kind: Literal["sub_index"] = "sub_index"
    #: The sub-index: ``osi``, ``hci``, ``tii`` or ``epi``.
    index: IndexName
    #: The rank on it (computed from the values when the UN gives none).
    rank: int
    #: The sub-index value, 0 to 1.
    value: Decimal | None = None
    #: Where the rank comes from: ``official``, ``computed`` or the records.
    rank_source: str | None = None
    #: The top tier of the rank (``top10``, ``top20``, ``top_quartile``), if any.
    tier: Tier | None = None
    #: The other countries of that tier, best first.
    tier_members: tuple[str, ...] = ()
    #: Whether ``tier_members`` is every country of the tier.
    tier_complete: bool = False
    #: The previous edition, when it ranked the country on this index.
    previous_edition: int | None = None
    #: The rank on this index in that edition.
    previous_rank: int | None = None
    #: Places gained (above 0) or lost on this index.
    places: int | None = None
    #: The value on this index in the previous edition.
    previous_value: Decimal | None = None
    #: Countries just below it on this index that rank above it on the EGDI, nearest first.
    outranks_stronger: tuple[str, ...] = ()
    #: Prominent countries just below it on this index (the notable rule).
    notable_below: tuple[str, ...] = ()
    #: Countries with the same rank on this index (equal values share a rank).
    tied_with: tuple[str, ...] = ()
    #: The countries first on this index, when this one is not among them.
    leaders: tuple[str, ...] = ()
    #: The (up to two) nearest countries ranked above it on this index, best first.
    ahead: tuple[str, ...] = ()
    #: No country ranks lower on this index (complete editions only).
    last: bool = False

    @computed_field  # type: ignore[prop-decorator]
    @property
    def moved(self) -> int | None:
        """How many places the country moved on this index, either way; None without a previous rank."""
        return None if self.places is None else abs(self.places)

    @property
    def entity(self) -> str:
        """The index's lexicon id: ``index:OSI``."""
        return f"index:{self.index.upper()}"


class ComponentsFact(_Fact):
    """The strongest and weakest of the EGDI's three components, by rank."""

    kind: Literal["components"] = "components"
    #: The component with the best rank: ``osi``, ``hci`` or ``tii``.
    strongest: IndexName
    #: Its rank.
    strongest_rank: int
    #: The component with the lowest rank.
    weakest: IndexName
    #: Its rank.
    weakest_rank: int
    #: The top tier all three components reach (the weakest one's tier), if any.
    tier: Tier | None = None

    @property
    def strongest_entity(self) -> str:
        """The strongest component's lexicon id: ``index:OSI``."""
        return f"index:{self.strongest.upper()}"

    @property
    def weakest_entity(self) -> str:
        """The weakest component's lexicon id: ``index:HCI``."""
        return f"index:{self.weakest.upper()}"


class ComparisonFact(_Fact):
    """Notable countries the country outranks (``below``) or trails (``above``) on the EGDI."""

    kind: Literal["comparison"] = "comparison"
    #: ``below``: countries it outranks; ``above``: countries that outrank it.
    direction: Literal["below", "above"]
    #: Those countries, in rank order.
    countries: tuple[str, ...]
    #: Their EGDI ranks, in the same order.
    ranks: tuple[int, ...]
    #: The countries named are every country ranked on that side ("only X and Y are below"),
    #: so a template must not say "among others".
    all_named: bool = False
    #: At least one of them is in the rule's prominence tiers (G7, G20, OECD, EU): a
    #: comparison a reader cares about, not just the next names in the table.
    prominent: bool = False
    #: They are the countries right behind a leader (2nd and 3rd), not a selection.
    nearest: bool = False


class AverageFact(_Fact):
    """The country's EGDI against the average of the world or of its region."""

    kind: Literal["average"] = "average"
    #: ``world`` or a region (``region:Asia``).
    scope: str
    #: The EGDI average of the scope.
    average: Decimal
    #: The country's EGDI value.
    value: Decimal
    #: How many countries the average covers.
    members: int
    #: Whether the country's value is above the average.
    above: bool


class MoverFact(_Fact, _SharedRank):
    """The largest rise (or fall) on the EGDI since the previous edition in the world, the
    country's region or one of its groups: made by this country, alone or with ``tied_with``."""

    kind: Literal["mover"] = "mover"
    #: ``world``, a region (``region:Africa``) or a group (``LDC``).
    scope: str
    #: ``up``: no country of the scope rose further; ``down``: none fell further.
    direction: Literal["up", "down"]
    #: Places gained (above 0) or lost (below 0).
    places: int
    #: The edition compared with.
    previous_edition: int
    #: How many countries of the scope were ranked in both editions.
    compared: int
    #: The other countries that made the same move.
    tied_with: tuple[str, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def moved(self) -> int:
        """How many places, either way."""
        return abs(self.places)

    @property
    def entity(self) -> str | None:
        """The scope's lexicon id (``group:LDC``, ``region:Africa``); None for the world."""
        if self.scope == "world":
            return None
        return self.scope if ":" in self.scope else f"group:{self.scope}"

    @property
    def area(self) -> Literal["world", "group", "region"]:
        """Whether the scope is the world, a named group or a region."""
        return "world" if self.scope == "world" else "region" if self.scope.startswith("region:") else "group"

    @property
    def organisation(self) -> bool:
        """Whether the scope is an organisation of member states (the CIS)."""
        return self.scope in ORGANISATIONS

    @property
    def shares_name(self) -> bool:
        """Whether the scope bears the country's name (never, for regions and groups)."""
        return False


class NeighboursFact(_Fact):
    """The other countries of the country's sub-region nearest to it on the EGDI, with their
    world ranks, in rank order: the neighbours a reader compares it with."""

    kind: Literal["neighbours"] = "neighbours"
    #: The sub-region: ``subregion:Central Asia``.
    area: str
    #: The countries, best ranked first.
    countries: tuple[str, ...]
    #: Their EGDI world ranks, in the same order.
    ranks: tuple[int, ...]
    #: The country's own world rank.
    rank: int
    #: Every other country of the sub-region is named.
    all_named: bool = False

    @property
    def entity(self) -> str:
        """The sub-region's lexicon id."""
        return self.area


class SourceFact(_Fact):
    """Where the figures come from and what the EGDI is: the survey, its publisher, its
    scale, and which of the article's ranks egovnews computed from published values."""

    kind: Literal["source"] = "source"
    #: The publisher's lexicon id.
    publisher: str = "org:UNDESA"
    #: The EGDI's lowest and highest possible values.
    scale_min: int = 0
    scale_max: int = 1
    #: The indices whose ranks the source does not publish and egovnews computed from the
    #: published values of a complete table (all four sub-indices, in the UN's CSV files).
    computed_ranks: tuple[IndexName, ...] = ()


Fact = Annotated[
    Union[
        StandingFact,
        ChangeFact,
        HistoryFact,
        LevelFact,
        GroupStandingFact,
        SubIndexFact,
        ComponentsFact,
        ComparisonFact,
        AverageFact,
        MoverFact,
        NeighboursFact,
        SourceFact,
    ],
    Field(discriminator="kind"),
]


def _make_datum(record: CountryRecord, field: str) -> Datum:
    index, _, part = field.partition(".")
    score = record.score(index)  # type: ignore[arg-type]
    value = None if score is None else getattr(score, part)
    return Datum(
        edition=record.edition,
        country=record.iso3,
        field=field,
        value=str(value) if isinstance(value, Decimal) else value,
        source=str(record.source),
    )


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


class _Facts:
    """The derivations for one country and edition, sharing look-ups."""

    def __init__(self, survey: Survey, iso3: str, year: int, rule: NotableRule) -> None:
        self.survey = survey
        self.iso3 = iso3
        self.year = year
        self.rule = rule
        self.edition = survey.edition(year)
        self.record = survey.record(iso3, year)
        self.previous_year = survey.previous_year(year)
        self.previous = survey.previous_record(iso3, year)
        self._data: dict[tuple[int, str], dict[str, Datum]] = {}

    def datum(self, record: CountryRecord, field: str) -> Datum:
        # Many facts of many countries cite the same data (a world average cites 193 values),
        # so each edition's data are built once per field and shared.
        key = (record.edition, field)
        data = self._data.get(key)
        if data is None:
            edition = self.survey.edition(record.edition)
            data = self._data[key] = self.survey.memoized(
                ("data", *key), lambda: {i: _make_datum(r, field) for i, r in edition.records.items()}
            )
        return data[record.iso3]

    def ranked(self, index: IndexName) -> list[tuple[str, int]]:
        """(iso3, rank) of every record ranked on ``index`` in this edition, best first."""

        def compute() -> tuple[tuple[str, int], ...]:
            rows = self.survey.table(self.year, index)
            return tuple((r.iso3, s.rank) for r in rows if (s := r.score(index)) is not None and s.rank is not None)

        return list(self.survey.memoized(("ranked", self.year, index), compute))

    def rank_of(self, record: CountryRecord | None, index: IndexName) -> int | None:
        score = None if record is None else record.score(index)
        return None if score is None else score.rank

    # --- kinds -----------------------------------------------------------------------

    def standing(self) -> StandingFact | None:
        score = self.record.egdi
        if score is None:
            return None
        tied = tuple(i for i, r in self.ranked("egdi") if r == score.rank and i != self.iso3) if score.rank else ()
        provenance = [self.datum(self.record, "egdi.rank"), self.datum(self.record, "egdi.value")]
        provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in tied]
        table = self.ranked("egdi")
        leaders = tuple(i for i, r in table if r == 1 and i != self.iso3) if score.rank and score.rank > 1 else ()
        provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in leaders]
        last = bool(self.edition.complete and score.rank and table and score.rank == max(r for _, r in table))
        return StandingFact(
            id="standing",
            country=self.iso3,
            edition=self.year,
            salience=1.0,
            rank=score.rank,
            value=score.value,
            tied_with=tied,
            ranked_count=len(table) if self.edition.complete else None,
            last=last,
            tier=tier_of(score.rank),
            leaders=leaders,
            provenance=tuple(provenance),
        )

    def change(self) -> ChangeFact | None:
        now, before = self.rank_of(self.record, "egdi"), self.rank_of(self.previous, "egdi")
        if now is None or before is None or self.previous is None or self.previous_year is None:
            return None
        places = before - now
        value, previous_value = self.record.egdi.value, self.previous.egdi.value  # type: ignore[union-attr]
        value_change = value - previous_value if value is not None and previous_value is not None else None
        return ChangeFact(
            id="change",
            country=self.iso3,
            edition=self.year,
            salience=min(1.0, 0.5 + abs(places) / 20),
            previous_edition=self.previous_year,
            previous_rank=before,
            rank=now,
            places=places,
            direction="up" if places > 0 else "down" if places < 0 else "same",
            previous_value=previous_value,
            value_change=value_change,
            previous_tier=tier_of(before),
            previous_last=self._was_last(before),
            entered=tier_crossed(before, now)[0],
            left=tier_crossed(before, now)[1],
            provenance=(
                self.datum(self.record, "egdi.rank"),
                self.datum(self.previous, "egdi.rank"),
                self.datum(self.record, "egdi.value"),
                self.datum(self.previous, "egdi.value"),
            ),
        )

    def _was_last(self, rank: int) -> bool:
        """Whether ``rank`` was the lowest of the previous, complete edition."""
        year = self.previous_year
        if year is None or not self.survey.is_complete(year):
            return False
        def lowest() -> int | None:
            ranks = [r.egdi.rank for r in self.survey.edition(year).records.values() if r.egdi and r.egdi.rank]
            return max(ranks) if ranks else None

        return rank == self.survey.memoized(("lowest rank", year), lowest)

    def history(self) -> HistoryFact | None:
        years = [y for y in self.survey.years if y <= self.year]
        records = [(y, self.survey.find_record(self.iso3, y)) for y in years]
        ranks = [(y, rank) for y, r in records if (rank := self.rank_of(r, "egdi")) is not None]
        if len(ranks) < 2 or ranks[-1][0] != self.year:
            return None
        best = min(rank for _, rank in ranks)
        rises = self._run(years, ranks, lambda before, now: now < before)
        falls = self._run(years, ranks, lambda before, now: now > before)
        worst = max(rank for _, rank in ranks)
        two_before = years[-3] if len(years) >= 3 else None
        two_rank = dict(ranks).get(two_before) if two_before else None
        return HistoryFact(
            id="history",
            country=self.iso3,
            edition=self.year,
            salience=self._history_salience(ranks, best, worst, max(rises, falls)),
            ranks=tuple(ranks),
            best_rank=best,
            best_editions=tuple(y for y, r in ranks if r == best),
            is_best=ranks[-1][1] == best,
            rises_in_a_row=rises,
            two_edition_change=None if two_rank is None else two_rank - ranks[-1][1],
            two_editions_before=two_before if two_rank is not None else None,
            worst_rank=worst,
            is_worst=ranks[-1][1] == worst,
            falls_in_a_row=falls,
            edition_count=len(ranks),
            first_edition=ranks[0][0],
            provenance=tuple(self.datum(r, "egdi.rank") for _, r in records if r is not None and r.egdi),
        )

    @staticmethod
    def _history_salience(ranks: list[tuple[int, int]], best: int, worst: int, run: int) -> float:
        """A record either way is news; so is a long run of moves the same way."""
        now = ranks[-1][1]
        if now in (best, worst) and sum(r == now for _, r in ranks) == 1:
            return 0.6
        return 0.5 if run >= 3 else 0.3

    @staticmethod
    def _run(years: list[int], ranks: list[tuple[int, int]], moved: Any) -> int:
        """How many consecutive loaded editions, back from the last, each ``moved`` from the one before."""
        run = 0
        for (y0, r0), (y1, r1) in zip(reversed(ranks[:-1]), reversed(ranks[1:])):
            if years.index(y1) - years.index(y0) != 1 or not moved(r0, r1):
                break
            run += 1
        return run

    def level(self) -> LevelFact | None:
        level = self.record.level
        if level is None:
            return None
        before = None if self.previous is None else self.previous.level
        transition = None
        if before is not None and before != level:
            transition = "up" if LEVELS.index(level) < LEVELS.index(before) else "down"
        first_since = None
        if transition == "up" and level == "very_high":
            earlier = [self.survey.find_record(self.iso3, y) for y in self.survey.years if y < self.year]
            if earlier and all(r is not None and r.level is not None and r.level != level for r in earlier):
                first_since = self.survey.years[0]
        same_moves = None
        if transition and self.previous_year and self.edition.complete and self.survey.is_complete(self.previous_year):
            same_moves = 0
            for iso3, record in self.edition.records.items():
                old = self.survey.find_record(iso3, self.previous_year)
                if iso3 != self.iso3 and old is not None and (old.level, record.level) == (before, level):
                    same_moves += 1
        provenance = [self.datum(self.record, "egdi.value")]
        if self.previous is not None:
            provenance.append(self.datum(self.previous, "egdi.value"))
        value = self.record.egdi.value if self.record.egdi else None
        next_threshold = None if level == "very_high" else LEVEL_FLOORS[LEVELS[LEVELS.index(level) - 1]]
        return LevelFact(
            id="level",
            country=self.iso3,
            edition=self.year,
            salience=0.9 if transition else 0.2,
            level=level,
            value=value,
            previous_level=before,
            previous_edition=self.previous_year if before else None,
            transition=transition,
            first_time_since=first_since,
            same_move_count=same_moves,
            next_threshold=next_threshold,
            to_next=None if next_threshold is None or value is None else next_threshold - value,
            provenance=tuple(provenance),
        )

    def group_standings(self) -> list[GroupStandingFact]:
        found = []
        for group in countries().get(self.iso3).groups(self.year):
            fact = self.group_standing(group)
            if fact is not None:
                found.append(fact)
        return found

    def group_standing(self, group: str) -> GroupStandingFact | None:
        members = self.survey.group(group, self.year)
        records = [self.edition.records[i] for i in members.present]
        by_rank = all(r.egdi is not None and r.egdi.rank is not None for r in records)
        by_value = all(r.egdi is not None and r.egdi.value is not None for r in records)
        stated = self.record.stated_standing(group)
        salience_base = {"region": 0.85, "subregion": 0.75}.get(group.split(":")[0], 0.9)
        if members.complete and (by_rank or by_value):
            ordered, average, provenance = self.survey.memoized(
                ("group order", group, self.year), lambda: self._group_order(records, by_rank, len(members.members))
            )
            mine = next(k for k, iso3 in ordered if iso3 == self.iso3)
            rank = 1 + sum(k < mine for k, _ in ordered)
            ahead = [iso3 for k, iso3 in reversed(ordered) if k < mine][:2][::-1]
            behind = [iso3 for k, iso3 in ordered if k > mine][:2]
            tied = tuple(iso3 for k, iso3 in ordered if k == mine and iso3 != self.iso3)
            size = len(members.members)
            last = rank + len(tied) == size
            leaders = tuple(iso3 for k, iso3 in ordered if k == ordered[0][0]) if rank > 1 else ()
            previous_rank, previous_size, previous_data = self._previous_group_rank(group)
            return GroupStandingFact(
                id=f"group:{group}",
                country=self.iso3,
                edition=self.year,
                salience=salience_base if rank == 1 else 0.6 if rank <= 3 else 0.5 if last else 0.3,
                group=group,
                rank=rank,
                size=size,
                stated=False,
                leader=rank == 1,
                last=last and size > 1,
                tied_with=tied,
                ahead=tuple(ahead),
                behind=tuple(behind),
                adjacent=True,
                average=average,
                value=self.record.egdi.value if self.record.egdi else None,
                leaders=leaders,
                shares_name=shares_name(self.iso3, group),
                previous_edition=self.previous_year if previous_rank is not None else None,
                previous_rank=previous_rank,
                previous_size=previous_size,
                provenance=provenance + previous_data,
            )
        if stated is None:
            return None
        # A stated standing: name only members the records show on either side of it.
        my_rank = self.rank_of(self.record, "egdi")
        known = [(r.iso3, rank) for r in records if r.iso3 != self.iso3 and (rank := self.rank_of(r, "egdi"))]
        ahead = [i for i, r in sorted(known, key=lambda k: (-k[1], k[0])) if my_rank and r < my_rank][:2][::-1]
        behind = [i for i, r in sorted(known, key=lambda k: (k[1], k[0])) if my_rank and r > my_rank][:2]
        size = stated.size or len(members.members)
        provenance = [
            Datum(edition=self.year, country=self.iso3, field=f"groups.{group}.rank", value=stated.rank, source=str(stated.source))
        ]
        if stated.size:
            provenance.append(
                Datum(edition=self.year, country=self.iso3, field=f"groups.{group}.of", value=stated.size, source=str(stated.source))
            )
        provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in (*ahead, *behind)]
        if ahead or behind:
            provenance.append(self.datum(self.record, "egdi.rank"))
        return GroupStandingFact(
            id=f"group:{group}",
            country=self.iso3,
            edition=self.year,
            salience=salience_base if stated.rank == 1 else 0.6 if stated.rank <= 3 else 0.3,
            group=group,
            rank=stated.rank,
            size=size,
            stated=True,
            leader=stated.rank == 1,
            last=stated.rank == size and size > 1,
            ahead=tuple(ahead),
            behind=tuple(behind),
            adjacent=False,
            value=self.record.egdi.value if self.record.egdi else None,
            shares_name=shares_name(self.iso3, group),
            provenance=tuple(provenance),
        )

    def _previous_group_rank(self, group: str) -> tuple[int | None, int | None, tuple[Datum, ...]]:
        """The country's rank in the group in the previous edition and the group's size then,
        with the data they rest on; None unless every member then had a rank (membership as
        at that edition)."""
        year = self.previous_year
        if year is None or self.previous is None or self.rank_of(self.previous, "egdi") is None:
            return None, None, ()
        members = self.survey.group(group, year)
        if not members.complete or self.iso3 not in members.present:
            return None, None, ()
        edition = self.survey.edition(year)
        ranks = {i: self.rank_of(edition.records[i], "egdi") for i in members.present}
        if any(r is None for r in ranks.values()):
            return None, None, ()
        mine = ranks[self.iso3]
        data = tuple(self.datum(edition.records[i], "egdi.rank") for i in members.present)
        return 1 + sum(r < mine for r in ranks.values()), len(members.members), data  # type: ignore[operator]

    def _group_order(
        self, records: list[CountryRecord], by_rank: bool, size: int
    ) -> tuple[tuple[tuple[Decimal, str], ...], Decimal | None, tuple[Datum, ...]]:
        """A complete group's (key, iso3) best first, its EGDI average and the data they rest on.

        The official rank carries the UN's tie-breaks on unrounded values; it is the key when
        every member has one, else the value (negated, so that lower keys are better).
        """

        def key(r: CountryRecord) -> Decimal:
            return Decimal(r.egdi.rank) if by_rank else -r.egdi.value  # type: ignore[union-attr, operator]

        ordered = sorted(records, key=lambda r: (key(r), r.iso3))
        values = [r.egdi.value for r in records if r.egdi and r.egdi.value is not None]
        average = _mean(values) if len(values) == size else None
        provenance = tuple(self.datum(r, "egdi.rank" if by_rank else "egdi.value") for r in ordered)
        return tuple((key(r), r.iso3) for r in ordered), average, provenance

    def sub_indices(self) -> list[SubIndexFact]:
        found = []
        for index in SUB_INDICES:
            score = self.record.score(index)
            if score is None or score.rank is None:
                continue
            rank = score.rank
            table = self.ranked(index)
            tier = tier_of(rank)
            bound = TIER_BOUNDS.get(tier, 0)  # type: ignore[arg-type]
            members = tuple(i for i, r in table if r <= bound and i != self.iso3)
            tied = tuple(i for i, r in table if r == rank and i != self.iso3)
            before = self.rank_of(self.previous, index)
            below = [(i, r) for i, r in table if rank < r <= rank + self.rule.window]
            my_egdi = self.rank_of(self.record, "egdi")
            stronger = [
                i for i, _ in below if my_egdi is not None and (e := self.rank_of(self.edition.records[i], "egdi")) and e < my_egdi
            ][: self.rule.limit]
            notable = self.rule.pick(below)
            provenance = [self.datum(self.record, f"{index}.rank"), self.datum(self.record, f"{index}.value")]
            if before is not None and self.previous is not None:
                provenance.append(self.datum(self.previous, f"{index}.rank"))
            leaders = tuple(i for i, r in table if r == 1 and i != self.iso3) if rank > 1 else ()
            ahead = tuple(i for i, r in table if r < rank)[-2:]
            named = dict.fromkeys((*members, *tied, *stronger, *notable, *leaders, *ahead))
            provenance += [self.datum(self.edition.records[i], f"{index}.rank") for i in named]
            if stronger:
                provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in (*stronger, self.iso3)]
            places = None if before is None else before - rank
            salience = {"top10": 0.8, "top20": 0.6, "top_quartile": 0.4, None: 0.2}[tier]
            if places is not None and abs(places) >= 10:
                salience = max(salience, min(0.9, 0.5 + abs(places) / 50))
            if rank == 1:
                salience = 0.95  # first in the world on an index: the section's news
            found.append(
                SubIndexFact(
                    id=f"sub_index:{index}",
                    country=self.iso3,
                    edition=self.year,
                    salience=salience,
                    index=index,
                    rank=rank,
                    value=score.value,
                    rank_source=score.rank_source,
                    tier=tier,
                    tier_members=members,
                    tier_complete=self.edition.complete,
                    previous_edition=self.previous_year if before is not None else None,
                    previous_rank=before,
                    places=places,
                    previous_value=None if before is None or self.previous is None else self.previous.score(index).value,  # type: ignore[union-attr]
                    outranks_stronger=tuple(stronger),
                    notable_below=tuple(notable),
                    tied_with=tied,
                    leaders=leaders,
                    ahead=ahead,
                    last=self.edition.complete and rank == max(r for _, r in table),
                    provenance=tuple(provenance),
                )
            )
        return found

    def components(self) -> ComponentsFact | None:
        ranks = {i: self.rank_of(self.record, i) for i in COMPONENTS}
        if any(r is None for r in ranks.values()):
            return None
        ordered = sorted(COMPONENTS, key=lambda i: (ranks[i], COMPONENTS.index(i)))
        strongest, weakest = ordered[0], ordered[-1]
        if ranks[strongest] == ranks[ordered[1]] or ranks[weakest] == ranks[ordered[-2]]:
            return None  # two components share the best (or worst) rank: no single strong point
        return ComponentsFact(
            id="components",
            country=self.iso3,
            edition=self.year,
            salience=0.4,
            strongest=strongest,
            strongest_rank=ranks[strongest],  # type: ignore[arg-type]
            weakest=weakest,
            weakest_rank=ranks[weakest],  # type: ignore[arg-type]
            tier=tier_of(ranks[weakest]),
            provenance=tuple(self.datum(self.record, f"{i}.rank") for i in COMPONENTS),
        )

    def comparisons(self) -> list[ComparisonFact]:
        rank = self.rank_of(self.record, "egdi")
        if rank is None:
            return []
        table = self.ranked("egdi")
        sides = {
            "below": [(i, r) for i, r in table if rank < r <= rank + self.rule.window],
            "above": [(i, r) for i, r in table if rank - self.rule.window <= r < rank],
        }
        found = []
        for direction, candidates in sides.items():
            side = [(i, r) for i, r in table if (r > rank if direction == "below" else r < rank)]
            if rank == 1 and direction == "below":
                # The leader is followed: name who comes 2nd and 3rd, not notable names further down.
                picked = [i for i, r in candidates if r <= 3]
            elif self.edition.complete and len(side) <= self.rule.limit + 1:
                picked = [i for i, _ in side]  # so few that naming all says more than "among others"
            else:
                picked = self.rule.pick(candidates)
            if not picked:
                continue
            ranks = dict(candidates)
            found.append(
                ComparisonFact(
                    id=f"comparison:{direction}",
                    country=self.iso3,
                    edition=self.year,
                    salience=0.7 if direction == "below" else 0.5,
                    direction=direction,  # type: ignore[arg-type]
                    countries=tuple(picked),
                    ranks=tuple(ranks[i] for i in picked),
                    all_named=self.edition.complete and len(picked) == len(side),
                    nearest=rank == 1 and direction == "below",
                    prominent=any(self.rule.prominence(i) < len(self.rule.tiers) for i in picked),
                    provenance=tuple(self.datum(self.edition.records[i], "egdi.rank") for i in (self.iso3, *picked)),
                )
            )
        return found

    def averages(self) -> list[AverageFact]:
        value = None if self.record.egdi is None else self.record.egdi.value
        if value is None:
            return []
        region = f"region:{countries().get(self.iso3).region}"
        found = []
        for scope in ("world", region):
            mean = self.survey.memoized(("average", scope, self.year), lambda: self._mean_of(scope))
            if mean is None:
                continue
            average, members, provenance = mean
            found.append(
                AverageFact(
                    id=f"average:{scope}",
                    country=self.iso3,
                    edition=self.year,
                    salience=0.3,
                    scope=scope,
                    average=average,
                    value=value,
                    members=members,
                    above=value > average,
                    provenance=provenance,
                )
            )
        return found

    def _mean_of(self, scope: str) -> tuple[Decimal, int, tuple[Datum, ...]] | None:
        """The EGDI average of the world or a region, its size and data; None unless complete."""
        if scope == "world":
            present = tuple(self.edition.records) if self.edition.complete else ()
        else:
            members = self.survey.group(scope, self.year)
            present = members.present if members.complete else ()
        values = [v for i in present if (s := self.edition.records[i].egdi) and (v := s.value) is not None]
        if not present or len(values) != len(present):
            return None
        provenance = tuple(self.datum(self.edition.records[i], "egdi.value") for i in present)
        return _mean(values), len(values), provenance


    def movers(self) -> list[MoverFact]:
        """The largest rise and fall of the world, the region and each named group, when this
        country made it. Both editions must be complete: a mover is the mover of all."""
        year = self.previous_year
        if year is None or not self.edition.complete or not self.survey.is_complete(year):
            return []
        moves = self.survey.memoized(("moves", self.year), lambda: self._moves(year))
        mine = moves.get(self.iso3)
        if not mine:
            return []
        country = countries().get(self.iso3)
        scopes = ["world", f"region:{country.region}", *(g for g in country.groups(self.year) if ":" not in g)]
        found = []
        for scope in scopes:
            # Each scope's members are found once an edition, not once per country of it.
            members = self.survey.memoized(
                ("mover scope", self.year, scope),
                lambda scope=scope: tuple(i for i in moves if scope == "world" or countries().get(i).in_group(scope, self.year)),
            )
            if len(members) < 2:
                continue
            best = max(moves[i] for i in members) if mine > 0 else min(moves[i] for i in members)
            if mine != best:
                continue
            tied = tuple(sorted(i for i in members if moves[i] == mine and i != self.iso3))
            provenance = [self.datum(self.record, "egdi.rank"), self.datum(self.previous, "egdi.rank")]  # type: ignore[arg-type]
            provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in members if i != self.iso3]
            found.append(
                MoverFact(
                    id=f"mover:{scope}",
                    country=self.iso3,
                    edition=self.year,
                    salience=0.85 if scope == "world" else 0.7 if scope.startswith("region:") else 0.65,
                    scope=scope,
                    direction="up" if mine > 0 else "down",
                    places=mine,
                    previous_edition=year,
                    compared=len(members),
                    tied_with=tied,
                    provenance=tuple(provenance),
                )
            )
        return found

    def _moves(self, year: int) -> dict[str, int]:
        """Places gained (above 0) or lost by every country ranked in both editions."""
        before = self.survey.edition(year).records
        moves = {}
        for iso3, record in self.edition.records.items():
            now, was = self.rank_of(record, "egdi"), self.rank_of(before.get(iso3), "egdi")
            if now is not None and was is not None:
                moves[iso3] = was - now
        return moves

    def neighbours(self, limit: int = 4) -> NeighboursFact | None:
        """The sub-region's other countries nearest on the EGDI, when all of them are ranked."""
        rank = self.rank_of(self.record, "egdi")
        area = f"subregion:{countries().get(self.iso3).survey_subregion}"
        members = self.survey.group(area, self.year)
        if rank is None or not members.complete:
            return None
        ranks = {i: self.rank_of(self.edition.records[i], "egdi") for i in members.present if i != self.iso3}
        if not ranks or any(r is None for r in ranks.values()):
            return None
        nearest = sorted(ranks, key=lambda i: (abs(ranks[i] - rank), ranks[i], i))[:limit]  # type: ignore[operator]
        ordered = sorted(nearest, key=lambda i: (ranks[i], i))
        return NeighboursFact(
            id="neighbours",
            country=self.iso3,
            edition=self.year,
            salience=0.35,
            area=area,
            countries=tuple(ordered),
            ranks=tuple(ranks[i] for i in ordered),  # type: ignore[misc]
            rank=rank,
            all_named=len(ordered) == len(ranks),
            provenance=tuple(self.datum(self.edition.records[i], "egdi.rank") for i in (self.iso3, *ordered)),
        )

    def source(self) -> SourceFact:
        """The survey behind every figure, and the ranks computed here rather than published."""
        computed = tuple(i for i in SUB_INDICES if (score := self.record.score(i)) is not None and score.rank_source == "computed")
        files = tuple(dict.fromkeys(self.edition.sources))
        return SourceFact(
            id="source",
            country=self.iso3,
            edition=self.year,
            salience=0.3,
            computed_ranks=computed,
            provenance=(Datum(edition=self.year, country=self.iso3, field="source", value=", ".join(files) or None, source=str(self.record.source)),),
        )


#: The rule when none is given, made once: every article asks for it.
DEFAULT_RULE = NotableRule()


def facts_for(survey: Survey, iso3: str, year: int, *, rule: NotableRule | None = None) -> list[Any]:
    """Every fact the data proves about a country in an edition, in a fixed order.

    The order is by kind (standing, change, history, level, groups, sub-indices,
    components, comparisons, averages), never by chance: the same survey and arguments
    always give the same list. Plans pick among them by ``salience``.

    >>> from egovnews import load_records
    >>> survey = load_records("examples/kazakhstan-2024.yaml")
    >>> change = facts_for(survey, "KAZ", 2024)[1]
    >>> change.kind, change.places, change.previous_rank
    ('change', 4, 28)
    """
    iso3 = countries().get(iso3).iso3
    rule = rule or DEFAULT_RULE
    # The survey is frozen and facts are immutable: the three languages of a country share them.
    return list(survey.memoized(("facts", iso3, year, rule), lambda: tuple(_derive(survey, iso3, year, rule))))


def _derive(survey: Survey, iso3: str, year: int, rule: NotableRule) -> list[Any]:
    facts = _Facts(survey, iso3, year, rule)
    found: list[Any] = []
    for single in (facts.standing(), facts.change(), facts.history(), facts.level()):
        if single is not None:
            found.append(single)
    found += facts.group_standings()
    found += facts.sub_indices()
    if (components := facts.components()) is not None:
        found.append(components)
    found += facts.comparisons()
    found += facts.averages()
    found += facts.movers()
    if (neighbours := facts.neighbours()) is not None:
        found.append(neighbours)
    found.append(facts.source())
    return found


def _names(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else "-"


def describe(fact: Any) -> str:
    """A one-line, language-neutral account of a fact, for tables and logs.

    >>> from egovnews import load_records
    >>> describe(facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024)[1])
    'EGDI rank 24, was 28 in 2022: up 4'
    """
    kind = fact.kind
    if kind == "standing":
        of = f" of {fact.ranked_count}" if fact.ranked_count else ""
        tie = f", tied with {_names(fact.tied_with)}" if fact.tied_with else ""
        return f"EGDI rank {fact.rank}{of}, value {fact.value}{tie}"
    if kind == "change":
        move = "unchanged" if fact.direction == "same" else f"{fact.direction} {abs(fact.places)}"
        return f"EGDI rank {fact.rank}, was {fact.previous_rank} in {fact.previous_edition}: {move}"
    if kind == "history":
        ranks = ", ".join(f"{y}: {r}" for y, r in fact.ranks)
        return f"EGDI ranks {ranks}; best {fact.best_rank}; rises in a row {fact.rises_in_a_row}"
    if kind == "level":
        moved = f", {fact.transition} from {fact.previous_level} ({fact.previous_edition})" if fact.transition else ""
        return f"level {fact.level}{moved}"
    if kind == "group_standing":
        how = "stated" if fact.stated else "computed"
        return (
            f"{fact.group}: {fact.rank} of {fact.size} ({how}); ahead: {_names(fact.ahead)}; "
            f"behind: {_names(fact.behind)}"
        )
    if kind == "sub_index":
        change = "" if fact.places is None else f", was {fact.previous_rank} in {fact.previous_edition}"
        return (
            f"{fact.index.upper()} rank {fact.rank}{change}; tier {fact.tier or '-'}; "
            f"outranks stronger: {_names(fact.outranks_stronger)}; notable below: {_names(fact.notable_below)}"
        )
    if kind == "components":
        return f"strongest {fact.strongest.upper()} ({fact.strongest_rank}), weakest {fact.weakest.upper()} ({fact.weakest_rank})"
    if kind == "comparison":
        pairs = ", ".join(f"{c} ({r})" for c, r in zip(fact.countries, fact.ranks))
        return f"notable countries ranked {fact.direction}: {pairs}"
    if kind == "mover":
        way = "rise" if fact.direction == "up" else "fall"
        tie = f", shared with {_names(fact.tied_with)}" if fact.tied_with else ""
        return f"largest {way} in {fact.scope}: {fact.places:+d} since {fact.previous_edition} ({fact.compared} compared){tie}"
    if kind == "neighbours":
        pairs = ", ".join(f"{c} ({r})" for c, r in zip(fact.countries, fact.ranks))
        return f"nearest in {fact.area}: {pairs}"
    if kind == "source":
        computed = ", ".join(i.upper() for i in fact.computed_ranks) or "-"
        return f"source: {fact.publisher}, edition {fact.edition}; ranks computed: {computed}"
    if kind == "average":
        side = "above" if fact.above else "below"
        return f"EGDI {fact.value} {side} the {fact.scope} average {fact.average:.4f} ({fact.members} countries)"
    raise ValueError(f"unknown fact kind {kind!r}")


def fact_to_dict(fact: Any) -> dict[str, Any]:
    """A fact as JSON-ready data: decimals as exact strings, provenance included.

    >>> from egovnews import load_records
    >>> fact_to_dict(facts_for(load_records("examples/kazakhstan-2024.yaml"), "KAZ", 2024)[0])["value"]
    '0.90093'
    """
    return fact.model_dump(mode="json")
