"""The only one of its peers to do something: "the only force to see a rise",
"the only force to record fewer than 50".

    "Gwent was the only force to see a fall" -> of every peer's change, only Gwent's < 0
    "the only force with fewer than 50" -> of every peer's figure, only Gwent's inside
"""

from __future__ import annotations

from claimcheck.model import Cell, Check
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck, need_two_periods
from claimcheck.verify.figures import Missing


class OnlyCheck(KindCheck):
    """Exactly the claimed subject, among its peers, rose, fell or is inside the threshold."""

    def validate(self) -> None:
        if self.claim.direction is None and self.claim.quantity is None:
            raise Missing(
                "'only' claims are checked for rises, falls and thresholds; "
                "this one is none of them"
            )
        if self.claim.direction is not None:
            need_two_periods(self.query)

    def compute(self) -> Check:
        if self.claim.direction is None:
            return self._threshold()
        said = self.claim.direction
        claimed = self.query.subjects[0].name
        matching: list[str] = []
        lines: list[str] = []
        cells: tuple[Cell, ...] = ()
        for name, (before, after) in self.figures.for_peers(self.figures.change).items():
            delta = after.value - before.value
            lines.append(f"{name} {'+' if delta > 0 else ''}{format_number(delta)}")
            cells += before.cells + after.cells
            if (delta > 0 and said == "up") or (delta < 0 and said == "down"):
                matching.append(name)
        formula = "; ".join(lines)
        word = "rise" if said == "up" else "fall"
        if matching == [claimed]:
            return Check(
                "data", "supported", f"only {claimed} saw a {word}: {formula}", None, formula, cells
            )
        who = ", ".join(matching) or "none"
        return Check(
            "data",
            "contradicted",
            f"a {word} was seen by {who}: {formula}",
            None,
            formula,
            cells,
            suggestion=", ".join(matching) or None,
            replaces=claimed if matching else None,
        )

    def _threshold(self) -> Check:
        """ "the only force to record fewer than 50": exactly the subject is inside."""
        quantity = self.claim.quantity
        assert quantity is not None
        claimed = self.query.subjects[0].name
        figures = self.figures.for_peers(lambda p: self.figures.figure(p, self.query.periods[0]))
        inside = [name for name, f in figures.items() if f.value in quantity.interval]
        formula = "; ".join(f"{name} {format_number(f.value)}" for name, f in figures.items())
        cells = tuple(c for f in figures.values() for c in f.cells)
        if inside == [claimed]:
            return Check(
                "data",
                "supported",
                f"only {claimed} is {quantity.text}: {formula}",
                None,
                formula,
                cells,
            )
        who = ", ".join(inside) or "none"
        return Check(
            "data",
            "contradicted",
            f"{quantity.text}: {who} ({formula})",
            None,
            formula,
            cells,
            suggestion=", ".join(inside) or None,
        )
