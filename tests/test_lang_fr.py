"""French toolkit: every example of issue 4, then tables 1..200 and 0..200."""

from __future__ import annotations

from decimal import Decimal

import pytest

from egovnews.lang import lang
from egovnews.lexicon import Grammar
from egovnews.style import Style

FR = lang("fr")
NNBSP, NBSP = "\u202f", "\u00a0"
WORDS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


# -- the examples ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "gender", "spelled", "expected"),
    [
        (1, "m", False, "1er"),
        (1, "f", False, "1re"),
        (2, "m", False, "2e"),
        (24, "f", False, "24e"),
        (1, "f", True, "première"),
        (1, "m", True, "premier"),
        (24, "f", True, "vingt-quatrième"),
    ],
)
def test_ordinals(n: int, gender: str, spelled: bool, expected: str) -> None:
    assert FR.ordinal(n, gender=gender, spelled=spelled) == expected  # type: ignore[arg-type]


def test_house_style_24eme_keeps_1er_and_1re() -> None:
    eme = lang("fr", Style(ordinal_style="eme"))
    assert eme.ordinal(24) == "24ème"
    assert eme.ordinal(2) == "2ème"
    assert eme.ordinal(1) == "1er"
    assert eme.ordinal(1, gender="f") == "1re"


def test_ordinal_noun() -> None:
    assert FR.ordinal_noun(24, "place") == "24e place"
    assert FR.ordinal_noun(1, "place") == "1re place"
    assert FR.ordinal_noun(1, "rang") == "1er rang"
    assert FR.ordinal_noun(24, "place", spelled=True) == "vingt-quatrième place"


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [(1, "place", "une place"), (4, "place", "quatre places"), (23, "place", "23 places"), (1, "rang", "un rang")],
)
def test_counts(n: int, noun: str, expected: str) -> None:
    assert FR.count(n, noun) == expected


def test_decimals_and_grouping() -> None:
    assert FR.decimal(Decimal("0.90093")) == "0,9009"
    assert FR.decimal("0.90093", 4) == "0,9009"
    assert FR.decimal("1234567.5", 1) == f"1{NNBSP}234{NNBSP}567,5"
    assert FR.decimal("0.90095") == "0,9010"  # half up, not half even
    assert FR.percent("0.1234") == f"12,3{NNBSP}%"


def test_lists() -> None:
    assert FR.join(["la Suisse", "la Turquie", "la France"]) == "la Suisse, la Turquie et la France"
    assert FR.join(["la Suisse", "la Turquie", "la France"], "or") == "la Suisse, la Turquie ou la France"
    # The serial comma is English; French never takes it.
    assert lang("fr", Style(serial_comma=True)).join(["a", "b", "c"]) == "a, b et c"
    assert FR.join(["la Suisse"]) == "la Suisse"
    assert FR.join([]) == ""


def test_names_repeat_article_and_preposition() -> None:
    assert FR.names(["CHE", "TUR", "FRA"]) == "la Suisse, la Turquie et la France"
    assert FR.names(["KOR", "EST"], "de") == "de la Corée du Sud et de l'Estonie"
    assert FR.names(["KAZ", "FRA"], "loc") == "au Kazakhstan et en France"
    assert FR.names(["KAZ", "FRA"], capital=True) == "Le Kazakhstan et la France"


def test_country_and_name_follow_name_style() -> None:
    assert FR.country("KAZ") == "le Kazakhstan"
    assert FR.country("KAZ", capital=True) == "Le Kazakhstan"
    assert FR.country("KOR", "de") == "de la Corée du Sud"
    official = lang("fr", Style(name_style="official"))
    assert official.country("KOR", "loc") == "en République de Corée"
    assert FR.name("group:LDC", "de") == "des pays les moins avancés"


