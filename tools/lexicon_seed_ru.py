"""Seed the Russian lexicon rows from short specs, with pymorphy3 doing the declension.

This is a helper for the linguist, not part of the library: its output was reviewed row by
row and shipped as ``src/egovnews/lexicon/ru/*.tsv``; corrections belong in those files (or
in the specs below, followed by a fresh review). Run::

    .venv/bin/python tools/lexicon_seed_ru.py --out /tmp/ru-seed   # then diff with the shipped files

Spec syntax (one entity and style a line, fields separated by " | "):

- the name in the nominative; a word ending in ``*`` is declined (nouns and the adjectives
  that agree with them); other words stay as written, which is how appositives
  (``Республика* Корея``) and indeclinable names (``Перу``) are kept;
- options: ``pl`` (plural name), ``g=m|f|n`` (gender, required for indeclinable names),
  ``на`` (location preposition «на» instead of «в»/«во»), ``abbr=СНГ``, and a case
  written out where pymorphy3 is wrong (``gen=Багам``; ``_`` stands for a space);
- a note for the reviewer, copied to the row.

Babel's CLDR names (``Locale('ru').territories``) were the starting point for the common
style; the specs record where the common name deliberately differs from CLDR.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pymorphy3

CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "pre": "loct"}
COLUMNS = ("id", "style", "nom", "gen", "dat", "acc", "ins", "pre", "loc", "gender", "number", "abbr", "note")

# fmt: off
COUNTRIES = """
AFG | * | Афганистан* | |
AGO | * | Ангола* | |
ALB | * | Албания* | |
AND | * | Андорра* | |
ARE | common | ОАЭ | pl abbr=ОАЭ | CLDR; the press writes ОАЭ in running text
ARE | official | Объединённые* Арабские* Эмираты* | pl abbr=ОАЭ |
ARG | * | Аргентина* | |
ARM | * | Армения* | |
ATG | * | Антигуа и Барбуда* | g=f | Антигуа is indeclinable, Барбуда declines; one state, singular
AUS | * | Австралия* | |
AUT | * | Австрия* | |
AZE | * | Азербайджан* | |
BDI | * | Бурунди | g=n | indeclinable; neuter after «государство»
BEL | * | Бельгия* | |
BEN | * | Бенин* | |
BFA | * | Буркина-Фасо | g=n | indeclinable
BGD | * | Бангладеш | g=n | kept indeclinable as in UN and most press texts («в Бангладеш»)
BGR | * | Болгария* | |
BHR | * | Бахрейн* | |
BHS | common | Багамы* | pl на gen=Багам | CLDR; genitive «Багам», not «Багамов»
BHS | official | Багамские* Острова* | pl на | UN name
BIH | * | Босния* и Герцеговина* | g=f | one state, singular
BLR | * | Беларусь* | | CLDR and UN; Russian press also writes «Белоруссия»
BLZ | * | Белиз* | |
BOL | common | Боливия* | |
BOL | official | Многонациональное* Государство* Боливия | | UN «Боливия (Многонациональное Государство)» in running-text order
BRA | * | Бразилия* | |
BRB | * | Барбадос* | на | island
BRN | common | Бруней* | |
BRN | official | Бруней-Даруссалам* | | declines as one word: «в Бруней-Даруссаламе»
BTN | * | Бутан* | |
BWA | * | Ботсвана* | |
CAF | * | Центральноафриканская* Республика* | abbr=ЦАР | solid spelling as in the UN name (CLDR hyphenates)
CAN | * | Канада* | |
CHE | * | Швейцария* | |
CHL | * | Чили | g=n | indeclinable
CHN | * | Китай* | abbr=КНР | UN short name is «Китай»
CIV | * | Кот-д'Ивуар* | | declines: «в Кот-д'Ивуаре»
CMR | * | Камерун* | |
COD | common | ДР Конго | g=f abbr=ДРК | press short form; f after «Республика»
COD | official | Демократическая* Республика* Конго | abbr=ДРК |
COG | common | Республика* Конго | | «Республика Конго» keeps it apart from DR Congo in running text
COG | official | Конго | g=n | UN short name; indeclinable
COL | * | Колумбия* | |
COM | common | Коморы* | pl на gen=Комор | CLDR; genitive «Комор», not «Коморов»
COM | official | Коморские* Острова* | pl на | UN name
CPV | * | Кабо-Верде | g=n | indeclinable
CRI | * | Коста-Рика* | | only the second part declines
CUB | * | Куба* | на | island
CYP | * | Кипр* | на | island
CZE | common | Чехия* | |
CZE | official | Чешская* Республика* | | the survey's English name is «Czech Republic»
DEU | * | Германия* | |
DJI | * | Джибути | g=n | indeclinable
DMA | * | Доминика* | на | island
DNK | * | Дания* | |
DOM | * | Доминиканская* Республика* | |
DZA | * | Алжир* | |
ECU | * | Эквадор* | |
EGY | * | Египет* | |
ERI | * | Эритрея* | |
ESP | * | Испания* | |
EST | * | Эстония* | |
ETH | * | Эфиопия* | |
FIN | * | Финляндия* | |
FJI | * | Фиджи | g=n на | indeclinable; island state, «на Фиджи»
FRA | * | Франция* | |
FSM | * | Федеративные* Штаты* Микронезии | pl | full name in both styles: bare «Микронезия» is also a survey sub-region
GAB | * | Габон* | |
GBR | common | Великобритания* | |
GBR | official | Соединённое* Королевство* Великобритании и Северной Ирландии | |
GEO | * | Грузия* | |
GHA | * | Гана* | |
GIN | * | Гвинея* | |
GMB | * | Гамбия* | |
GNB | * | Гвинея*-Бисау | | only the first part declines: «в Гвинее-Бисау»
GNQ | * | Экваториальная* Гвинея* | |
GRC | * | Греция* | |
GRD | * | Гренада* | на | island
GTM | * | Гватемала* | |
GUY | * | Гайана* | |
HND | * | Гондурас* | |
HRV | * | Хорватия* | |
HTI | * | Гаити | g=n на | indeclinable; «на Гаити» is the usual form
HUN | * | Венгрия* | |
IDN | * | Индонезия* | |
IND | * | Индия* | |
IRL | * | Ирландия* | |
IRN | common | Иран* | |
IRN | official | Исламская* Республика* Иран | | UN «Иран (Исламская Республика)» in running-text order
IRQ | * | Ирак* | |
ISL | * | Исландия* | |
ISR | * | Израиль* | |
ITA | * | Италия* | |
JAM | * | Ямайка* | на | island
JOR | * | Иордания* | |
JPN | * | Япония* | |
KAZ | * | Казахстан* | |
KEN | * | Кения* | |
KGZ | common | Киргизия* | | CLDR and Russian press; Kazakh and Kyrgyz press write «Кыргызстан»
KGZ | official | Кыргызстан* | | UN name
KHM | * | Камбоджа* | |
KIR | * | Кирибати | g=n | indeclinable; «в Кирибати» (state of many atolls)
KNA | * | Сент-Китс* и Невис* | g=m | one state, singular; both parts decline
KOR | common | Южная* Корея* | |
KOR | official | Республика* Корея | | appositive «Корея» stays in the nominative
KWT | * | Кувейт* | |
LAO | common | Лаос* | |
LAO | official | Лаосская* Народно-Демократическая* Республика* | |
LBN | * | Ливан* | |
LBR | * | Либерия* | |
LBY | * | Ливия* | |
LCA | * | Сент-Люсия* | на | island
LIE | * | Лихтенштейн* | |
LKA | * | Шри-Ланка* | на | island; «на Шри-Ланке» (also «в Шри-Ланке» in diplomatic texts)
LSO | * | Лесото | g=n | indeclinable
LTU | * | Литва* | |
LUX | * | Люксембург* | |
LVA | * | Латвия* | |
MAR | * | Марокко | g=n | indeclinable
MCO | * | Монако | g=n | indeclinable
MDA | common | Молдова* | | CLDR; Russian press also writes «Молдавия»
MDA | official | Республика* Молдова | | appositive «Молдова» stays in the nominative
MDG | * | Мадагаскар* | на | island
MDV | common | Мальдивы* | pl на | CLDR
MDV | official | Мальдивские* Острова* | pl на | UN name
MEX | * | Мексика* | |
MHL | * | Маршалловы* Острова* | pl на |
MKD | * | Северная* Македония* | |
MLI | * | Мали | g=n | indeclinable
MLT | * | Мальта* | на | island
MMR | * | Мьянма* | | CLDR adds «(Бирма)»
MNE | * | Черногория* | |
MNG | * | Монголия* | |
MOZ | * | Мозамбик* | |
MRT | * | Мавритания* | |
MUS | * | Маврикий* | на | island
MWI | * | Малави | g=n | indeclinable
MYS | * | Малайзия* | |
NAM | * | Намибия* | |
NER | * | Нигер* | |
NGA | * | Нигерия* | |
NIC | * | Никарагуа | g=f | indeclinable; feminine by its final -а, as pymorphy3 and press usage have it
NLD | * | Нидерланды* | pl | UN «Нидерланды (Королевство)»; the survey writes «Netherlands»
NOR | * | Норвегия* | |
NPL | * | Непал* | |
NRU | * | Науру | g=n на | indeclinable; one island, «на Науру»
NZL | * | Новая* Зеландия* | |
OMN | * | Оман* | |
PAK | * | Пакистан* | |
PAN | * | Панама* | |
PER | * | Перу | g=n | indeclinable; neuter after «государство»
PHL | * | Филиппины* | pl на | islands
PLW | * | Палау | g=n на | indeclinable; islands, «на Палау»
PNG | * | Папуа — Новая* Гвинея* | | «Папуа» is indeclinable; dash as in the UN name
POL | * | Польша* | |
PRK | common | КНДР | g=f abbr=КНДР | CLDR and press usage
PRK | official | Корейская* Народно-Демократическая* Республика* | abbr=КНДР |
PRT | * | Португалия* | |
PRY | * | Парагвай* | |
QAT | * | Катар* | |
ROU | * | Румыния* | |
RUS | common | Россия* | abbr=РФ |
RUS | official | Российская* Федерация* | abbr=РФ |
RWA | * | Руанда* | |
SAU | * | Саудовская* Аравия* | |
SDN | * | Судан* | |
SEN | * | Сенегал* | |
SGP | * | Сингапур* | |
SLB | * | Соломоновы* Острова* | pl на |
SLE | * | Сьерра-Леоне | g=n | indeclinable
SLV | * | Сальвадор* | |
SMR | * | Сан-Марино | g=n | indeclinable
SOM | * | Сомали | g=n | indeclinable
SRB | * | Сербия* | |
SSD | * | Южный* Судан* | |
STP | * | Сан-Томе и Принсипи | g=n | indeclinable; one state, singular
SUR | * | Суринам* | |
SVK | * | Словакия* | |
SVN | * | Словения* | |
SWE | * | Швеция* | |
SWZ | * | Эсватини | g=n | indeclinable
SYC | * | Сейшельские* Острова* | pl на | UN name; CLDR abbreviates «о-ва»
SYR | common | Сирия* | |
SYR | official | Сирийская* Арабская* Республика* | |
TCD | * | Чад* | |
TGO | * | Того | g=n | indeclinable (pymorphy3 reads it as the pronoun «тот»)
THA | * | Таиланд* | |
TJK | * | Таджикистан* | |
TKM | * | Туркменистан* | |
TLS | common | Восточный* Тимор* | |
TLS | official | Тимор-Лешти | g=n | UN name; indeclinable
TON | * | Тонга | g=f на | indeclinable; feminine by its final -а; «на Тонга»
TTO | * | Тринидад* и Тобаго | g=m | «Тобаго» is indeclinable; one state, singular
TUN | * | Тунис* | |
TUR | common | Турция* | |
TUR | official | Тюркийе | g=n | UN Russian name since 2022; indeclinable
TUV | * | Тувалу | g=n на | indeclinable; islands, «на Тувалу»
TZA | common | Танзания* | |
TZA | official | Объединённая* Республика* Танзания | |
UGA | * | Уганда* | |
UKR | * | Украина* | | «в Украине» as in UN texts (Russian press also writes «на Украине»)
URY | * | Уругвай* | |
USA | common | США | pl abbr=США | the press writes США in running text
USA | official | Соединённые* Штаты* Америки | pl abbr=США |
UZB | * | Узбекистан* | |
VCT | * | Сент-Винсент* и Гренадины* | g=m | one state, singular (agrees with the first part)
VEN | common | Венесуэла* | |
VEN | official | Боливарианская* Республика* Венесуэла | | UN «Венесуэла (Боливарианская Республика)» in running-text order
VNM | * | Вьетнам* | | UN Russian name is «Вьетнам» too
VUT | * | Вануату | g=n | indeclinable; «в Вануату»
WSM | * | Самоа | g=n на | indeclinable; islands, «на Самоа»
YEM | * | Йемен* | |
ZAF | common | ЮАР | g=f abbr=ЮАР | press usage; «Южная Африка» is also a sub-region
ZAF | official | Южно-Африканская* Республика* | abbr=ЮАР |
ZMB | * | Замбия* | |
ZWE | * | Зимбабве | g=n | indeclinable
"""

TERMS = """
group:LLDC | common | развивающиеся* страны* без выхода к морю | pl abbr=РСНВМ | press wording: no participial clause, so no closing comma is needed in a sentence
group:LLDC | official | развивающиеся* страны*, не имеющие* выхода к морю | pl abbr=РСНВМ | UN term; inside a sentence the participial clause needs a closing comma
group:SIDS | * | малые* островные* развивающиеся* государства* | pl abbr=МОРАГ |
group:LDC | * | наименее развитые* страны* | pl abbr=НРС |
group:CIS | * | Содружество* Независимых Государств | abbr=СНГ |
level:very_high | * | группа* с очень высоким значением EGDI | |
level:high | * | группа* с высоким значением EGDI | |
level:middle | * | группа* со средним значением EGDI | |
level:low | * | группа* с низким значением EGDI | |
region:Africa | * | Африка* | |
region:Americas | * | Америка* | | one part of the world in Russian geography, as the M49 region
region:Asia | * | Азия* | |
region:Europe | * | Европа* | |
region:Oceania | * | Океания* | |
subregion:Australia and New Zealand | * | Австралия* и Новая* Зеландия* | pl |
subregion:Caribbean | * | Карибский* бассейн* | |
subregion:Central America | * | Центральная* Америка* | |
subregion:Central Asia | * | Центральная* Азия* | |
subregion:Eastern Africa | * | Восточная* Африка* | |
subregion:Eastern Asia | * | Восточная* Азия* | |
subregion:Eastern Europe | * | Восточная* Европа* | |
subregion:Melanesia | * | Меланезия* | |
subregion:Micronesia | * | Микронезия* | |
subregion:Middle Africa | * | Центральная* Африка* | | M49 «Middle Africa»
subregion:Northern Africa | * | Северная* Африка* | |
subregion:Northern America | * | Северная* Америка* | |
subregion:Northern Europe | * | Северная* Европа* | |
subregion:Polynesia | * | Полинезия* | |
subregion:South America | * | Южная* Америка* | |
subregion:South-eastern Asia | * | Юго-Восточная* Азия* | |
subregion:Southern Africa | * | Южная* Африка* | | the sub-region, not the state (ЮАР)
subregion:Southern Asia | * | Южная* Азия* | |
subregion:Southern Europe | * | Южная* Европа* | |
subregion:Western Africa | * | Западная* Африка* | |
subregion:Western Asia | * | Западная* Азия* | |
subregion:Western Europe | * | Западная* Европа* | |
index:EGDI | * | индекс* развития электронного правительства | abbr=EGDI | the press keeps the Latin abbreviation
index:OSI | * | индекс* онлайн-услуг | abbr=OSI |
index:HCI | * | индекс* человеческого капитала | abbr=HCI |
index:TII | * | индекс* телекоммуникационной инфраструктуры | abbr=TII |
index:EPI | * | индекс* электронного участия | abbr=EPI |
survey | * | Исследование* ООН по электронному правительству | | a title: capitalised like the UN's own Russian title
"""
# fmt: on

_MORPH = pymorphy3.MorphAnalyzer()
_VOWELS = set("аеёиоуыэюя")


def restore_case(word: str, model: str) -> str:
    """Copy the capitals and ё of ``model`` onto pymorphy3's lower-case ``word``, letter by letter.

    >>> restore_case("кот-д'ивуаре", "Кот-д'Ивуар"), restore_case("соединенных", "Соединённые")
    ("Кот-д'Ивуаре", 'Соединённых')
    """
    out = []
    for i, char in enumerate(word):
        ref = model[i] if i < len(model) else ""
        if ref and ref.lower().replace("ё", "е") == char.replace("ё", "е"):
            char = ref
        out.append(char)
    return "".join(out)


def best_parse(word: str):
    """The pymorphy3 reading of a nominative word: nominative only, place names first."""
    parses = [p for p in _MORPH.parse(word.lower()) if p.tag.case == "nomn"]
    if not parses:
        raise ValueError(f"pymorphy3 has no nominative reading of {word!r}")
    proper = word[:1].isupper()
    return max(parses, key=lambda p: (proper and "Geox" in p.tag, "Name" not in p.tag, p.score))


def decline_word(word: str, case: str) -> tuple[str, object]:
    """One word in one case (pymorphy3 case tag), with its parse."""
    parse = best_parse(word)
    if case == "accs" and parse.tag.POS in {"ADJF", "PRTF"} and (
        parse.tag.number == "plur" or parse.tag.gender in {"masc", "neut"}
    ):
        # Names are inanimate: the accusative is the nominative («Соединённые Штаты»).
        return word, parse
    form = parse.inflect({case})
    if form is None:
        raise ValueError(f"pymorphy3 cannot put {word!r} in {case}")
    return restore_case(form.word, word), parse


def decline_token(token: str, case: str) -> str:
    """A token of a spec: ``Word*`` declines, ``Part*-Part`` declines one part, other tokens stay."""
    match = re.fullmatch(r"(.*?)([,.]?)", token)
    body, punct = match.group(1), match.group(2)
    if "*" not in body:
        return token
    if body.endswith("*") and body.count("*") == 1:
        return decline_word(body[:-1], case)[0] + punct
    parts = body.split("-")
    return "-".join(decline_word(p[:-1], case)[0] if p.endswith("*") else p for p in parts) + punct


def head_grammar(spec: str) -> tuple[str, str]:
    """Gender and number of the first declined noun of a spec."""
    for token in spec.split():
        body = token.rstrip(",.")
        for part in body.split("-"):
            if part.endswith("*"):
                parse = best_parse(part[:-1])
                if parse.tag.POS == "NOUN":
                    number = "pl" if parse.tag.number == "plur" else "sg"
                    gender = {"masc": "m", "femn": "f", "neut": "n"}.get(parse.tag.gender or "", "")
                    return gender, number
    raise ValueError(f"no declined noun in {spec!r}: give g= for an indeclinable name")


def location_preposition(phrase: str) -> str:
    """«во» before в/ф and a consonant (во Франции, во Вьетнаме), else «в».

    >>> location_preposition("Франции"), location_preposition("Венгрии"), location_preposition("Вьетнаме")
    ('во', 'в', 'во')
    """
    first = phrase[:2].lower()
    if len(first) == 2 and first[0] in "вф" and first[1] not in _VOWELS:
        return "во"
    return "в"


def build_row(entity: str, style: str, spec: str, options: str, note: str) -> dict[str, str]:
    """All forms of one entity and style from its spec."""
    opts = dict(opt.split("=", 1) if "=" in opt else (opt, "") for opt in options.split())
    row = {"id": entity, "style": style, "note": note, "abbr": opts.get("abbr", "")}
    for form, case in CASES.items():
        row[form] = " ".join(decline_token(t, case) for t in spec.split())
    row["nom"] = spec.replace("*", "")
    for form in CASES:
        if form in opts:  # a reviewed form pymorphy3 gets wrong, e.g. gen=Багам
            row[form] = opts[form].replace("_", " ")
    if "pl" in opts:
        gender, number = "", "pl"
    elif "g" in opts:
        gender, number = opts["g"], "sg"
    else:
        gender, number = head_grammar(spec)
    row["gender"], row["number"] = gender, number
    prep = "на" if "на" in opts else location_preposition(row["pre"])
    row["loc"] = f"{prep} {row['pre']}"
    return row


def rows(table: str, styles: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a spec table; style ``*`` expands to ``styles``."""
    out = []
    for line in table.strip().splitlines():
        entity, style, spec, options, note = (field.strip() for field in line.split("|"))
        for one in styles if style == "*" else (style,):
            out.append(build_row(entity, one, spec, options, note))
    return out


