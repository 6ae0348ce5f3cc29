"""The scoreboard's arithmetic (benchmarks/scoring.py, board.py) on a tiny made-up
corpus: made-up verdicts, no spaCy, no accuracy figure asserted."""

from __future__ import annotations

from dataclasses import fields

import pytest

from benchmarks import board
from benchmarks.corpora import C, S, U
from benchmarks.inlg2021.scoreboard import truth_of
from benchmarks.scoring import MISSED, Outcome, Scoreline, predict, tally, total

# Every claim claimcheck "found", and every label: (truth, verdicts of the claims on it).
VERDICTS = [S, S, C, C, U, S]
LABELS = [
    (S, [S]),  # right, supported
    (S, [C]),  # right, contradicted: a false alarm
    (C, [C, S]),  # wrong, contradicted (any contradicted claim wins): caught
    (C, [S]),  # wrong, supported: a false pass
    (C, [U]),  # wrong, left unverifiable
    (U, [C]),  # unsettleable, contradicted: a false alarm too
    (U, [S, U]),  # unsettleable, supported: a false pass too
    (S, []),  # no claim covers it: missed
]


@pytest.fixture
def line() -> Scoreline:
    return tally("tiny", VERDICTS, [Outcome(truth, predict(found)) for truth, found in LABELS])


def test_a_label_is_predicted_by_the_claims_covering_it():
    assert [predict(found) for _, found in LABELS] == [S, C, C, S, U, C, S, MISSED]


def test_claims_are_counted_by_verdict_and_add_up(line):
    assert (line.claims, line.supported, line.contradicted, line.unverifiable) == (6, 3, 2, 1)
    assert line.supported + line.contradicted + line.unverifiable == line.claims


def test_a_contradicted_correct_claim_is_a_false_alarm(line):
    assert line.false_alarms == 2  # the right one and the unsettleable one


def test_a_supported_wrong_claim_is_a_false_pass(line):
    assert line.false_passes == 2  # the wrong one and the unsettleable one


def test_a_contradicted_wrong_claim_is_caught_and_a_missed_label_is_missed(line):
    assert (line.caught, line.wrong, line.missed) == (1, 3, 1)


def test_every_label_is_settled_left_unverifiable_or_missed(line):
    unverifiable = sum(predict(found) == U for _, found in LABELS)
    assert line.labels == len(LABELS) == line.settled + unverifiable + line.missed
    assert line.coverage == pytest.approx(line.settled / line.labels) == pytest.approx(6 / 8)


def test_the_total_row_sums_every_count():
    one = tally("a", [S, C], [Outcome(S, C), Outcome(C, C)])
    two = tally("b", [U], [Outcome(S, MISSED)])
    summed = total([one, two])
    for field in fields(Scoreline):
        assert getattr(summed, field.name) == getattr(one, field.name) + getattr(two, field.name)
    assert summed.coverage == pytest.approx(2 / 3)


def test_rendered_table_ends_with_the_total_and_round_trips_through_json(line):
    other = tally("b", [U], [Outcome(S, MISSED)])
    lines = {"tiny": line, "other": other}
    table = board.render(lines)
    assert [row.split(" | ")[0] for row in table[2:]] == ["| tiny", "| other", "| total"]
    assert table[-1] == "| total | 7 | 3 | 2 | 2 | 9 | 1/3 | 2 | 2 | 2 | 66.7% |"
    run = board.to_json(lines, "2026-01-01 00:00 UTC", "abc1234")
    assert board.from_json(run) == lines


def test_compare_shows_each_change_and_marks_more_false_alarms_as_worse(line):
    before = {"tiny": tally("tiny", [S], [Outcome(S, S)])}
    rows = board.compare({"tiny": line}, before)
    cells = rows[2].split(" | ")
    assert cells[0] == "| tiny"
    assert cells[1:4] == ["+5", "+2", "+2"]  # claims, supported, contradicted
    assert cells[7] == "+2 (worse)"  # false alarms


def test_an_unknown_verdict_is_an_error_not_a_count():
    with pytest.raises(ValueError, match="crashed"):
        tally("x", ["crashed"], [])


@pytest.mark.parametrize(
    ("index", "truth"),
    [(1, C), (2, U), (3, S)],  # in a NUMBER error; in another error; in none
)
def test_an_inlg_token_takes_its_truth_from_the_annotations(index, truth):
    assert truth_of(index, gold={1}, other={1, 2}) == truth
