"""House style: the choices a newsroom makes about numbers, names and typography.

One frozen pydantic model, loadable from a flat TOML file whose keys are the field names::

    ordinal_style = "eme"      # 24ème instead of 24e
    spell_out_below = 10       # "quatre places", "12 places"
    serial_comma = true        # en: "Switzerland, Türkiye, and France"

French spaces follow the Imprimerie nationale's practice as most French typographers apply
it today: a narrow no-break space (U+202F, *espace fine insécable*) before ``; ! ? %`` and
inside ``« »``, and a full no-break space (U+00A0, *espace insécable*) before the colon,
which takes a wider space than the other high signs.

>>> Style().ordinal_style, Style().spell_out_below, Style().french_space_char
('e', 10, '\\u202f')
>>> Style(ordinal_style="eme", serial_comma=True).serial_comma
True
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import DataError

Space = Literal["narrow", "nbsp"]
_SPACES = {"narrow": "\u202f", "nbsp": "\u00a0"}


class Style(BaseModel):
    """House style, shared by every language; fields a language has no use for are ignored.

    >>> Style(decimals=3).decimals
    3
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    #: French abbreviated ordinals: "e" gives 24e, "eme" gives 24ème; 1er and 1re never change.
    ordinal_style: Literal["e", "eme"] = "e"
    #: Whole numbers from 0 up to, but not including, this bound are spelled out in counts.
    spell_out_below: int = Field(default=10, ge=0)
    #: A comma before the conjunction of a list of three or more (English only).
    serial_comma: bool = False
    #: "common" names as the press writes them (South Korea), or the UN's "official" ones.
    name_style: Literal["common", "official"] = "common"
    #: Decimals shown for index values (0.90093 -> 0.9009 at 4).
    decimals: int = Field(default=4, ge=0, le=12)
    #: Decimals shown for percentages (0.1234 -> 12.3 % at 1).
    percent_decimals: int = Field(default=1, ge=0, le=12)
    #: "typographic" (’) or "straight" (') apostrophes in the typography pass.
    apostrophe: Literal["typographic", "straight"] = "typographic"
    #: French space before ; ! ? % and inside « »: "narrow" (U+202F) or "nbsp" (U+00A0).
    french_space: Space = "narrow"
    #: French space before the colon: "nbsp" (U+00A0) or "narrow" (U+202F).
    french_colon_space: Space = "nbsp"

    @property
    def french_space_char(self) -> str:
        """The character of :attr:`french_space`.

        >>> Style(french_space="nbsp").french_space_char == "\\u00a0"
        True
        """
        return _SPACES[self.french_space]

    @property
    def french_colon_space_char(self) -> str:
        """The character of :attr:`french_colon_space`.

        >>> Style().french_colon_space_char == "\\u00a0"
        True
        """
        return _SPACES[self.french_colon_space]

    @classmethod
    def from_toml(cls, path: str | Path) -> Style:
        """Read a house style from a flat TOML file; every error names the file and the key.

        >>> import tempfile, os
        >>> with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        ...     _ = f.write('ordinal_style = "eme"\\ndecimals = 3\\n')
        >>> Style.from_toml(f.name).decimals
        3
        >>> os.unlink(f.name)
        """
        file = Path(path)
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise DataError(f"cannot read house style: {error.strerror or error}", file=file) from None
        except tomllib.TOMLDecodeError as error:
            raise DataError(f"not valid TOML: {error}", file=file) from None
        known = cls.model_fields
        for key in data:
            if key not in known:
                raise DataError(f"unknown key; known: {', '.join(known)}", file=file, field=key)
        try:
            return cls(**data)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or None
            raise DataError(f"{first['msg']} (got {first.get('input')!r})", file=file, field=field) from None


__all__ = ["Space", "Style"]
