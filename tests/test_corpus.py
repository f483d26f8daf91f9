"""The corpus gate: every country of the 2020, 2022 and 2024 editions, in French, English and
Russian, checked as an editor would check it (quality.py for grammar and typography,
editorial.py for sentences that mislead and for sameness), spelled with Hunspell against a
reviewed allowlist, and compared across languages. A house-style pass (HOUSE_STYLE: 24ᵉ,
straight apostrophes, official names, serial comma, AP ordinals, joint ties, full length)
covers the 2024 edition again. The survey holds
every edition from 2014, so that records and runs reach as far back as the data do.

Zero findings is the bar: a finding is either a fault to fix in a template or lexicon, or a
word to review and add to tests/spelling/<lang>.txt with its reason.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import editorial
import pytest
import quality

from egovnews import LANGUAGES, Style, write_article
from egovnews.countries import countries
from egovnews.facts import facts_for
from egovnews.lang import lang as toolkit_for
from egovnews.lexicon import lexicon
from egovnews.plan import plan_article

EDITIONS = (2020, 2022, 2024)
# The house pass takes every option a desk may set: 24ᵉ, straight apostrophes, the UN's
# official names, the serial comma, "ninth" for ordinals below 10, "subregion", joint ties,
# and the full length (every section, the sub-region's neighbours).
HOUSE_STYLE = Style(
    ordinal_style="superscript",
    apostrophe="straight",
    name_style="official",
    serial_comma=True,
    ordinal_words_below=10,
    subregion_word="subregion",
    tie_wording="joint",
    length="full",
)
HOUSE_EDITION = 2024
SHOWN = 40


@dataclass(frozen=True)
class Draft:
    """One article of the corpus and what it was written with."""

    key: str
    article: Any
    style: Style


@pytest.fixture(scope="module")
def corpus(series_survey) -> dict[str, list[Draft]]:
    drafts: dict[str, list[Draft]] = {lang: [] for lang in LANGUAGES}
    for lang in LANGUAGES:
        for edition in EDITIONS:
            for iso3 in sorted(series_survey.edition(edition).records):
                article = write_article(series_survey, iso3, edition, lang=lang)
                drafts[lang].append(Draft(f"{iso3}-{edition}-{lang}", article, Style()))
        for iso3 in sorted(series_survey.edition(HOUSE_EDITION).records):
            article = write_article(series_survey, iso3, HOUSE_EDITION, lang=lang, style=HOUSE_STYLE)
            drafts[lang].append(Draft(f"{iso3}-{HOUSE_EDITION}-{lang}-house", article, HOUSE_STYLE))
    return drafts


@pytest.fixture(scope="module")
def plans(series_survey) -> dict[str, Any]:
    """Each article's plan, by ``ISO3-edition``: the angle does not depend on language or length."""
    return {
        f"{iso3}-{edition}": plan_article(facts_for(series_survey, iso3, edition))
        for edition in EDITIONS
        for iso3 in sorted(series_survey.edition(edition).records)
    }


def _report(findings: list[str]) -> str:
    more = f"\n… and {len(findings) - SHOWN} more" if len(findings) > SHOWN else ""
    return f"{len(findings)} findings:\n" + "\n".join(findings[:SHOWN]) + more


