"""The survey data model: index scores, a country's record in an edition, editions, surveys.

Values are Decimals taken from the source text, never binary floats, so 0.90093 stays
0.90093. Validation lives here; the readers turn its failures into messages that name the
file, line and field.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

T = TypeVar("T")

from .countries import UN_MEMBER_COUNT, countries
from .errors import EgovError, UnknownEditionError

IndexName = Literal["egdi", "osi", "hci", "tii", "epi"]
#: The survey's composite index first, then its components and the participation index.
INDICES: tuple[IndexName, ...] = ("egdi", "osi", "hci", "tii", "epi")

Level = Literal["very_high", "high", "middle", "low"]
LEVELS: tuple[Level, ...] = ("very_high", "high", "middle", "low")


#: Where each level above the lowest starts: very high lies *above* 0.75, the others start at their floor.
LEVEL_FLOORS: dict[Level, Decimal] = {"very_high": Decimal("0.75"), "high": Decimal("0.50"), "middle": Decimal("0.25")}


def egdi_level(value: Decimal) -> Level:
    """The survey's EGDI group: Very High above 0.75, High from 0.50, Middle from 0.25, Low below.

    >>> egdi_level(Decimal("0.90093")), egdi_level(Decimal("0.75")), egdi_level(Decimal("0.2499"))
    ('very_high', 'high', 'low')
    """
    if value > LEVEL_FLOORS["very_high"]:
        return "very_high"
    if value >= LEVEL_FLOORS["high"]:
        return "high"
    if value >= LEVEL_FLOORS["middle"]:
        return "middle"
    return "low"


class MissingRecordError(EgovError, LookupError):
    """A country that has no record in an edition the survey holds."""


class SourceRef(BaseModel):
    """Where a datum was read: a file and a line (None when built in code)."""

    model_config = ConfigDict(frozen=True)

    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.file is None:
            return "(built in code)"
        return self.file if self.line is None else f"{self.file}:{self.line}"


class IndexScore(BaseModel):
    """One index of one country in one edition: its value and rank, either may be unknown.

    ``rank_source`` says whether the rank is the source's (``official``), stated by a
    journalist's records (``stated``) or computed from the values of a complete table
    (``computed``).

    >>> IndexScore(value=Decimal("0.90093"), rank=24).rank
    24
    """

    model_config = ConfigDict(frozen=True)

    value: Decimal | None = Field(default=None, ge=0, le=1)
    rank: int | None = Field(default=None, ge=1, le=UN_MEMBER_COUNT)
    rank_source: Literal["official", "stated", "computed"] | None = None

    @field_validator("value")
    @classmethod
    def _finite(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and not value.is_finite():
            raise ValueError("must be a finite number")
        return value


class GroupStanding(BaseModel):
    """A standing in a group as a source states it: "1st of 32 LLDCs"."""

    model_config = ConfigDict(frozen=True)

    group: str
    rank: int = Field(ge=1, le=UN_MEMBER_COUNT)
    size: int | None = Field(default=None, ge=1, le=UN_MEMBER_COUNT)
    source: SourceRef = SourceRef()


class CountryRecord(BaseModel):
    """A country's record in one edition of the survey.

    >>> r = CountryRecord(iso3="KAZ", edition=2024, egdi=IndexScore(value=Decimal("0.90093"), rank=24))
    >>> r.level, r.score("osi")
    ('very_high', None)
    """

    model_config = ConfigDict(frozen=True)

    iso3: str
    edition: int = Field(ge=2001, le=2100)
    egdi: IndexScore | None = None
    osi: IndexScore | None = None
    hci: IndexScore | None = None
    tii: IndexScore | None = None
    epi: IndexScore | None = None
    name_as_found: str | None = None
    groups_stated: tuple[GroupStanding, ...] = ()
    context: str | None = None
    source: SourceRef = SourceRef()

    @field_validator("iso3")
    @classmethod
    def _member_state(cls, iso3: str) -> str:
        countries().get(iso3)  # raises with suggestions
        return iso3

    def score(self, index: IndexName) -> IndexScore | None:
        """The score of one index, or None when the source did not give it."""
        return getattr(self, index)

    @property
    def level(self) -> Level | None:
        """The EGDI level, when the EGDI value is known."""
        if self.egdi is None or self.egdi.value is None:
            return None
        return egdi_level(self.egdi.value)

    @property
    def has_standing(self) -> bool:
        """Whether the record gives an EGDI value or rank: an article can be written about it."""
        return self.egdi is not None and (self.egdi.value is not None or self.egdi.rank is not None)

    def stated_standing(self, group: str) -> GroupStanding | None:
        """A group standing the records state explicitly, or None."""
        return next((s for s in self.groups_stated if s.group == group), None)


def competition_ranks(values: dict[str, Decimal]) -> dict[str, int]:
    """Ranks by value, highest first; equal values share the best rank ("1, 2, 2, 4").

    >>> competition_ranks({"A": Decimal("0.9"), "B": Decimal("0.8"), "C": Decimal("0.8"), "D": Decimal("0.1")})
    {'A': 1, 'B': 2, 'C': 2, 'D': 4}
    """
    ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    ranks: dict[str, int] = {}
    for position, (key, value) in enumerate(ordered, start=1):
        if position > 1 and value == ordered[position - 2][1]:
            ranks[key] = ranks[ordered[position - 2][0]]
        else:
            ranks[key] = position
    return ranks


class Edition(BaseModel):
    """One edition (survey year): its records by ISO3 and the files they came from."""

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=2001, le=2100)
    records: dict[str, CountryRecord]
    sources: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every one of the 193 member states has a record."""
        return len(self.records) == UN_MEMBER_COUNT

    def with_computed_ranks(self) -> Edition:
        """The same edition with every missing rank computed, when the table is complete.

        A partial table (a journalist's few records) cannot rank anyone, so it is left as is;
        so is an index whose value is missing for any country.
        """
        if not self.complete:
            return self
        records = dict(self.records)
        for index in INDICES:
            scores = {iso3: r.score(index) for iso3, r in records.items()}
            if any(s is None or s.value is None for s in scores.values()):
                continue
            if all(s.rank is not None for s in scores.values()):
                continue
            ranks = competition_ranks({iso3: s.value for iso3, s in scores.items()})
            for iso3, s in scores.items():
                if s.rank is None:
                    filled = s.model_copy(update={"rank": ranks[iso3], "rank_source": "computed"})
                    records[iso3] = records[iso3].model_copy(update={index: filled})
        return self.model_copy(update={"records": records})


