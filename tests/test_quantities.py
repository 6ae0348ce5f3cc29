"""Quantity intervals, table-driven: the rules of docs/quantities.md, one row each."""

from __future__ import annotations

import math

import pytest

from claimcheck.quantities import Interval, header_scale, parse_quantity, rounded_to

INF = math.inf

CASES = [
    # text, value, unit, low, high, low closed, high closed
    ("2,895", 2895, "number", 2894.5, 2895.5, True, False),
    ("30%", 30, "percent", 29.5, 30.5, True, False),
    ("30 per cent", 30, "percent", 29.5, 30.5, True, False),
    ("30 percent", 30, "percent", 29.5, 30.5, True, False),
    ("30pc", 30, "percent", 29.5, 30.5, True, False),
    ("3.97", 3.97, "number", 3.965, 3.975, True, False),
    ("1.2 million", 1_200_000, "number", 1_150_000, 1_250_000, True, False),
    # a whole number's trailing zeros, from a thousand up, are rounding (two digits kept)
    ("307,000", 307_000, "number", 306_500, 307_500, True, False),
    ("450 million", 450e6, "number", 445e6, 455e6, True, False),
    ("2,000", 2000, "number", 1950, 2050, True, False),
    ("20 million", 20e6, "number", 19.5e6, 20.5e6, True, False),
    ("2,890", 2890, "number", 2885, 2895, True, False),
    ("110", 110, "number", 109.5, 110.5, True, False),  # below a thousand: exact
    ("£5bn", 5e9, "number", 4.5e9, 5.5e9, True, False),
    ("3.5 percentage points", 3.5, "points", 3.45, 3.55, True, False),
    ("four", 4, "number", 3.5, 4.5, True, False),
    ("twenty-one", 21, "number", 20.5, 21.5, True, False),
    ("a dozen", 12, "number", 11.5, 12.5, True, False),
    ("one hundred and five", 105, "number", 104.5, 105.5, True, False),
    ("almost four", 4, "number", 3.6, 4, True, False),
    ("nearly 2,000", 2000, "number", 1800, 2000, True, False),
    ("just under 50%", 50, "percent", 45, 50, True, False),
    ("more than 2,000", 2000, "number", 2000, INF, False, False),
    ("over 30%", 30, "percent", 30, INF, False, False),
    ("just over 40%", 40, "percent", 40, 44, False, True),
    ("at least 12", 12, "number", 12, INF, True, False),
    ("up to 30%", 30, "percent", 0, 30, True, True),
    ("fewer than 100", 100, "number", 0, 100, True, False),
    ("about 2,900", 2900, "number", 2610, 3190, True, True),
    ("around 30%", 30, "percent", 27, 33, True, True),
    ("half", 0.5, "fraction", 0.45, 0.55, True, False),
    ("a quarter", 0.25, "fraction", 0.225, 0.2917, True, False),
    ("two-thirds", 2 / 3, "fraction", 0.6333, 0.7083, True, False),
    ("nearly two-thirds", 2 / 3, "fraction", 0.6, 2 / 3, True, False),
    ("one in five", 0.2, "fraction", 0.1, 0.225, True, False),
    ("doubled", 2, "times", 1.8, 2.2, True, True),
    ("twice", 2, "times", 1.8, 2.2, True, True),
    ("three times", 3, "times", 2.7, 3.3, True, True),
    ("two and a half", 2.5, "number", 2.25, 2.75, True, False),
    ("two and a half times", 2.5, "times", 2.25, 2.75, True, True),
    ("more than two and a half times", 2.5, "times", 2.5, INF, False, False),
    ("more than half", 0.5, "fraction", 0.5, INF, False, False),
    ("about a fifth", 0.2, "fraction", 0.1, 0.225, True, True),
    ("12 345", 12_345, "number", 12_344.5, 12_345.5, True, False),
    ("12\u202f345\u202f678", 12_345_678, "number", 12_345_677.5, 12_345_678.5, True, False),
    ("\u2212£3.2m", -3_200_000, "number", -3_250_000, -3_150_000, False, True),
    ("-2%", -2, "percent", -2.5, -1.5, False, True),
    ("almost \u22122%", -2, "percent", -2, -1.8, False, True),
    ("10^6", 1_000_000, "number", 999_999.5, 1_000_000.5, True, False),
]


