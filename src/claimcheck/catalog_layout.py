"""How a table lays out its figures: which columns are periods, months, summaries or
measures.

    >>> read_layout(["Jan", "Feb", "Mar", "Annual"], True, 4).kind
    <LayoutKind.WIDE_MONTHS: 'wide: months as columns, with a period column'>

A statistical release puts periods in the header ("1960", "2017/18", "Jan-18") or
months beside a year column ("Year, Jan ... Dec, Annual"); a summary column beside
the months ("Annual", "Total") is the year's own published figure, not a period or a
measure of its own. What is neither is a measure column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

import numpy as np

from claimcheck.columns import Column
from claimcheck.names import key
from claimcheck.periods import Period, PeriodExpr
from claimcheck.table_periods import SUMMARY_HEADERS, cell_period, month_header

_BARE_YEAR = re.compile(r"^\s*[12]\d{3}\s*$")
MIN_MONTHS = 3  # fewer month-named columns are measures that happen to be called "May"


class LayoutKind(Enum):
    LONG = "long: one value column"
    WIDE_PERIODS = "wide: periods as columns"
    WIDE_MONTHS = "wide: months as columns, with a period column"
    WIDE_MEASURES = "wide: measures as columns"
    WIDE_JOINED = "wide: measures by a dimension in the headers"


@dataclass(frozen=True)
class Layout:
    kind: LayoutKind
    wide: dict[str, PeriodExpr] = field(default_factory=dict)  # header -> its period
    months: dict[str, int] = field(default_factory=dict)  # header -> month of the row's year
    summaries: tuple[str, ...] = ()  # the row's year's own figure ("Annual")
    # header -> (measure, dimension, value): "first quarter points" is points, quarter
    joined: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    measures: tuple[str, ...] = ()  # columns that are measures of their own


def read_layout(measures: list[str], period_column: bool, year_start: int) -> Layout:
    """The layout of a table's figure columns (`measures`, in the file's order)."""
    if not period_column:
        hint = "year" if sum(bool(_BARE_YEAR.match(c)) for c in measures) >= 2 else ""
        read = {c: cell_period(c, hint) for c in measures}
        wide = {c: e for c, e in read.items() if e is not None and e.resolve(year_start)}
        if wide:
            rest = tuple(c for c in measures if c not in wide)
            return Layout(LayoutKind.WIDE_PERIODS, wide=wide, measures=rest)
    else:
        months = {c: m for c in measures if (m := month_header(c)) is not None}
        if len(months) >= MIN_MONTHS:
            summaries = tuple(c for c in measures if key(c) in SUMMARY_HEADERS)
            rest = tuple(c for c in measures if c not in months and c not in summaries)
            return Layout(LayoutKind.WIDE_MONTHS, months=months, summaries=summaries, measures=rest)
    joined = joined_headers(measures)
    if joined:
        rest = tuple(c for c in measures if c not in joined)
        return Layout(LayoutKind.WIDE_JOINED, joined=joined, measures=rest)
    kind = LayoutKind.WIDE_MEASURES if len(measures) > 1 else LayoutKind.LONG
    return Layout(kind, measures=tuple(measures))


def joined_headers(measures: list[str]) -> dict[str, tuple[str, str, str]]:
    """Headers that join a dimension's value to a measure: "first quarter points" ...
    "fourth quarter points" beside "points" are points by quarter, and "points" is all
    quarters. Each joined header -> (measure, dimension, value); the plain measure's
    value is the dimension's total. Needs two joined headers and the plain one."""
    keys = {key(c): c for c in measures}
    joined: dict[str, tuple[str, str, str]] = {}
    for plain_key, plain in keys.items():
        parts = {
            c: key(c)[: -len(plain_key)].strip()
            for c in measures
            if c != plain and key(c).endswith(f" {plain_key}")
        }
        if len(parts) < 2 or any(c in joined for c in parts):
            continue
        last = {value.split()[-1] for value in parts.values()}
        dim = last.pop() if len(last) == 1 else f"{plain_key} by"
        for column, value in parts.items():
            joined[column] = (plain, dim, value)
        joined[plain] = (plain, dim, f"all {dim}s" if dim.isalpha() else "total")
    return joined


def month_of(period: Period | None, month: int) -> Period | None:
    """The month of a calendar year (a row of a wide month table); None for a row whose
    period is not a calendar year."""
    if period is None or period.start != date(period.start.year, 1, 1) or period.days < 365:
        return None
    return PeriodExpr("month", period.start.year, month).resolve()


def summary_over_time(pieces: list[dict[str, Column | np.ndarray]], layout: Layout) -> bool | None:
    """What a summary column says of its months, by arithmetic: their sum (a flow,
    whose year adds up its months: True), their mean (a rate or a level: False), or
    nothing either way (None). Most rows with all twelve months must agree."""
    if not layout.summaries or len(layout.months) != 12:
        return None
    count = len(layout.months)
    months = np.vstack([piece["_value"] for piece in pieces[:count]])
    summary = np.asarray(pieces[count]["_value"], dtype=float)
    full = np.isfinite(months).all(axis=0) & np.isfinite(summary)
    if full.sum() < 2:
        return None
    total, summary = months[:, full].sum(axis=0), summary[full]
    mean = total / count
    # published to their own rounding: within one unit of the last place of the mean
    near_mean = np.abs(summary - mean) <= np.maximum(0.051, 0.005 * np.abs(mean))
    near_sum = np.abs(summary - total) <= np.maximum(0.51, 0.005 * np.abs(total))
    if near_mean.mean() >= 0.9 and not near_sum.mean() >= 0.9:
        return False
    if near_sum.mean() >= 0.9 and not near_mean.mean() >= 0.9:
        return True
    return None
