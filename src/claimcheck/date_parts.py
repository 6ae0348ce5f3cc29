"""Where an article writes a date, whose digits are no figures to check.

>>> date_spans("On 2018-02-28 Gwent recorded 345 offences; on 28 February 2018, 12.")
[(3, 13), (49, 60)]

"On 2018-02-28" would otherwise give the claims 2018, 2 and 28, and "28 February
2018" a claim 28, each checked (and contradicted) as a count. A date is found in the
forms articles use: ISO (2018-02-28, 2018-02-28T10:00:00Z), numeric (28/02/2018,
28.02.2018, 2018/02/28), a day before its month (28 February, 28th of Feb.) and a
day after it when a year, punctuation or a dateline's dash follows (February 28,
2018; Feb 28.; WASHINGTON, Sept 14 - ...) or "on" comes before (on February 28).
Times with a colon (10:45) are no counts either (pipeline.py). The month and year of
a date ("February 2018") are still a period.

Near misses that stay figures: "2017/18" (a financial year), "In February 28 people
died", "In May 12 officers were hurt" (a day after its month, followed by a noun),
"12 may be hurt" (a month is written with a capital).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claimcheck.lexicon import MONTHS

# Month names as written ("January", "Jan", "Sept"), longest first; the words are the
# lexicon's.
_NAMES = sorted({name.capitalize() for name in MONTHS}, key=lambda name: (-len(name), name))
_MONTH = r"\b(?:" + "|".join(f"{name}|{name.upper()}" for name in _NAMES) + r")\b\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DATE = re.compile(
    "|".join(
        [
            # ISO 8601, with a time if any
            r"(?<![\w.])\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
            r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])",
            # numeric: day and month either way round, then the year; or year first
            r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:\d{4}|\d{2})(?![\w/]|[.-]\d)",
            r"(?<![\w./-])(?P<c>\d{1,2})(?P<sep>[.-])(?P<d>\d{1,2})(?P=sep)\d{4}(?![\w/]|[.-]\d)",
            r"(?<![\w./-])\d{4}/(?:0?[1-9]|1[0-2])/(?:3[01]|[12]\d|0?[1-9])(?![\w/]|[.-]\d)",
            # "28 February", "28th of Feb"
            rf"(?<![\w.,]){_DAY}(?:\s+of)?\s+{_MONTH}",
            # "February 28, 2018", "Feb 28.", "on February 28" (else a noun after the
            # day makes it a count: "In February 28 people died")
            rf"{_MONTH}\s+{_DAY}\b(?=,?\s*\d{{4}}|\s*[,.;:!?)]|\s+[-–—]\s|\s*$)",
            rf"\b[Oo]n\s+{_MONTH}\s+{_DAY}\b",
        ]
    )
)


def date_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the dates in `text`, in order."""
    return [found.span() for found in _DATE.finditer(text) if _valid(found)]


def _valid(found: re.Match) -> bool:
    """A numeric date's first two numbers are a day and a month, in either order."""
    for day, month in (("a", "b"), ("c", "d")):
        if found[day] is not None:
            low, high = sorted((int(found[day]), int(found[month])))
            return 1 <= low <= 12 and 1 <= high <= 31
    return True


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the characters start..end overlap one of the sorted `spans`."""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start
