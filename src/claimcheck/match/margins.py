"""Margins: a figure that is the difference between two sides, not either side's.

    >>> text = "came in with a 30-point victory over the Magic"
    >>> is_margin(text, 15, 17)
    True
    >>> is_margin("with a mere nine points over the Celtics", 12, 16)
    True
    >>> is_margin("The Hawks won by 12 points on Friday", 17, 19)
    True
    >>> is_margin("Tatum scored 30 points over 36 minutes", 13, 15)
    False
    >>> is_margin("a 30-point, 12-rebound double-double", 2, 4)
    False

"a 30-point victory", "nine points over the Celtics", "won by 12": checked as the
team's points, 30 was contradicted by the 109 the team scored. The data holds each
side's figure; the margin is their difference, which the matcher does not compute,
so such a figure is left unverifiable with the reason.
"""

from __future__ import annotations

import re

_UNITS = r"(?:points?|goals?|runs?|votes?|seats?|strokes?|shots?)"
_RESULTS = (
    r"(?:victory|victories|win|wins|lead|margin|defeat|loss|deficit|advantage|cushion|"
    r"edge|triumph|rout|blowout|drubbing|shellacking)"
)
# right after the figure: "-point victory", " points over the Celtics"
_AFTER = re.compile(
    rf"[\s-]*{_UNITS}\s+{_RESULTS}\b|\s+{_UNITS}\s+(?:over|ahead of|clear of)\s+(?:the\s+)?[A-Z]"
)
# before it: "won by", "beat the Knicks by", "lost by just"
_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|losing|led|leading|trailed|trailing|beat|beating|"
    r"defeated|edged|routed)\b[^.;,]{0,40}?\bby\s+(?:a\s+|just\s+|only\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)


def is_margin(text: str, start: int, end: int) -> bool:
    """Whether the figure at `start`-`end` of `text` is a margin between two sides."""
    if _AFTER.match(text, end):
        return True
    return bool(_BEFORE.search(text, max(0, start - 80), start))
