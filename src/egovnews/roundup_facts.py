"""Content determination for roundups: what is true and newsworthy about a scope (the world,
a region, a sub-region or a group) in an edition.

A scope's ranking (who leads, the podium, the movers, the averages) is stated only when the
data proves it: every member of the scope at the edition has an EGDI rank, so that no member
the data lacks could rank above the leader. Comparisons with the previous edition need the
previous table to be complete for the scope too, and claims about the group as a whole (the
leader it had, its average) need the same membership in both editions. A records file that
holds a few members proves their world ranks and what their records state, nothing more.

Facts are derived once per (scope, edition) and shared by every language.

>>> from egovnews import load_records
>>> facts = roundup_facts(load_records("examples/kazakhstan-2024.yaml"), "CIS", 2024)
>>> [f.id for f in facts]
['table', 'source']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field

from .countries import GROUPS, UN_MEMBER_COUNT, countries
from .errors import UnknownGroupError
from .facts import SUB_INDICES, Datum, _make_datum, _mean, shares_name
from .model import LEVELS, CountryRecord, GroupMembers, IndexName, Level, Survey

WORLD = "world"
#: A scope's world-rank tiers that a roundup counts its members in.
TOP_TIER = 50
#: How many countries the world roundup lists at the top and at the bottom.
WORLD_TOP, WORLD_BOTTOM = 10, 5


def all_scopes() -> tuple[str, ...]:
    """Every scope a roundup can be about: the world, the regions, the sub-regions, the groups.

    >>> scopes = all_scopes()
    >>> scopes[0], "region:Africa" in scopes, "subregion:Central Asia" in scopes, scopes[-1]
    ('world', True, True, 'CIS')
    """
    table = countries()
    regions = sorted({f"region:{c.region}" for c in table})
    subregions = sorted({f"subregion:{c.survey_subregion}" for c in table})
    return (WORLD, *regions, *subregions, *GROUPS)


def scope_key(text: str) -> str:
    """The scope a user's spelling names (case and spacing do not matter, and a region or
    sub-region may go without its prefix: no region shares a sub-region's name); an
    UnknownGroupError listing the scopes otherwise.

    >>> scope_key("cis"), scope_key("Subregion:central  asia"), scope_key("World"), scope_key("africa")
    ('CIS', 'subregion:Central Asia', 'world', 'region:Africa')
    """
    wanted = _fold(text)
    found = next((scope for scope in all_scopes() if _fold(scope) == wanted or _fold(scope.partition(":")[2]) == wanted), None)
    if found is None:
        raise UnknownGroupError(f"unknown scope {text!r}; known: {', '.join(all_scopes())}")
    return found


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\s*:\s*", ":", text.strip())).casefold()


def scope_slug(scope: str) -> str:
    """The scope in a file name: ``subregion:Central Asia`` gives ``subregion-central-asia``.

    >>> scope_slug("subregion:Central Asia"), scope_slug("CIS"), scope_slug("subregion:South-eastern Asia")
    ('subregion-central-asia', 'cis', 'subregion-south-eastern-asia')
    """
    return re.sub(r"[^a-z0-9]+", "-", scope.casefold()).strip("-")


def scope_entity(scope: str) -> str | None:
    """The scope's lexicon id (``group:CIS``, ``region:Africa``); None for the world."""
    if scope == WORLD:
        return None
    return scope if ":" in scope else f"group:{scope}"


def scope_members(survey: Survey, scope: str, year: int) -> GroupMembers:
    """The members of a scope at an edition, and which of them the edition has a record for."""
    if scope == WORLD:
        records = survey.edition(year).records
        members = countries().iso3_codes
        return GroupMembers(group=WORLD, edition=year, members=members, present=tuple(i for i in members if i in records))
    return survey.group(scope, year)


