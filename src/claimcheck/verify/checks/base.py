"""The shape of every check: validate what the kind needs, then compute the verdict.

    >>> ValueCheck(claim, query, catalog).run()
    Check(method='data', verdict='supported', explanation="1,437 (Gwent Police, 2016/17) ...")

As in agate's computations (`Computation.validate`, then `run`): `validate` fails early,
before any cell is read, when the claim and its query do not give what the kind needs
(a share with no whole, a rank with one peer, a change with one period); `compute`
reads the cells through `Figures` and may still find one absent or ambiguous. Either
failure raises `Missing`, which `run` turns into an unverifiable check with the reason:
never supported or contradicted on a figure that could not be read.
"""

from __future__ import annotations

import dataclasses

from claimcheck.catalog import Catalog
from claimcheck.model import Cell, Check, Claim
from claimcheck.quantities import format_number, rounded_to
from claimcheck.query import Query
from claimcheck.verify.figures import Figures, Missing, compare, show, suggest


class KindCheck:
    """The check of one claim kind over one query (a subclass a kind: see `CHECKS`)."""

    def __init__(self, claim: Claim, query: Query, catalog: Catalog) -> None:
        self.claim = claim
        self.query = query
        self.figures = Figures(query, catalog)

    def validate(self) -> None:
        """Raise `Missing` when the claim or query lacks what this kind needs."""

    def compute(self) -> Check:
        """The figure, formula, cells and verdict; raises `Missing` for unusable cells."""
        raise NotImplementedError

    def run(self) -> Check:
        """`validate`, then `compute`; a `Missing` from either is unverifiable with its reason."""
        try:
            self.validate()
            check = self.compute()
        except Missing as reason:
            return Check(method="data", verdict="unverifiable", explanation=str(reason))
        if self.query.notes:  # what the matcher assumed: "the 'all' row of offence type"
            note = "; ".join(self.query.notes)
            return dataclasses.replace(check, explanation=f"{check.explanation} ({note})")
        return check

    def numeric(self, computed: float, formula: str, cells: tuple[Cell, ...], what: str) -> Check:
        """The verdict on a recomputed number against the claim's quantity."""
        quantity = self.claim.quantity
        assert quantity is not None
        verdict, by_rounding = compare(quantity, computed)
        shown = show(computed, quantity.unit)
        if verdict == "supported":
            how = (
                f"rounds to {quantity.text!r}"
                if by_rounding
                else f"within {quantity.text!r} {quantity.interval.shown(quantity.unit)}"
            )
            unit = rounded_to(quantity) if by_rounding else None
            if unit is not None:
                how += f", read as rounded to the nearest {format_number(unit)}"
            explanation = f"{shown} ({what}) {how}"
            suggestion = None
        else:
            explanation = (
                f"{shown} ({what}) is outside {quantity.interval.shown(quantity.unit)}, "
                f"what {quantity.text!r} allows"
            )
            suggestion = suggest(self.claim, computed)
        return Check(
            "data", verdict, explanation, computed, formula, cells, by_rounding, suggestion
        )


def need_two_periods(query: Query) -> None:
    """Raise `Missing` unless the query has a first and a last period to compare."""
    if len(query.periods) < 2 or not query.periods[0]:
        raise Missing(
            f"{query.table.name} has no periods to compare, so a change cannot be checked"
        )


class FromToCheck(KindCheck):
    """A check that compares a first period with a last: it needs both."""

    def validate(self) -> None:
        need_two_periods(self.query)
