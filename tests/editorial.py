"""What a news agency's desk editor sends back although the grammar is right: sentences that
are true and still mislead, and the sameness that shows when two articles sit side by side.

Every check reads the rendered text as a reader does, never the facts behind it. The only
data it borrows from the library is the list of names a reader would recognise (the lexicon
tables: countries, groups, regions), so that a list of countries can be told from the words
around it. ``test_editorial.py`` shows each check catching a planted case; the corpus gate
runs them over every article of 2020, 2022 and 2024.

The misleading classes, numbered as in the issue that asked for them:

1. a rank in brackets (or more of the clause) right after a list of tied countries, which
   then reads as theirs: "level with Japan (12th in 2022)", "level with Gabon, out of 193";
2. "best rank since 2014" when 2014 was only the first edition loaded, not a better year;
3. a top-tier frame on a fall or a podium place: "in the top 20, in 19th place (2nd in
   2022)", "in the top 10" said of a 2nd place;
4. "strongest" or "weakest" component, "point fort", «сильная»: words of strength for what
   is only a comparison of ranks;
5. a subheading whose direction contradicts the headline's;
6. a shared first place headed as sole leadership; a second place whose leader is unnamed;
7. the last-ranked country not called last; an upbeat verb for a place near the bottom;
8. the country named in its own sub-region's clause ("In Micronesia, Micronesia"), or a
   sub-region called by a name readers take for a country («Южная Африка»);
9. doubled punctuation, tie lists longer than three names or out of order, «в неё» (which
   points at the nearest feminine noun), «общее первое место».
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from quality import Finding

from egovnews.countries import countries
from egovnews.lexicon import NAME_STYLES, lexicon

# -- the names a reader recognises ------------------------------------------------------------


def _name_forms(lang: str) -> tuple[str, ...]:
    """The lexicon's forms of a name, but its location (в Казахстане: the name's own
    prepositional form is already there)."""
    return tuple(form for form in lexicon(lang).forms if form != "loc")


def _straight(text: str) -> str:
    # Same length: offsets found in the straightened text hold in the original.
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


@cache
def country_forms(lang: str, iso3: str) -> tuple[str, ...]:
    """Every way the lexicon writes one country (both name styles, every case or article,
    its press short form), longest first."""
    lex = lexicon(lang)
    found: set[str] = set()
    for style in NAME_STYLES:
        for form in _name_forms(lang):
            found.add(lex.name(iso3, form, style=style))
        found.update(lex.short_forms(iso3, style=style))
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _area_forms(lang: str, kinds: tuple[str, ...] = ("region:", "subregion:", "group:")) -> tuple[str, ...]:
    lex = lexicon(lang)
    found: set[str] = set()
    for entity in lex.entities():
        if entity.startswith(kinds):
            for style in NAME_STYLES:
                for form in _name_forms(lang):
                    found.add(lex.name(entity, form, style=style))
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _country_pattern(lang: str) -> re.Pattern[str]:
    forms = sorted({f for c in countries() for f in country_forms(lang, c.iso3)}, key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


# A list's last item may be joined another way when a name holds the conjunction itself
# (Antigua and Barbuda as well as Dominica; Антигуа и Барбуду, а также Доминику).
_LIST_JOINS = {"en": r"(?:,? and | as well as |, )", "fr": r"(?:, | et )", "ru": r"(?:, а также |, | и )"}


@cache
def _list_pattern(lang: str) -> re.Pattern[str]:
    name = _country_pattern(lang).pattern
    return re.compile(f"{name}(?:{_LIST_JOINS[lang]}{name})*")


def country_list_at(text: str, position: int, lang: str) -> tuple[list[str], int] | None:
    """The countries listed from ``position`` on ("Japan, Chile and Peru") and where the list ends."""
    straight = _straight(text)
    match = _list_pattern(lang).match(straight, position)
    if match is None:
        return None
    names = [m.group() for m in _country_pattern(lang).finditer(straight, match.start(), match.end())]
    return names, match.end()


# -- sentences ----------------------------------------------------------------------------------


def _sentences(article: Any) -> Iterator[tuple[str, str]]:
    """(where, text) of every title and body sentence, in reading order."""
    yield "headline", article.headline_sentence.text
    for sentence in article.lead.sentences:
        yield "lead", sentence.text
    for paragraph in article.body:
        for sentence in paragraph.sentences:
            yield "body", sentence.text
    for section in article.sections:
        yield "heading", section.heading.text
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                yield "body", sentence.text
    if article.footer is not None:
        for sentence in article.footer.sentences:
            yield "body", sentence.text


def _around(text: str, start: int, end: int, width: int = 40) -> str:
    return text[max(0, start - width) : end + width].replace("\n", " / ")


# -- 1 and 9: tie lists ------------------------------------------------------------------------

TIE_INTRO = {
    "en": re.compile(r"\b(?:level with|tied with|joint \w+ with|shar(?:es|ing|ed) [^.,;()]*?with) "),
    "fr": re.compile(r"(?:à égalité avec|ex aequo avec|partag\w* [^.,;()]*?avec) "),
    "ru": re.compile(r"(?:наравне со?|раздел\w* [^.,;()]*?со?|дел\w+ [^.,;()]*?со?|(?:то же|\d+-е) место занима\w+(?: также| ещё)?) "),
}


def _collation_key(name: str) -> str:
    bare = re.sub(r"^(?:the |l'|la |le |les )", "", name.casefold())
    return "".join(c for c in unicodedata.normalize("NFD", bare) if not unicodedata.combining(c))


def check_ties(text: str, lang: str) -> list[Finding]:
    """A tie list ends its clause (a full stop, a semicolon, or the bracket it sits in), has
    three names at most, and is in alphabetical order: the countries share one rank, so no
    order means anything, and a bracket or more clause after them reads as theirs."""
    found = []
    for intro in TIE_INTRO[lang].finditer(text):
        listed = country_list_at(text, intro.end(), lang)
        if listed is None:
            continue
        names, end = listed
        rest = text[end:].lstrip("\u00a0\u202f")  # French sets a no-break space before ; and :
        opened = text[: intro.start()].count("(") > text[: intro.start()].count(")")
        closes = rest == "" or rest[:1] in ".;" or (opened and rest[:1] == ")")
        if not closes:
            found.append(Finding("1 tie list followed by more of the clause", _around(text, intro.start(), end)))
        if len(names) > 3:
            found.append(Finding("9 tie list of more than three names", _around(text, intro.start(), end)))
        keys = [_collation_key(n) for n in names]
        if keys != sorted(keys):
            found.append(Finding("9 tie list out of alphabetical order", _around(text, intro.start(), end)))
    return found


# -- 2: "best since" ---------------------------------------------------------------------------

BEST_SINCE = {
    "en": re.compile(r"\b(?:best|highest|high point)\b.{0,40}?\bsince \d{4}", re.IGNORECASE),
    "fr": re.compile(r"\bmeilleur\w*\b.{0,40}?\bdepuis \d{4}", re.IGNORECASE),
    "ru": re.compile(r"\bлучш\w*\b.{0,40}?\bс \d{4} года", re.IGNORECASE),
}


def check_best_since(text: str, lang: str) -> list[Finding]:
    """No "best since YEAR": it says YEAR was as good, when YEAR is only where the data begin."""
    return [Finding("2 best since the first edition", _around(text, m.start(), m.end())) for m in BEST_SINCE[lang].finditer(text)]


# -- 3: top tiers --------------------------------------------------------------------------------

TIER = {
    "en": re.compile(r"\btop (?:10|20|ten|twenty)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:dix|vingt) premi|\btop (?:10|20)\b", re.IGNORECASE),
    "ru": re.compile(r"(?:перв\w+ )?(?:десятк|двадцатк)\w*", re.IGNORECASE),
}
ORDINAL = {
    "en": re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(\d+)(?:er|re|e|ème|ᵉʳ|ʳᵉ|ᵉ)(?!\w)|\b(premier|première|deuxième|second|seconde|troisième)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(\d+)-(?:е|й|я|го|му|м|ю|х|ми)\b|\b(перв\w+|втор\w+|трет\w+)\b(?! (?:десятк|двадцатк|тройк|пят[её]рк))", re.IGNORECASE),
}
_SPELLED = {"first": 1, "second": 2, "third": 3, "premier": 1, "première": 1, "deuxième": 2, "seconde": 2, "troisième": 3}
PREVIOUS_MARK = {"en": re.compile(r"^ in \d{4}"), "fr": re.compile(r"^(?: rang| place)? en \d{4}"), "ru": re.compile(r"^(?: \w+)? в \d{4} году")}
#: The start of a move from one rank to another: the first ordinal after it is the old rank.
FROM = {"en": re.compile(r"\bfrom $"), "fr": re.compile(r"\bdu $"), "ru": re.compile(r"(?:^|\s)со? $")}
#: A sentence about the three components together: its ranks are a range, not one place.
ALL_THREE = {
    "en": re.compile(r"\b(?:all|the) three components\b", re.IGNORECASE),
    "fr": re.compile(r"\bles trois composantes\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:всем|трём) (?:трём )?составляющим\b", re.IGNORECASE),
}
DOWN = {
    "en": re.compile(r"(?<!-)\b(?:down|drops?|dropped|falls?|fell|slips?|slipped|loses?|lost|setback|declines?|retreats?|leaves|out of)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:recule\w*|perd\w*|recul|de moins|baisse|chute\w*|glisse\w*|redescend\w*|cède\w*|quitte\w*|sort\w*)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:опусти\w*|потеря\w*|минус|спад\w*|снижени\w*|падени\w*|сдал\w*|покинул\w*|выбыл\w*)\b", re.IGNORECASE),
}
UP = {
    "en": re.compile(r"(?<!-)\b(?:up|climbs?|climbed|rises?|rose|gains?|gained|jumps?|progress|rising|advances?)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:gagne\w*|monte\w*|progress\w*|se hisse\w*|hausse|bond|de mieux|remonte\w*|grimpe\w*|améliore\w*)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:подня\w*|подним\w*|рост\w*|плюс|улучш\w*|рывок)\b", re.IGNORECASE),
}


def _ordinal_value(match: re.Match[str]) -> int | None:
    if match.group(1):
        return int(match.group(1))
    word = match.group(2).lower()
    for stem, value in (("перв", 1), ("втор", 2), ("трет", 3)):
        if word.startswith(stem):
            return value
    return _SPELLED.get(word)


def _ranks(sentence: str, lang: str) -> tuple[list[int], list[int]]:
    """(current ranks, previous ranks) of a sentence: an ordinal followed by a year is a past one."""
    now, before = [], []
    for match in ORDINAL[lang].finditer(sentence):
        value = _ordinal_value(match)
        if value is None:
            continue
        old = PREVIOUS_MARK[lang].match(sentence[match.end() :]) or FROM[lang].search(sentence[: match.start()])
        (before if old else now).append(value)
    return now, before


def check_tiers(sentence: str, lang: str) -> list[Finding]:
    """"Top 10" is a frame for a place from 4th to 10th (a podium place is said as such), and
    never for a fall: a country that dropped from 2nd to 19th has not entered the top 20."""
    tier = TIER[lang].search(sentence)
    if tier is None or ALL_THREE[lang].search(sentence):
        return []
    now, before = _ranks(sentence, lang)
    found = []
    if now and now[0] <= 3:
        found.append(Finding("3 top-tier frame for a podium place", sentence[:120]))
    if now and any(b <= now[0] - 3 for b in before) and not DOWN[lang].search(sentence):
        found.append(Finding("3 top-tier frame for a fall", sentence[:120]))
    return found


# -- 4: strength words -------------------------------------------------------------------------

STRENGTH = {
    "en": re.compile(r"\b(?:strongest|weakest|strong point|weak point|strengths?|weakness\w*)\b", re.IGNORECASE),
    "fr": re.compile(r"\bpoints? (?:forts?|faibles?)\b|\bplus (?:fort|faible)e?s?\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:сильн|слаб)\w*", re.IGNORECASE),
}


def check_strength(text: str, lang: str) -> list[Finding]:
    """Components are compared by rank; "strongest" would claim the values agree, and "point
    fort" reads as praise for a 177th place."""
    return [Finding("4 strength word for a rank comparison", _around(text, m.start(), m.end())) for m in STRENGTH[lang].finditer(text)]


