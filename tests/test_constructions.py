"""Constructions beyond a number and its noun: pairs, places, comparisons, absentees.

The tables in fixtures/games are made up for these tests (they are not data/).
"""

from __future__ import annotations

import pytest

from claimcheck import check
from tests.conftest import FIXTURES

GAMES = FIXTURES / "games"


@pytest.fixture(scope="module")
def verdicts_of(tmp_path_factory):
    def run(text: str) -> list:
        article = tmp_path_factory.mktemp("a") / "article.txt"
        article.write_text(text, encoding="utf-8")
        return list(check([article], data=GAMES, timestamp=False).results[0].verdicts)

    return run


def by_text(verdicts) -> dict:
    return {v.claim.text: v for v in verdicts}


def test_shooting_split_checks_made_and_attempted(verdicts_of):
    found = by_text(verdicts_of("Ann Archer scored 30 points on 12-of-21 shooting."))
    assert found["12"].verdict == "supported"
    assert found["21"].verdict == "contradicted"
    assert found["21"].primary.cells[0].column == "field goals attempted"


def test_bracketed_record_belongs_to_the_name_before_it(verdicts_of):
    verdicts = verdicts_of("The Reds (30-12) beat the Blues (22-21) on Friday.")
    values = [(v.claim.text, v.verdict) for v in verdicts]
    assert values == [
        ("30", "supported"),
        ("12", "supported"),
        ("22", "supported"),
        ("21", "contradicted"),
    ]


def test_score_second_number_is_the_other_sides(verdicts_of):
    found = by_text(verdicts_of("The Reds beat the Blues 101-98."))
    assert found["101"].verdict == "supported"
    assert found["98"].verdict == "contradicted"
    assert "Blues" in found["98"].explanation


def test_place_in_a_ranking_within_the_subjects_team(verdicts_of):
    verdicts = verdicts_of(
        "Bea Baker was second on the team, as she scored 18 points.\n\n"
        "Cat Cole was second on the team, as she scored 12 points.\n"
    )
    ranks = [v for v in verdicts if v.kind == "rank"]
    assert [v.verdict for v in ranks] == ["supported", "contradicted"]
    assert ranks[1].primary.suggestion == "third"
    assert "Eve Eck" not in ranks[0].explanation  # the Blues are not her team


def test_absent_player_is_neither_a_zero_nor_a_peer(verdicts_of):
    found = by_text(
        verdicts_of(
            "Dee Dunn scored 0 points.\n\nAnn Archer scored the most points for the Reds.\n"
        )
    )
    assert found["0"].verdict == "unverifiable"
    assert "takes no part" in found["0"].explanation


def test_comparison_between_two_named_subjects(verdicts_of):
    found = by_text(verdicts_of("Fay Fox grabbed fewer rebounds than Eve Eck."))
    assert found["fewer rebounds than Eve Eck"].verdict == "supported"
    found = by_text(verdicts_of("Fay Fox grabbed more rebounds than Eve Eck."))
    assert found["more rebounds than Eve Eck"].verdict == "contradicted"


def test_counts_in_a_list_share_the_first_subject(verdicts_of):
    found = by_text(verdicts_of("Cat Cole had 12 points, three rebounds and nine assists."))
    assert [found[t].verdict for t in ("12", "three", "nine")] == ["supported"] * 3


def test_possessor_owns_the_figures(verdicts_of):
    found = by_text(verdicts_of("The Blues were led by Eve Eck's 25 points and eight boards."))
    assert found["25"].primary.cells[0].label.startswith("Eve Eck")
    assert found["eight"].verdict == "supported"


def test_a_losing_verb_does_not_turn_round_a_pair_it_only_governs_through_a_preposition(
    verdicts_of,
):
    found = by_text(verdicts_of("Ann Archer dropped 30 points on 12-of-20 shooting."))
    assert (found["12"].verdict, found["20"].verdict) == ("supported", "supported")
    assert found["20"].primary.cells[0].column == "field goals attempted"


def test_a_score_of_what_the_sentence_names(verdicts_of):
    found = by_text(
        verdicts_of("Rebounding was decisive, with the Reds winning that battle, 44-38.")
    )
    assert [(v.verdict, v.primary.cells[0].column) for v in found.values()] == [
        ("supported", "rebounds"),
        ("supported", "rebounds"),
    ]
    score = by_text(verdicts_of("The Reds beat the Blues 101-97 for an easy victory."))
    assert {v.primary.cells[0].column for v in score.values()} == {"points"}


def test_each_number_of_a_compound_counts_its_own_noun(verdicts_of):
    found = by_text(verdicts_of("Bea Baker posted an 18-point, 11-rebound double-double."))
    assert [(t, v.verdict, v.primary.cells[0].column) for t, v in found.items()] == [
        ("18", "supported", "points"),
        ("11", "supported", "rebounds"),
    ]


def test_a_margin_is_not_checked_as_a_count(verdicts_of):
    (margin,) = verdicts_of("The Reds earned a 4-point win over the Blues.")
    assert margin.verdict != "contradicted"


def test_a_multiple_of_another_subjects_figure_is_their_ratio(verdicts_of):
    # Ann Archer 30 points, Cat Cole 12: 2.5 times.
    found = by_text(verdicts_of("Ann Archer's points were two and a half times those of Cat Cole."))
    assert found["two and a half times those of Cat Cole"].verdict == "supported"
    found = by_text(verdicts_of("Ann Archer's points were three times those of Cat Cole."))
    assert found["three times those of Cat Cole"].verdict == "contradicted"
