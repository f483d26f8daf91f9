"""The Russian lexicon: every entity x form x style checked, a pymorphy3 cross-check, golden forms."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from egovnews.countries import GROUPS, countries
from egovnews.errors import DataError
from egovnews.lexicon import NAME_STYLES, Grammar, lexicon
from egovnews.lexicon.ru import FORMS, RussianLexicon, UnknownNameError, _parse_row, load_entries

RU = RussianLexicon()

LEVELS = ("very_high", "high", "middle", "low")
INDICES = ("EGDI", "OSI", "HCI", "TII", "EPI")
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")


def expected_entities() -> set[str]:
    table = countries()
    ids = set(table.iso3_codes)
    ids |= {f"group:{group}" for group in GROUPS}
    ids |= {f"level:{level}" for level in LEVELS}
    ids |= {f"region:{c.region}" for c in table} | {f"subregion:{c.survey_subregion}" for c in table}
    ids |= {f"index:{index}" for index in INDICES}
    return ids | {"survey", "org:UNDESA", "term:country"}


ENTITIES = sorted(expected_entities())
ROWS = [(entity, style) for entity in ENTITIES for style in NAME_STYLES]

# Names that do not decline: all six cases are the nominative (checked both ways below).
INDECLINABLE = {
    "Бангладеш", "Буркина-Фасо", "Бурунди", "Вануату", "Гаити", "ДР Конго", "Джибути",
    "Зимбабве", "КНДР", "Кабо-Верде", "Кирибати", "Конго", "Лесото", "Малави", "Мали",
    "Марокко", "Монако", "Науру", "Никарагуа", "ОАЭ", "Палау", "Перу", "Самоа", "Сан-Марино",
    "Сан-Томе и Принсипи", "США", "Сомали", "Сьерра-Леоне", "Тимор-Лешти", "Того", "Тонга",
    "Тувалу", "Тюркийе", "Фиджи", "Чили", "Эсватини", "ЮАР",
}  # fmt: skip
#: Names of INDECLINABLE that one name style declines, with the reason.
DECLINED_IN_ONE_STYLE = {
    ("BGD", "common"): "the spelling dictionary (Лопатин) and most of the press decline it: «в Бангладеше»",
}

# States located with «на» (islands and archipelagos, as the press writes them); all others take «в»/«во».
ON_ISLANDS = {
    "BHS", "BRB", "COM", "CUB", "CYP", "DMA", "FJI", "GRD", "HTI", "JAM", "LCA", "LKA", "MDG",
    "MDV", "MHL", "MLT", "MUS", "NRU", "PHL", "PLW", "SLB", "SYC", "TON", "TUV", "WSM",
}  # fmt: skip


@pytest.fixture(scope="module")
def every_form() -> dict[tuple[str, str], dict[str, str]]:
    return {(e, s): {f: RU.name(e, f, style=s) for f in FORMS} for e, s in ROWS}


def test_entities_are_exactly_the_contract() -> None:
    assert set(RU.entities()) == expected_entities()
    assert len([e for e in RU.entities() if ":" not in e and e != "survey"]) == 193


def test_registry_serves_the_russian_lexicon() -> None:
    assert isinstance(lexicon("ru"), RussianLexicon)
    assert lexicon("ru").country("KOR", "ins", style="official") == "Республикой Корея"
    assert RU.code == "ru" and RU.forms == ("nom", "gen", "dat", "acc", "ins", "pre", "loc")


@pytest.mark.parametrize(("entity", "style"), ROWS)
def test_every_form_follows_the_rules(entity: str, style: str) -> None:
    forms = {form: RU.name(entity, form, style=style) for form in FORMS}
    for form, text in forms.items():
        assert text and text == text.strip() and "  " not in text, (form, text)
        assert not re.search(r"[A-Za-z]", text) or "EGDI" in text, f"Latin letters in {text!r}"
        assert "Соединенн" not in text and "Объединенн" not in text, "ё as in the official spelling"
    # The location form is a preposition and the prepositional case.
    preposition, _, rest = forms["loc"].partition(" ")
    assert preposition in ("в", "во", "на") and rest == forms["pre"], forms["loc"]
    if ":" not in entity and entity != "survey":
        assert (preposition == "на") == (entity in ON_ISLANDS), forms["loc"]
    if preposition != "на":
        # «во» before в/ф and a consonant (во Франции, во Вьетнаме), «в» otherwise (в Венгрии).
        assert (preposition == "во") == bool(re.match(r"[вфВФ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]", rest)), forms["loc"]
    indeclinable = len({forms[case] for case in CASES}) == 1
    declined_here = (entity, style) in DECLINED_IN_ONE_STYLE
    assert indeclinable == (forms["nom"] in INDECLINABLE and not declined_here), forms
    grammar = RU.grammar(entity, style=style)
    assert (grammar.number, grammar.gender is None) in {("sg", False), ("pl", True)}
    assert grammar.gender in (None, "m", "f", "n")
    if grammar.number == "pl" and not indeclinable and " и " not in forms["nom"]:
        assert any(word.endswith("ми") for word in forms["ins"].split()), forms["ins"]


def test_the_indeclinable_and_island_lists_are_all_used(every_form: dict) -> None:
    noms = {forms["nom"] for forms in every_form.values()}
    assert INDECLINABLE <= noms
    assert ON_ISLANDS <= set(countries().iso3_codes)


# Golden rows (nominative | genitive | instrumental | location), style as noted.
GOLDEN = [
    ("KAZ", "common", "Казахстан | Казахстана | Казахстаном | в Казахстане"),
    ("FRA", "common", "Франция | Франции | Францией | во Франции"),
    ("KOR", "official", "Республика Корея | Республики Корея | Республикой Корея | в Республике Корея"),
    (
        "USA",
        "official",
        "Соединённые Штаты Америки | Соединённых Штатов Америки | Соединёнными Штатами Америки"
        " | в Соединённых Штатах Америки",
    ),
    ("NLD", "common", "Нидерланды | Нидерландов | Нидерландами | в Нидерландах"),
    ("CUB", "common", "Куба | Кубы | Кубой | на Кубе"),
    ("MDV", "common", "Мальдивы | Мальдив | Мальдивами | на Мальдивах"),
    ("PER", "common", "Перу | Перу | Перу | в Перу"),
    ("MLT", "common", "Мальта | Мальты | Мальтой | на Мальте"),
    ("NZL", "common", "Новая Зеландия | Новой Зеландии | Новой Зеландией | в Новой Зеландии"),
    (
        "ZAF",
        "official",
        "Южно-Африканская Республика | Южно-Африканской Республики | Южно-Африканской Республикой"
        " | в Южно-Африканской Республике",
    ),
]


@pytest.mark.parametrize(("iso3", "style", "expected"), GOLDEN)
def test_golden_forms(iso3: str, style: str, expected: str) -> None:
    got = " | ".join(RU.name(iso3, form, style=style) for form in ("nom", "gen", "ins", "loc"))
    assert got == expected


@pytest.mark.parametrize(
    ("iso3", "style", "form", "expected"),
    [
        ("KOR", "official", "dat", "Республике Корея"),
        ("KOR", "official", "acc", "Республику Корея"),
        ("MDA", "official", "gen", "Республики Молдова"),
        ("IRN", "official", "ins", "Исламской Республикой Иран"),
        ("TZA", "official", "pre", "Объединённой Республике Танзания"),
        ("GBR", "official", "gen", "Соединённого Королевства Великобритании и Северной Ирландии"),
        ("USA", "official", "acc", "Соединённые Штаты Америки"),
        ("BOL", "official", "acc", "Многонациональное Государство Боливия"),
        ("RUS", "official", "loc", "в Российской Федерации"),
        ("PNG", "common", "loc", "в Папуа — Новой Гвинее"),
        ("GNB", "common", "loc", "в Гвинее-Бисау"),
        ("CRI", "common", "gen", "Коста-Рики"),
        ("CIV", "common", "loc", "в Кот-д'Ивуаре"),
        ("VNM", "common", "loc", "во Вьетнаме"),
        ("HUN", "common", "loc", "в Венгрии"),
        ("PHL", "common", "loc", "на Филиппинах"),
        ("BHS", "common", "loc", "на Багамах"),
        ("BHS", "common", "gen", "Багам"),
        ("SYC", "common", "loc", "на Сейшельских Островах"),
        ("LKA", "common", "loc", "на Шри-Ланке"),
        ("HTI", "common", "loc", "на Гаити"),
        ("MUS", "common", "loc", "на Маврикии"),
        ("TGO", "common", "gen", "Того"),
        ("USA", "common", "loc", "в США"),
        ("group:CIS", "common", "loc", "в Содружестве Независимых Государств"),
        ("group:LLDC", "official", "gen", "развивающихся стран, не имеющих выхода к морю"),
        ("group:LLDC", "common", "gen", "развивающихся стран без выхода к морю"),
        ("group:SIDS", "common", "ins", "малыми островными развивающимися государствами"),
        ("group:LDC", "common", "pre", "наименее развитых странах"),
        ("level:middle", "common", "loc", "в группе со средним значением EGDI"),
        ("level:very_high", "common", "nom", "группа с очень высоким значением EGDI"),
        # The UN's M49 name: «Южная Африка» is what readers call ЮАР.
        ("subregion:Southern Africa", "common", "loc", "в Южной части Африки"),
        ("subregion:Caribbean", "common", "loc", "в Карибском бассейне"),
        ("subregion:Central Asia", "common", "gen", "Центральной Азии"),
        ("region:Asia", "common", "loc", "в Азии"),
        ("index:EGDI", "common", "gen", "индекса развития электронного правительства"),
        ("survey", "common", "pre", "Исследовании ООН по электронному правительству"),
    ],
)
def test_reviewed_forms(iso3: str, style: str, form: str, expected: str) -> None:
    assert RU.name(iso3, form, style=style) == expected


@pytest.mark.parametrize(
    ("entity", "style", "grammar"),
    [
        ("KAZ", "common", Grammar("m", "sg")),
        ("FRA", "common", Grammar("f", "sg")),
        ("NLD", "common", Grammar(None, "pl")),
        ("ARE", "common", Grammar(None, "pl")),
        ("ARE", "official", Grammar(None, "pl")),
        ("USA", "common", Grammar(None, "pl")),
        ("PER", "common", Grammar("n", "sg")),
        ("TGO", "common", Grammar("n", "sg")),
        ("NIC", "common", Grammar("f", "sg")),
        ("ZAF", "common", Grammar("f", "sg")),
        ("KOR", "official", Grammar("f", "sg")),
        ("GBR", "official", Grammar("n", "sg")),
        ("BIH", "common", Grammar("f", "sg")),
        ("TTO", "common", Grammar("m", "sg")),
        ("group:CIS", "common", Grammar("n", "sg")),
        ("group:LDC", "common", Grammar(None, "pl")),
        ("level:low", "common", Grammar("f", "sg")),
        ("index:OSI", "common", Grammar("m", "sg")),
        ("subregion:Australia and New Zealand", "common", Grammar(None, "pl")),
        ("survey", "official", Grammar("n", "sg")),
    ],
)
def test_grammar(entity: str, style: str, grammar: Grammar) -> None:
    assert RU.grammar(entity, style=style) == grammar


def test_abbreviations() -> None:
    assert [RU.abbreviation(f"index:{index}") for index in INDICES] == list(INDICES)
    assert RU.abbreviation("group:CIS") == "СНГ"
    assert RU.abbreviation("group:LDC") == "НРС"
    assert RU.abbreviation("group:SIDS") == "МОРАГ"
    assert RU.abbreviation("KAZ") is None and RU.abbreviation("survey") is None


def test_short_forms() -> None:
    # Press short forms live in short.tsv, with the gender of their head noun (республика: f).
    assert RU.short("CAF", "nom") == "ЦАР" and RU.short_grammar("CAF") == Grammar("f", "sg")
    assert RU.short("USA", "nom", style="official") == "США" and RU.short_grammar("USA", style="official").number == "pl"
    assert RU.short("USA", "nom") is None  # the common name already is США
    assert RU.short("KAZ", "nom") is None and RU.short_forms("KAZ") == ()


def test_capitalised_for_a_sentence_start() -> None:
    assert RU.country("KAZ", capital=True) == "Казахстан"
    assert RU.country("FRA", "loc", capital=True) == "Во Франции"
    assert RU.country("USA", style="official") == "Соединённые Штаты Америки"


def test_unknown_entity_form_or_style_is_a_clear_error() -> None:
    with pytest.raises(UnknownNameError, match=r"'XYZ'.*'gen'"):
        RU.name("XYZ", "gen")
    with pytest.raises(ValueError, match=r"'foo'.*'KAZ'"):
        RU.name("KAZ", "foo")
    with pytest.raises(KeyError, match="Atlantis"):
        RU.grammar("region:Atlantis")
    with pytest.raises(ValueError, match="style"):
        RU.name("KAZ", "gen", style="formal")  # type: ignore[arg-type]


def test_a_bad_data_row_names_file_line_and_field() -> None:
    fields = ["KAZ", "common", "Казахстан", "", "Казахстану", "Казахстан", "Казахстаном", "Казахстане"]
    fields += ["в Казахстане", "m", "sg", "", ""]
    with pytest.raises(DataError, match=r"ru/countries.tsv:7: field 'gen'"):
        _parse_row(fields, "ru/countries.tsv", 7)
    fields[3], fields[9] = "Казахстана", ""
    with pytest.raises(DataError, match="gender"):
        _parse_row(fields, "ru/countries.tsv", 7)


def test_loading_is_fast_and_never_imports_pymorphy3() -> None:
    code = (
        "import sys, time\n"
        "from egovnews.lexicon import ru\n"
        "start = time.perf_counter(); ru.load_entries(); elapsed = time.perf_counter() - start\n"
        "assert 'pymorphy3' not in sys.modules, 'pymorphy3 is a test-only dependency'\n"
        "print(elapsed)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(result.stdout) < 0.05, f"loading took {float(result.stdout) * 1000:.1f} ms"


# --- Cross-check against pymorphy3 -------------------------------------------------------------
# Every single-word name (hyphenated ones included) is declined by pymorphy3 and compared with the
# shipped forms and gender. pymorphy3 is asked for its place-name reading explicitly, since its
# first reading of «Того» is the pronoun «тот» and of «Филиппины» a woman's name. Where the
# reviewed lexicon deliberately differs, the name is listed here with its reason; an entry that no
# longer differs fails, so the list stays exact.
PYMORPHY_CASE_EXCEPTIONS = {
    "Багамы": "genitive is «Багам» (as «Мальдив»), not pymorphy3's «Багамов»",
    "Коморы": "genitive is «Комор», not pymorphy3's «Коморов»",
    "Тимор-Лешти": "indeclinable UN name; pymorphy3 declines «Тимор» inside it",
    "Тюркийе": "unknown to pymorphy3; the UN's indeclinable Russian name since 2022",
}
# Indeclinable state names are neuter after «государство» (Rosenthal: the gender of the generic
# noun); pymorphy3's genders follow other generic nouns (остров, город, республика).
PYMORPHY_GENDER_EXCEPTIONS = {
    "Гаити": "neuter (государство); pymorphy3 masculine after «остров»",
    "Кирибати": "neuter (государство); pymorphy3 feminine after «республика»",
    "Малави": "neuter (государство); pymorphy3 feminine after «республика»",
    "Науру": "neuter (государство); pymorphy3 masculine after «остров»",
    "Тимор-Лешти": "neuter (государство); pymorphy3 reads a declinable masculine «Тимор»",
    "Сан-Марино": "neuter (государство); pymorphy3 masculine after «город», the capital",
    "Фиджи": "neuter (государство); pymorphy3 masculine after «остров»",
    "Эсватини": "neuter (государство); pymorphy3 masculine",
}
_PYMORPHY_CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "pre": "loct"}


def _recase(word: str, model: str) -> str:
    """pymorphy3's lower-case output with the capitals of the model, part by part of a hyphenated name."""
    if model.isupper():  # abbreviations: США, КНДР
        return word.upper()
    parts, models = word.split("-"), model.split("-")
    if len(parts) != len(models):
        return word
    out = []
    for part, ref in zip(parts, models, strict=True):
        out.append(part[:1].upper() + part[1:] if ref[:1].isupper() else part)
    return "-".join(out).replace("д'и", "д'И")  # Кот-д'Ивуар: the capital after the apostrophe


