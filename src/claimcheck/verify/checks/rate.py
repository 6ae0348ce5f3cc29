"""A rate over time: "nearly 4 a day", "about 30 a week".

"1,437 offences in 2016/17 ... nearly 4 a day" -> (1,437) / 365 days = 3.94 a day
"""

from __future__ import annotations

from claimcheck.model import Check
from claimcheck.periods import days_per
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.figures import Missing


class RateCheck(KindCheck):
    """The subject's figure over its periods, divided by their days, times the unit's."""

    def validate(self) -> None:
        if sum(p.days for p in self.query.periods[0]) == 0:
            raise Missing("the period has no length")

    def compute(self) -> Check:
        periods = self.query.periods[0]
        figure = self.figures.figure(self.query.subjects[0], periods)
        days = sum(p.days for p in periods)
        per = self.claim.time_unit or "day"
        per_days = days_per(per)
        rate = figure.value / days * per_days
        scale = "" if per == "day" else f" * {format_number(per_days)}"
        formula = f"({figure.shown}) / {days:,} days{scale} = {format_number(rate, 2)} a {per}"
        return self.numeric(rate, formula, figure.cells, f"a {per}, {figure.label}")