HEADERS = {
    "countries.tsv": (
        "# Russian names of the 193 UN member states, in the six cases and the location form.\n"
        "# Reviewed data: one state and name style a line (common = news usage, official = UN name).\n"
        "# Columns: nom gen dat acc ins pre = cases; loc = prepositional with «в»/«во»/«на»;\n"
        "# gender m/f/n (empty for plural names) and number sg/pl for verb agreement; abbr = press abbreviation.\n"
        "# Common style: CLDR names as the Russian press writes them (США, ОАЭ, ЮАР, КНДР, Южная Корея).\n"
        "# Official style: the UN's Russian names, parenthesised ones in running-text order\n"
        "# (Исламская Республика Иран); appositives stay in the nominative (Республикой Корея).\n"
        "# Indeclinable names are neuter, after «государство» (Перу поднялось), except Никарагуа and Тонга (f).\n"
        "# «на» for island states as the press writes them (на Кубе, на Мальдивах); «во» before в/ф + consonant.\n"
        "# Correct a form here directly; tools/lexicon_seed_ru.py only seeded these rows.\n"
    ),
    "terms.tsv": (
        "# Russian names of groups, EGDI levels, M49 regions and sub-regions, indices and the survey.\n"
        "# Reviewed data: style '*' = the same name in both styles. Columns as in countries.tsv.\n"
        "# Lower case except proper names and the survey's title; abbreviations as the Russian press writes them.\n"
    ),
}


def write(path: Path, table: list[dict[str, str]]) -> None:
    """Write rows as TSV with the file's header comment."""
    lines = [HEADERS[path.name].rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(row[c] for c in COLUMNS) for row in table]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write the seed files to ``--out`` (a folder)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for countries.tsv and terms.tsv")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "countries.tsv", rows(COUNTRIES, ("common", "official")))
    terms = rows(TERMS, ("*",))
    write(args.out / "terms.tsv", terms)
    print(f"wrote {args.out}/countries.tsv and terms.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