def _shares_a_members_name(scope: str) -> bool:
    if scope == WORLD or ":" not in scope:
        return False
    kind, _, place = scope.partition(":")
    members = [c for c in countries() if (c.region if kind == "region" else c.survey_subregion) == place]
    words = re.findall(r"[\w-]+(?: [\w-]+)*", place.casefold().replace(" and ", "|"))
    return any(shares_name(c.iso3, scope) or re.sub(r"\s*\(.*\)", "", c.name).strip().casefold() in words for c in members)


# --- the facts -------------------------------------------------------------------------------


class _ScopeFact(BaseModel):
    model_config = ConfigDict(frozen=True)

    #: The fact's id within the roundup (``table``, ``podium``, ``best:osi``).
    id: str
    #: The scope: ``world``, ``region:Africa``, ``subregion:Central Asia``, ``LDC``…
    scope: str
    #: The survey edition (year).
    edition: int
    #: How newsworthy the fact is, 0 to 1.
    salience: float = Field(ge=0, le=1)
    #: Every datum the fact rests on.
    provenance: tuple[Datum, ...] = ()

    @property
    def entity(self) -> str | None:
        """The scope's lexicon id; None for the world."""
        return scope_entity(self.scope)

    @property
    def area(self) -> Literal["world", "group", "region", "subregion"]:
        """Whether the scope is the world, a region, a sub-region or a named group."""
        if self.scope == WORLD:
            return "world"
        kind = self.scope.partition(":")[0]
        return kind if kind in ("region", "subregion") else "group"  # type: ignore[return-value]

    @property
    def organisation(self) -> bool:
        """Whether the scope is an organisation of member states (the CIS)."""
        return self.scope == "CIS"

    @property
    def shares_name(self) -> bool:
        """Whether a region or sub-region bears the name of one of its members (Micronesia;
        Australia and New Zealand): a sentence naming both would read oddly, so templates say
        "the sub-region" after its first mention."""
        return _shares_a_members_name(self.scope)


class Row(BaseModel):
    """One member of the scope in the ranking table."""

    model_config = ConfigDict(frozen=True)

    country: str
    #: The EGDI world rank, when the data give or prove it.
    rank: int | None
    #: The member's place within the scope (ties share one), when the scope is ranked whole.
    position: int | None = None
    value: Decimal | None
    level: Level | None
    previous_rank: int | None = None
    previous_value: Decimal | None = None
    previous_level: Level | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def places(self) -> int | None:
        """Places gained (above 0) or lost since the previous edition."""
        return None if self.rank is None or self.previous_rank is None else self.previous_rank - self.rank


class TableFact(_ScopeFact):
    """Every member the data hold, best ranked first: the ranking table and the members' ranks."""

    kind: Literal["table"] = "table"
    rows: tuple[Row, ...]
    #: How many countries belong to the scope at the edition.
    members: int
    #: Members the data hold no EGDI for.
    missing: tuple[str, ...] = ()
    #: Whether every member has a world rank, so that the places within the scope are proved.
    ranked: bool
    #: The edition compared with, when the previous table covers the scope.
    previous_edition: int | None = None
    #: How many countries the world ranking holds (193 in a complete edition).
    ranked_count: int | None = None

    @property
    def size(self) -> int:
        """How many members the table ranks."""
        return len(self.rows)

    def rank_of(self, country: str) -> int | None:
        """A member's world rank (None when the data give none)."""
        return next(r.rank for r in self.rows if r.country == country)

    @property
    def ranked_countries(self) -> tuple[str, ...]:
        """The members with a world rank, best first."""
        return tuple(r.country for r in self.rows if r.rank is not None)

    @property
    def unranked_countries(self) -> tuple[str, ...]:
        """The members with an EGDI value but no world rank."""
        return tuple(r.country for r in self.rows if r.rank is None)


