"""Facts the editorial reviews asked for, checked on the UN files: ties on a sub-index, lists
that name every country on a side, a best rank kept rather than regained, no single strong
point on a tie, neighbours in rank order, and no story about a group of two."""

from __future__ import annotations

from egovnews import facts_for
from egovnews.plan import plan_article


def _fact(survey, iso3, year, fact_id):
    return next(f for f in facts_for(survey, iso3, year) if f.id == fact_id)


def test_a_shared_first_place_on_a_sub_index_names_the_others(un_survey) -> None:
    epi = _fact(un_survey, "KOR", 2020, "sub_index:epi")
    assert epi.rank == 1 and set(epi.tied_with) == {"EST", "USA"}
    assert _fact(un_survey, "KAZ", 2024, "sub_index:osi").tied_with == ()


def test_only_when_every_country_on_that_side_is_named(un_survey) -> None:
    assert _fact(un_survey, "SOM", 2020, "comparison:below").all_named  # only ERI and SSD below
    assert not _fact(un_survey, "KAZ", 2024, "comparison:below").all_named
    assert _fact(un_survey, "EST", 2024, "comparison:above").countries == ("DNK",)
    assert _fact(un_survey, "EST", 2024, "comparison:above").all_named


def test_a_best_rank_held_twice_is_kept_not_regained(un_survey) -> None:
    history = _fact(un_survey, "ERI", 2024, "history")
    assert history.ranks == ((2020, 192), (2022, 190), (2024, 190)) and history.kept_best


def test_no_single_strong_point_when_two_components_tie(un_survey) -> None:
    ranks = {i: un_survey.record("DNK", 2020).score(i).rank for i in ("osi", "hci", "tii")}
    assert ranks["hci"] == ranks["tii"] == 2
    assert all(f.kind != "components" for f in facts_for(un_survey, "DNK", 2020))


def test_members_ahead_are_listed_best_first(un_survey) -> None:
    europe = _fact(un_survey, "FIN", 2020, "group:region:Europe")
    assert europe.rank == 3 and europe.ahead == ("DNK", "EST")


def test_a_group_of_two_makes_no_sentence(un_survey) -> None:
    northern_america = _fact(un_survey, "USA", 2024, "group:subregion:Northern America")
    assert northern_america.size == 2 and northern_america.leader
    plan = plan_article(facts_for(un_survey, "USA", 2024))
    stated = {i for s in plan.sections for p in s.paragraphs for sentence in p.sentences for i in sentence.facts}
    assert "group:subregion:Northern America" not in stated and "group:region:Americas" in stated
