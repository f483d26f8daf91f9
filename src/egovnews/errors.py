"""The library's own exceptions: one message that names the file, line and field."""

from __future__ import annotations

from pathlib import Path


class EgovError(Exception):
    """Base class of every error egovnews raises on purpose."""


class DataError(EgovError):
    """Bad input data, located as precisely as the source allows.

    >>> str(DataError("not a number: 'abc'", file="t.csv", line=3, field="EGDI"))
    "t.csv:3: field 'EGDI': not a number: 'abc'"
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        field = f"field '{self.field}': " if self.field else ""
        return printable(f"{where}{field}{self.reason}")


def printable(text: str) -> str:
    r"""``text`` with control characters (ESC, BEL, NUL…) written as escapes, so that a message
    that quotes a file never drives the terminal it is printed on.

    >>> printable("a\x1b[31mb")
    'a\\x1b[31mb'
    """
    return "".join(c if c.isprintable() or c in "\n\t" else c.encode("unicode_escape").decode("ascii") for c in text)


class UnknownCountryError(EgovError, LookupError):
    """A country code or name that is not one of the 193 UN member states."""


class UnknownEditionError(EgovError, LookupError):
    """An edition (survey year) that the survey does not hold."""


class UnknownGroupError(EgovError, ValueError):
    """A group name egovnews does not know (the message lists the known ones)."""


class NoStandingError(EgovError, ValueError):
    """A country the data give no EGDI value or rank for in an edition: nothing to write about."""