@pytest.mark.parametrize(("text", "value", "unit", "low", "high", "lc", "hc"), CASES)
def test_interval_of_written_quantity(text, value, unit, low, high, lc, hc):
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    interval = quantity.interval
    assert interval.low == pytest.approx(low, abs=1e-4)
    assert interval.high == pytest.approx(high, abs=1e-4) or interval.high == high
    assert (interval.low_closed, interval.high_closed) == (lc, hc)


def test_thirty_percent_is_half_open_at_its_rounding_bounds():
    interval = parse_quantity("30%").interval
    assert 29.5 in interval and 29.97 in interval
    assert 30.5 not in interval and 29.49 not in interval


def test_almost_excludes_the_number_itself():
    interval = parse_quantity("almost four").interval
    assert 3.97 in interval
    assert 4.0 not in interval and 3.5 not in interval


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("hundreds", 200, 1000), ("thousands", 2000, 1e6), ("dozens", 24, 144)],
)
def test_vague_amounts_are_marked_vague(text, low, high):
    quantity = parse_quantity(text)
    assert quantity.vague
    assert (quantity.interval.low, quantity.interval.high) == (low, high)


@pytest.mark.parametrize("text", ["", "foo", "two-thirds per cent", "the", "per cent"])
def test_non_quantities_parse_to_none(text):
    assert parse_quantity(text) is None


def test_exact_interval_is_kept_beside_the_hedged_one():
    quantity = parse_quantity("almost four")
    assert quantity.exact == Interval(3.5, 4.5)
    assert quantity.hedge == "below"


@pytest.mark.parametrize(
    ("header", "label", "scale"),
    [
        ("Revenue (£m)", "Revenue", 1e6),
        ("Net income ($bn)", "Net income", 1e9),
        ("Sales (£ millions)", "Sales", 1e6),
        ("Unemployed people (thousands)", "Unemployed people", 1e3),
        ("Population ('000s)", "Population", 1e3),
        ("Vote share (%)", "Vote share", 1),
        ("Price (£)", "Price", 1),
        ("Distance (m)", "Distance (m)", 1),  # metres: "m" is millions only after a currency
        ("Offences (all)", "Offences (all)", 1),
        ("offences", "offences", 1),
    ],
)
def test_header_scale_reads_a_bracketed_unit(header, label, scale):
    assert header_scale(header) == (label, scale)


@pytest.mark.parametrize(
    ("text", "unit"), [("307,000", 1000), ("450 million", 10e6), ("2,895", None), ("110", None)]
)
def test_a_pass_resting_on_trailing_zeros_knows_their_rounding(text, unit):
    quantity = parse_quantity(text)
    assert quantity is not None
    assert rounded_to(quantity) == (pytest.approx(unit) if unit else None)


@pytest.mark.parametrize("written", ["307,000", "307 000", "307\u00a0000", "307\u202f000"])
def test_a_round_figure_grouped_by_commas_or_spaces_says_what_it_is_rounded_to(written):
    quantity = parse_quantity(written)
    assert (quantity.interval.low, quantity.interval.high) == (306_500, 307_500)
    assert rounded_to(quantity) == 1_000


@pytest.mark.parametrize(
    "written", ["topped 1,000", "exceeded 1,000", "surpassed 1,000", "already passed 1,000"]
)
def test_a_verb_of_crossing_a_threshold_opens_the_interval_above_it(written):
    quantity = parse_quantity(written)
    assert (quantity.interval.low, quantity.interval.high) == (1_000, INF)
    assert not quantity.interval.low_closed


@pytest.mark.parametrize(
    ("written", "shown"),
    [("1.30", "[1.295, 1.305)"), ("2,895", "[2,894.5, 2,895.5)"), ("0.05", "[0.045, 0.055)")],
)
def test_an_interval_is_shown_with_the_decimals_its_ends_have(written, shown):
    assert str(parse_quantity(written).interval) == shown
