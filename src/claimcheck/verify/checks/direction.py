"""Every subject moved one way: "all four forces saw a rise", "each fell".

"All four Welsh forces recorded more offences" -> every force's change is above zero
"""

from __future__ import annotations

from claimcheck.model import Cell, Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import FromToCheck


class DirectionCheck(FromToCheck):
    """Each subject's change between the first and last periods, which must all agree."""

    def compute(self) -> Check:
        said = self.claim.direction
        lines: list[str] = []
        cells: tuple[Cell, ...] = ()
        wrong: list[str] = []
        for subject in self.query.subjects:
            before, after = self.figures.change(subject)
            delta = after.value - before.value
            lines.append(
                f"{subject.name} {before.shown} -> {after.shown} "
                f"({'+' if delta > 0 else ''}{format_number(delta)})"
            )
            cells += before.cells + after.cells
            if (delta > 0) != (said == "up") or delta == 0:
                wrong.append(subject.name)
        formula = "; ".join(lines)
        periods = f"{self.query.periods[0][0].label} to {self.query.periods[-1][-1].label}"
        if wrong:
            return Check(
                "data",
                "contradicted",
                f"not all {'rose' if said == 'up' else 'fell'} "
                f"from {periods}: {', '.join(wrong)} did not ({formula})",
                None,
                formula,
                cells,
            )
        verb = "rose" if said == "up" else "fell"
        return Check(
            "data",
            "supported",
            f"all {len(lines)} {verb} from {periods}: {formula}",
            None,
            formula,
            cells,
        )
