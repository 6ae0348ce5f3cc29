"""Figures that are right for another name, another part of the contest or another
figure's measure are never contradicted on the one guessed (issue 12).

Each family has sentences whose verdict must come from the mechanism (the reason names
it) and near misses that must stay contradicted. The box scores here are SYNTHETIC:
made-up figures in the layout of the INLG 2021 box scores exported with readable
column names (benchmarks/inlg2021/export.py); no figure is presented as real.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from claimcheck import peers, rivals
from claimcheck.api import check
from claimcheck.match import contest_parts, figured_phrases, margins
from claimcheck.readings import Aggregation, Provenance, Reading, decide_readings, origins

TEAMS_HEADER = "city,name,points,first quarter points,second quarter points,wins,losses\n"
PLAYERS_HEADER = "player name,team city,points,rebounds,assists,steals\n"
PLAYERS = (
    PLAYERS_HEADER + "Enes Kanter,Detroit,12,3,0,0\nAndre Drummond,Detroit,21,4,1,3\n"
    "Tim Hardaway,Atlanta,9,2,5,1\nDennis Schroder,Atlanta,14,4,1,3\n"
)


def teams(houston: tuple[int, ...], brooklyn: tuple[int, ...]) -> str:
    rows = [("Houston", "Rockets", *houston), ("Brooklyn", "Nets", *brooklyn)]
    return TEAMS_HEADER + "".join(",".join(map(str, row)) + "\n" for row in rows)


# points, first quarter, second quarter, wins, losses
NETS_WON = teams((105, 25, 30, 10, 12), (110, 21, 28, 6, 15))


def verdicts(tmp_path: Path, text: str, team_csv: str, players: str = PLAYERS) -> dict:
    data = tmp_path / "data"
    data.mkdir()
    (data / "teams.csv").write_text(team_csv, encoding="utf-8")
    (data / "players.csv").write_text(players, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    report = check([article], data=data, timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


# -- the verdict: a reading on another name withholds a contradiction -----------------

OWN = origins()
ANOTHER = origins(subject=Provenance.ANOTHER)


def reading(subject: str, verdict: str, value: float, where=OWN) -> Reading:
    return Reading(
        "teams", "points", subject, (), (), Aggregation.ONE, where, value, verdict,
        f"{value:g} ({subject})",
    )  # fmt: skip


def test_a_contradiction_is_withheld_when_another_name_of_the_sentence_fits():
    decision = decide_readings(
        (reading("Rockets", "contradicted", 105), reading("Nets", "supported", 110, ANOTHER))
    )
    assert decision.verdict == "unverifiable"
    assert "Rockets gives 105, which contradicts it" in decision.explanation
    assert "Nets gives 110, which supports it" in decision.explanation
    assert "the name bound to it, not the figure, may be wrong" in decision.explanation


def test_a_reading_on_another_name_never_supports_nor_makes_a_support_ambiguous():
    alone = decide_readings((reading("Nets", "supported", 110, ANOTHER),))
    assert alone.verdict == "unverifiable"
    both = (reading("Rockets", "supported", 110), reading("Nets", "contradicted", 105, ANOTHER))
    assert decide_readings(both).verdict == "supported"


def test_a_contradiction_on_every_name_stands():
    decision = decide_readings(
        (reading("Rockets", "contradicted", 105), reading("Nets", "contradicted", 98, ANOTHER))
    )
    assert decision.verdict == "contradicted"


# -- a score whose sides may be exchanged ---------------------------------------------


def test_a_score_that_fits_with_the_sides_exchanged_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "The Rockets defeated the Nets 110-105 on Friday.", NETS_WON)
    for figure, other in (("110", "Nets"), ("105", "Rockets")):
        explanation = found[figure].explanation
        assert found[figure].verdict == "unverifiable", explanation
        assert f"{other}, all quarters gives {figure}, which supports it" in explanation
        assert "may be wrong" in found[figure].explanation
    readings = found["110"].checks[0].readings
    assert [r.on_another for r in readings] == [False, True]


def test_a_score_right_one_way_is_supported(tmp_path):
    found = verdicts(tmp_path, "The Nets defeated the Rockets 110-105 on Friday.", NETS_WON)
    assert found["110"].verdict == "supported", found["110"].explanation
    assert found["105"].verdict == "supported", found["105"].explanation


def test_a_figure_copied_from_the_other_side_stays_contradicted(tmp_path):
    # the Rockets scored 112: 110 is the Nets' figure, but 105 is not the Rockets'
    copied = teams((112, 25, 30, 10, 12), (110, 21, 28, 6, 15))
    found = verdicts(tmp_path, "The Rockets defeated the Nets 110-105 on Friday.", copied)
    assert found["110"].verdict == "contradicted", found["110"].explanation


def test_a_score_naming_one_side_for_both_is_unverifiable(tmp_path):
    found = verdicts(
        tmp_path, "The Nets got off to a quick start, out-scoring the Nets 25-21.", NETS_WON
    )
    for figure in ("25", "21"):
        assert found[figure].verdict == "unverifiable"
        assert "two sides are both" in found[figure].explanation


# -- a score of a part of the contest -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Rockets jumped out to a 33-19 lead after one quarter.",
        "The Rockets out-scored the Nets 55-49 in the first half alone.",
        "The Rockets out-scored the Nets 34-18 over the final 12 minutes.",
    ],
)
def test_a_score_of_a_part_the_data_lacks_is_unverifiable(tmp_path, sentence):
    found = verdicts(tmp_path, sentence, NETS_WON)
    figures = [v for v in found.values() if v.claim.pair_role is not None]
    assert figures
    for verdict in figures:
        assert verdict.verdict == "unverifiable", verdict.explanation
        assert "a part of the contest" in verdict.explanation


def test_a_score_of_a_part_the_data_names_is_checked_there(tmp_path):
    found = verdicts(
        tmp_path, "The Rockets out-scored the Nets 25-22 in the first quarter.", NETS_WON
    )
    assert found["25"].verdict == "supported", found["25"].explanation
    assert found["22"].verdict == "contradicted", found["22"].explanation  # 21
    assert found["22"].checks[0].cells[0].column == "first quarter points"


# -- margins and borrowed measures ----------------------------------------------------


def test_a_margin_is_not_one_sides_points(tmp_path):
    found = verdicts(tmp_path, "The Nets came in with a 30-point victory over the Magic.", NETS_WON)
    assert found["30"].verdict == "unverifiable"
    assert "margin" in found["30"].explanation


def test_a_figures_own_points_are_checked(tmp_path):
    found = verdicts(tmp_path, "The Nets scored 30 points.", NETS_WON)
    assert found["30"].verdict == "contradicted", found["30"].explanation


def test_a_measure_borrowed_from_another_figure_never_contradicts(tmp_path):
    found = verdicts(
        tmp_path, "Enes Kanter had six points. The Nets have now lost two in a row.", NETS_WON
    )
    assert found["two"].verdict == "unverifiable"
    assert "measure is a guess" in found["two"].explanation


# -- whose figures a sentence gives ---------------------------------------------------


def test_figures_that_are_all_another_rows_are_not_contradicted(tmp_path):
    found = verdicts(
        tmp_path,
        "Enes Kanter paced the Pistons with 21 points, four rebounds and three steals.",
        NETS_WON,
    )
    for figure in ("21", "four", "three"):
        assert found[figure].verdict == "unverifiable", found[figure].explanation
        assert "are all Andre Drummond's" in found[figure].explanation
        assert found[figure].checks[0].suggestion is None


def test_figures_of_which_one_fits_the_subject_stay_the_subjects(tmp_path):
    # Kanter's three rebounds fit Kanter: he is the figures' owner, 21 is wrong
    found = verdicts(
        tmp_path, "Enes Kanter paced the Pistons with 21 points and three rebounds.", NETS_WON
    )
    assert found["21"].verdict == "contradicted", found["21"].explanation


def test_figures_that_fit_several_other_rows_name_no_owner(tmp_path):
    twins = PLAYERS + "Reggie Jackson,Detroit,21,4,1,3\n"
    found = verdicts(
        tmp_path,
        "Enes Kanter paced the Pistons with 21 points, four rebounds and three steals.",
        NETS_WON,
        twins,
    )
    assert found["21"].verdict == "contradicted", found["21"].explanation


@pytest.mark.parametrize("module", [rivals, contest_parts, margins, figured_phrases, peers])
def test_the_examples_of_each_rule_hold(module):
    """The docstrings' examples: the names nearer a figure than its subject, a score's
    other number, the parts of a contest, margins, another figure's phrase, members
    named as another kind, each with its near misses."""
    result = doctest.testmod(module)
    assert result.attempted and not result.failed
