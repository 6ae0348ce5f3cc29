"""One subject against another: "more than Gwent", "50 more than", "twice as many as".

"Dyfed-Powys recorded more offences than Gwent" -> 1,502 - 1,437 = 65 (more)
"30% more than Gwent" -> |difference| / Gwent's figure, in percent
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.figures import Missing


class ComparisonCheck(KindCheck):
    """The two subjects' figures for one period: which is more, and by how much."""

    def compute(self) -> Check:
        periods = self.query.periods[0]
        first, second = (self.figures.figure(s, periods) for s in self.query.subjects)
        delta = first.value - second.value
        said = self.claim.direction
        formula = f"{first.shown} - {second.shown} = {format_number(delta)}"
        what = f"{first.label} vs {second.subject}"
        cells = first.cells + second.cells
        if delta == 0 or (delta > 0) != (said == "up"):
            actual = "the same as" if delta == 0 else ("more than" if delta > 0 else "fewer than")
            return Check(
                "data",
                "contradicted",
                f"{first.subject} had {actual} {second.subject}: "
                f"{format_number(first.value)} vs {format_number(second.value)}",
                delta,
                formula,
                cells,
            )
        quantity = self.claim.quantity
        if quantity is not None and quantity.unit == "times":
            ratio = first.value / second.value  # second is above zero: first exceeds it
            formula = f"{first.shown} / {second.shown} = {format_number(ratio, 2)}"
            return self.numeric(ratio, formula, cells, f"the ratio, {what}")
        if quantity is not None and quantity.unit == "percent":
            if second.value == 0:
                raise Missing(f"{second.subject} has none: a percentage of it is undefined")
            pct = abs(delta) / second.value * 100  # "30% more than Gwent": of Gwent's
            formula = f"|{formula}| / {second.shown} = {format_number(pct, 2)}%"
            return self.numeric(pct, formula, cells, f"the difference in percent, {what}")
        if quantity is not None:
            return self.numeric(abs(delta), formula, cells, f"the difference, {what}")
        return Check(
            "data",
            "supported",
            f"{first.subject} {format_number(first.value)} vs "
            f"{second.subject} {format_number(second.value)} ({first.when})",
            delta,
            formula,
            cells,
        )
