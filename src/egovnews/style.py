"""House style: the choices a newsroom makes about numbers, names and typography.

One frozen pydantic model, loadable from a TOML file whose keys are the field names::

    ordinal_style = "eme"      # 24ème instead of 24e ("superscript": 24ᵉ)
    spell_out_below = 10       # "quatre places", "12 places"
    serial_comma = true        # en: "Switzerland, Türkiye, and France"
    ordinal_words_below = 10   # en: "ninth", "10th", as AP writes them
    tie_wording = "joint"      # "joint 4th with", « ex aequo avec », «деля 4-е место с»

    [names.ru.KGZ]             # a house's own name for a country, in one language
    forms = { nom = "Кыргызстан", gen = "Кыргызстана", dat = "Кыргызстану", acc = "Кыргызстан", ins = "Кыргызстаном", pre = "Кыргызстане", loc = "в Кыргызстане" }
    gender = "m"

    [names.ru.BGD]             # or only how it declines, and its gender
    declension = "indeclinable"
    gender = "f"

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
import weakref
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import DataError
from .files import read_limited

Space = Literal["narrow", "nbsp"]
#: Each style's hash, by id, while the style lives (see Style.__hash__).
_HASHES: dict[int, int] = {}
_SPACES = {"narrow": "\u202f", "nbsp": "\u00a0"}


class NameOverride(BaseModel):
    """A house's own name for one entity in one language: its forms (every form of the
    language's lexicon, or the nominative alone with ``declension = "indeclinable"``), its
    gender and number for agreement. Anything left out keeps the lexicon's.

    >>> NameOverride(declension="indeclinable", gender="f").gender
    'f'
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    forms: dict[str, str] = Field(default_factory=dict)
    gender: Literal["m", "f", "n"] | None = None
    number: Literal["sg", "pl"] | None = None
    #: "indeclinable": every case is the nominative (Russian), the location "в" + nominative.
    declension: Literal["indeclinable"] | None = None


class Style(BaseModel):
    """House style, shared by every language; fields a language has no use for are ignored.

    >>> Style(decimals=3).decimals
    3
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    #: French abbreviated ordinals: "e" gives 24e, "eme" gives 24ème, "superscript" 24ᵉ (1ᵉʳ, 1ʳᵉ).
    ordinal_style: Literal["e", "eme", "superscript"] = "e"
    #: English ordinals below this bound in words ("ninth", then "10th"), as AP writes them; 0: none.
    ordinal_words_below: int = Field(default=0, ge=0, le=100)
    #: English spelling of the region below a region: "sub-region" (British) or "subregion" (UN, US).
    subregion_word: Literal["sub-region", "subregion"] = "sub-region"
    #: How a shared rank is said: "level" (level with, à égalité avec, деля это место с) or
    #: "joint" (joint 4th with, ex aequo avec, деля 4-е место с).
    tie_wording: Literal["level", "joint"] = "level"
    #: The house's own names, by language then entity (``names.ru.KGZ``), over the lexicon's.
    names: dict[str, dict[str, NameOverride]] = Field(default_factory=dict)
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
    #: How much an article says: "brief" (lead, value, one section), "standard" (the region
    #: and groups always, up to four sections) or "full" (every section, the sub-region's neighbours).
    length: Literal["brief", "standard", "full"] = "standard"
    #: French space before the colon: "nbsp" (U+00A0) or "narrow" (U+202F).
    french_colon_space: Space = "nbsp"

    @model_validator(mode="after")
    def _names_fit_their_lexicon(self) -> Style:
        from .lexicon import LANGUAGES, lexicon  # the lexicons load their data on first use

        for code, overrides in self.names.items():
            if code not in LANGUAGES:
                raise ValueError(f"names.{code}: no language {code!r}; known: {', '.join(LANGUAGES)}")
            lex = lexicon(code)
            known = set(lex.entities())
            for entity, override in overrides.items():
                where = f"names.{code}.{entity}"
                if entity not in known:
                    raise ValueError(f"{where}: the {code} lexicon has no entity {entity!r}")
                unknown = set(override.forms) - set(lex.forms)
                if unknown:
                    raise ValueError(f"{where}: unknown forms {sorted(unknown)}; {code} has {', '.join(lex.forms)}")
                if override.declension == "indeclinable":
                    if code != "ru":
                        raise ValueError(f"{where}: declension applies to Russian names only")
                elif override.forms and set(override.forms) != set(lex.forms):
                    missing = [f for f in lex.forms if f not in override.forms]
                    raise ValueError(f"{where}: a name needs every form; missing {', '.join(missing)}")
        return self

    def __hash__(self) -> int:
        # The names table is a dict; the JSON dump hashes the whole style alike. Once per
        # style (it is frozen): every article looks its language helpers up by it. Kept
        # beside the object, not in it, so that equality still compares the settings only.
        found = _HASHES.get(id(self))
        if found is None:
            found = _HASHES[id(self)] = hash(self.model_dump_json())
            weakref.finalize(self, _HASHES.pop, id(self), None)
        return found

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
            data = tomllib.loads(read_limited(file, "text").decode("utf-8"))
        except OSError as error:
            raise DataError(f"cannot read house style: {error.strerror or error}", file=file) from None
        except tomllib.TOMLDecodeError as error:
            raise DataError(f"not valid TOML: {error}", file=file) from None
        except UnicodeDecodeError as error:
            raise DataError(f"not UTF-8 text (byte {error.start})", file=file) from None
        known = cls.model_fields
        for key in data:
            if key not in known:
                raise DataError(f"unknown key; known: {', '.join(known)}", file=file, field=key)
        try:
            return cls(**data)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or None
            got = f" (got {first.get('input')!r})" if field else ""  # a whole-style check names its key itself
            raise DataError(f"{first['msg']}{got}", file=file, field=field) from None


__all__ = ["Space", "Style"]
