"""A value or a total: one cell, or the sum of a subject's cells over its periods.

"Gwent Police recorded 1,437 offences in 2016/17" -> 1,437 (one cell)
"2,895 offences over the two years" -> 1,437 + 1,458 = 2,895 (a sum)
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck


class ValueCheck(KindCheck):
    """The claim's number against the subject's figure for its period."""

    def compute(self) -> Check:
        figure = self.figures.figure(self.query.subjects[0], self.query.periods[0])
        formula = (
            figure.shown
            if len(figure.cells) == 1
            else (f"{figure.shown} = {format_number(figure.value)}")
        )
        return self.numeric(figure.value, formula, figure.cells, figure.label)