# -- 5: subheadings against the headline ---------------------------------------------------------

INDEX_TOPIC = {
    "en": re.compile(r"Index|services|capital|infrastructure|participation|\b(?:OSI|HCI|TII|EPI)\b", re.IGNORECASE),
    "fr": re.compile(r"indice|services|capital|infrastructures?|participation|\b(?:OSI|HCI|TII|EPI)\b", re.IGNORECASE),
    "ru": re.compile(r"индекс|услуг|капитал|инфраструктур|участи|\b(?:OSI|HCI|TII|EPI)\b", re.IGNORECASE),
}


def _direction(text: str, lang: str) -> str | None:
    up, down = bool(UP[lang].search(text)), bool(DOWN[lang].search(text))
    return "up" if up and not down else "down" if down and not up else None


def check_headings(article: Any, lang: str) -> list[Finding]:
    """A subheading about the overall rank does not move the other way from the headline."""
    headline = _direction(article.headline_sentence.text, lang)
    if headline is None:
        return []
    found = []
    for section in article.sections:
        heading = section.heading.text
        if INDEX_TOPIC[lang].search(heading):
            continue
        direction = _direction(heading, lang)
        if direction is not None and direction != headline:
            found.append(Finding("5 subheading against the headline", f"{article.headline} / {heading}"))
    return found


