"""A change in percent, in points or as a multiple: "up 30%", "rose 2 points", "doubled".

    "offences rose 24% from 2016/17 to 2017/18" -> (1,458 - 1,437) / 1,437 = 1.46%

A change the wrong way is contradicted whatever its size ("a rise", when it fell); a
zero base is unverifiable (a percentage of nothing is undefined).
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import FromToCheck
from claimcheck.verify.figures import Missing


class PercentChangeCheck(FromToCheck):
    """The relative change between the first and last periods, in the claim's unit."""

    def compute(self) -> Check:
        quantity = self.claim.quantity
        assert quantity is not None
        before, after = self.figures.change(self.query.subjects[0])
        if before.value == 0:
            raise Missing(f"the base ({before.label}) is zero: a percentage change is undefined")
        delta = after.value - before.value
        rising = delta > 0
        cells = before.cells + after.cells
        if quantity.unit == "points":
            computed, formula = (
                delta,
                f"{after.shown} - {before.shown} = {format_number(delta, 2)} points",
            )
        elif quantity.unit == "times":
            computed = after.value / before.value
            formula = f"{after.shown} / {before.shown} = {format_number(computed, 2)}"
            rising = computed > 1
        else:
            pct = delta / before.value * 100
            computed = abs(pct) if quantity.unit == "percent" else abs(pct) / 100
            formula = (
                f"({after.shown} - {before.shown}) / {before.shown} = {format_number(pct, 2)}%"
            )
        what = ", ".join(filter(None, [before.subject, f"{before.when} to {after.when}"]))
        if quantity.unit != "times" and delta != 0 and rising != (self.claim.direction == "up"):
            said = "rise" if self.claim.direction == "up" else "fall"
            return Check(
                "data",
                "contradicted",
                f"{what} is a {'rise' if rising else 'fall'}, not a {said}: {formula}",
                computed,
                formula,
                cells,
                suggestion="up" if rising else "down",
            )
        return self.numeric(computed, formula, cells, what)
