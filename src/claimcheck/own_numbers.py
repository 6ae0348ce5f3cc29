"""Numbers that belong to the article's dates, addresses and names, not its figures.

    "since 1 April 2016"          -> 1 is a day of the month, not a figure or a part
    "WASHINGTON, Sept 14 -"       -> 14 is the dateline's day
    "On 2018-02-28 ..."           -> 2018, 02 and 28 are one date
    "see www.police.uk/2017-18"   -> numbers inside an address

A day read as a figure was a claim ("1") and, worse, a part of a total: "2,895 since 1
April 2016: 1,437 ... and 1,458" was contradicted as 1 + 1,437 + 1,458. Such numbers
are never a claim, an operand or a part.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimcheck.periods import MONTHS

# A run of text without spaces that is a date or an address: ISO and numeric dates,
# URLs, domains and paths.
_DATE_OR_ADDRESS = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|://|www\.|\w\.\w+/|@\w",
    re.IGNORECASE,
)


def is_own_number(span: Span) -> bool:
    """Whether a number found in the text is part of a date or an address."""
    return _day_of_month(span) or _in_date_or_address(span)


def _day_of_month(span: Span) -> bool:
    """ "1 April 2016", "14 September", "Sept 14", "September 14, 2016": a whole
    number from 1 to 31 beside a month's name."""
    if len(span) != 1 or not span[0].is_digit or not 1 <= int(span[0].text) <= 31:
        return False
    doc = span.doc
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    # a month is written with a capital ("30 may lose their jobs" is no date)
    return any(t.lower_.rstrip(".") in MONTHS and t.text[:1].isupper() for t in beside)


def _in_date_or_address(span: Span) -> bool:
    """The number sits in a run of text without spaces that is a date or an address."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return bool(_DATE_OR_ADDRESS.search(text[start:end]))
