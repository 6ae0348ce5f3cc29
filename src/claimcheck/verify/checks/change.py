"""A change in number, or only its direction: "up 86", "fell by 88", "rose".

"1,458 offences, up 21 on 2016/17" -> 1,458 - 1,437 = 21
"offences rose in Gwent" -> 1,458 - 1,437 = 21 (up)
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import FromToCheck


class ChangeCheck(FromToCheck):
    """The difference between the first and last periods, and its direction."""

    def compute(self) -> Check:
        before, after = self.figures.change(self.query.subjects[0])
        delta = after.value - before.value
        formula = f"{after.shown} - {before.shown} = {format_number(delta)}"
        cells = before.cells + after.cells
        what = ", ".join(filter(None, [before.subject, f"{before.when} to {after.when}"]))
        if self.claim.quantity is not None and self.claim.direction is not None:
            direction_ok = (delta > 0) == (self.claim.direction == "up") and delta != 0
            if not direction_ok:
                return Check(
                    "data",
                    "contradicted",
                    f"{what}: {formula}, not a "
                    f"{'rise' if self.claim.direction == 'up' else 'fall'}",
                    delta,
                    formula,
                    cells,
                )
            return self.numeric(abs(delta), formula, cells, f"change for {what}")
        said = self.claim.direction
        actual = "up" if delta > 0 else "down" if delta < 0 else "unchanged"
        verdict = "supported" if actual == said else "contradicted"
        return Check(
            "data",
            verdict,
            f"{what}: {formula} ({actual})",
            delta,
            formula,
            cells,
            suggestion=None if verdict == "supported" else actual,
        )
