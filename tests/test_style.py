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


KYRGYZSTAN = {"nom": "Кыргызстан", "gen": "Кыргызстана", "dat": "Кыргызстану", "acc": "Кыргызстан", "ins": "Кыргызстаном", "pre": "Кыргызстане", "loc": "в Кыргызстане"}


def test_a_house_name_replaces_the_lexicons_and_its_gender_drives_agreement() -> None:
    style = Style(names={"ru": {"KGZ": {"forms": KYRGYZSTAN, "gender": "m"}}})
    russian = lang("ru", style)
    assert russian.country("KGZ") == "Кыргызстан" and russian.country("KGZ", "loc") == "в Кыргызстане"
    assert russian.agree("поднялся", "KGZ") == "поднялся"
    assert lang("ru").country("KGZ") == "Киргизия" and lang("ru").agree("поднялся", "KGZ") == "поднялась"
    assert lang("en", style).country("KGZ") == "Kyrgyzstan"  # a Russian name leaves English alone


def test_an_indeclinable_house_name_keeps_its_nominative_in_every_case() -> None:
    russian = lang("ru", Style(names={"ru": {"BGD": {"declension": "indeclinable", "gender": "f"}}}))
    assert [russian.country("BGD", form) for form in ("gen", "ins", "loc")] == ["Бангладеш", "Бангладеш", "в Бангладеш"]
    assert russian.agree("поднялся", "BGD") == "поднялась"


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ({"de": {"KGZ": {"gender": "m"}}}, "no language 'de'"),
        ({"ru": {"XYZ": {"gender": "m"}}}, "no entity 'XYZ'"),
        ({"ru": {"KGZ": {"forms": {"nom": "Кыргызстан"}}}}, "a name needs every form"),
        ({"ru": {"KGZ": {"forms": {"abl": "x"}}}}, "unknown forms"),
        ({"fr": {"KGZ": {"declension": "indeclinable"}}}, "declension applies to Russian names only"),
    ],
)
def test_a_bad_house_name_is_refused_with_its_place(names: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Style(names=names)


def test_a_bad_house_name_in_toml_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text('[names.ru.XYZ]\ngender = "m"\n', encoding="utf-8")
    with pytest.raises(DataError, match="no entity 'XYZ'") as caught:
        Style.from_toml(path)
    assert caught.value.file == str(path)


def test_house_ordinals_and_tie_wording() -> None:
    assert lang("fr", Style(ordinal_style="superscript")).ordinal(24) == "24ᵉ"
    assert lang("fr", Style(ordinal_style="superscript")).ordinal(1, gender="f") == "1ʳᵉ"
    english = lang("en", Style(ordinal_words_below=10))
    assert [english.ordinal(n) for n in (1, 9, 10, 23)] == ["first", "ninth", "10th", "23rd"]
    assert lang("en").ordinal(9) == "9th"
    with pytest.raises(ValidationError):
        Style(tie_wording="shared")  # type: ignore[arg-type]
