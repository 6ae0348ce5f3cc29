"""Join the pieces of one written number that the tokenizer splits apart.

"12 345 offences" (thousands grouped by a space, a thin space U+2009, a narrow
no-break space U+202F or a no-break space U+00A0) is one number, 12,345; the trained
tokenizer makes it two, "12" and "345", and each would be checked, and contradicted,
on its own. Here such a run becomes one token, which the quantity patterns and
`quantities.parse_quantity` read as one number.

Only a grouping that cannot be anything else is joined: a lead of one to three digits,
then groups of exactly three, all with the same separator. Near misses stay separate:

- "in 2017 345 offences": a four-digit lead is a year, not a group;
- "1 2 345", "267 373 39%": a number just before the run makes it a list of figures;
- "12 34", "12 3456", "12 345,678": groups that are not all three digits, or a mixed
  separator;
- "page 12 345", "tables 3 100": after a word that refers to pages, tables, lines or
  numbered items, the figures are references, each its own.

A power, "10^6", is one number too (rather than 10 and 6).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimcheck.quantities import GROUP_SPACES, MINUS_SIGNS

# A lead of 1-3 digits (after a minus sign, if any), then 3-digit groups with one and
# the same separator; a decimal part may end it. What comes just before and after is
# checked in `_stands_alone`.
_GROUPED = re.compile(
    rf"(?<![\w.,/:^])(?:[{MINUS_SIGNS}](?=\d))?"
    rf"\d{{1,3}}(?P<sep>[{GROUP_SPACES}])\d{{3}}(?:(?P=sep)\d{{3}})*"
    rf"(?:\.\d+)?(?![\d^]|[.,]\d|[{GROUP_SPACES}]\d)"
)
# The figure just before a run ("1 2 345"): a list, unless it is a year ("in 2016 12 345").
_NUMBER_BEFORE = re.compile(rf"(?P<number>[\d.,/\-–]*\d)[{GROUP_SPACES}]$")
_WORD_BEFORE = re.compile(rf"(?P<word>[A-Za-z]+)\.?[{GROUP_SPACES}]+$")
# Words after which figures are references, not amounts: "page 12 345" is two pages.
REFERENCE_WORDS = {
    "page",
    "pages",
    "p",
    "pp",
    "line",
    "lines",
    "chapter",
    "chapters",
    "section",
    "sections",
    "table",
    "tables",
    "figure",
    "figures",
    "fig",
    "figs",
    "no",
    "nos",
    "item",
    "items",
    "column",
    "columns",
    "row",
    "rows",
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "volume",
    "vol",
    "issue",
    "issues",
}
_LOOKBEHIND = 24  # characters before a run that `_stands_alone` reads


def grouped_numbers(text: str) -> list[tuple[int, int]]:
    """The character spans of numbers grouped by spaces in `text`.

    >>> grouped_numbers("recorded 12 345 offences in 2017 345 cases")
    [(9, 15)]
    """
    return [found.span() for found in _GROUPED.finditer(text) if _stands_alone(text, found)]


def _stands_alone(text: str, found: re.Match) -> bool:
    before = text[max(0, found.start() - _LOOKBEHIND) : found.start()]
    number = _NUMBER_BEFORE.search(before)
    if number is not None:
        return re.fullmatch(r"\d{4}", number["number"]) is not None  # a year before it
    word = _WORD_BEFORE.search(before)
    return word is None or word["word"].lower() not in REFERENCE_WORDS


# A power: "10^6", and "10^309", which no float holds and so is no figure at all.
_POWER = re.compile(r"(?<![\w.^])\d+\^\d+(?![\w.^])")


def join_split_numbers(doc: Doc, text: str) -> Doc:
    """`doc` with each grouped number and each power of its `text` merged into one
    token."""
    found = sorted([*grouped_numbers(text), *(power.span() for power in _POWER.finditer(text))])
    spans = [doc.char_span(start, end) for start, end in found]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc
