"""A share of a whole: "42% of all offences", "a third of the force's crimes".

    "Burglary made up 12% of Gwent's offences" -> burglary / all offences = 11.96%

The part is a category of the subject (an offence type) or a member of the group that
is the whole (a force of all Wales); the whole is the subject's own figure.
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.quantities import format_number
from claimcheck.query import Subject
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.figures import Missing


class ShareCheck(KindCheck):
    """The part's figure over the whole's, in the claim's unit (percent or fraction)."""

    def validate(self) -> None:
        if self.query.part is None:
            raise Missing("the sentence does not say what the share is of")

    def compute(self) -> Check:
        query = self.query
        assert query.part is not None and self.claim.quantity is not None
        subject = query.subjects[0]
        dim, value = query.part
        if dim == subject.dim:  # a member of the group that is the whole
            part = self.figures.figure(Subject(value, dim, (value,)), query.periods[0])
        else:  # a category of the subject
            part_filters = (*(f for f in query.filters if f[0] != dim), query.part)
            part = self.figures.figure(subject, query.periods[0], part_filters)
        whole = self.figures.figure(subject, query.periods[0])
        if whole.value == 0:
            raise Missing(f"the whole ({whole.label}) is zero: a share of it is undefined")
        ratio = part.value / whole.value
        computed = ratio * 100 if self.claim.quantity.unit == "percent" else ratio
        formula = f"{part.shown} / {whole.shown} = {format_number(ratio * 100, 2)}%"
        return self.numeric(
            computed,
            formula,
            part.cells + whole.cells,
            f"{query.part[1]} as a share of {whole.label}",
        )