class PodiumFact(_ScopeFact):
    """The first three places of the scope (more when tied), and how they compare with the
    previous edition when the scope had the same members then."""

    kind: Literal["podium"] = "podium"
    #: The countries, best first, and their places within the scope and in the world.
    countries: tuple[str, ...]
    positions: tuple[int, ...]
    ranks: tuple[int, ...]
    values: tuple[Decimal, ...]
    #: The leader's world rank change, when compared.
    leader_places: int | None = None
    previous_edition: int | None = None
    #: The leaders of the scope at the previous edition (when compared), and their world ranks now.
    previous_leaders: tuple[str, ...] = ()
    previous_leader_ranks: tuple[int, ...] = ()
    #: The first three of the previous edition, in order (when compared).
    previous_podium: tuple[str, ...] = ()
    #: How many editions in a row, this one included, the leader (alone) has led the scope.
    lead_run: int = 1
    #: The last member: its countries (ties) and world rank, when the scope has more than three members.
    last: tuple[str, ...] = ()
    last_rank: int | None = None

    def rank_of(self, country: str) -> int:
        """The world rank of one of the podium's countries."""
        return self.ranks[self.countries.index(country)]

    def value_of(self, country: str) -> Decimal:
        """The EGDI value of one of the podium's countries."""
        return self.values[self.countries.index(country)]

    @property
    def previous_run(self) -> int:
        """How many editions before this one the leader led in a row (``lead_run`` - 1)."""
        return self.lead_run - 1

    @property
    def leaders(self) -> tuple[str, ...]:
        """The country or countries in first place."""
        return tuple(c for c, p in zip(self.countries, self.positions) if p == 1)

    @property
    def new_leader(self) -> bool:
        """Whether the scope has a leader that did not lead the previous edition, and none
        that did (a shared lead that one of them now holds alone is no new leader)."""
        return bool(self.previous_leaders) and set(self.leaders).isdisjoint(self.previous_leaders)

    @property
    def unchanged(self) -> bool:
        """Whether the first three are the same countries in the same order as before."""
        return bool(self.previous_podium) and self.previous_podium == self.countries[:3] and len(self.countries) == 3 and len(set(self.positions)) == 3


class MoversFact(_ScopeFact):
    """The members' moves since the previous edition: how many rose, fell or held, and the
    largest rise and fall (ties said as ties)."""

    kind: Literal["movers"] = "movers"
    previous_edition: int
    #: Members ranked in both editions.
    compared: int
    rose: int
    fell: int
    held: int
    risers: tuple[str, ...] = ()
    rise: int = 0
    fallers: tuple[str, ...] = ()
    fall: int = 0
    #: The risers' and fallers' world ranks now.
    riser_ranks: tuple[int, ...] = ()
    faller_ranks: tuple[int, ...] = ()


class LevelMove(BaseModel):
    """Members that moved from one EGDI group to another."""

    model_config = ConfigDict(frozen=True)

    countries: tuple[str, ...]
    before: Level
    after: Level
    #: How many countries of the world made the same move (when the world was compared).
    world_count: int | None = None

    @property
    def up(self) -> bool:
        """Whether the move is to a higher group."""
        return LEVELS.index(self.after) < LEVELS.index(self.before)

    @property
    def entity(self) -> str:
        """The lexicon id of the group entered."""
        return f"level:{self.after}"

    @property
    def previous_entity(self) -> str:
        """The lexicon id of the group left."""
        return f"level:{self.before}"


class LevelsFact(_ScopeFact):
    """How many members are in each EGDI group, and which moved between groups."""

    kind: Literal["levels"] = "levels"
    #: Members per group, highest group first (every group, zeros included).
    counts: tuple[int, ...]
    previous_edition: int | None = None
    previous_counts: tuple[int, ...] | None = None
    #: Moves between groups, entries into higher groups first.
    moves: tuple[LevelMove, ...] = ()

    def count(self, level: Level) -> int:
        """Members in one group."""
        return self.counts[LEVELS.index(level)]

    def previous_count(self, level: Level) -> int | None:
        """Members in one group at the previous edition."""
        return None if self.previous_counts is None else self.previous_counts[LEVELS.index(level)]

    @property
    def top_level(self) -> Level:
        """The highest group any member is in."""
        return next(level for level, n in zip(LEVELS, self.counts) if n)

    @property
    def entries(self) -> tuple[LevelMove, ...]:
        """Moves into a higher group."""
        return tuple(m for m in self.moves if m.up)

    @property
    def top_entry(self) -> LevelMove | None:
        """The move into the highest group any member is in, when members made it."""
        return next((m for m in self.entries if m.after == self.top_level), None)

    @property
    def other_moves(self) -> tuple[LevelMove, ...]:
        """Every move but :attr:`top_entry`."""
        return tuple(m for m in self.moves if m is not self.top_entry)

    @property
    def exits(self) -> tuple[LevelMove, ...]:
        """Moves into a lower group."""
        return tuple(m for m in self.moves if not m.up)