@pytest.mark.parametrize(
    ("grammar", "expected"),
    [(("m", "sg"), "classé"), (("f", "sg"), "classée"), (("m", "pl"), "classés"), (("f", "pl"), "classées")],
)
def test_agreement(grammar: tuple[str, str], expected: str) -> None:
    assert FR.agree("classé", Grammar(*grammar)) == expected  # type: ignore[arg-type]


def test_agreement_with_countries() -> None:
    assert FR.agree("classé", "KAZ") == "classé"
    assert FR.agree("classée", "FRA") == "classée"
    assert FR.agree("classé", "FRA") == "classée"
    assert FR.agree("classé", "USA") == "classés"
    assert FR.agree("classé", ["CHE", "FRA"]) == "classées"
    assert FR.agree("classé", ["DNK", "FRA"]) == "classés"


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("premier", ("première", "premiers", "premières")),
        ("nouveau", ("nouvelle", "nouveaux", "nouvelles")),
        ("européen", ("européenne", "européens", "européennes")),
        ("national", ("nationale", "nationaux", "nationales")),
        ("stable", ("stable", "stables", "stables")),
        ("actif", ("active", "actifs", "actives")),
        ("seul", ("seule", "seuls", "seules")),
        ("tout", ("toute", "tous", "toutes")),
    ],
)
def test_adjectives(word: str, forms: tuple[str, str, str]) -> None:
    grammars = (Grammar("f", "sg"), Grammar("m", "pl"), Grammar("f", "pl"))
    assert tuple(FR.agree(word, g) for g in grammars) == forms


# -- typography --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le Kazakhstan est 24e.", "Le Kazakhstan est 24e."),
        ("l'Allemagne suit. le Kazakhstan gagne.", "L\u2019Allemagne suit. Le Kazakhstan gagne."),
        ("Il gagne quatre places , avec 0,9009 .", "Il gagne quatre places, avec 0,9009."),
        ("Il  gagne   quatre places.", "Il gagne quatre places."),
        ("Le score : 0,9009.", f"Le score{NBSP}: 0,9009."),
        ("Le score: 0,9009.", f"Le score{NBSP}: 0,9009."),
        ("Bravo! Vraiment? Oui; non.", f"Bravo{NNBSP}! Vraiment{NNBSP}? Oui{NNBSP}; non."),
        ("l'indice «EGDI» progresse.", f"L\u2019indice «{NNBSP}EGDI{NNBSP}» progresse."),
        ("l'indice « EGDI » progresse.", f"L\u2019indice «{NNBSP}EGDI{NNBSP}» progresse."),
        ("Vraiment ?!", f"Vraiment{NNBSP}?!"),
        # decimals, times, addresses and abbreviations are left alone
        ("Il vaut 0,9009 et 0.9009 à 14:30.", "Il vaut 0,9009 et 0.9009 à 14:30."),
        ("Voir https://un.org/a?b=1 ici.", "Voir https://un.org/a?b=1 ici."),
        ("Selon M. le ministre, p. ex. ici.", "Selon M. le ministre, p. ex. ici."),
        ("Il est 1er. la France suit.", "Il est 1er. La France suit."),
        ("# le classement\n\nle Kazakhstan monte.", "# Le classement\n\nLe Kazakhstan monte."),
        ("Elle gagne 12,3 %.", f"Elle gagne 12,3{NNBSP}%."),
    ],
)
def test_typography(text: str, expected: str) -> None:
    assert FR.typography(text) == expected


def test_typography_house_spaces_and_straight_apostrophe() -> None:
    style = Style(french_space="nbsp", french_colon_space="narrow", apostrophe="straight")
    fr = lang("fr", style)
    assert fr.typography("l\u2019indice «EGDI»: bravo!") == f"L'indice «{NBSP}EGDI{NBSP}»{NNBSP}: bravo{NBSP}!"
    assert fr.percent("0.5", 0) == f"50{NBSP}%"


