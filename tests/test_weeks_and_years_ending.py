"""Weeks and years ending in a month, as weekly and rolling-year statistics publish them.

The tables here are synthetic: small counts made up for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.catalog import load_catalog
from claimcheck.periods import parse_period
from claimcheck.table_periods import Frequency, cell_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("week 12 2020", date(2020, 3, 16), date(2020, 3, 22)),
        ("Week 12 of 2020", date(2020, 3, 16), date(2020, 3, 22)),
        ("2020-W12", date(2020, 3, 16), date(2020, 3, 22)),
        ("2020 W53", date(2020, 12, 28), date(2021, 1, 3)),  # 2020 has 53 ISO weeks
        ("week ending 3 April 2020", date(2020, 3, 28), date(2020, 4, 3)),
        ("Week ended 3rd April 2020", date(2020, 3, 28), date(2020, 4, 3)),
        ("w/e 2020-04-03", date(2020, 3, 28), date(2020, 4, 3)),
        ("Year ending March 2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("YE Mar 2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("financial year ending March 2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("fiscal year ended June 2019", date(2018, 7, 1), date(2019, 6, 30)),
    ],
)
def test_weeks_and_years_ending_are_periods(text, start, end):
    period = cell_period(text).resolve()
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "2021-W53",  # 2021 has 52 ISO weeks
        "week 0 2020",
        "week ending 31 February 2020",
        "year March 2018",  # no "ending": no period
        "months March 2018",
    ],
)
def test_near_misses_are_no_weeks_or_years_ending(text):
    assert parse_period(text) is None


def test_a_column_of_weeks_is_a_weekly_table(tmp_path):
    (tmp_path / "deaths.csv").write_text(
        "week,deaths\n2020-W12,10645\n2020-W13,11141\n2020-W14,16387\n", encoding="utf-8"
    )
    (table,) = load_catalog(tmp_path).tables
    assert table.frequency is Frequency.WEEKLY
    assert [p.label for p in table.periods] == ["week 12 2020", "week 13 2020", "week 14 2020"]


def test_a_column_of_weeks_ending_is_a_weekly_table(tmp_path):
    (tmp_path / "deaths.csv").write_text(
        "Week ending,deaths\nweek ending 3 April 2020,16387\nweek ending 10 April 2020,18516\n",
        encoding="utf-8",
    )
    (table,) = load_catalog(tmp_path).tables
    assert table.frequency is Frequency.WEEKLY
    assert table.periods[0].label == "week ending 3 April 2020"


def test_headers_of_years_ending_make_a_wide_table_of_those_years(tmp_path):
    (tmp_path / "crime.csv").write_text(
        "area,Year ending March 2017,Year ending March 2018\nWales,210,234\n", encoding="utf-8"
    )
    (table,) = load_catalog(tmp_path).tables
    assert [p.label for p in table.periods] == ["year to March 2017", "year to March 2018"]
    assert (table.periods[1].start, table.periods[1].end) == (date(2017, 4, 1), date(2018, 3, 31))
