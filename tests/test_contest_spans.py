"""A part of a contest that the data holds in pieces is the sum of its pieces: "led
55-49 at half-time" is the first and second quarters added up (issues 11 and 12).

Checked on both layouts of a box score: quarters as the values of a dimension beside a
"full game" total (the INLG 2021 box score with its metadata), and quarters as columns
("first quarter points", the same box score exported with readable column names). Each
family has sentences that must pass with the sum shown, and near misses that must not.

The box scores here are SYNTHETIC: made-up figures in the layouts of the INLG 2021 box
scores (benchmarks/inlg2021); no figure is presented as real.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from claimcheck import contest_spans
from claimcheck.api import check
from claimcheck.contest_spans import span_of
from claimcheck.match import contest_parts

# points by quarter, first to fourth (the whole game is their sum)
ROCKETS = (25, 30, 22, 28)
NETS = (21, 28, 30, 31)
TEAMS = (
    ("Houston Rockets", "Houston", "Rockets", ROCKETS),
    ("Brooklyn Nets", "Brooklyn", "Nets", NETS),
)
QUARTERS = ("first quarter", "second quarter", "third quarter", "fourth quarter")

LONG_META = """title = "Team box score (synthetic)"
[columns.team]
role = "entity"
[columns.city]
role = "dimension"
[columns.name]
role = "dimension"
[columns.quarter]
role = "dimension"
total = "full game"
[columns.points]
role = "measure"
unit = "points"
[pairs.score]
measures = ["points"]
words = ["win", "victory", "score", "lead", "edge"]
versus = true
"""


def long_layout() -> str:
    """One row a team and quarter, and one for the full game."""
    rows = ["team,city,name,quarter,points"]
    for team, city, name, points in TEAMS:
        rows.append(f"{team},{city},{name},full game,{sum(points)}")
        rows += [f"{team},{city},{name},{q},{p}" for q, p in zip(QUARTERS, points, strict=True)]
    return "\n".join(rows) + "\n"


def wide_layout(quarters: int = 4) -> str:
    """One row a team, the quarters' points as columns."""
    header = ["city", "name", "points", *(f"{q} points" for q in QUARTERS[:quarters])]
    rows = [",".join(header)]
    for _, city, name, points in TEAMS:
        rows.append(",".join(map(str, [city, name, sum(points), *points[:quarters]])))
    return "\n".join(rows) + "\n"


LAYOUTS = {
    "quarters as values": (long_layout(), LONG_META),
    "quarters as columns": (wide_layout(), None),
}


def verdicts(tmp_path: Path, text: str, table: str, meta: str | None) -> dict:
    data = tmp_path / "data"
    data.mkdir(parents=True)
    (data / "teams.csv").write_text(table, encoding="utf-8")
    if meta is not None:
        (data / "teams.toml").write_text(meta, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    report = check([article], data=data, timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "rockets", "nets", "part", "summed"),
    [
        ("The Rockets led 55-49 at half-time.", 55, 49, "first half", 2),
        ("The Rockets led 55-49 at the half.", 55, 49, "first half", 2),
        ("The Rockets out-scored the Nets 55-49 in the first half.", 55, 49, "first half", 2),
        ("The Nets out-scored the Rockets 61-50 in the second half.", 50, 61, "second half", 2),
        ("The Nets led 79-77 after three quarters.", 77, 79, "first three quarters", 3),
    ],
)
def test_a_part_held_in_pieces_is_their_sum(
    tmp_path, layout, sentence, rockets, nets, part, summed
):
    table, meta = LAYOUTS[layout]
    found = verdicts(tmp_path, sentence, table, meta)
    for figure in (rockets, nets):
        verdict = found[str(figure)]
        assert verdict.verdict == "supported", verdict.explanation
        assert part in verdict.explanation
        data = verdict.checks[0]
        assert len(data.cells) == summed  # each quarter a cell of its own
        assert data.formula.endswith(f" = {figure}")
        assert data.formula.count("+") == summed - 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_sum_of_the_pieces_is_contradicted(tmp_path, layout):
    table, meta = LAYOUTS[layout]
    found = verdicts(tmp_path, "The Rockets led 56-49 at half-time.", table, meta)
    assert found["56"].verdict == "contradicted", found["56"].explanation
    assert found["56"].checks[0].formula == "25 + 30 = 55"
    assert found["49"].verdict == "supported", found["49"].explanation


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_first_quarter_alone_is_not_summed(tmp_path, layout):
    """A single quarter, named by a count or by the cumulative "after", is that quarter."""
    table, meta = LAYOUTS[layout]
    found = verdicts(
        tmp_path, "The Rockets jumped out to a 25-21 lead after one quarter.", table, meta
    )
    for figure in ("25", "21"):
        assert found[figure].verdict == "supported", found[figure].explanation
        assert len(found[figure].checks[0].cells) == 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_score_that_names_no_part_is_the_whole_game(tmp_path, layout):
    table, meta = LAYOUTS[layout]
    found = verdicts(tmp_path, "The Rockets lost to the Nets 105-110.", table, meta)
    assert found["105"].verdict == "supported", found["105"].explanation
    assert len(found["105"].checks[0].cells) == 1  # the full game's own figure
    found = verdicts(tmp_path / "half", "The Rockets led 105-110 at half-time.", table, meta)
    assert found["105"].verdict == "contradicted", found["105"].explanation  # 55, not 105