class AverageFact(_ScopeFact):
    """The scope's mean EGDI against the world's, and their change."""

    kind: Literal["scope_average"] = "scope_average"
    average: Decimal
    world_average: Decimal
    previous_edition: int | None = None
    previous_average: Decimal | None = None
    previous_world_average: Decimal | None = None

    @property
    def above(self) -> bool:
        """Whether the scope's mean is above the world's."""
        return self.average > self.world_average


class PlaceFact(_ScopeFact):
    """How many members are in the world's top 50 (and top 10), now and before."""

    kind: Literal["place"] = "place"
    #: How many countries belong to the scope.
    members: int
    tier: int = TOP_TIER
    in_tier: int
    in_top10: int
    previous_edition: int | None = None
    previous_in_tier: int | None = None


class BestFact(_ScopeFact):
    """The members with the highest and the lowest value of one sub-index (ties said as ties)."""

    kind: Literal["best"] = "best"
    index: IndexName
    best: tuple[str, ...]
    best_value: Decimal
    worst: tuple[str, ...]
    worst_value: Decimal

    @property
    def index_entity(self) -> str:
        """The index's lexicon id."""
        return f"index:{self.index.upper()}"


class TopFact(_ScopeFact):
    """The world's top ten (more when tied at 10th) and who entered or left it."""

    kind: Literal["top"] = "top"
    countries: tuple[str, ...]
    ranks: tuple[int, ...]
    previous_edition: int | None = None
    entered: tuple[str, ...] = ()
    entered_ranks: tuple[int, ...] = ()
    left: tuple[str, ...] = ()
    left_ranks: tuple[int, ...] = ()


class BottomFact(_ScopeFact):
    """The world's last five places (more when tied)."""

    kind: Literal["bottom"] = "bottom"
    countries: tuple[str, ...]
    ranks: tuple[int, ...]
    ranked_count: int

    @property
    def last(self) -> tuple[str, ...]:
        """The country or countries in last place."""
        return tuple(c for c, r in zip(self.countries, self.ranks) if r == self.ranks[-1])

    @property
    def last_rank(self) -> int:
        """The last rank."""
        return self.ranks[-1]

    @property
    def above(self) -> tuple[tuple[str, int], ...]:
        """The others, (country, rank), from the bottom up."""
        return tuple((c, r) for c, r in reversed(list(zip(self.countries, self.ranks))) if r != self.ranks[-1])


class ScopeSourceFact(_ScopeFact):
    """The survey and its publisher, and what the EGDI measures."""

    kind: Literal["scope_source"] = "scope_source"
    publisher: str = "org:UNDESA"
    scale_min: int = 0
    scale_max: int = 1


SCOPE_FACT_CLASSES = (TableFact, PodiumFact, MoversFact, LevelsFact, AverageFact, PlaceFact, BestFact, TopFact, BottomFact, ScopeSourceFact)
ScopeFact = Annotated[
    Union[TableFact, PodiumFact, MoversFact, LevelsFact, AverageFact, PlaceFact, BestFact, TopFact, BottomFact, ScopeSourceFact],
    Field(discriminator="kind"),
]


# --- derivation ------------------------------------------------------------------------------


def _egdi(record: CountryRecord | None) -> tuple[int | None, Decimal | None]:
    score = None if record is None else record.egdi
    return (None, None) if score is None else (score.rank, score.value)


