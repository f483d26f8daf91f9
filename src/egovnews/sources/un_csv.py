"""Reader for the UN's E-Government Survey CSV exports.

Two header layouts are known: the UN's own (``Survey Year, Country Name, E-Government
Rank, E-Government Index, E-Participation Index, Online Service Index, Human Capital
Index, Telecommunication Infrastructure Index``) and a renamed copy in circulation
(``Survey Year, Country, Rank, E_Index, E_Participation, Online_Service, Human_Capital,
Tele_Infra``). Extra columns such as ``Region`` are ignored: regions come from M49.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..countries import UN_MEMBER_COUNT, countries
from ..errors import DataError
from ..model import CountryRecord, Edition, IndexScore, SourceRef, Survey
from ..files import read_limited
from ._values import parse_index_value, parse_rank, parse_year

# Header cells are matched after folding case and dropping everything but letters.
_HEADER_ALIASES = {
    "year": ("surveyyear", "year"),
    "country": ("countryname", "country"),
    "egdi_rank": ("egovernmentrank", "rank", "egdirank"),
    "egdi": ("egovernmentindex", "eindex", "egdi"),
    "epi": ("eparticipationindex", "eparticipation", "epi"),
    "osi": ("onlineserviceindex", "onlineservice", "osi"),
    "hci": ("humancapitalindex", "humancapital", "hci"),
    "tii": ("telecommunicationinfrastructureindex", "teleinfra", "tii"),
}
# The UN's own names, for messages.
_UN_NAMES = {
    "year": "Survey Year",
    "country": "Country Name",
    "egdi_rank": "E-Government Rank",
    "egdi": "E-Government Index",
    "epi": "E-Participation Index",
    "osi": "Online Service Index",
    "hci": "Human Capital Index",
    "tii": "Telecommunication Infrastructure Index",
}
_REQUIRED = ("year", "country", "egdi", "epi", "osi", "hci", "tii")


def _fold(cell: str) -> str:
    return re.sub(r"[^a-z]", "", cell.casefold())


def _read_text(path: Path) -> str:
    try:
        data = read_limited(path)
    except OSError as error:
        raise DataError(f"cannot read the file: {error.strerror}", file=path) from None
    if data.startswith(b"PK\x03\x04"):
        raise DataError("an Excel workbook (or another zip file), not CSV: export it as CSV (UTF-8)", file=path)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DataError("an Excel 97-2003 workbook, not CSV: export it as CSV (UTF-8)", file=path)
    # A byte-order mark names its encoding: spreadsheets on Windows save "Unicode text" as UTF-16.
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DataError(f"not valid {encoding.upper()} although it starts with its byte-order mark (byte {error.start})", file=path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheet exports on Windows are often cp1252; anything else is not a UN file.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise DataError(f"not a text file (byte {error.start} cannot be decoded)", file=path) from None


@dataclass(frozen=True)
class _Columns:
    """Where each known field sits in a file's rows, and the header's own spelling of it."""

    index: dict[str, int]
    label: dict[str, str]


def _columns(header: list[str], path: Path) -> _Columns:
    folded = [_fold(cell) for cell in header]
    index: dict[str, int] = {}
    label: dict[str, str] = {}
    for field, aliases in _HEADER_ALIASES.items():
        for position, cell in enumerate(folded):
            if cell in aliases:
                index[field] = position
                label[field] = header[position].strip()
                break
    missing = [f for f in _REQUIRED if f not in index]
    if missing:
        names = ", ".join(repr(_UN_NAMES[f]) for f in missing)
        raise DataError(
            f"missing column {names}; the header has: {', '.join(c.strip() for c in header)}",
            file=path,
            line=1,
            field=_UN_NAMES[missing[0]],
        )
    return _Columns(index=index, label=label)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    text = _read_text(path)
    if not text.strip():
        raise DataError("the file is empty", file=path, line=1)
    # Lines end at \n, \r or \r\n only, as csv and editors count them; str.splitlines() also
    # splits at \x0c, \x85, \u2028..., which cut a row in two and shifted the lines reported.
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as error:
        raise DataError(f"malformed CSV: {error}", file=path, line=reader.line_num) from None


def read_un_csv(path: str | Path) -> list[CountryRecord]:
    """The records of one UN CSV file, validated; a DataError names the file, line and field.

    >>> read_un_csv("missing.csv")
    Traceback (most recent call last):
    ...
    egovnews.errors.DataError: missing.csv: cannot read the file: No such file or directory
    """
    path = Path(path)
    rows = _rows(path)
    header_line, header = next(rows)
    columns = _columns(header, path)
    table = countries()
    records: list[CountryRecord] = []
    # Where each (edition, country) was first seen: a repeat is reported where it stands, not
    # after the rest of a possibly huge file has been parsed.
    seen: dict[tuple[int, str], int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise DataError(f"expected {len(header)} fields as in the header, found {len(row)}", file=path, line=line)

        def cell(field: str) -> str:
            return row[columns.index[field]]

        def fail(field: str, reason: str) -> DataError:
            return DataError(reason, file=path, line=line, field=columns.label[field])

        try:
            year = parse_year(cell("year"))
        except ValueError as error:
            raise fail("year", str(error)) from None
        name = cell("country").strip()
        country = table.by_name(name)
        if country is None:
            close = table.suggestions(name)
            hint = f"; closest known names: {', '.join(close)}" if close else ""
            raise fail("country", f"unknown country name {name!r}{hint}")
        if (year, country.iso3) in seen:
            raise fail("country", f"duplicate country: {name!r} already appears in the {year} edition at {path}:{seen[year, country.iso3]}")
        seen[year, country.iso3] = line
        scores: dict[str, IndexScore] = {}
        for index in ("egdi", "osi", "hci", "tii", "epi"):
            try:
                value = parse_index_value(cell(index))
            except ValueError as error:
                raise fail(index, str(error)) from None
            scores[index] = IndexScore(value=value)
        if "egdi_rank" in columns.index and cell("egdi_rank").strip():
            try:
                rank = parse_rank(cell("egdi_rank"))
            except ValueError as error:
                raise fail("egdi_rank", str(error)) from None
            scores["egdi"] = IndexScore(value=scores["egdi"].value, rank=rank, rank_source="official")
        records.append(
            CountryRecord(
                iso3=country.iso3,
                edition=year,
                name_as_found=name,
                source=SourceRef(file=str(path), line=line),
                **scores,
            )
        )
    if not records:
        raise DataError("the file has a header but no data rows", file=path, line=header_line + 1)
    _check_one_table_per_year(records, path, columns.label["year"])
    return records


def _check_one_table_per_year(records: list[CountryRecord], path: Path, label: str) -> None:
    """A file may hold several editions, each a table of its own; a handful of rows of another
    year inside a complete table is a typo that would make an edition of its own (the 2022
    "edition" of one country), and is refused at its line."""
    counts: dict[int, int] = {}
    for record in records:
        counts[record.edition] = counts.get(record.edition, 0) + 1
    main_year, main_count = max(counts.items(), key=lambda item: item[1])
    if main_count < UN_MEMBER_COUNT * 3 // 4:
        return  # no complete table to stray from: a partial file, or several small ones
    for record in records:
        if record.edition != main_year and counts[record.edition] <= 5:
            raise DataError(
                f"{record.edition} in a file whose other {main_count} rows are {main_year}: one row of another year "
                f"would make an edition of its own",
                file=path, line=record.source.line, field=label,
            )


def load_un_survey(*paths: str | Path) -> Survey:
    """A Survey from one or more UN CSV files (one or several editions in each).

    Ranks the files do not give (the sub-indices' ranks, always) are computed for every
    edition whose table is complete. A country twice in one edition is an error.

    >>> survey = load_un_survey("EGOV_DATA_2022.csv", "EGOV_DATA_2024.csv")  # doctest: +SKIP
    >>> load_un_survey()
    Traceback (most recent call last):
    ...
    egovnews.errors.DataError: no CSV file given
    """
    if not paths:
        raise DataError("no CSV file given")
    by_year: dict[int, dict[str, CountryRecord]] = {}
    sources: dict[int, list[str]] = {}
    for path in paths:
        records = read_un_csv(path)
        for record in records:
            seen = by_year.setdefault(record.edition, {})
            if record.iso3 in seen:
                first = seen[record.iso3]
                raise DataError(
                    f"duplicate country: {record.name_as_found!r} already appears in the "
                    f"{record.edition} edition at {first.source}",
                    file=record.source.file,
                    line=record.source.line,
                    field="Country Name",
                )
            seen[record.iso3] = record
            if str(path) not in sources.setdefault(record.edition, []):
                sources[record.edition].append(str(path))
    editions = [Edition(year=y, records=r, sources=tuple(sources[y])) for y, r in by_year.items()]
    for edition in editions:
        _check_ranks_follow_values(edition)
    return Survey.from_editions(editions)


def _check_ranks_follow_values(edition: Edition) -> None:
    """In a complete table, a better official rank never goes with a lower EGDI value: the
    UN ranks by value. A table where it does is corrupt, and "leads the ranking" would be false."""
    if not edition.complete:
        return
    ranked = sorted(
        (r for r in edition.records.values() if r.egdi is not None and r.egdi.rank is not None and r.egdi.value is not None),
        key=lambda r: (r.egdi.rank, r.iso3),  # type: ignore[union-attr]
    )
    # The highest value among the worse ranks, from the bottom up: one pass finds any inversion.
    best_below: CountryRecord | None = None
    worst: list[tuple[CountryRecord, CountryRecord]] = []
    for record in reversed(ranked):
        if best_below is not None and record.egdi.rank < best_below.egdi.rank and record.egdi.value < best_below.egdi.value:  # type: ignore[union-attr, operator]
            worst.append((record, best_below))
        if best_below is None or record.egdi.value > best_below.egdi.value:  # type: ignore[union-attr, operator]
            best_below = record
    if worst:
        record, other = worst[-1]  # the best-ranked country the values contradict
        raise DataError(
            f"rank {record.egdi.rank} with an EGDI of {record.egdi.value}, while {other.name_as_found!r} "  # type: ignore[union-attr]
            f"(line {other.source.line}) ranks {other.egdi.rank} with {other.egdi.value}: the ranks and the values disagree",  # type: ignore[union-attr]
            file=record.source.file,
            line=record.source.line,
            field="E-Government Rank",
        )