# -- 6: leaders -----------------------------------------------------------------------------------

LEADER = {
    "en": re.compile(r"\b(?:leads?|leader|first|tops|top spot|number one|heads?)\b", re.IGNORECASE),
    "fr": re.compile(r"en tête|\bpremi(?:er|ère)\b|numéro un|\bdomine\w*", re.IGNORECASE),
    "ru": re.compile(r"лидер\w*|\bперв\w+\b(?! (?:десятк|двадцатк))|возглав\w+", re.IGNORECASE),
}
SHARED = {
    "en": re.compile(r"\b(?:joint|shares?|shared|level|tied|co-leaders?|together)\b", re.IGNORECASE),
    "fr": re.compile(r"ex aequo|égalité|partag\w+|co-?leaders?", re.IGNORECASE),
    "ru": re.compile(r"дел\w+|наравне|на равных|раздел\w+|вместе", re.IGNORECASE),
}
#: A second place, not a previous one (2nd in 2022) nor a second edition or time.
SECOND = {
    "en": re.compile(r"(?<!from )\b(?:2nd|second)\b(?! in \d{4}| edition| time| year| consecutive| straight| in a row)", re.IGNORECASE),
    "fr": re.compile(r"(?<!du )(?<!de )\b(?:2e|2ème|2ᵉ|deuxième|second|seconde)(?!\w)(?! en \d{4}| édition| fois| année| hausse| baisse)", re.IGNORECASE),
    "ru": re.compile(r"(?<!со )(?<!с )\b(?:2-[еймюгох]\w*|втор\w+)\b(?! в \d{4}| выпуск| раз| год)", re.IGNORECASE),
}
AMONG = {
    "en": re.compile(r"\b(?:among|of the|out of|in the world|worldwide|of \d+)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:parmi|des \w+|sur \d+|mondial\w*|du classement)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:среди|из \d+|в мире|в рейтинге|стран)\b", re.IGNORECASE),
}
BEHIND = {
    "en": re.compile(r"\b(?:behind|trails?|trailing|after|second to|only \S.* ranks? higher|led by|leader)\b", re.IGNORECASE),
    "fr": re.compile(r"derrière|après|devancé\w*|mené\w* par|seul\w*[^.]* mieux classé", re.IGNORECASE),
    "ru": re.compile(r"уступ\w+|после|позади|вслед за|следом за|впереди|лидер|только[^.]*выше|выше[^.]*только", re.IGNORECASE),
}


