"""An average over periods: the mean of the figures the table gives for each of them.

    >>> from types import SimpleNamespace as Fig
    >>> value, formula, cells, what = mean_of(
    ...     [Fig(value=5.5, cells=(), subject="US", when="1960"),
    ...      Fig(value=6.7, cells=(), subject="US", when="1961")])
    >>> (round(value, 2), formula, what)
    (6.1, 'mean of 1960 5.5, 1961 6.7 = (5.5 + 6.7) / 2 = 6.1', 'the mean over 1960 to 1961, US')

"Over the 1960s, unemployment averaged 4.8%" was unverifiable ("the data holds single
figures, not averages"), although the table holds each year's rate: a decade's average
of a rate or a level is the mean of its years' figures, never their sum, and a year's
average on a table with an annual figure is that figure (the mean of one). The formula
says that it is a mean and of which figures, so that an editor can redo it. The
period is the one named next to the figure in its own clause (`averaged_over`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.context_periods import ArticleContext
from claimcheck.model import Claim
from claimcheck.period_binding import own_period
from claimcheck.quantities import format_number

if TYPE_CHECKING:
    from claimcheck.model import Cell
    from claimcheck.verify.figures import Figure


def averaged_over(claim: Claim, context: ArticleContext) -> Claim:
    """ "averaged 9.7% in 1982", "over the 1960s 4.8%": an average is over the period
    its own clause names next to it (`period_binding.own_period`), the mean of the
    table's figures for it; the claim as it came, when its sentence names none such."""
    if not claim.averaged or claim.periods:
        return claim
    base = claim.sentence_start
    named = context.within(base, base + len(claim.sentence))
    spans = [(p.mention.start - base, p.mention.end - base) for p in named]
    own = own_period(claim.sentence, (claim.start - base, claim.end - base), spans)
    return claim if own is None else dataclasses.replace(claim, periods=(named[own],))


def mean_of(figures: Sequence[Figure]) -> tuple[float, str, tuple[Cell, ...], str]:
    """(the mean, its formula, the cells, what it is of) for a non-empty list of
    figures, one a period, in order."""
    mean = sum(f.value for f in figures) / len(figures)
    each = ", ".join(f"{f.when} {format_number(f.value)}" for f in figures)
    summed = " + ".join(format_number(f.value) for f in figures)
    formula = f"mean of {each} = ({summed}) / {len(figures)} = {format_number(mean, 2)}"
    span = figures[0].when if len(figures) == 1 else f"{figures[0].when} to {figures[-1].when}"
    what = ", ".join(filter(None, [f"the mean over {span}", figures[0].subject]))
    cells = tuple(cell for f in figures for cell in f.cells)
    return mean, formula, cells, what