def test_typography_is_idempotent() -> None:
    text = "le Kazakhstan : « EGDI » ; l'Allemagne ! 0,9009 , et 12 %."
    once = FR.typography(text)
    assert FR.typography(once) == once


# -- tables ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 201))
def test_ordinal_table(n: int) -> None:
    if n == 1:
        assert (FR.ordinal(n), FR.ordinal(n, gender="f")) == ("1er", "1re")
        return
    assert FR.ordinal(n) == FR.ordinal(n, gender="f") == f"{n}e"
    assert lang("fr", Style(ordinal_style="eme")).ordinal(n) == f"{n}ème"
    spelled = FR.ordinal(n, spelled=True)
    assert spelled == ordinal_from_cardinal(n)
    assert spelled == FR.ordinal(n, gender="f", spelled=True)


def ordinal_from_cardinal(n: int) -> str:
    """The French rule, applied to num2words' cardinal: the last word takes -ième after
    losing a final e or the plural s of vingts/cents; cinq -> cinqu, neuf -> neuv."""
    from num2words import num2words

    words = num2words(n, lang="fr").split(" ")
    last = words[-1].split("-")
    word = last[-1]
    word = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word)
    if word in ("vingts", "cents"):
        word = word[:-1]
    if word.endswith("e"):
        word = word[:-1]
    last[-1] = word + "ième"
    words[-1] = "-".join(last)
    return " ".join(words)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (2, "deuxième"),
        (5, "cinquième"),
        (9, "neuvième"),
        (21, "vingt et unième"),
        (71, "soixante et onzième"),
        (80, "quatre-vingtième"),
        (81, "quatre-vingt-unième"),
        (100, "centième"),
        (101, "cent unième"),
        (180, "cent quatre-vingtième"),
        (200, "deux centième"),
    ],
)
def test_spelled_ordinals(n: int, expected: str) -> None:
    assert FR.ordinal(n, spelled=True) == expected


@pytest.mark.parametrize("n", range(0, 201))
@pytest.mark.parametrize(
    ("noun", "gender", "plural"),
    [("place", "f", "places"), ("rang", "m", "rangs"), ("pays", "m", "pays"), ("point", "m", "points")],
)
def test_count_table(n: int, noun: str, gender: str, plural: str) -> None:
    if n < 10:
        number = "une" if (n == 1 and gender == "f") else WORDS[n]
    else:
        number = str(n)
    # French counts zero and one in the singular.
    assert FR.count(n, noun) == f"{number} {noun if n < 2 else plural}"


def test_spell_out_bound_is_house_style() -> None:
    assert lang("fr", Style(spell_out_below=0)).count(4, "place") == "4 places"
    assert lang("fr", Style(spell_out_below=30)).count(21, "place") == "vingt et une places"
    assert lang("fr", Style(spell_out_below=30)).count(21, "rang") == "vingt et un rangs"


def test_errors() -> None:
    with pytest.raises(ValueError, match="counting noun"):
        FR.count(2, "siège")
    with pytest.raises(ValueError, match="1 or more"):
        FR.ordinal(0)
    with pytest.raises(ValueError, match="gender"):
        FR.ordinal(2, gender="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="masculine or feminine"):
        FR.ordinal(2, gender="pl")
    with pytest.raises(TypeError):
        FR.ordinal("2")  # type: ignore[arg-type]


def test_filters_in_jinja() -> None:
    import jinja2

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.filters.update(FR.filters())
    template = env.from_string(
        "{{ 'KAZ'|country(capital=True) }} est {{ 'classé'|agree('KAZ') }} {{ 24|ordinal_noun('place') }}, "
        "gagnant {{ 4|count_noun('place') }} ({{ '0.90093'|decimal }}) devant {{ ['KOR', 'EST']|names('def') }}."
    )
    assert template.render() == (
        "Le Kazakhstan est classé 24e place, gagnant quatre places (0,9009) devant la Corée du Sud et l'Estonie."
    )