def check_leaders(article: Any, lang: str) -> list[Finding]:
    """A shared first place is headed as shared; a second place names who is first."""
    found = []
    for section in article.sections:
        heading = section.heading.text
        body = [s.text for p in section.paragraphs for s in p.sentences]
        if body and LEADER[lang].search(heading) and not SHARED[lang].search(heading):
            first = body[0]
            now, _ = _ranks(first, lang)
            if (LEADER[lang].search(first) or 1 in now) and TIE_INTRO[lang].search(first):
                found.append(Finding("6 shared first place headed as sole leadership", f"{heading} / {first[:100]}"))
    for paragraph in article.paragraphs():
        text = paragraph.text
        for match in SECOND[lang].finditer(text):
            # A second place in a ranking of countries (the world, a group, a region).
            if AMONG[lang].search(text[match.end() : match.end() + 60]) and not BEHIND[lang].search(text):
                found.append(Finding("6 second place without its leader", _around(text, match.start(), match.end())))
                break
    return found


# -- 7: the bottom of the table -------------------------------------------------------------------

LAST = {
    "en": re.compile(r"\blast\b|\bbottom\b", re.IGNORECASE),
    "fr": re.compile(r"dernier|dernière|lanterne rouge|queue", re.IGNORECASE),
    "ru": re.compile(r"последн\w+|замыка\w+|замкну\w+", re.IGNORECASE),
}
UPBEAT = {
    "en": re.compile(r"\b(?:soars?|surges?|jumps?|leaps?|storms?)\b", re.IGNORECASE),
    "fr": re.compile(r"se hisse\w*|bondi\w*|grimpe\w*|s'envole\w*|s’envole\w*", re.IGNORECASE),
    "ru": re.compile(r"взлет\w*|взлёт\w*|рывок\w*|скач\w+", re.IGNORECASE),
}


