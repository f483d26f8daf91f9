"""Parsing of the values shared by both readers, with messages fit for a journalist."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..countries import UN_MEMBER_COUNT


def parse_index_value(text: str) -> Decimal:
    """An index value in [0, 1] from its text; ValueError says what is wrong.

    >>> parse_index_value(" 0.90093 ")
    Decimal('0.90093')
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("the value is empty")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {cleaned!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {cleaned!r}")
    if not Decimal(0) <= value <= Decimal(1):
        raise ValueError(f"value {cleaned} is outside [0, 1]")
    return value


def parse_rank(text: str) -> int:
    """A rank from 1 to 193 from its text ("24", or "24.0" as spreadsheets write it).

    >>> parse_rank("24.0")
    24
    """
    cleaned = text.strip()
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a whole number: {cleaned!r}") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError(f"not a whole number: {cleaned!r}")
    # The range is checked on the Decimal, before int(): int(Decimal("1e999999999")) would
    # take minutes and gigabytes.
    if not 1 <= number <= UN_MEMBER_COUNT:
        raise ValueError(f"rank {cleaned} is outside 1..{UN_MEMBER_COUNT}")
    return int(number)


def parse_year(text: str) -> int:
    """A survey year from its text.

    >>> parse_year("2024")
    2024
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("no survey year")
    # ASCII digits only: str.isdigit() accepts "2024²", on which int() fails with its own message.
    if not (cleaned.isascii() and cleaned.isdigit()) or not 2001 <= int(cleaned) <= 2100:
        raise ValueError(f"not a survey year: {cleaned!r}")
    year = int(cleaned)
    if year not in SURVEY_YEARS:
        # A typo (2023) would otherwise make an edition of its own, the latest, the default.
        raise ValueError(
            f"{year} is not a year of the survey (published in 2001, 2003, 2004, 2005, 2008 and every "
            f"even year since, 2024 the latest; up to {SURVEY_YEARS[-1]} for those to come)"
        )
    return year


#: The years the UN E-Government Survey came out, and the even years to come up to 2030.
SURVEY_YEARS: tuple[int, ...] = (2001, 2003, 2004, 2005, 2008, *range(2010, 2031, 2))
