"""Periods of time, as written in articles and in table cells.

One parser serves both, so "2016/17" in a CSV and "2016/2017" in an article are the
same period by construction. A written period (`PeriodExpr`) stays symbolic until it
is resolved: "2016/17" needs the table's financial-year start, "the past two years"
needs the latest period of the table (or the article's date).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from claimcheck.lexicon import MONTHS, QUARTER_WORDS, QUARTER_WORDS_ALONE, UNIT_DAYS, UNITS_WORDS

NUMBER_WORDS = {**UNITS_WORDS, "a": 1, "an": 1}

DEFAULT_YEAR_START = 4


def days_per(unit: str | None) -> float:
    """Days in "a day", "a week", "a year" (365: rates are quoted per calendar year)."""
    return 365.0 if unit == "year" else UNIT_DAYS.get(unit or "day", 1.0)


# a split year such as 2016/17 is a UK financial year unless told


@dataclass(frozen=True, order=True)
class Period:
    """An absolute stretch of time, both ends inclusive."""

    start: date
    end: date
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def within(self, other: Period) -> bool:
        return other.start <= self.start and self.end <= other.end


NOT_A_PERIOD = "not_a_period"


@dataclass(frozen=True)
class PeriodExpr:
    """A period as written, before it is resolved against a table.

    kind: "year" (2017), "day" (2006-01-15, in tables), "split_year" (2016/17), "month"
    (April 2016), "week" (ISO week 12 of 2020: `number` is the week), "week_ending" (the
    seven days to 3 April 2020: `number` the month, `day` the day), "quarter" (Q1 2017,
    or of a split year; "the fourth quarter" has no
    `inner` year until the sentence gives it one, see `in_year`), "year_to" (the two years
    to March 2018: `count` months), "since" (since April 2016: `inner` holds the start),
    "range" (between A and B: `inner` holds both), "relative" (the past two years: `count`
    units back from the latest), "previous" (the year before: one year before the period the
    sentence names, see `shifted`).
    """

    kind: str  # one of the above, or NOT_A_PERIOD: "2017/16" (`year`, and `number` 2016)
    year: int = 0
    number: int = 0
    count: int = 0
    unit: str = ""
    inner: tuple[PeriodExpr, ...] = ()
    day: int = 0  # of "day" (a table's ISO date, 2006-01-15: `number` is the month)

    def resolve(self, year_start: int = DEFAULT_YEAR_START) -> Period | None:
        """The absolute period, or None for open and relative forms."""
        match self.kind:
            case "year":
                return Period(date(self.year, 1, 1), date(self.year, 12, 31), str(self.year))
            case "split_year":
                start = date(self.year, year_start, 1)
                end = _add_months(start, 12) - timedelta(days=1)
                label = f"{self.year}/{(self.year + 1) % 100:02d}"
                return Period(start, end, label)
            case "day":
                day = date(self.year, self.number, self.day)
                return Period(day, day, day.isoformat())
            case "week":
                start = date.fromisocalendar(self.year, self.number, 1)
                return Period(start, start + timedelta(days=6), f"week {self.number} {self.year}")
            case "week_ending":
                end = date(self.year, self.number, self.day)
                label = f"week ending {end.day} {calendar.month_name[end.month]} {end.year}"
                return Period(end - timedelta(days=6), end, label)
            case "month":
                start = date(self.year, self.number, 1)
                end = _add_months(start, 1) - timedelta(days=1)
                return Period(start, end, f"{calendar.month_name[self.number]} {self.year}")
            case "quarter":
                if not self.inner:
                    return None
                whole = PeriodExpr(self.inner[0].kind, self.inner[0].year).resolve(year_start)
                if whole is None:
                    return None
                start = _add_months(whole.start, 3 * (self.number - 1))
                end = _add_months(start, 3) - timedelta(days=1)
                return Period(start, end, f"{whole.label} Q{self.number}")
            case "year_to":
                end = _add_months(date(self.year, self.number, 1), 1) - timedelta(days=1)
                start = _add_months(end + timedelta(days=1), -(self.count or 12))
                month = calendar.month_name[self.number]
                length = "year" if self.count in (0, 12) else f"{self.count} months"
                return Period(start, end, f"{length} to {month} {self.year}")
            case "range":
                first, last = (p.resolve(year_start) for p in self.inner)
                if first is None or last is None or last.end < first.start:
                    return None
                return Period(first.start, last.end, f"{first.label} to {last.label}")
        return None

    def shifted(self, years: int) -> PeriodExpr | None:
        """The same kind of period some years away; None for open or relative forms."""
        if self.kind in {"year", "split_year", "month", "year_to"}:
            return PeriodExpr(self.kind, self.year + years, self.number, self.count)
        if self.kind == "quarter" and self.inner:
            inner = self.inner[0].shifted(years)
            return PeriodExpr("quarter", number=self.number, inner=(inner,)) if inner else None
        return None

    @property
    def yearless(self) -> bool:
        """ "the fourth quarter", "between the first and third quarters": quarters that
        need the year the sentence names elsewhere ("in 2017/18") to mean anything."""
        if self.kind == "quarter":
            return not self.inner
        return self.kind == "range" and any(p.yearless for p in self.inner)

    def in_year(self, whole: PeriodExpr) -> PeriodExpr:
        """This period with its yearless quarters placed in `whole` (a year)."""
        if self.kind == "quarter" and not self.inner:
            return PeriodExpr("quarter", number=self.number, inner=(whole,))
        if self.kind == "range":
            return PeriodExpr("range", inner=tuple(p.in_year(whole) for p in self.inner))
        return self

    def encloses(self, other: PeriodExpr) -> bool:
        """Whether `other` is a quarter of this year: "in 2017/18, from 311 in the first
        quarter to 605 in the fourth" compares the quarters, not the year."""
        return other.kind == "quarter" and other.inner == (self,)

    @property
    def duration_days(self) -> tuple[float, float] | None:
        """Bounds on the length of a relative period ("the past two years": 730-731 days)."""
        if self.kind != "relative" or self.unit not in UNIT_DAYS:
            return None
        if self.unit == "year":
            return 365.0 * self.count, 365.0 * self.count + (self.count + 3) // 4
        days = UNIT_DAYS[self.unit] * self.count
        return days, days


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