COUNT = {
    "en": re.compile(r"\b(?:out of|of the|of) (\d+) countries\b"),
    "fr": re.compile(r"\b(?:sur|des) (\d+) pays\b"),
    "ru": re.compile(r"\bиз (\d+) стран\b"),
}


def world_rank(article: Any, lang: str) -> int | None:
    """The EGDI rank the lead gives: the first current ordinal of its first sentence."""
    now, _ = _ranks(article.lead.sentences[0].text, lang)
    return now[0] if now else None


def check_bottom(articles: Sequence[Any], lang: str) -> list[Finding]:
    """Across one edition's articles: the last-ranked country is called last in its headline
    or lead, and no country in the bottom quarter gets an upbeat verb there. How many
    countries are ranked is read from the leads ("out of 193 countries")."""
    counts = [int(m.group(1)) for a in articles if (m := COUNT[lang].search(a.lead.sentences[0].text))]
    if not counts:
        return []
    ranked = max(counts)
    found = []
    called_last = 0
    for article in articles:
        top = " ".join([article.headline, article.lead.text])
        rank = world_rank(article, lang)
        if LAST[lang].search(top):
            called_last += 1
        elif rank == ranked:
            found.append(Finding("7 last place not called last", f"{article.country}: {article.headline}"))
        if rank is not None and rank > ranked * 3 / 4 and (m := UPBEAT[lang].search(top)):
            found.append(Finding("7 upbeat verb near the bottom", f"{article.country}: {_around(top, m.start(), m.end())}"))
    if not called_last:
        found.append(Finding("7 last place not called last", f"no article of the {len(articles)} calls its country last"))
    return found


# -- 8: regions named like countries --------------------------------------------------------------

REGION_CLAUSE = {
    "en": re.compile(r"\b[Ii]n (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"),
    "fr": re.compile(r"\b(?:[Ee]n|[Aa]ux?|[Dd]ans l[ea]s?) ([A-ZÉ][\w'-]*(?: (?:du |de l'|de )?[A-Za-zéè][\w'-]*)*)"),
    "ru": re.compile(r"\b[Вв]о? ([А-ЯЁ][\w-]*(?: [А-ЯЁа-яё][\w-]*)?)"),
}
#: Sub-regions whose name readers of the language take for a state (the UN writes «Южная часть Африки»).
COUNTRY_LIKE_REGIONS = {"en": (), "fr": (), "ru": (re.compile(r"\bЮжн\w+ Африк\w+"),)}


