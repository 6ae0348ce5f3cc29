"""Numbers that belong to the article's addresses, not its figures.

    "see www.police.uk/2017-18"   -> numbers inside an address
    "https://example.org/2016/04" -> the same
    "stats@ons.gov.uk"            -> the same

A number inside a URL, a domain, a path or an e-mail address is never a claim, an
operand or a part. The digits of dates are found by date_parts.py ("since 1 April
2016", "WASHINGTON, Sept 14 -", "On 2018-02-28"): a day read as a figure was a claim
("1") and, worse, a part of a total ("2,895 since 1 April 2016: 1,437 ... and 1,458"
was contradicted as 1 + 1,437 + 1,458).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimcheck.doc_spans import doc_text

# A run of text without spaces that is an address: URLs, domains, paths, e-mail.
_ADDRESS = re.compile(r"://|www\.|\w\.\w+/|@\w", re.IGNORECASE)


def is_own_number(span: Span) -> bool:
    """Whether a number found in the text sits in a run of text without spaces that
    is an address. The text is the one kept with the Doc: `Doc.text` joins every token's
    text each time, which for each number of a long article made the check quadratic."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return bool(_ADDRESS.search(text[start:end]))