_YEAR = r"(?:19|20)\d\d"
_SPLIT = re.compile(rf"^(?:fy\s*)?(?P<y1>{_YEAR})\s*(?:/|-|–|to)\s*(?P<y2>(?:19|20)?\d\d)$")
_FY_SINGLE = re.compile(rf"^fy\s*(?P<y>{_YEAR}|\d\d)$")
_CAL = re.compile(rf"^(?:calendar year |the year )?(?P<y>{_YEAR})$")
_MONTH = re.compile(rf"^(?P<m>[a-z]+)\.? (?P<y>{_YEAR})$")
_QUARTER = re.compile(
    r"^(?:q(?P<q1>[1-4])\s*(?P<y1>.+)|(?P<y2>.+?)\s*q(?P<q2>[1-4])"
    r"|(?P<ord>first|second|third|fourth|final|last) quarter of (?P<y3>.+))$"
)
_YEAR_TO = re.compile(
    rf"^(?:the )?(?:(?P<n>\w+) )??(?:financial |fiscal |tax )?"
    rf"(?:(?P<unit>years?|months?) (?:to|ending|ended)|ye|y/e) (?P<m>[a-z]+) (?P<y>{_YEAR})$"
)
# ISO weeks ("week 12 2020", "week 12 of 2020", "2020-W12") and weeks by their last day
# ("week ending 3 April 2020", "w/e 2020-04-03"), as weekly statistics are published.
_WEEK = re.compile(rf"^(?:week|wk|w)\s*(?P<w>\d{{1,2}})(?:,? (?:of )?)(?P<y>{_YEAR})$")
_ISO_WEEK = re.compile(rf"^(?P<y>{_YEAR})\s*-?\s*w(?P<w>\d{{1,2}})$")
_WEEK_ENDING = re.compile(
    rf"^(?:the )?(?:week (?:ending|ended|to)|w/e) (?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? "
    rf"(?P<m>[a-z]+)\.?,? (?P<y>{_YEAR})|(?P<iso>{_YEAR}-\d\d-\d\d))$"
)
_PREVIOUS = re.compile(
    r"^(?:the|a) (?:year (?:before|earlier|prior)|(?:previous|preceding|prior) year)$"
)
_SINCE = re.compile(r"^(?:since|from|after) (?P<p>.+)$")
_RANGE = re.compile(r"^(?:between |from )?(?P<a>.+?) (?:and|to|-|–) (?P<b>.+)$")
_RELATIVE = re.compile(
    r"^(?:in |over |during |for )?(?:the |his |her |their |its )?"
    r"(?:past|last|previous|preceding|latest|next|first) "
    r"(?:(?P<n>\w+) )?(?P<unit>day|week|fortnight|month|quarter|year|decade|game|match|outing"
    r"|start|contest|season)(?:s|es)?$"
)
_ORDINALS = "|".join(QUARTER_WORDS)
_BARE_QUARTER = re.compile(rf"^(?:the )?(?P<ord>{'|'.join(sorted(QUARTER_WORDS_ALONE))}) quarter$")
_QUARTER_RANGE = re.compile(
    rf"^(?:between |from )?(?:the )?(?P<a>{_ORDINALS})(?: quarter)? (?:and|to) (?:the )?"
    rf"(?P<b>{_ORDINALS}) quarters?(?: of (?P<y>.+))?$"
)


