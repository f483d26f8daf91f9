"""The facts engine on Kazakhstan 2024 (issue 5's acceptance) and on the example records."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from egovnews import load_records
from egovnews.cli import main
from egovnews.facts import NotableRule, fact_to_dict, facts_for


@pytest.fixture(scope="module")
def kaz(un_survey):
    return {f.id: f for f in facts_for(un_survey, "KAZ", 2024)}


def test_standing_and_change(kaz):
    assert (kaz["standing"].rank, kaz["standing"].value, kaz["standing"].ranked_count) == (24, Decimal("0.90093"), 193)
    assert kaz["standing"].tied_with == ()
    change = kaz["change"]
    assert (change.previous_rank, change.rank, change.places, change.direction) == (28, 24, 4, "up")


def test_group_leadership(kaz):
    lldc = kaz["group:LLDC"]
    assert (lldc.rank, lldc.size, lldc.leader, lldc.stated) == (1, 32, True, False)
    assert lldc.behind == ("MNG", "ARM") and lldc.adjacent
    cis = kaz["group:CIS"]
    assert cis.leader and cis.size == 9


def test_sub_indices(kaz):
    osi = kaz["sub_index:osi"]
    assert (osi.rank, osi.tier, osi.previous_rank, osi.places) == (10, "top10", 8, -2)
    assert {"KOR", "EST"} <= set(osi.tier_members) and len(osi.tier_members) == 9 and osi.tier_complete
    assert osi.outranks_stronger[:2] == ("DEU", "AUS")
    tii = kaz["sub_index:tii"]
    assert (tii.rank, tii.previous_rank, tii.places) == (41, 64, 23)
    hci = kaz["sub_index:hci"]
    assert (hci.rank, hci.previous_rank, hci.places) == (42, 28, -14)
    assert (kaz["components"].strongest, kaz["components"].weakest) == ("osi", "hci")


def test_notable_countries_outranked(kaz):
    below = kaz["comparison:below"]
    assert below.countries == ("CHE", "TUR", "FRA") and below.ranks == (26, 27, 34)


def test_world_average_matches_the_published_figure(kaz):
    assert round(kaz["average:world"].average, 4) == Decimal("0.6382")


def test_every_datum_in_the_provenance_is_true(un_survey):
    for fact in facts_for(un_survey, "KAZ", 2024):
        assert fact.provenance, fact.id
        for datum in fact.provenance:
            if datum.field == "source":
                # The survey itself: the files its edition was read from.
                assert datum.value == ", ".join(un_survey.edition(datum.edition).sources), (fact.id, datum)
                continue
            record = un_survey.record(datum.country, datum.edition)
            index, part = datum.field.split(".")
            value = getattr(record.score(index), part)
            assert (str(value) if isinstance(value, Decimal) else value) == datum.value, (fact.id, datum)


def test_same_arguments_same_facts(un_survey):
    first = [fact_to_dict(f) for f in facts_for(un_survey, "KAZ", 2024)]
    assert first == [fact_to_dict(f) for f in facts_for(un_survey, "KAZ", 2024)]


def test_notable_rule_is_configurable(un_survey):
    rule = NotableRule(limit=2, tiers=(("OECD",),))
    below = next(f for f in facts_for(un_survey, "KAZ", 2024, rule=rule) if f.id == "comparison:below")
    assert below.countries == ("CHE", "TUR")


def test_the_example_records_support_these_facts_and_no_others(example_records):
    facts = {f.id: f for f in facts_for(load_records(example_records), "KAZ", 2024)}
    assert list(facts) == [
        "standing", "change", "history", "level", "group:LLDC", "group:CIS",
        "sub_index:osi", "sub_index:hci", "sub_index:tii", "components", "comparison:below", "source",
    ]
    # A partial table does not know how many countries were ranked, nor any average.
    assert facts["standing"].ranked_count is None
    assert facts["change"].places == 4
    assert facts["history"].ranks == ((2022, 28), (2024, 24))
    assert facts["level"].transition is None and facts["level"].same_move_count is None
    lldc = facts["group:LLDC"]
    assert (lldc.rank, lldc.size, lldc.stated, lldc.adjacent) == (1, 32, True, False)
    assert lldc.behind == ("MNG", "ARM")
    assert facts["group:CIS"].stated and facts["group:CIS"].rank == 1
    osi = facts["sub_index:osi"]
    assert osi.tier_members == ("KOR", "EST") and not osi.tier_complete
    assert osi.notable_below == ("DEU", "AUS")
    assert facts["sub_index:tii"].places == 23
    assert facts["comparison:below"].countries == ("CHE", "TUR", "FRA")


def test_facts_command_table_and_json(un_paths, capsys):
    assert main(["facts", "KAZ", "--edition", "2024", "--data", *map(str, un_paths)]) == 0
    out = capsys.readouterr().out
    assert "group:LLDC" in out and "LLDC: 1 of 32 (computed); ahead: -; behind: MNG, ARM" in out
    assert main(["facts", "KAZ", "--data", *map(str, un_paths), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    standing = data["facts"][0]
    assert standing["kind"] == "standing" and standing["value"] == "0.90093"
    assert standing["provenance"][0] == {
        "edition": 2024, "country": "KAZ", "field": "egdi.rank", "value": 24,
        "source": f"{un_paths[2]}:{standing['provenance'][0]['source'].rsplit(':', 1)[1]}",
    }