def _positions(rows: Sequence[Row]) -> dict[str, int]:
    """Places within the scope by world rank; equal world ranks share a place ("1, 2, 2, 4")."""
    found: dict[str, int] = {}
    for i, row in enumerate(rows):
        same = i > 0 and row.rank == rows[i - 1].rank
        found[row.country] = found[rows[i - 1].country] if same else i + 1
    return found


def _extremes(pairs: Sequence[tuple[str, Decimal]]) -> tuple[tuple[str, ...], Decimal, tuple[str, ...], Decimal]:
    high, low = max(v for _, v in pairs), min(v for _, v in pairs)
    return tuple(c for c, v in pairs if v == high), high, tuple(c for c, v in pairs if v == low), low


class _ScopeFacts:
    """The derivations for one scope and edition."""

    def __init__(self, survey: Survey, scope: str, year: int) -> None:
        self.survey, self.scope, self.year = survey, scope, year
        self.edition = survey.edition(year)
        self.previous_year = survey.previous_year(year)
        self.group = scope_members(survey, scope, year)
        records = self.edition.records
        self.records = [records[i] for i in self.group.present if records[i].has_standing]
        self.missing = tuple(i for i in self.group.members if i not in {r.iso3 for r in self.records})
        # Ranked whole: every member has a world rank, so places within the scope are proved.
        self.ranked = not self.missing and all(r.egdi is not None and r.egdi.rank is not None for r in self.records)
        self.rows = self._rows()
        self.compared = self._compared()

    def datum(self, record: CountryRecord, field: str) -> Datum:
        return _make_datum(record, field)

    def _previous(self, iso3: str) -> CountryRecord | None:
        return None if self.previous_year is None else self.survey.find_record(iso3, self.previous_year)

    def _rows(self) -> list[Row]:
        rows = []
        for record in self.records:
            rank, value = _egdi(record)
            previous = self._previous(record.iso3)
            before, before_value = _egdi(previous)
            rows.append(
                Row(
                    country=record.iso3, rank=rank, value=value, level=record.level,
                    previous_rank=before, previous_value=before_value, previous_level=None if previous is None else previous.level,
                )
            )
        rows.sort(key=lambda r: (r.rank is None, r.rank or 0, -(r.value or Decimal(0)), r.country))
        if self.ranked:
            positions = _positions(rows)
            rows = [r.model_copy(update={"position": positions[r.country]}) for r in rows]
        return rows

    def _compared(self) -> bool:
        """Whether every member was ranked in the previous edition too, so that moves and
        the group's standing can be compared."""
        return self.ranked and self.previous_year is not None and all(r.previous_rank is not None and r.previous_value is not None for r in self.rows)

    def _same_members(self) -> bool:
        if self.previous_year is None:
            return False
        return set(scope_members(self.survey, self.scope, self.previous_year).members) == set(self.group.members)

    def provenance(self, fields: Sequence[str], countries_: Sequence[str] | None = None, previous: bool = False) -> tuple[Datum, ...]:
        found = []
        for iso3 in countries_ if countries_ is not None else [r.country for r in self.rows]:
            record = self.edition.records[iso3]
            found += [self.datum(record, f) for f in fields]
            if previous and (before := self._previous(iso3)) is not None:
                found += [self.datum(before, f) for f in fields]
        return tuple(found)

    def base(self, fact_id: str, salience: float) -> dict[str, object]:
        return {"id": fact_id, "scope": self.scope, "edition": self.year, "salience": salience}

    # --- kinds ---

    def table(self) -> TableFact:
        ranked_count = None
        if self.edition.complete:
            ranked_count = sum(1 for r in self.edition.records.values() if r.egdi is not None and r.egdi.rank is not None)
        return TableFact(
            **self.base("table", 1.0),  # type: ignore[arg-type]
            rows=tuple(self.rows),
            members=len(self.group.members),
            missing=self.missing,
            ranked=self.ranked,
            previous_edition=self.previous_year if self.compared else None,
            ranked_count=ranked_count,
            provenance=self.provenance(("egdi.rank", "egdi.value"), previous=self.compared),
        )

    def podium(self) -> PodiumFact | None:
        if not self.ranked or not self.rows:
            return None
        top = [r for r in self.rows if r.position is not None and r.position <= 3]
        fields: dict[str, object] = {}
        if self.compared and self._same_members():
            before = sorted(self.rows, key=lambda r: (r.previous_rank, r.country))
            first = before[0].previous_rank
            fields.update(
                previous_edition=self.previous_year,
                previous_leaders=tuple(r.country for r in before if r.previous_rank == first),
                previous_leader_ranks=tuple(r.rank for r in before if r.previous_rank == first),
                previous_podium=tuple(r.country for r in before[:3]) if len({r.previous_rank for r in before[:4]}) == min(4, len(before)) else (),
                leader_places=top[0].places if top[0].position == 1 and (len(top) == 1 or top[1].position > 1) else None,
            )
        leaders = [r for r in top if r.position == 1]
        run = self._lead_run(leaders[0].country) if len(leaders) == 1 else 1
        last: tuple[str, ...] = ()
        last_rank = None
        if len(self.rows) > 3:
            last_rank = self.rows[-1].rank
            last = tuple(r.country for r in self.rows if r.rank == last_rank)
            if set(last) & {r.country for r in top}:
                last, last_rank = (), None
        return PodiumFact(
            **self.base("podium", 0.9),  # type: ignore[arg-type]
            countries=tuple(r.country for r in top),
            positions=tuple(r.position for r in top),  # type: ignore[misc]
            ranks=tuple(r.rank for r in top),  # type: ignore[misc]
            values=tuple(r.value for r in top),  # type: ignore[misc]
            lead_run=run,
            last=last,
            last_rank=last_rank,
            provenance=self.provenance(("egdi.rank", "egdi.value"), previous=bool(fields)),
            **fields,  # type: ignore[arg-type]
        )

    def _lead_run(self, leader: str) -> int:
        """Editions in a row, back from this one, in which ``leader`` alone led the scope,
        counted only while the scope had the same members and a complete table."""
        run = 1
        years = [y for y in self.survey.years if y < self.year]
        for year in reversed(years):
            if set(scope_members(self.survey, self.scope, year).members) != set(self.group.members):
                break
            ranks = {}
            for iso3 in self.group.members:
                rank, _ = _egdi(self.survey.find_record(iso3, year))
                if rank is None:
                    return run
                ranks[iso3] = rank
            best = min(ranks.values())
            if [i for i, r in ranks.items() if r == best] != [leader]:
                break
            run += 1
        return run

    def movers(self) -> MoversFact | None:
        if not self.compared or len(self.rows) < 2:
            return None
        moves = {r.country: r.places for r in self.rows}
        rise, fall = max(moves.values()), min(moves.values())
        risers = tuple(r.country for r in self.rows if rise > 0 and r.places == rise)
        fallers = tuple(r.country for r in self.rows if fall < 0 and r.places == fall)
        ranks = {r.country: r.rank for r in self.rows}
        return MoversFact(
            **self.base("movers", 0.7),  # type: ignore[arg-type]
            previous_edition=self.previous_year,  # type: ignore[arg-type]
            compared=len(moves),
            rose=sum(1 for m in moves.values() if m is not None and m > 0),
            fell=sum(1 for m in moves.values() if m is not None and m < 0),
            held=sum(1 for m in moves.values() if m == 0),
            risers=risers,
            rise=max(rise, 0),  # type: ignore[type-var]
            fallers=fallers,
            fall=max(-fall, 0),  # type: ignore[operator]
            riser_ranks=tuple(ranks[c] for c in risers),  # type: ignore[misc]
            faller_ranks=tuple(ranks[c] for c in fallers),  # type: ignore[misc]
            provenance=self.provenance(("egdi.rank",), previous=True),
        )

    def levels(self) -> LevelsFact | None:
        if self.missing or any(r.level is None for r in self.rows):
            return None
        counts = tuple(sum(1 for r in self.rows if r.level == level) for level in LEVELS)
        fields: dict[str, object] = {}
        if self.compared:
            groups: dict[tuple[str, str], list[str]] = {}
            for r in self.rows:
                if r.previous_level is not None and r.previous_level != r.level:
                    groups.setdefault((r.previous_level, r.level), []).append(r.country)  # type: ignore[arg-type]
            world = self._world_moves()
            moves = [LevelMove(countries=tuple(c), before=b, after=a, world_count=world.get((b, a))) for (b, a), c in groups.items()]  # type: ignore[arg-type]
            moves.sort(key=lambda m: (not m.up, LEVELS.index(m.after), LEVELS.index(m.before)))
            fields["moves"] = tuple(moves)
            if self._same_members():
                fields.update(previous_edition=self.previous_year, previous_counts=tuple(sum(1 for r in self.rows if r.previous_level == level) for level in LEVELS))
        return LevelsFact(
            **self.base("levels", 0.6),  # type: ignore[arg-type]
            counts=counts,
            provenance=self.provenance(("egdi.value",), previous=self.compared),
            **fields,  # type: ignore[arg-type]
        )

    def _world_moves(self) -> dict[tuple[str, str], int]:
        """How many countries of the world moved from one EGDI group to another, when both
        editions rank the whole world."""

        def compute() -> dict[tuple[str, str], int]:
            if self.previous_year is None or not (self.edition.complete and self.survey.is_complete(self.previous_year)):
                return {}
            found: dict[tuple[str, str], int] = {}
            for iso3, record in self.edition.records.items():
                before = self._previous(iso3)
                if before is not None and before.level is not None and record.level is not None and before.level != record.level:
                    found[(before.level, record.level)] = found.get((before.level, record.level), 0) + 1
            return found

        return self.survey.memoized(("world_level_moves", self.year), compute)

    def average(self) -> AverageFact | None:
        if self.missing or any(r.value is None for r in self.rows) or not self.edition.complete:
            return None
        world = self._world_average(self.year)
        if world is None:
            return None
        fields: dict[str, object] = {}
        previous_world = None if self.previous_year is None else self._world_average(self.previous_year)
        if self.compared and self._same_members() and previous_world is not None:
            fields.update(
                previous_edition=self.previous_year,
                previous_average=_mean([r.previous_value for r in self.rows]),  # type: ignore[misc]
                previous_world_average=previous_world,
            )
        return AverageFact(
            **self.base("scope_average", 0.5),  # type: ignore[arg-type]
            average=_mean([r.value for r in self.rows]),  # type: ignore[misc]
            world_average=world,
            provenance=self.provenance(("egdi.value",), previous=bool(fields)),
            **fields,  # type: ignore[arg-type]
        )

    def _world_average(self, year: int) -> Decimal | None:
        edition = self.survey.edition(year)
        values = [r.egdi.value for r in edition.records.values() if r.egdi is not None and r.egdi.value is not None]
        return _mean(values) if edition.complete and len(values) == UN_MEMBER_COUNT else None

    def place(self) -> PlaceFact | None:
        if not self.ranked or self.scope == WORLD:
            return None
        fields: dict[str, object] = {}
        if self.compared and self._same_members():
            fields.update(previous_edition=self.previous_year, previous_in_tier=sum(1 for r in self.rows if r.previous_rank <= TOP_TIER))  # type: ignore[operator]
        return PlaceFact(
            **self.base("place", 0.5),  # type: ignore[arg-type]
            members=len(self.rows),
            in_tier=sum(1 for r in self.rows if r.rank <= TOP_TIER),  # type: ignore[operator]
            in_top10=sum(1 for r in self.rows if r.rank <= 10),  # type: ignore[operator]
            provenance=self.provenance(("egdi.rank",), previous=bool(fields)),
            **fields,  # type: ignore[arg-type]
        )

    def bests(self) -> list[BestFact]:
        if self.missing or len(self.rows) < 3:
            return []
        found = []
        for index in SUB_INDICES:
            pairs = [(r.iso3, s.value) for r in self.records if (s := r.score(index)) is not None and s.value is not None]
            if len(pairs) != len(self.records):
                continue
            best, high, worst, low = _extremes(pairs)
            if high == low:
                continue
            found.append(
                BestFact(
                    **self.base(f"best:{index}", 0.4),  # type: ignore[arg-type]
                    index=index, best=best, best_value=high, worst=worst, worst_value=low,
                    provenance=self.provenance((f"{index}.value",), countries_=[*best, *worst]),
                )
            )
        return found

    def top(self) -> TopFact | None:
        if self.scope != WORLD or not self.ranked:
            return None
        top = [r for r in self.rows if r.rank <= WORLD_TOP]  # type: ignore[operator]
        fields: dict[str, object] = {}
        if self.compared:
            before = [r for r in self.rows if r.previous_rank <= WORLD_TOP]  # type: ignore[operator]
            entered = [r for r in top if r.previous_rank > WORLD_TOP]  # type: ignore[operator]
            left = [r for r in before if r.rank > WORLD_TOP]  # type: ignore[operator]
            fields.update(
                previous_edition=self.previous_year,
                entered=tuple(r.country for r in entered), entered_ranks=tuple(r.previous_rank for r in entered),
                left=tuple(r.country for r in left), left_ranks=tuple(r.rank for r in left),
            )
        return TopFact(
            **self.base("top", 0.8),  # type: ignore[arg-type]
            countries=tuple(r.country for r in top),
            ranks=tuple(r.rank for r in top),  # type: ignore[misc]
            provenance=self.provenance(("egdi.rank",), countries_=[r.country for r in top], previous=self.compared),
            **fields,  # type: ignore[arg-type]
        )

    def bottom(self) -> BottomFact | None:
        if self.scope != WORLD or not self.ranked:
            return None
        cut = self.rows[-WORLD_BOTTOM].rank
        bottom = [r for r in self.rows if r.rank >= cut]  # type: ignore[operator]
        return BottomFact(
            **self.base("bottom", 0.6),  # type: ignore[arg-type]
            countries=tuple(r.country for r in bottom),
            ranks=tuple(r.rank for r in bottom),  # type: ignore[misc]
            ranked_count=len(self.rows),
            provenance=self.provenance(("egdi.rank",), countries_=[r.country for r in bottom]),
        )

    def source(self) -> ScopeSourceFact:
        files = ", ".join(dict.fromkeys(self.edition.sources)) or None
        return ScopeSourceFact(
            **self.base("source", 0.3),  # type: ignore[arg-type]
            provenance=(Datum(edition=self.year, country=self.scope, field="source", value=files),),
        )


def roundup_facts(survey: Survey, scope: str, year: int) -> list[ScopeFact]:
    """Every fact the data prove about ``scope`` in ``year``, derived once per survey.

    ``scope`` is one of :func:`all_scopes` (any spelling :func:`scope_key` takes).

    >>> from egovnews import load_records
    >>> table = roundup_facts(load_records("examples/kazakhstan-2024.yaml"), "LLDC", 2024)[0]
    >>> [(r.country, r.rank) for r in table.rows]
    [('KAZ', 24), ('MNG', 46), ('ARM', 48), ('UZB', 63)]
    """
    key = scope_key(scope)
    survey.edition(year)  # an UnknownEditionError names the editions loaded
    return list(survey.memoized(("roundup", key, year), lambda: tuple(_derive(survey, key, year))))


def _derive(survey: Survey, scope: str, year: int) -> list[ScopeFact]:
    d = _ScopeFacts(survey, scope, year)
    found: list[ScopeFact | None] = [d.table(), d.podium(), d.movers(), d.levels(), d.average(), d.place(), d.top(), d.bottom(), *d.bests(), d.source()]
    return [f for f in found if f is not None]