@lru_cache(maxsize=16384)  # the same few phrases recur in every article and table
def parse_period(text: str) -> PeriodExpr | None:
    """Parse a period phrase or cell ("2016/2017", "April 2016", "the past two years")."""
    phrase = " ".join(str(text).lower().replace("\u2013", "-").split()).strip(" .,")
    if not phrase:
        return None
    if match := _SPLIT.match(phrase):
        y1, y2 = int(match["y1"]), match["y2"]
        second = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if second == y1 + 1 or (len(y2) == 2 and second % 100 == (y1 + 1) % 100):
            return PeriodExpr("split_year", y1)
        if len(y2) == 4 and second > y1 + 1:
            return PeriodExpr("range", inner=(PeriodExpr("year", y1), PeriodExpr("year", second)))
        # "2017/16": written as a period, but none. Kept, so that a claim "in 2017/16"
        # is unverifiable for it, rather than read as undated (the latest period).
        return PeriodExpr(NOT_A_PERIOD, y1, number=second)
    if match := _FY_SINGLE.match(phrase):
        ending = int(match["y"]) if len(match["y"]) == 4 else 2000 + int(match["y"])
        return PeriodExpr("split_year", ending - 1)
    if match := _CAL.match(phrase):
        return PeriodExpr("year", int(match["y"]))
    if (match := _MONTH.match(phrase)) and match["m"] in MONTHS:
        return PeriodExpr("month", int(match["y"]), MONTHS[match["m"]])
    if week := _parse_week(phrase):
        return week
    if match := _YEAR_TO.match(phrase):
        count = NUMBER_WORDS.get(match["n"] or "a") or (
            int(match["n"]) if (match["n"] or "").isdigit() else 0
        )
        months = count * (1 if (match["unit"] or "").startswith("month") else 12)
        if match["m"] in MONTHS and months:
            return PeriodExpr("year_to", int(match["y"]), MONTHS[match["m"]], count=months)
        return None
    if _PREVIOUS.match(phrase):
        return PeriodExpr("previous", count=1, unit="year")
    if match := _QUARTER.match(phrase):
        return _parse_quarter(match)
    if match := _BARE_QUARTER.match(phrase):
        return PeriodExpr("quarter", number=QUARTER_WORDS[match["ord"]])
    if match := _QUARTER_RANGE.match(phrase):
        return _parse_quarter_range(match)
    if match := _RELATIVE.match(phrase):
        count = NUMBER_WORDS.get(match["n"] or "one") or (
            int(match["n"]) if (match["n"] or "").isdigit() else 0
        )
        return PeriodExpr("relative", count=count, unit=match["unit"]) if count else None
    if match := _SINCE.match(phrase):
        inner = parse_period(match["p"])
        if inner is not None and inner.kind not in {"since", "relative", "range"}:
            return PeriodExpr("since", inner=(inner,))
        return None
    if match := _RANGE.match(phrase):
        first, last = parse_period(match["a"]), parse_period(match["b"])
        absolute = {"year", "split_year", "month", "quarter"}
        if first and last and first.kind in absolute and last.kind in absolute:
            return PeriodExpr("range", inner=(first, last))
    return None


