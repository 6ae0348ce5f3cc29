"""Whether a period the sentence names is the claim's own, or another clause's figure's
(`nearer_figure`), and which of them is a figure's own (`own_period`).

    >>> text = "It peaked at 750 million in 2015 and will fall below 600 million."
    >>> nearer_figure(text, (text.index("600"), text.index("600") + 11),
    ...               (text.index("2015"), text.index("2015") + 4))
    True
    >>> text = "In Iran the rate fell from 6.5 in 1990 to 1.9."
    >>> nearer_figure(text, (text.index("1.9"), text.index("1.9") + 3),
    ...               (text.index("1990"), text.index("1990") + 4))
    True

"Europe's population peaked at 750 million in 2015 and is projected to fall below
600 million by the end of the century": "in 2015" belongs to 750 million, the figure
it follows. Checking 600 million against 2015 would contradict a correct projection,
so a period that sits nearer another figure of the sentence than the claim's own is
only a guess for the claim (a contradiction resting on it is not reported).
"""

from __future__ import annotations

import re

from claimcheck.lexicon import CONTRASTS

_FIGURE = re.compile(r"\d[\d,.]*(?:/\d+)?")
# Words between a period and a figure that end the period's reach: another clause, or
# the "to" of "from 6.5 in 1990 to 1.9", whose second figure's period is not the first's.
_REACH_ENDS = sorted(CONTRASTS | {"and", "before", "after", "when", "to"})
_CLAUSE = re.compile(r"(?i)\b(?:" + "|".join(_REACH_ENDS) + r")\b|;|—")
_YEAR = re.compile(r"^(?:1[89]|20|21)\d\d(?:/\d\d)?$")  # a period, not a figure


def nearer_figure(sentence: str, claim: tuple[int, int], period: tuple[int, int]) -> bool:
    """Whether the period belongs to another figure of `sentence` than the claim: to
    the last figure before it ("750 million in 2015"), or, with none before, the first
    after it ("In 2015, 750 million ..."). Offsets are within the sentence."""
    figures = [
        (m.start(), m.end())
        for m in _FIGURE.finditer(sentence)
        if not _YEAR.match(m.group().rstrip(".,"))
        and not (m.start() < period[1] and period[0] < m.end())
    ]
    before = [f for f in figures if f[1] <= period[0]]
    owner = before[-1] if before else next((f for f in figures if f[0] >= period[1]), None)
    if owner is None or (owner[0] < claim[1] and claim[0] < owner[1]):
        return False
    # "1,180 cases in 2023, a rate of 21.9": one clause, one period for both figures;
    # "750 million in 2015 and is projected to fall below 600 million": two clauses
    between = sentence[min(claim[1], period[1]) : max(claim[0], period[0])]
    return _CLAUSE.search(between) is not None


def own_period(sentence: str, claim: tuple[int, int], periods: list[tuple[int, int]]) -> int | None:
    """The index in `periods` of the period that is the claim's own: the nearest one with
    no other figure and no other clause between it and the claim ("averaged 9.7% in
    1982", "over the 1960s 4.8%", "In 1958 it averaged 7.8%"), or None.

        >>> text = "It averaged 4.5% over the decade, and over the 1960s 4.8%."
        >>> at = (text.index("the 1960s"), text.index("the 1960s") + 9)
        >>> own_period(text, (text.index("4.8"), text.index("4.8") + 4), [at])
        0
        >>> own_period(text, (text.index("4.5"), text.index("4.5") + 4), [at]) is None
        True
    """
    best: tuple[int, int] | None = None
    for index, period in enumerate(periods):
        between = sentence[min(claim[1], period[1]) : max(claim[0], period[0])]
        if _CLAUSE.search(between) or any(
            not _YEAR.match(m.group().rstrip(".,")) for m in _FIGURE.finditer(between)
        ):
            continue
        if best is None or len(between) < best[1]:
            best = (index, len(between))
    return None if best is None else best[0]
