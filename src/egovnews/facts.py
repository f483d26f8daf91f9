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

from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .countries import UN_MEMBER_COUNT, countries
from .model import LEVELS, CountryRecord, IndexName, Level, Survey

SUB_INDICES: tuple[IndexName, ...] = ("osi", "hci", "tii", "epi")
#: The three components the EGDI averages; EPI is reported beside them, not inside.
COMPONENTS: tuple[IndexName, ...] = ("osi", "hci", "tii")
Tier = Literal["top10", "top20", "top_quartile"]
TOP_QUARTILE = UN_MEMBER_COUNT // 4


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

    id: str
    country: str
    edition: int
    salience: float = Field(ge=0, le=1)
    provenance: tuple[Datum, ...] = ()


class StandingFact(_Fact):
    """The EGDI rank and value; ``tied_with`` lists the countries sharing the rank."""

    kind: Literal["standing"] = "standing"
    rank: int | None
    value: Decimal | None
    tied_with: tuple[str, ...] = ()
    ranked_count: int | None = None


class ChangeFact(_Fact):
    """The EGDI rank (and value) against the previous edition; ``places`` > 0 is a rise."""

    kind: Literal["change"] = "change"
    previous_edition: int
    previous_rank: int
    rank: int
    places: int
    direction: Literal["up", "down", "same"]
    previous_value: Decimal | None = None
    value_change: Decimal | None = None


class HistoryFact(_Fact):
    """The EGDI rank in every loaded edition up to this one."""

    kind: Literal["history"] = "history"
    ranks: tuple[tuple[int, int], ...]
    best_rank: int
    best_editions: tuple[int, ...]
    is_best: bool
    rises_in_a_row: int
    two_edition_change: int | None = None
    two_editions_before: int | None = None

    @property
    def first_edition(self) -> int:
        """The earliest edition loaded: what "best since" and "since" refer to."""
        return self.ranks[0][0]

    @property
    def rising_since(self) -> int:
        """The edition the current run of rises started from."""
        return self.ranks[-1 - self.rises_in_a_row][0]

    @property
    def kept_best(self) -> bool:
        """The best rank held in this edition and in the one before it: kept, not regained."""
        return self.is_best and len(self.ranks) >= 2 and self.ranks[-2][1] == self.best_rank


class LevelFact(_Fact):
    """The EGDI level, and a move between levels since the previous edition."""

    kind: Literal["level"] = "level"
    level: Level
    previous_level: Level | None = None
    previous_edition: int | None = None
    transition: Literal["up", "down"] | None = None
    first_time_since: int | None = None
    same_move_count: int | None = None

    @property
    def entity(self) -> str:
        """The level's lexicon id: ``level:very_high``."""
        return f"level:{self.level}"

    @property
    def previous_entity(self) -> str | None:
        """The previous level's lexicon id, when the previous edition had one."""
        return None if self.previous_level is None else f"level:{self.previous_level}"


class GroupStandingFact(_Fact):
    """The country's EGDI standing within a group (LLDC, CIS, region:Asia…).

    ``ahead`` and ``behind`` are the (up to two) nearest members on each side, in rank order
    (best first), so that "behind Denmark and Estonia" reads as the table does;
    ``adjacent`` says whether they are provably the very next ones (complete group data).
    """

    kind: Literal["group_standing"] = "group_standing"
    group: str
    rank: int
    size: int
    stated: bool
    leader: bool
    last: bool
    tied_with: tuple[str, ...] = ()
    ahead: tuple[str, ...] = ()
    behind: tuple[str, ...] = ()
    adjacent: bool = False
    average: Decimal | None = None
    value: Decimal | None = None

    @property
    def entity(self) -> str:
        """The group's lexicon id: ``group:LLDC``, ``region:Asia``, ``subregion:Central Asia``."""
        return self.group if ":" in self.group else f"group:{self.group}"

    @property
    def area(self) -> Literal["group", "region", "subregion"]:
        """Whether the group is a named group (LLDC, CIS…), a region or a sub-region."""
        kind = self.group.split(":", 1)[0]
        return kind if kind in ("region", "subregion") else "group"  # type: ignore[return-value]


class SubIndexFact(_Fact):
    """A sub-index rank, its tier, its change and the countries worth naming beside it.

    ``tier_members`` are the other countries of the tier (all of them when
    ``tier_complete``). ``outranks_stronger`` are countries ranked within the rule's window
    below it on this index that rank above it on the EGDI, nearest first: the contrast a
    reporter looks for. ``notable_below`` applies the prominence rule to this index.
    """

    kind: Literal["sub_index"] = "sub_index"
    index: IndexName
    rank: int
    value: Decimal | None = None
    rank_source: str | None = None
    tier: Tier | None = None
    tier_members: tuple[str, ...] = ()
    tier_complete: bool = False
    previous_edition: int | None = None
    previous_rank: int | None = None
    places: int | None = None
    outranks_stronger: tuple[str, ...] = ()
    notable_below: tuple[str, ...] = ()
    #: Countries with the same rank on this index (equal values share a rank).
    tied_with: tuple[str, ...] = ()

    @property
    def entity(self) -> str:
        """The index's lexicon id: ``index:OSI``."""
        return f"index:{self.index.upper()}"