def _stems(text: str) -> tuple[str, ...]:
    # Case endings cut (Микронезия, Микронезии), so that two forms of one word compare equal.
    return tuple(w.casefold()[: max(4, len(w) - 2)] for w in re.findall(r"[^\W\d_]{3,}", text))


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return bool(part) and any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def check_region_names(article: Any, lang: str) -> list[Finding]:
    """A sentence does not place the country in a region that bears its own name, and no
    region is called by a name that readers take for a state."""
    own = [_stems(_straight(form)) for form in country_forms(lang, article.country)]
    areas = [_straight(form) for form in _area_forms(lang, ("subregion:",))]
    found = []
    for where, sentence in _sentences(article):
        straight = _straight(sentence)
        for match in REGION_CLAUSE[lang].finditer(straight):
            region = next((a for a in areas if match.group(1).startswith(a.split(" ", 1)[-1] if a[:1].islower() else a)), None)
            if region is None:
                continue
            region_stems = _stems(region)
            end = match.start(1) + len(region)
            following = straight[end : end + 80]
            named_here = any(_contains(_stems(following), name) for name in own)
            if named_here and any(_contains(name, region_stems) or _contains(region_stems, name) for name in own):
                found.append(Finding("8 country named in its own region's clause", sentence[:120]))
        for pattern in COUNTRY_LIKE_REGIONS[lang]:
            if m := pattern.search(sentence):
                found.append(Finding("8 region named like a country", _around(sentence, m.start(), m.end())))
    return found


# -- 9: punctuation and words an editor strikes ---------------------------------------------------

_DOUBLED = re.compile(r",\s*,|\)\s*\(|\(\s*\(|\.\s*\.(?!\.)|;\s*;")
STRUCK = {
    "en": (),
    "fr": (),
    "ru": (
        (re.compile(r"\bв (?:неё|нее|ней|него|нём|нем)\b", re.IGNORECASE), "«в неё» points at the nearest noun"),
        (re.compile(r"\bобщ\w+ перв\w+ мест\w+", re.IGNORECASE), "«общее первое место»"),
    ),
}


def check_punctuation(text: str, lang: str) -> list[Finding]:
    """No doubled comma, stop or bracket pair; none of the phrases an editor strikes."""
    found = [Finding("9 doubled punctuation", _around(text, m.start(), m.end())) for m in _DOUBLED.finditer(text)]
    for pattern, why in STRUCK[lang]:
        found += [Finding(f"9 {why}", _around(text, m.start(), m.end())) for m in pattern.finditer(text)]
    return found


def check_misleading(article: Any, lang: str) -> list[Finding]:
    """Every misleading class that one article shows on its own (7 needs the whole edition)."""
    found: list[Finding] = []
    for _, sentence in _sentences(article):
        found += check_ties(sentence, lang)
        found += check_tiers(sentence, lang)
    text = article.text
    found += check_best_since(text, lang)
    found += check_strength(text, lang)
    found += check_headings(article, lang)
    found += check_leaders(article, lang)
    found += check_region_names(article, lang)
    found += check_punctuation(text, lang)
    return found


# -- sameness ------------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "en": r"one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth",
    "fr": r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|premi(?:er|ère)|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième",
    "ru": r"од(?:ин|на|но|ну|ного|ной|ному|ним|ном)|дв(?:а|е|ух|ум|умя)|тр(?:и|ёх|ем|емя)|четыр\w+|пят\w+|шест\w+|сем\w*|восьм\w+|восем\w+|девят\w+|десят\w+|втор\w+|трет\w+|перв\w+",
}
_PRONOUNS = {
    "en": r"it|its|they|their",
    "fr": r"il|elle|ils|elles|son|sa|ses|leur|leurs",
    "ru": r"он|она|оно|они|его|её|ее|их|ему|ей|им|ним|ней|нему|него|неё",
}


@cache
def _lemmatizer() -> Any:
    import simplemma

    return simplemma


def structure(sentence: str, lang: str) -> str:
    """A sentence's shape: names of countries, groups and regions, numbers and pronouns
    replaced by placeholders, the other words by their lemmas (so that agreement, «поднялся»
    and «поднялась», is not counted as variety).

    >>> structure("Kazakhstan climbs four places to 24th", "en") == structure("Chile climbs 12 places to 33rd", "en")
    True
    """
    text = _straight(sentence)
    text = _country_pattern(lang).sub(" X ", text)
    areas = _area_forms(lang)
    if areas:
        text = re.sub(r"(?<![\w'-])(?:" + "|".join(map(re.escape, areas)) + r")(?![\w-])", " A ", text)
    text = re.sub(r"\d+(?:[.,]\d+)*(?:-\w+|st|nd|rd|th|er|re|ème|e\b)?", " N ", text)
    text = re.sub(rf"\b(?:{_NUMBER_WORDS[lang]})\b", " N ", text, flags=re.IGNORECASE)
    text = re.sub(rf"\b(?:{_PRONOUNS[lang]})\b", " P ", text, flags=re.IGNORECASE)
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?|[XANP]\b|[^\w\s]", text)
    lemmas = []
    for word in words:
        if word in ("X", "A", "N", "P") or not word[:1].isalpha():
            lemmas.append(word)
        else:
            lemmas.append(_lemmatizer().lemmatize(word.lower(), lang=lang))
    return " ".join(lemmas)


