"""A rate over time: "nearly 4 a day", "about 30 a week"; an average over periods.

"1,437 offences in 2016/17 ... nearly 4 a day" -> (1,437) / 365 days = 3.94 a day
"averaged 4.8% over the 1960s" -> the mean of the ten years' figures (claimcheck.averages)
"""

from __future__ import annotations

from claimcheck.averages import mean_of
from claimcheck.model import Check
from claimcheck.periods import days_per
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.figures import Missing


class RateCheck(KindCheck):
    """The subject's figure over its periods, divided by their days, times the unit's."""

    def validate(self) -> None:
        if self.claim.averaged:
            if not self.query.periods[0]:
                raise Missing(f"{self.query.table.name} has no periods to average over")
        elif sum(p.days for p in self.query.periods[0]) == 0:
            raise Missing("the period has no length")

    def compute(self) -> Check:
        if self.claim.averaged:
            subject = self.query.subjects[0]
            figures = [self.figures.figure(subject, (p,)) for p in self.query.periods[0]]
            return self.numeric(*mean_of(figures))
        periods = self.query.periods[0]
        figure = self.figures.figure(self.query.subjects[0], periods)
        days = sum(p.days for p in periods)
        per = self.claim.time_unit or "day"
        per_days = days_per(per)
        rate = figure.value / days * per_days
        scale = "" if per == "day" else f" * {format_number(per_days)}"
        formula = f"({figure.shown}) / {days:,} days{scale} = {format_number(rate, 2)} a {per}"
        return self.numeric(rate, formula, figure.cells, f"a {per}, {figure.label}")
