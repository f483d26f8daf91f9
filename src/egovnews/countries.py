"""The 193 UN member states: codes, survey names, M49 regions and group memberships.

The table is the project's own reviewed data file, ``data/countries.tsv``. Countries are
keyed on ISO3 everywhere; names are only for reading files, since they change between
editions ("Turkey", "Türkiye").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from .errors import UnknownCountryError, UnknownGroupError

UN_MEMBER_COUNT = 193

#: The groups a country can belong to besides its M49 region and sub-region.
GROUPS = ("LLDC", "SIDS", "LDC", "CIS")

# Publication dates of the surveys: group lists (LDC graduations, CIS departures) are
# taken as they stood on the day an edition came out. Editions missing here count from
# 1 July of their year.
EDITION_DATES = {
    2012: date(2012, 3, 6),
    2014: date(2014, 6, 24),
    2016: date(2016, 7, 29),
    2018: date(2018, 7, 19),
    2020: date(2020, 7, 10),
    2022: date(2022, 9, 28),
    2024: date(2024, 9, 17),
}


def edition_date(year: int) -> date:
    """The day an edition is taken to describe, for group membership.

    >>> edition_date(2024)
    datetime.date(2024, 9, 17)
    >>> edition_date(2026)
    datetime.date(2026, 7, 1)
    """
    return EDITION_DATES.get(year, date(year, 7, 1))


def normalize_name(name: str) -> str:
    """The form of a country name used for matching: case, spacing and apostrophes folded.

    >>> normalize_name("  Côte d’Ivoire ") == normalize_name("CÔTE D'IVOIRE")
    True
    """
    text = unicodedata.normalize("NFC", name).replace("\u2019", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True, slots=True)
class Country:
    """One UN member state, as the country table describes it."""

    iso3: str
    iso2: str
    m49: str
    name: str
    aliases: tuple[str, ...]
    region: str
    subregion: str
    intermediate_region: str
    lldc: bool
    sids: bool
    ldc: bool
    ldc_since: date | None
    ldc_until: date | None
    cis: str
    cis_until: date | None
    blocs: frozenset[str] = frozenset()

    @property
    def survey_subregion(self) -> str:
        """The sub-region the survey's narratives use: the intermediate region if any.

        >>> countries().get("NAM").survey_subregion
        'Southern Africa'
        """
        return self.intermediate_region or self.subregion

    def in_group(self, group: str, year: int) -> bool:
        """Whether the country belonged to ``group`` when the ``year`` edition came out.

        >>> bhutan = countries().get("BTN")
        >>> bhutan.in_group("LDC", 2022), bhutan.in_group("LDC", 2024)
        (True, False)
        """
        on = edition_date(year)
        if group == "LLDC":
            return self.lldc
        if group == "SIDS":
            return self.sids
        if group == "LDC":
            return (
                self.ldc
                and (self.ldc_since is None or self.ldc_since <= on)
                and (self.ldc_until is None or on < self.ldc_until)
            )
        if group == "CIS":
            if self.cis == "member":
                return True
            return self.cis == "former" and self.cis_until is not None and on < self.cis_until
        if group.startswith("region:"):
            return self.region == group.removeprefix("region:")
        if group.startswith("subregion:"):
            return self.survey_subregion == group.removeprefix("subregion:")
        raise UnknownGroupError(f"unknown group {group!r}")

    def groups(self, year: int) -> tuple[str, ...]:
        """Every group of the country at an edition: region, sub-region, then LLDC, SIDS, LDC, CIS.

        >>> countries().get("KAZ").groups(2024)
        ('region:Asia', 'subregion:Central Asia', 'LLDC', 'CIS')
        """
        found = [f"region:{self.region}", f"subregion:{self.survey_subregion}"]
        found += [group for group in GROUPS if self.in_group(group, year)]
        return tuple(found)


def _date_or_none(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class CountryTable:
    """Look-ups over the 193 member states by ISO3, ISO2, M49 code or any known name."""

    def __init__(self, countries: list[Country]) -> None:
        self._by_iso3 = {c.iso3: c for c in countries}
        self._by_code: dict[str, Country] = {}
        self._by_name: dict[str, Country] = {}
        for country in countries:
            self._by_code[country.iso3] = country
            self._by_code[country.iso2] = country
            self._by_code[country.m49] = country
            for name in (country.name, *country.aliases):
                key = normalize_name(name)
                other = self._by_name.setdefault(key, country)
                if other is not country:
                    raise ValueError(f"name {name!r} belongs to both {other.iso3} and {country.iso3}")

    def __iter__(self):
        return iter(self._by_iso3.values())

    def __len__(self) -> int:
        return len(self._by_iso3)

    def __contains__(self, iso3: object) -> bool:
        return iso3 in self._by_iso3

    @property
    def iso3_codes(self) -> tuple[str, ...]:
        """Every ISO3 code, sorted."""
        return tuple(sorted(self._by_iso3))

    def get(self, iso3: str) -> Country:
        """The country with that ISO3 code.

        >>> countries().get("NAM").iso2
        'NA'
        """
        try:
            return self._by_iso3[iso3]
        except KeyError:
            raise UnknownCountryError(self._unknown_message(iso3, "country code")) from None

    def by_name(self, name: str) -> Country | None:
        """The country a survey name or alias designates, or None.

        >>> countries().by_name("Georgia (Country) ").iso3
        'GEO'
        """
        return self._by_name.get(normalize_name(name))

    def resolve(self, code_or_name: str) -> Country:
        """A country from an ISO3, ISO2 or M49 code (any case) or a known name.

        >>> countries().resolve("kz").iso3, countries().resolve("Turkey").iso3
        ('KAZ', 'TUR')
        """
        text = code_or_name.strip()
        found = self._by_code.get(text.upper()) or self._by_code.get(text.zfill(3))
        found = found or self.by_name(text)
        if found is None:
            raise UnknownCountryError(self._unknown_message(text, "country"))
        return found

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """The known names closest to an unknown one, best first.

        >>> countries().suggestions("Kazakstan", limit=1)
        ['Kazakhstan']
        """
        import difflib  # only for a name not found: loaded then

        keys = difflib.get_close_matches(normalize_name(name), self._by_name, n=limit, cutoff=0.6)
        names: list[str] = []
        for key in keys:
            country = self._by_name[key]
            label = next(n for n in (country.name, *country.aliases) if normalize_name(n) == key)
            names.append(label)
        return names

    def check_group(self, group: str) -> str:
        """The group name if it names a group egovnews knows; an UnknownGroupError otherwise.

        >>> countries().check_group("subregion:Central Asia")
        'subregion:Central Asia'
        """
        regions = {c.region for c in self}
        subregions = {c.survey_subregion for c in self}
        kind, _, name = group.partition(":")
        if group in GROUPS or (kind == "region" and name in regions) or (kind == "subregion" and name in subregions):
            return group
        known = [*GROUPS, *sorted(f"region:{r}" for r in regions), *sorted(f"subregion:{s}" for s in subregions)]
        raise UnknownGroupError(f"unknown group {group!r}; known: {', '.join(known)}")

    def _unknown_message(self, text: str, what: str) -> str:
        message = f"unknown {what} {text!r}: not a code or name of a UN member state"
        close = self.suggestions(text)
        if close:
            message += "; did you mean " + ", ".join(repr(n) for n in close) + "?"
        return message


def _read_table() -> list[Country]:
    text = resources.files("egovnews").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = rows[0].split("\t")
    found: list[Country] = []
    for line in rows[1:]:
        cell = dict(zip(header, line.split("\t"), strict=True))
        found.append(
            Country(
                iso3=cell["iso3"],
                iso2=cell["iso2"],
                m49=cell["m49"],
                name=cell["name"],
                aliases=tuple(a.strip() for a in cell["aliases"].split("|") if a.strip()),
                region=cell["region"],
                subregion=cell["subregion"],
                intermediate_region=cell["intermediate_region"],
                lldc=cell["lldc"] == "x",
                sids=cell["sids"] == "x",
                ldc=cell["ldc"] == "x",
                ldc_since=_date_or_none(cell["ldc_since"]),
                ldc_until=_date_or_none(cell["ldc_until"]),
                cis=cell["cis"],
                cis_until=_date_or_none(cell["cis_until"]),
                blocs=frozenset(cell["blocs"].split()),
            )
        )
    return found


@cache
def countries() -> CountryTable:
    """The table of the 193 UN member states (read once, then shared).

    >>> len(countries())
    193
    """
    return CountryTable(_read_table())
