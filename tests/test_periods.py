"""Period parsing: the spellings articles and tables use for the same period."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.periods import NOT_A_PERIOD, parse_period


@pytest.mark.parametrize(
    "text", ["2016/17", "2016/2017", "2016-17", "2016-2017", "FY2017", "2016 to 2017", "fy 2016/17"]
)
def test_financial_year_spellings_are_one_period(text):
    period = parse_period(text).resolve()
    assert (period.start, period.end, period.label) == (
        date(2016, 4, 1),
        date(2017, 3, 31),
        "2016/17",
    )


def test_year_start_comes_from_the_table():
    period = parse_period("2016/17").resolve(year_start=7)
    assert (period.start, period.end) == (date(2016, 7, 1), date(2017, 6, 30))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("April 2016", date(2016, 4, 1), date(2016, 4, 30)),
        ("Q1 2017", date(2017, 1, 1), date(2017, 3, 31)),
        ("2017/18 Q1", date(2017, 4, 1), date(2017, 6, 30)),
        ("the year to March 2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("the two years to March 2018", date(2016, 4, 1), date(2018, 3, 31)),
        ("between 2016 and 2018", date(2016, 1, 1), date(2018, 12, 31)),
    ],
)
def test_absolute_periods(text, start, end):
    period = parse_period(text).resolve()
    assert (period.start, period.end) == (start, end)


def test_relative_periods_stay_symbolic_with_a_duration():
    expr = parse_period("the past two years")
    assert (expr.kind, expr.count, expr.unit) == ("relative", 2, "year")
    assert expr.resolve() is None
    assert expr.duration_days == (730, 731)


def test_since_keeps_its_start():
    expr = parse_period("since April 2016")
    assert expr.kind == "since"
    assert expr.inner[0].resolve().start == date(2016, 4, 1)


def test_the_year_before_shifts_the_sentence_period():
    assert parse_period("the year before").kind == "previous"
    shifted = parse_period("2017/18").shifted(-1).resolve()
    assert shifted.label == "2016/17"


@pytest.mark.parametrize("text", ["", "hello", "13", "Smarch 2016"])
def test_not_periods(text):
    assert parse_period(text) is None


@pytest.mark.parametrize("text", ["2016/19", "2017/16", "2017-2016"])
def test_a_year_written_wrong_is_kept_as_no_period(text):
    # Kept, so that a claim "in 2017/16" is unverifiable rather than undated.
    expr = parse_period(text)
    assert expr.kind == NOT_A_PERIOD
    assert expr.resolve() is None


def test_a_quarter_without_its_year_waits_for_the_sentence_to_give_one():
    expr = parse_period("the fourth quarter")
    assert expr.yearless and expr.resolve() is None
    period = expr.in_year(parse_period("2017/18")).resolve()
    assert (period.start, period.end, period.label) == (
        date(2018, 1, 1),
        date(2018, 3, 31),
        "2017/18 Q4",
    )


@pytest.mark.parametrize(
    "text",
    [
        "between the first and third quarters of 2017/18",
        "from the first to the third quarter of 2017/18",
        "first and third quarters of 2017/18",
    ],
)
def test_a_range_of_quarters_of_a_year_runs_from_one_quarter_to_the_other(text):
    first, last = (p.resolve() for p in parse_period(text).inner)
    assert (first.label, last.label) == ("2017/18 Q1", "2017/18 Q3")
