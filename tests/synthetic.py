"""Small UN-layout CSV files made up for tests (never extracts of the real tables)."""

from __future__ import annotations

from pathlib import Path

from egovnews.countries import countries

UN_HEADER = (
    "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
    "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index"
)


def row(name: str, rank: int | str = 1, egdi="0.50000", epi="0.50000", osi="0.50000", hci="0.50000", tii="0.50000", year="2024") -> str:
    """One data line; the name is quoted with a trailing space, as the UN writes it."""
    return f'{year},"{name} ",{rank},{egdi},{epi},{osi},{hci},{tii}'


def complete_table(year: int = 2024) -> list[str]:
    """All 193 member states with made-up, distinct values and their ranks."""
    names = sorted(c.name for c in countries())
    lines = []
    for i, name in enumerate(names):
        value = f"{(900 - i * 4) / 1000:.5f}"
        lines.append(row(name, rank=i + 1, egdi=value, epi=value, osi=value, hci=value, tii=value, year=str(year)))
    return lines


def write(path: Path, lines: list[str], header: str = UN_HEADER, newline: str = "\n", bom: bool = False) -> Path:
    text = newline.join([header, *lines]) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path
