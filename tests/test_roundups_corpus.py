"""The corpus gate for roundups: every scope (the world, 5 regions, 22 sub-regions, the LLDCs,
SIDS, LDCs and the CIS) of the 2020, 2022 and 2024 editions, in French, English and Russian,
plus 2024 again in a house style of full length, checked as the country articles are
(grammar and typography, numbers held by the facts, the same facts sentence by sentence in
the three languages, the EGDI spelled out once) and for what a roundup owes its reader: the
leader in the lead, every member of a small scope named with its world rank, the source, and
a table holding every member. Words are spelled-checked with the country articles
(test_corpus.py), against the same allowlist.

Zero findings is the bar.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import quality
from conftest import ROUNDUP_EDITIONS
from test_corpus import EXPLAINED, _forms, _language_check, _report

from egovnews import LANGUAGES
from egovnews.lang import lang as toolkit_for
from egovnews.roundup import SMALL_SCOPE
from egovnews.roundup_facts import all_scopes

SCOPES = len(all_scopes())


def prose(article: Any) -> str:
    """The article's text without its table (whose aligned columns are no prose)."""
    text = article.text
    return text[: text.index(article.table.to_text())] if article.table is not None else text


class _Prose:
    """An article seen without its table, for the checks written for country articles."""

    def __init__(self, article: Any) -> None:
        self._article = article
        self.text = prose(article)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._article, name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpus_holds_every_scope_of_every_edition(roundup_corpus, lang) -> None:
    assert len(roundup_corpus[lang]) == SCOPES * (len(ROUNDUP_EDITIONS) + 1) == 32 * 4


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_roundup_reads_cleanly(roundup_corpus, lang) -> None:
    findings = []
    for key, article, style in roundup_corpus[lang]:
        text = prose(article)
        found = quality.check_text(text) + quality.check_shape(article) + _language_check(lang, style)(text)
        findings += [f"{key}: {f}" for f in found]
    assert not findings, _report(findings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_number_of_a_roundup_is_held_by_its_facts(roundup_corpus, lang) -> None:
    findings = [f"{key}: {n} is not a number its facts hold" for key, a, style in roundup_corpus[lang] for n in quality.numbers_not_held(a, style)]
    assert not findings, _report(findings)


def test_the_three_languages_state_the_same_facts_in_every_roundup(roundup_corpus) -> None:
    by_key: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for lang in LANGUAGES:
        for key, article, _ in roundup_corpus[lang]:
            by_key.setdefault(key.replace(f"-{lang}", ""), {})[lang] = quality.sentence_facts(article)
    assert len(by_key) == SCOPES * 4
    findings = [key for key, ids in by_key.items() if not ids["fr"] == ids["en"] == ids["ru"]]
    assert not findings, _report(findings)


def without_level_names(text: str, lang: str, style: Any) -> str:
    """The text with the names of the EGDI groups blanked out: "the very high EGDI group" is
    the survey's own term, and the abbreviation is spelled out at its first use outside them."""
    for form in _forms_of_levels(lang, style):
        text = text.replace(form, "_" * len(form))
    return text


def _forms_of_levels(lang: str, style: Any) -> list[str]:
    forms = {form for level in ("very_high", "high", "middle", "low") for form in _forms(f"level:{level}", lang, style)}
    return sorted(forms, key=len, reverse=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_egdi_is_spelled_out_once_and_explained_once(roundup_corpus, lang) -> None:
    findings = []
    for key, article, style in roundup_corpus[lang]:
        body = "\n".join(p.text for p in article.paragraphs()).replace("'", "’")
        bare = without_level_names(body, lang, style)
        first = bare.find("EGDI")
        if first >= 0 and (body.count("(EGDI)") != 1 or bare[first - 1] != "("):
            findings.append(f"{key}: …{body[max(0, first - 60):first + 10]}…")
        if body.count(EXPLAINED[lang]) != 1:
            findings.append(f"{key}: the EGDI is explained {body.count(EXPLAINED[lang])} times")
    assert not findings, _report(findings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_roundup_names_its_leader_source_and_members(roundup_corpus, lang) -> None:
    """The leader (or the leaders) in the lead; in a scope of up to SMALL_SCOPE members, each
    member in the prose with its world rank; the publisher and the survey; a table row per
    member the data rank, in rank order."""
    findings = []
    for key, article, style in roundup_corpus[lang]:
        toolkit = toolkit_for(lang, style)
        facts = article.facts
        table, podium = facts["table"], facts.get("podium")
        text = prose(article).replace("'", "’")
        lead = article.lead.text.replace("'", "’")
        if podium is not None:
            for leader in podium.leaders:
                if not _named(toolkit, leader, lead):
                    findings.append(f"{key}: the leader {leader} is not in the lead")
        if podium is not None and table.size <= SMALL_SCOPE:
            for row in table.rows:
                rank = toolkit.ordinal(row.rank, gender="n") if lang == "ru" else toolkit.ordinal(row.rank)
                if not _named(toolkit, row.country, text):
                    findings.append(f"{key}: {row.country} is not named")
                elif row.rank != 1 and rank.split("-")[0] not in text:
                    findings.append(f"{key}: the rank of {row.country} ({rank}) is not stated")
        if toolkit.abbreviation("org:UNDESA") not in text or not any(name in text for name in _forms("org:UNDESA", lang, style)):
            findings.append(f"{key}: the publisher is not named")
        if not any(name in text for name in _forms("survey", lang, style)):
            findings.append(f"{key}: the survey is not named")
        ranks = [row.rank for row in table.rows if row.rank is not None]
        if len(article.table.rows) != table.size or ranks != sorted(ranks):
            findings.append(f"{key}: the table holds {len(article.table.rows)} rows for {table.size} members, or is out of order")
    assert not findings, _report(findings)


#: The countries each angle's headline names (the podium's for the leader stories).
HEADLINE_NAMES = {
    "new_leader": lambda f, p: p.leaders, "world_leader": lambda f, p: p.leaders, "leader_kept": lambda f, p: p.leaders,
    "leader": lambda f, p: p.leaders, "podium_kept": lambda f, p: p.countries, "big_rise": lambda f, p: f.risers,
    "level_entry": lambda f, p: f.top_entry.countries if len(f.top_entry.countries) <= 4 else (),
    "partial": lambda f, p: (),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_headline_tells_the_angle(roundup_corpus, lang) -> None:
    """The headline names the countries of its story: the leader, the podium kept, the riser,
    the entrants into the top 10 or into the highest EGDI group (or counts them)."""
    findings = []
    for key, article, style in roundup_corpus[lang]:
        toolkit = toolkit_for(lang, style)
        facts = article.facts
        angle_fact = {"big_rise": "movers", "level_entry": "levels"}.get(article.angle, "podium")
        wanted = HEADLINE_NAMES[article.angle](facts.get(angle_fact), facts.get("podium"))
        missing = [c for c in wanted if not _named(toolkit, c, article.headline.replace("'", "’"))]
        if missing:
            findings.append(f"{key} [{article.angle}]: {missing} not in {article.headline!r}")
    assert not findings, _report(findings)


def _named(toolkit: Any, iso3: str, text: str) -> bool:
    lex = toolkit._lexicon()
    forms = {lex.country(iso3, form, style=toolkit.style.name_style).replace("'", "’") for form in lex.forms}
    return any(form.lower() in text.lower() for form in forms)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_roundups_do_not_read_alike(roundup_corpus, lang) -> None:
    """Across the 32 scopes of an edition, no angle leads more than half the roundups and the
    headlines take several shapes."""
    for edition in ROUNDUP_EDITIONS:
        batch = [a for key, a, _ in roundup_corpus[lang] if key.endswith(f"-{edition}-{lang}")]
        assert len(batch) == SCOPES
        angles = Counter(a.angle for a in batch)
        assert angles.most_common(1)[0][1] <= SCOPES // 2, angles
        assert len(angles) >= 4, angles
        first_words = Counter(" ".join(a.lead.sentences[0].text.split()[1:4]) for a in batch)
        assert first_words.most_common(1)[0][1] <= SCOPES // 2, first_words.most_common(3)