class ComponentsFact(_Fact):
    """The strongest and weakest of the EGDI's three components, by rank."""

    kind: Literal["components"] = "components"
    strongest: IndexName
    strongest_rank: int
    weakest: IndexName
    weakest_rank: int

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
    direction: Literal["below", "above"]
    countries: tuple[str, ...]
    ranks: tuple[int, ...]
    #: The countries named are every country ranked on that side ("only X and Y are below"),
    #: so a template must not say "among others".
    all_named: bool = False


class AverageFact(_Fact):
    """The country's EGDI against the average of the world or of its region."""

    kind: Literal["average"] = "average"
    scope: str
    average: Decimal
    value: Decimal
    members: int
    above: bool


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
        return StandingFact(
            id="standing",
            country=self.iso3,
            edition=self.year,
            salience=1.0,
            rank=score.rank,
            value=score.value,
            tied_with=tied,
            ranked_count=len(self.ranked("egdi")) if self.edition.complete else None,
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
            provenance=(
                self.datum(self.record, "egdi.rank"),
                self.datum(self.previous, "egdi.rank"),
                self.datum(self.record, "egdi.value"),
                self.datum(self.previous, "egdi.value"),
            ),
        )

    def history(self) -> HistoryFact | None:
        years = [y for y in self.survey.years if y <= self.year]
        records = [(y, self.survey.find_record(self.iso3, y)) for y in years]
        ranks = [(y, rank) for y, r in records if (rank := self.rank_of(r, "egdi")) is not None]
        if len(ranks) < 2 or ranks[-1][0] != self.year:
            return None
        best = min(rank for _, rank in ranks)
        rises = 0
        # Count rises between consecutive loaded editions, back from this one.
        for (y0, r0), (y1, r1) in zip(reversed(ranks[:-1]), reversed(ranks[1:])):
            if years.index(y1) - years.index(y0) != 1 or r1 >= r0:
                break
            rises += 1
        two_before = years[-3] if len(years) >= 3 else None
        two_rank = dict(ranks).get(two_before) if two_before else None
        return HistoryFact(
            id="history",
            country=self.iso3,
            edition=self.year,
            salience=0.6 if ranks[-1][1] == best and sum(r == best for _, r in ranks) == 1 else 0.3,
            ranks=tuple(ranks),
            best_rank=best,
            best_editions=tuple(y for y, r in ranks if r == best),
            is_best=ranks[-1][1] == best,
            rises_in_a_row=rises,
            two_edition_change=None if two_rank is None else two_rank - ranks[-1][1],
            two_editions_before=two_before if two_rank is not None else None,
            provenance=tuple(self.datum(r, "egdi.rank") for _, r in records if r is not None and r.egdi),
        )

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
        return LevelFact(
            id="level",
            country=self.iso3,
            edition=self.year,
            salience=0.9 if transition else 0.2,
            level=level,
            previous_level=before,
            previous_edition=self.previous_year if before else None,
            transition=transition,
            first_time_since=first_since,
            same_move_count=same_moves,
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
                provenance=provenance,
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
            provenance=tuple(provenance),
        )

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
            tier: Tier | None = "top10" if rank <= 10 else "top20" if rank <= 20 else "top_quartile" if rank <= TOP_QUARTILE else None
            bound = {"top10": 10, "top20": 20, "top_quartile": TOP_QUARTILE, None: 0}[tier]
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
            named = dict.fromkeys((*members, *tied, *stronger, *notable))
            provenance += [self.datum(self.edition.records[i], f"{index}.rank") for i in named]
            if stronger:
                provenance += [self.datum(self.edition.records[i], "egdi.rank") for i in (*stronger, self.iso3)]
            places = None if before is None else before - rank
            salience = {"top10": 0.8, "top20": 0.6, "top_quartile": 0.4, None: 0.2}[tier]
            if places is not None and abs(places) >= 10:
                salience = max(salience, min(0.9, 0.5 + abs(places) / 50))
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
                    outranks_stronger=tuple(stronger),
                    notable_below=tuple(notable),
                    tied_with=tied,
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
                    all_named=self.edition.complete and len(picked) == sum(
                        (r > rank) if direction == "below" else (r < rank) for _, r in table
                    ),
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
    rule = rule or NotableRule()
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
