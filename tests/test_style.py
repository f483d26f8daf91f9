"""House style: defaults, validation and the TOML loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from egovnews.errors import DataError
from egovnews.lang import lang
from egovnews.style import Style


def test_defaults_are_a_french_typographers() -> None:
    style = Style()
    assert style.ordinal_style == "e"
    assert style.spell_out_below == 10
    assert style.serial_comma is False
    assert style.name_style == "common"
    assert style.decimals == 4
    assert style.apostrophe == "typographic"
    assert style.french_space_char == "\u202f"  # narrow no-break before ; ! ? and inside « »
    assert style.french_colon_space_char == "\u00a0"  # the colon takes a full no-break space


def test_frozen_hashable_and_strict() -> None:
    style = Style(decimals=3)
    with pytest.raises(ValidationError):
        style.decimals = 2  # type: ignore[misc]
    assert hash(style) == hash(Style(decimals=3))
    with pytest.raises(ValidationError):
        Style(colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Style(decimals="4")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Style(ordinal_style="ème")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Style(spell_out_below=-1)


def test_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(
        'ordinal_style = "eme"\nspell_out_below = 0\nserial_comma = true\nname_style = "official"\n'
        'decimals = 3\napostrophe = "straight"\nfrench_space = "nbsp"\nfrench_colon_space = "narrow"\n',
        encoding="utf-8",
    )
    style = Style.from_toml(path)
    assert style == Style(
        ordinal_style="eme",
        spell_out_below=0,
        serial_comma=True,
        name_style="official",
        decimals=3,
        apostrophe="straight",
        french_space="nbsp",
        french_colon_space="narrow",
    )
    assert lang("fr", style).ordinal(24) == "24ème"
    assert lang("fr", style).ordinal(1) == "1er"
    assert lang("fr", style).decimal("0.90093") == "0,901"


def test_unknown_key_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text('ordinal_style = "e"\nserial_coma = true\n', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Style.from_toml(path)
    assert caught.value.file == str(path)
    assert caught.value.field == "serial_coma"
    assert "unknown key" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('ordinal_style = "th"', "ordinal_style"),
        ("decimals = -1", "decimals"),
        ('decimals = "4"', "decimals"),
        ('serial_comma = "yes"', "serial_comma"),
        ('french_space = "thin"', "french_space"),
        ("spell_out_below = 1.5", "spell_out_below"),
    ],
)
def test_bad_value_names_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = tmp_path / "house.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Style.from_toml(path)
    assert caught.value.file == str(path)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{path}: field '{field}': ")


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text("decimals = = 4\n", encoding="utf-8")
    with pytest.raises(DataError, match="not valid TOML") as caught:
        Style.from_toml(path)
    assert caught.value.file == str(path)
    with pytest.raises(DataError, match="cannot read"):
        Style.from_toml(tmp_path / "missing.toml")


def test_lang_is_cached_per_code_and_style() -> None:
    assert lang("fr") is lang("fr", Style())
    assert lang("fr", Style(ordinal_style="eme")) is lang("fr", Style(ordinal_style="eme"))
    assert lang("fr", Style(ordinal_style="eme")) is not lang("fr")
    with pytest.raises(ValueError, match="no language 'de'"):
        lang("de")