def _single_word_names() -> dict[str, tuple[dict[str, str], Grammar]]:
    names: dict[str, tuple[dict[str, str], Grammar]] = {}
    for entry in load_entries().values():
        nom = entry.forms["nom"]
        if " " not in nom:
            names.setdefault(nom, (entry.forms, entry.grammar))
    return names


SINGLE_WORD = _single_word_names()


@pytest.fixture(scope="module")
def morph():
    pymorphy3 = pytest.importorskip("pymorphy3")
    return pymorphy3.MorphAnalyzer()


def _pymorphy_view(morph, name: str) -> tuple[dict[str, str], str | None] | None:
    """pymorphy3's cases and gender of a name, or None when it has no nominative reading."""
    parses = [p for p in morph.parse(name.lower()) if p.tag.case == "nomn"]
    if not parses:
        return None
    best = max(parses, key=lambda p: ("Geox" in p.tag, "Name" not in p.tag, p.score))
    forms = {}
    for form, case in _PYMORPHY_CASES.items():
        inflected = best.inflect({case})
        forms[form] = _recase(inflected.word if inflected else "?", name)
    gender = {"masc": "m", "femn": "f", "neut": "n"}.get(best.tag.gender or "")
    return forms, gender


def test_single_word_names_are_many() -> None:
    assert len(SINGLE_WORD) > 150  # most country names, plus regions


@pytest.mark.parametrize("name", sorted(SINGLE_WORD))
def test_single_word_name_against_pymorphy3(morph, name: str) -> None:
    forms, grammar = SINGLE_WORD[name]
    view = _pymorphy_view(morph, name)
    ours = {case: forms[case] for case in CASES}
    cases_agree = view is not None and view[0] == ours
    if name in PYMORPHY_CASE_EXCEPTIONS:
        assert not cases_agree, f"{name}: pymorphy3 now agrees; remove it from PYMORPHY_CASE_EXCEPTIONS"
    else:
        assert view is not None and view[0] == ours, (name, view and view[0])
    if grammar.number == "sg" and view is not None:
        genders_agree = view[1] == grammar.gender
        if name in PYMORPHY_GENDER_EXCEPTIONS:
            assert not genders_agree, f"{name}: pymorphy3 now agrees; remove it from PYMORPHY_GENDER_EXCEPTIONS"
        else:
            assert genders_agree, (name, view[1], grammar.gender)


def test_exception_lists_name_single_word_names_only() -> None:
    assert set(PYMORPHY_CASE_EXCEPTIONS) <= set(SINGLE_WORD)
    assert set(PYMORPHY_GENDER_EXCEPTIONS) <= set(SINGLE_WORD)