def test_a_half_the_data_lacks_a_quarter_of_stays_unverifiable(tmp_path):
    found = verdicts(
        tmp_path, "The Nets out-scored the Rockets 61-50 in the second half.", wide_layout(3), None
    )
    for figure in ("61", "50"):
        assert found[figure].verdict == "unverifiable", found[figure].explanation
        assert "a part of the contest" in found[figure].explanation


# -- the spans themselves ---------------------------------------------------------------

PIECES = ["full game", *QUARTERS]


@pytest.mark.parametrize(
    ("part", "pieces"),
    [
        ("by halftime", QUARTERS[:2]),
        ("in the 2nd half", QUARTERS[2:]),
        ("the first two quarters", QUARTERS[:2]),
        ("the final two quarters", QUARTERS[2:]),
        ("after the third quarter", QUARTERS[:3]),  # the score at its end
        ("through three quarters", QUARTERS[:3]),
    ],
)
def test_the_words_name_their_pieces(part, pieces):
    span = span_of(part, reversed(PIECES))  # found by their names, not their order
    assert span is not None and span.pieces == pieces


@pytest.mark.parametrize(
    ("part", "names"),
    [
        ("in the third quarter", PIECES),  # one quarter: a value of its own
        ("in the half", PIECES),  # which half is not said
        ("over the final 12 minutes", PIECES),
        ("in overtime", [*PIECES, "overtime"]),
        ("in the first half", PIECES[:-1]),  # a quarter missing: no span at all
        ("in the first half", [*PIECES, "first quarter"]),  # a quarter twice
        ("in the first half", ["first quarter points", "second quarter rebounds"]),
    ],
)
def test_words_or_names_that_settle_no_span_give_none(part, names):
    assert span_of(part, names) is None


def test_overtime_is_part_of_neither_half():
    span = span_of("in the second half", [*PIECES, "overtime", "second overtime"])
    assert span is not None and span.pieces == QUARTERS[2:]


def test_the_examples_hold():
    result = doctest.testmod(contest_spans)
    assert result.attempted and not result.failed


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("The Rockets scored 55 points in the first half.", "55", "first half"),
        ("The Rockets scored 77 points through three quarters.", "77", "first three quarters"),
    ],
)
def test_a_figure_of_a_part_is_never_the_whole_games(tmp_path, layout, sentence, figure, part):
    """Not only scores: a team's points in a half are the half's, never the game's 105."""
    table, meta = LAYOUTS[layout]
    found = verdicts(tmp_path, sentence, table, meta)
    assert found[figure].verdict == "supported", found[figure].explanation
    assert part in found[figure].explanation


def test_a_part_of_another_measure_than_the_pieces_is_unverifiable(tmp_path):
    """The quarters are columns of points only: rebounds in a half are not in the data,
    and the whole game's rebounds do not settle them."""
    table = "city,name,points,rebounds,first quarter points,second quarter points,"
    table += "third quarter points,fourth quarter points\nHouston,Rockets,105,40,25,30,22,28\n"
    found = verdicts(tmp_path, "The Rockets grabbed 40 rebounds in the first half.", table, None)
    assert found["40"].verdict == "unverifiable", found["40"].explanation
    assert "quarter" in found["40"].explanation  # the pieces that lack it


def test_a_half_of_something_else_is_no_part_of_the_contest():
    assert span_of("in the first half", PIECES) is not None
    assert not contest_parts.parts_named("scored 55 in the first half of the season")