class GroupMembers(BaseModel):
    """The members of a group at an edition, and which of them have a record in it."""

    model_config = ConfigDict(frozen=True)

    group: str
    edition: int
    members: tuple[str, ...]
    present: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when every member has a record, so ranks within the group are provable."""
        return len(self.present) == len(self.members)


class Survey(BaseModel):
    """One or more editions of the UN E-Government Survey.

    >>> s = Survey.from_editions([Edition(year=2024, records={})])
    >>> s.years, s.is_complete(2024)
    ((2024,), False)
    """

    model_config = ConfigDict(frozen=True)

    editions: dict[int, Edition]
    _memo: dict[Hashable, Any] = PrivateAttr(default_factory=dict)

    def memoized(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A value derived from this survey, computed once: the survey never changes.

        >>> s = Survey.from_editions([])
        >>> s.memoized("answer", lambda: 42), s.memoized("answer", lambda: 0)
        (42, 42)
        """
        # The private attribute read where pydantic keeps it: ``self._memo`` would go through
        # BaseModel.__getattr__, a Python call, twice an article.
        memo = self.__pydantic_private__["_memo"]  # type: ignore[index]
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = compute()
            return value

    @classmethod
    def from_editions(cls, editions: Iterable[Edition]) -> Survey:
        """A survey of these editions, with missing ranks computed where tables are complete."""
        return cls(editions={e.year: e.with_computed_ranks() for e in sorted(editions, key=lambda e: e.year)})

    @property
    def years(self) -> tuple[int, ...]:
        """The editions held, oldest first."""
        return tuple(sorted(self.editions))

    def edition(self, year: int) -> Edition:
        """One edition; an UnknownEditionError says which ones are loaded."""
        try:
            return self.editions[year]
        except KeyError:
            held = ", ".join(map(str, self.years)) or "none"
            raise UnknownEditionError(f"no data for the {year} edition (editions loaded: {held})") from None

    def is_complete(self, year: int) -> bool:
        """Whether the edition's table holds all 193 member states."""
        return self.edition(year).complete

    def find_record(self, iso3: str, year: int) -> CountryRecord | None:
        """A country's record in an edition, or None if it has none."""
        return self.edition(year).records.get(iso3)

    def record(self, iso3: str, year: int) -> CountryRecord:
        """A country's record in an edition.

        Raises UnknownCountryError for a code that is not a member state, UnknownEditionError
        for an edition not loaded, and MissingRecordError when the edition lacks the country.
        """
        country = countries().get(iso3)
        found = self.find_record(iso3, year)
        if found is None:
            raise MissingRecordError(f"{country.name} ({iso3}) has no record in the {year} edition")
        return found

    def previous_year(self, year: int) -> int | None:
        """The latest loaded edition before ``year``, or None."""
        earlier = [y for y in self.editions if y < year]
        return max(earlier) if earlier else None

    def previous_record(self, iso3: str, year: int) -> CountryRecord | None:
        """The country's record in the edition before ``year``, when loaded and present."""
        before = self.previous_year(year)
        return None if before is None else self.find_record(iso3, before)

    def table(self, year: int, index: IndexName = "egdi") -> list[CountryRecord]:
        """An edition's records that have a value or rank for ``index``, best first.

        Order: rank (ties share one), then value, highest first, then ISO3 for a stable order.
        """
        return list(self.memoized(("table", year, index), lambda: self._sorted_table(year, index)))

    def _sorted_table(self, year: int, index: IndexName) -> tuple[CountryRecord, ...]:
        rows = [r for r in self.edition(year).records.values() if r.score(index) is not None]

        def key(record: CountryRecord) -> tuple[int, Decimal, str]:
            s = record.score(index)
            assert s is not None
            return (s.rank or UN_MEMBER_COUNT + 1, -(s.value or Decimal(0)), record.iso3)

        return tuple(sorted(rows, key=key))

    def group(self, group: str, year: int) -> GroupMembers:
        """The members of a group (``"LLDC"``, ``"CIS"``, ``"region:Asia"``…) valid at an edition;
        an UnknownGroupError, listing the known groups, for a name egovnews does not know."""
        return self.memoized(("group", group, year), lambda: self._group(countries().check_group(group), year))

    def _group(self, group: str, year: int) -> GroupMembers:
        records = self.edition(year).records
        members = tuple(c.iso3 for c in countries() if c.in_group(group, year))
        present = tuple(iso3 for iso3 in members if iso3 in records)
        return GroupMembers(group=group, edition=year, members=members, present=present)

    def __iter__(self) -> Iterator[Edition]:  # type: ignore[override]
        return iter(self.editions[y] for y in self.years)
