"""Whether a noun phrase that names a measure is another figure's: "six points",
"a 30-point victory", "21 turnovers".

    >>> from claimcheck.model import Mention
    >>> figured(Mention("six points", 40, 50), 90, 93)  # the claim "two" at 90-93
    True
    >>> figured(Mention("a 30-point victory", 40, 58), 42, 44)  # the claim "30"
    False
    >>> figured(Mention("the season", 40, 50), 90, 93)
    False

"The Jazz have now lost two in a row", with "six points" in the sentence before: the
matcher took points as what "two" counts, and contradicted it by the Jazz's 91 points.
A phrase that counts its own figure says what that figure counts; for any other figure
it is a borrowing, which may be right ("force the Kings into 21 turnovers, while
committing only 13 of their own") or not, and so is a guess (claimcheck.readings): it
may support a claim but never contradict one.
"""

from __future__ import annotations

import re

from claimcheck.model import Mention
from claimcheck.quantities import parse_quantity

_WORD = re.compile(r"[\w.,]+")


def figured(phrase: Mention, start: int, end: int) -> bool:
    """Whether `phrase` holds a figure other than the claim's own (at `start`-`end`)."""
    if phrase.start < end and start < phrase.end:
        return False  # the claim's own phrase: "a 30-point victory" for 30
    return any(_is_figure(word.group()) for word in _WORD.finditer(phrase.text))


def _is_figure(word: str) -> bool:
    """ "21", "six", "a dozen": not "a", "an" (an article is a figure only beside what
    it counts, which the extractor decides)."""
    if word[:1].isdigit():
        return True
    quantity = parse_quantity(word) if len(word) > 2 else None
    return quantity is not None and quantity.unit == "number"