def name_count(article: Any, lang: str) -> int:
    """How often the article names its own country (any case or article form), titles included."""
    forms = [f for f in country_forms(lang, article.country)]
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    return len(pattern.findall(_straight(article.text)))


def check_consecutive_subjects(article: Any, lang: str) -> list[Finding]:
    """The country's name does not open two consecutive sentences of the body, subheadings
    aside (after an opening phrase and its comma at most): a reader hears the repetition."""
    forms = country_forms(lang, article.country)
    opener = re.compile(r"^(?:[^,.]{0,60}, )?(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.IGNORECASE)
    found = []
    previous = False
    for paragraph in article.paragraphs():
        for sentence in paragraph.sentences:
            starts = bool(opener.match(_straight(sentence.text)))
            if starts and previous:
                found.append(Finding("name opens two sentences in a row", sentence.text[:80]))
            previous = starts
    return found


def distinct(values: Iterable[str]) -> int:
    """How many different values."""
    return len(set(values))


# -- angles: the headline words the story the plan chose ---------------------------------------

#: For each angle frame that is not a rank story, words a headline telling it cannot do without.
ANGLE_WORDS = {
    "en": {
        "level": r"EGDI group",
        "index_first": r"\bIndex\b",
        "mover": r"\b(?:biggest|steepest)\b",
        "group_first": r"\b(?:first|leads?|top)\b",
        "tier": r"\btop \d+\b",
        "record": r"\b(?:best|lowest)\b",
        "streak": r"\b(?:straight|running)\b",
    },
    "fr": {
        "level": r"groupe à EGDI",
        "index_first": r"\bindice\b",
        "mover": r"\bplus nett?e?\b",
        "group_first": r"\b(?:premi\w+|tête)\b",
        "tier": r"\btop \d+\b",
        "record": r"\b(?:meilleur|plus mauvais|plus bas)\b",
        "streak": r"(?:d’affilée|d'affilée|consécutive)",
    },
    "ru": {
        "level": r"значением EGDI",
        "index_first": r"\bиндекс",
        "mover": r"(?:больше всех|самый большой|самое глубокое)",
        "group_first": r"(?:лидир\w+|перв\w+|возглав\w+)",
        "tier": r"\bтоп-\d+",
        "record": r"(?:лучшее|худшее)",
        "streak": r"\bподряд\b",
    },
}


def angle_family(frame: str) -> str | None:
    """The family of an angle frame, as ANGLE_WORDS names them; None for a rank story."""
    for family in ("level", "index_first", "mover", "group_first", "tier", "record", "streak"):
        if frame.startswith(family) or (family == "streak" and frame.endswith("_streak")) or (family == "record" and frame.startswith("record_")):
            return family
    return None


def check_angle(article: Any, plan: Any, lang: str) -> list[Finding]:
    """The headline states the plan's top angle: it carries the angle's facts, and its words
    tell that story (a group joined, a first place on an index, the largest move...); the lead
    gives the rank and its change in its first two sentences."""
    found = []
    headline = article.headline_sentence
    if headline.facts[: len(plan.angle.facts)] != plan.angle.facts:
        found.append(Finding("headline without the plan's angle", f"{plan.angle.name}: {headline.facts} / {headline.text}"))
    family = angle_family(plan.angle.frame)
    if family is not None and not re.search(ANGLE_WORDS[lang][family], headline.text, re.IGNORECASE):
        found.append(Finding(f"headline does not tell the {family} angle", headline.text))
    if not any("standing" in s.facts for s in article.lead.sentences[:2]):
        found.append(Finding("rank not in the lead's first two sentences", article.lead.text[:120]))
    return found