def _parse_week(phrase: str) -> PeriodExpr | None:
    """A week: an ISO week of a year, or the seven days ending on a date."""
    if match := _WEEK.match(phrase) or _ISO_WEEK.match(phrase):
        year, week = int(match["y"]), int(match["w"])
        weeks = date(year, 12, 28).isocalendar()[1]  # 52 or 53
        return PeriodExpr("week", year, week) if 1 <= week <= weeks else None
    if match := _WEEK_ENDING.match(phrase):
        if match["iso"]:
            year, month, day = (int(part) for part in match["iso"].split("-"))
        elif match["m"] in MONTHS:
            year, month, day = int(match["y"]), MONTHS[match["m"]], int(match["d"])
        else:
            return None
        try:
            date(year, month, day)
        except ValueError:
            return None
        return PeriodExpr("week_ending", year, month, day=day)
    return None


_FAR_YEAR = r"[12]\d{3}"
_FAR = re.compile(
    rf"^(?:(?P<since>since) (?P<s>{_FAR_YEAR})|(?P<y>{_FAR_YEAR})"
    rf"|(?:between|from) (?P<a>{_FAR_YEAR}) (?:and|to) (?P<b>{_FAR_YEAR})"
    r"|(?:the )?(?:(?P<part>early|mid|late)\s*-?\s*)?(?P<decade>[12]\d\d0)s)$"
)
VAGUE = "vague"  # "the mid-2080s": some years of a decade, not which


def prose_year_period(text: str) -> PeriodExpr | None:
    """A year of prose outside 1900-2099, or a span or start of such years, which the
    sentence's parser has already read as a date, or a decade:

        >>> prose_year_period("by 2100").year
        2100
        >>> [p.year for p in prose_year_period("between 1871 and 1898").inner]
        [1871, 1898]
        >>> [p.year for p in prose_year_period("the 1960s").inner]
        [1960, 1969]
        >>> prose_year_period("the mid-2080s").kind
        'vague'

    A decade is the ten years it names; "the early", "mid" or "late" part of one is
    VAGUE: some of its years, the article does not say which (a figure "in the
    mid-2080s" is neither the sum of five years nor any one of them).

    `parse_period` reads only 19xx and 20xx as years, since "1878" or "2100" in a
    sentence is as often a count ("rose by 2100"); the article's patterns take them as
    periods only where the named-entity recogniser calls them dates ("3.8 billion by
    2100", "between 1871 and 1898"), and this reads what those patterns found."""
    phrase = " ".join(str(text).lower().replace("\u2013", "-").split()).strip(" .,")
    phrase = re.sub(r"^(?:in|by|until|before|during|for|of) ", "", phrase)
    found = _FAR.match(phrase)
    if found is None:
        return None
    if found["since"]:
        return PeriodExpr("since", inner=(PeriodExpr("year", int(found["s"])),))
    if found["y"]:
        return PeriodExpr("year", int(found["y"]))
    if found["decade"]:
        decade = int(found["decade"])
        years = PeriodExpr(
            "range", inner=(PeriodExpr("year", decade), PeriodExpr("year", decade + 9))
        )
        return PeriodExpr(VAGUE, decade, inner=(years,)) if found["part"] else years
    first, last = int(found["a"]), int(found["b"])
    if last <= first:
        return None
    return PeriodExpr("range", inner=(PeriodExpr("year", first), PeriodExpr("year", last)))


def _parse_quarter(match: re.Match[str]) -> PeriodExpr | None:
    if match["ord"]:
        number, year_text = QUARTER_WORDS[match["ord"]], match["y3"]
    else:
        number = int(match["q1"] or match["q2"])
        year_text = match["y1"] or match["y2"]
    whole = parse_period(year_text)
    if whole is None or whole.kind not in {"year", "split_year"}:
        return None
    return PeriodExpr("quarter", number=number, inner=(whole,))


def _parse_quarter_range(match: re.Match[str]) -> PeriodExpr | None:
    """ "between the first and third quarters of 2017/18": from one quarter to the other
    (without "of <year>", both wait for the sentence's year)."""
    whole = parse_period(match["y"]) if match["y"] else None
    if match["y"] and (whole is None or whole.kind not in {"year", "split_year"}):
        return None
    first, last = (
        PeriodExpr("quarter", number=QUARTER_WORDS[match[k]], inner=(whole,) if whole else ())
        for k in ("a", "b")
    )
    return PeriodExpr("range", inner=(first, last)) if first.number < last.number else None
