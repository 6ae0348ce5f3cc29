"""Periods as tables write them: in a column of cells, in headers, in a title.

    >>> column_periods(["2006-01-01", "2006-02-01"])[1].resolve().label
    'February 2006'
    >>> column_periods(["1871", "1872"], header="year")[0].resolve().label
    '1871'

Articles and tables share `parse_period`, but a table says more than a phrase does:
a column of ISO dates that fall one a year on 1 January is a column of years, and
dates on the first of each month are months (BLS and FRED publish them so); a column
headed "year" may hold years from the 19th century ("1871"), which in prose would be a
count. So a column is read as a whole, and its frequency is known and shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import Enum

from claimcheck.periods import MONTHS, Period, PeriodExpr, parse_period

_ISO = re.compile(
    r"^(?P<y>[12]\d{3})-(?P<m>\d\d)(?:-(?P<d>\d\d)(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?)?$"
)
_ANY_YEAR = re.compile(r"^[12]\d{3}$")
_YEAR_QUARTER = re.compile(r"^(?P<y>[12]\d{3})\s*[-_ ]?\s*q(?P<q>[1-4])$", re.I)
_YEAR_MONTH = re.compile(r"^(?P<y>[12]\d{3})m(?P<m>\d\d)$", re.I)
_MONTH_YY = re.compile(r"^(?P<m>[a-z]{3,9})[- ](?P<y>\d\d)$", re.I)
_DATED_HEADER = re.compile(r"(?i)(?:^|[\W_])(year|yr|date|period|time|month|day)s?(?:$|[\W_])")
_TITLE_PERIOD = re.compile(r"(?:[:,]|\bin|\bfor)\s+(?P<p>[12]\d{3}(?:\s*[/-]\s*\d{2,4})?)\s*\.?$")
# Columns beside a wide table's months that give the year's own figure ("Annual": the
# published annual average of a rate, or the year's total of a count).
SUMMARY_HEADERS = frozenset({"annual", "year", "total", "annual average", "annual total", "all"})


class Frequency(Enum):
    """How often a table's figures come: shown by `claimcheck data`."""

    NONE = "not dated"
    ANNUAL = "annual"
    FINANCIAL = "financial years"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    DAILY = "daily"
    MIXED = "mixed"


def dated_header(header: str) -> bool:
    """Whether a header says its column holds times ("Year", "month", "ref_date")."""
    return _DATED_HEADER.search(header) is not None


def cell_period(text: str, header: str = "") -> PeriodExpr | None:
    """One cell's or header's period: a phrase (`parse_period`: also "2020-W12", "week
    ending 3 April 2020", "year ending March 2018"), or a form only tables use:
    "2017-Q1", "2017M01", "Jan-18", an ISO date ("2006-01-15", a day), or a year before
    1900 or after 2099 under a header that says it holds times."""
    value = " ".join(str(text).split())
    found = _ISO.match(value)
    # "2011-12" is the financial year 2011/12 more often than December 2011
    split = (
        found is not None and found["d"] is None and int(found["m"]) == (int(found["y"]) + 1) % 100
    )
    if found and not split and 1 <= int(found["m"]) <= 12:
        year, month = int(found["y"]), int(found["m"])
        if found["d"] is None:
            return PeriodExpr("month", year, month)
        try:
            date(year, month, int(found["d"]))
        except ValueError:
            return None
        return PeriodExpr("day", year, month, day=int(found["d"]))
    if found := _YEAR_QUARTER.match(value):
        return PeriodExpr(
            "quarter", number=int(found["q"]), inner=(PeriodExpr("year", int(found["y"])),)
        )
    if (found := _YEAR_MONTH.match(value)) and 1 <= int(found["m"]) <= 12:
        return PeriodExpr("month", int(found["y"]), int(found["m"]))
    if (found := _MONTH_YY.match(value)) and found["m"].lower() in MONTHS:
        return PeriodExpr("month", 2000 + int(found["y"]), MONTHS[found["m"].lower()])
    if _ANY_YEAR.match(value) and (dated_header(header) or value[:2] in {"19", "20"}):
        return PeriodExpr("year", int(value))
    return parse_period(value)


def column_periods(values: Sequence[str], header: str = "") -> list[PeriodExpr | None]:
    """Each distinct cell's period, read with the column's frequency: dates that all
    fall on 1 January, one a year, are years; dates that all fall on the first of a
    month are months (quarters when only January, April, July and October occur)."""
    exprs = [cell_period(v, header) for v in values]
    days = [e for e in exprs if e is not None and e.kind == "day"]
    if not days or len(days) < len([e for e in exprs if e is not None]):
        return exprs
    if any(e.day != 1 for e in days):
        return exprs
    months = {e.number for e in days}
    if months == {1} and len({e.year for e in days}) == len(days):
        return [PeriodExpr("year", e.year) if e else None for e in exprs]
    if months == {1, 4, 7, 10}:
        return [
            PeriodExpr("quarter", number=(e.number + 2) // 3, inner=(PeriodExpr("year", e.year),))
            if e
            else None
            for e in exprs
        ]
    return [PeriodExpr("month", e.year, e.number) if e else None for e in exprs]


def month_header(header: str) -> int | None:
    """The month a wide table's column stands for ("Jan", "February"), else None."""
    return MONTHS.get(header.strip().lower().rstrip("."))


def title_period(title: str) -> PeriodExpr | None:
    """The period a title gives the whole table: "Crime rates ..., by state: 2009"."""
    found = _TITLE_PERIOD.search(title.strip())
    return parse_period(found["p"]) if found else None


def frequency(periods: Sequence[Period]) -> Frequency:
    """The table's frequency: the length its periods most often have."""
    if not periods:
        return Frequency.NONE
    kinds: dict[Frequency, int] = {}
    for period in periods:
        kind = _length_kind(period)
        kinds[kind] = kinds.get(kind, 0) + 1
    if len(kinds) == 1:
        return next(iter(kinds))
    return max(kinds, key=lambda k: (kinds[k], k.value))


def _length_kind(period: Period) -> Frequency:
    if period.days == 1:
        return Frequency.DAILY
    if period.days == 7:
        return Frequency.WEEKLY
    if period.days <= 31:
        return Frequency.MONTHLY
    if period.days <= 92:
        return Frequency.QUARTERLY
    if period.days <= 366:
        return Frequency.ANNUAL if period.start.month == 1 else Frequency.FINANCIAL
    return Frequency.MIXED