def _language_check(lang: str, style: Style) -> Any:
    if lang == "fr":
        return lambda text: quality.check_french(text, ordinal_style=style.ordinal_style, apostrophe=style.apostrophe)
    if lang == "en":
        return lambda text: quality.check_english(text, name_style=style.name_style)
    return quality.check_russian


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpus_holds_every_country_of_every_edition(series_survey, corpus, lang) -> None:
    expected = sum(len(series_survey.edition(e).records) for e in EDITIONS) + len(series_survey.edition(HOUSE_EDITION).records)
    assert len(corpus[lang]) == expected == 193 * 4
    quality.CORPUS_STATS[lang] = (len(corpus[lang]), sum(len(list(quality.words(d.article.text, lang))) for d in corpus[lang]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_article_reads_cleanly(corpus, lang) -> None:
    findings = []
    for draft in corpus[lang]:
        text = draft.article.text
        found = quality.check_text(text) + quality.check_shape(draft.article) + _language_check(lang, draft.style)(text)
        findings += [f"{draft.key}: {f}" for f in found]
    assert not findings, _report(findings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_number_is_held_by_the_articles_facts(corpus, lang) -> None:
    findings = [f"{d.key}: {n} is not a number its facts hold" for d in corpus[lang] for n in quality.numbers_not_held(d.article, d.style)]
    assert not findings, _report(findings)


def test_the_three_languages_state_the_same_facts_in_every_article(corpus) -> None:
    by_key: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for lang in LANGUAGES:
        for draft in corpus[lang]:
            key = draft.key.replace(f"-{lang}", "")
            by_key.setdefault(key, {})[lang] = quality.sentence_facts(draft.article)
    findings = [key for key, ids in by_key.items() if not ids["fr"] == ids["en"] == ids["ru"]]
    assert len(by_key) == 193 * 4
    assert not findings, _report(findings)


def _require_hunspell(lang: str) -> None:
    reason = quality.hunspell_available(lang)
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it (.ci/run installs it)")
    pytest.skip(reason)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_is_spelled_right_or_reviewed(corpus, roundup_corpus, lang) -> None:
    """Country articles and roundups (tests/test_roundups_corpus.py) share one allowlist."""
    _require_hunspell(lang)
    where: dict[str, str] = {}
    counts: Counter[str] = Counter()
    texts = [(d.key, d.article.text) for d in corpus[lang]] + [(key, article.text) for key, article, _ in roundup_corpus[lang]]
    for key, text in texts:
        for word in quality.words(text, lang):
            counts[word] += 1
            # Hunspell reports the parts of a hyphenated or elided word on their own.
            for part in {word, *re.split(r"[-']", word)}:
                where.setdefault(part, key)
    unknown = quality.misspelled(counts, lang)
    allowed = quality.allowlist(lang)
    findings = [f"{word!r} (first in {where.get(word, '?')})" for word in sorted(unknown - allowed.keys())]
    assert not findings, f"unknown to Hunspell and not in tests/spelling/{lang}.txt: " + _report(findings)
    stale = sorted(allowed.keys() - unknown)
    assert not stale, f"tests/spelling/{lang}.txt lists words no article uses or Hunspell knows: {stale}"
    assert all(allowed.values()), f"tests/spelling/{lang}.txt: every entry needs a reason"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_egdi_is_spelled_out_at_its_first_use_in_the_body_and_only_there(corpus, lang) -> None:
    findings = []
    for draft in corpus[lang]:
        body = "\n".join(p.text for p in draft.article.paragraphs())
        first = body.find("EGDI")
        if first < 0:
            continue
        if body.count("(EGDI)") != 1 or body[first - 1] != "(":
            findings.append(f"{draft.key}: …{body[max(0, first - 60):first + 10]}…")
    assert not findings, _report(findings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_sentence_misleads(corpus, lang) -> None:
    """Every misleading class of tests/editorial.py, article by article and edition by edition."""
    findings = []
    for draft in corpus[lang]:
        findings += [f"{draft.key}: {f}" for f in editorial.check_misleading(draft.article, lang)]
    for edition in EDITIONS:
        for suffix in ("", "-house"):
            batch = [d.article for d in corpus[lang] if d.key.endswith(f"-{edition}-{lang}{suffix}")]
            findings += [f"{edition}{suffix}: {f}" for f in editorial.check_bottom(batch, lang)]
    assert not findings, _report(findings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_name_never_opens_two_sentences_running(corpus, lang) -> None:
    findings = [f"{d.key}: {f}" for d in corpus[lang] for f in editorial.check_consecutive_subjects(d.article, lang)]
    assert not findings, _report(findings)


#: What "does not read like its 192 siblings" means here, for the 2024 batch of each language.
LEAD_STRUCTURES, HEADLINE_STRUCTURES, LARGEST_SHARE, NAME_MEDIAN = 12, 10, 0.2, 5


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_2024_batch_does_not_read_alike(corpus, lang) -> None:
    batch = [d.article for d in corpus[lang] if d.key.endswith(f"-2024-{lang}")]
    assert len(batch) == 193
    leads = Counter(editorial.structure(a.lead.sentences[0].text, lang) for a in batch)
    headlines = Counter(editorial.structure(a.headline, lang) for a in batch)
    names = sorted(editorial.name_count(a, lang) for a in batch)
    median = names[len(names) // 2]
    quality.VARIETY_STATS[lang] = (len(leads), len(headlines), median)
    assert len(leads) >= LEAD_STRUCTURES, leads.most_common(5)
    assert len(headlines) >= HEADLINE_STRUCTURES, headlines.most_common(5)
    for shapes in (leads, headlines):
        shape, count = shapes.most_common(1)[0]
        assert count <= LARGEST_SHARE * len(batch), f"{count} of {len(batch)} read {shape!r}"
    assert median <= NAME_MEDIAN, f"the country is named {median} times in the median article"


#: The groups whose members get their standing in every article of standard length or more.
NAMED_GROUPS = ("LDC", "SIDS", "LLDC", "CIS")
#: What the EGDI measures, as every article explains it once.
EXPLAINED = {
    "en": "online services, telecommunication infrastructure and human capital",
    "fr": "les services en ligne, les infrastructures de télécommunication et le capital humain",
    "ru": "онлайн-услуги, телекоммуникационную инфраструктуру и человеческий капитал",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_headline_states_the_plans_angle(corpus, plans, lang) -> None:
    findings = []
    for draft in corpus[lang]:
        plan = plans[draft.key.split(f"-{lang}")[0]]
        findings += [f"{draft.key}: {f}" for f in editorial.check_angle(draft.article, plan, lang)]
    assert not findings, _report(findings)
    angles = Counter(plans[key].angle.name for key in plans if key.endswith("-2024"))
    quality.ANGLE_STATS[lang] = dict(angles.most_common())
    assert len(angles) >= 6, angles  # not every article is the rank change


def _forms(entity: str, code: str, style: Style) -> set[str]:
    lex = lexicon(code)
    return {lex.name(entity, form, style=style.name_style).replace("'", "’") for form in lex.forms}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_article_gives_the_source_the_value_and_the_standings(series_survey, corpus, lang) -> None:
    """The publisher and the survey named, the EGDI explained once; the EGDI value and, when the
    previous edition has one, its change; the region's standing and each named group's."""
    findings = []
    for draft in corpus[lang]:
        article, style = draft.article, draft.style
        toolkit = toolkit_for(lang, style)
        text = article.text.replace("'", "’")
        if toolkit.abbreviation("org:UNDESA") not in text or not any(name in text for name in _forms("org:UNDESA", lang, style)):
            findings.append(f"{draft.key}: the publisher is not named")
        if not any(name in text for name in _forms("survey", lang, style)):
            findings.append(f"{draft.key}: the survey is not named")
        if article.text.count(EXPLAINED[lang]) != 1:
            findings.append(f"{draft.key}: the EGDI is explained {article.text.count(EXPLAINED[lang])} times")
        facts = {f.id: f for f in facts_for(series_survey, article.country, article.edition)}
        standing, change = facts["standing"], facts.get("change")
        values = [standing.value] + ([change.previous_value] if change is not None and change.previous_value is not None else [])
        for value in values:
            if toolkit.decimal(value) not in article.text:
                findings.append(f"{draft.key}: the EGDI value {value} is not stated")
        stated = {i for s in quality.sentence_facts(article) for i in s}
        country = countries().get(article.country)
        wanted = [f"group:region:{country.region}", *(f"group:{g}" for g in NAMED_GROUPS if f"group:{g}" in facts)]
        for group in wanted:
            if group in facts and facts[group].size >= 3 and group not in stated:
                findings.append(f"{draft.key}: no standing in {group}")
    assert not findings, _report(findings)
