"""How many subjects meet a condition: "12 states saw a fall", "Six states had murder
rates above 7", "the 40 countries in the table".

    "Six states had murder rates above 7 per 100,000"
        -> of 51 states, those whose murder rate is above 7: 6

The members are the query's peers (claimcheck.subject_counts). A member with no row is
no member; a member whose figure is missing or suppressed is unknown, and a count that
the unknown ones could make right is unverifiable, never contradicted. Without a group
from the metadata, the members are every value of the column, which may hold some that
are not of the kind counted (the District of Columbia among "states"): a count below
the column's is then unverifiable, as it would be right were those left out; one above
it is wrong whoever is left out.
"""

from __future__ import annotations

from claimcheck.model import Cell, Check
from claimcheck.quantities import INF, Interval
from claimcheck.query import Subject
from claimcheck.verify.checks.base import KindCheck, need_two_periods
from claimcheck.verify.figures import Missing, NoRows

SHOWN = 10  # the members named in the evidence; the rest are counted


class CountCheck(KindCheck):
    """The number of members meeting the condition against the number claimed."""

    def validate(self) -> None:
        claim = self.claim
        if claim.condition is not None and claim.direction is None and claim.threshold is None:
            raise Missing(
                f"the condition {claim.condition.text!r} is no rise, fall or threshold "
                "the data can count"
            )
        if not self.query.peers:
            raise Missing("there are no members to count")
        if claim.direction is not None:
            need_two_periods(self.query)

    def compute(self) -> Check:
        quantity = self.claim.quantity
        assert quantity is not None
        meeting: list[str] = []
        unknown: list[str] = []
        cells: tuple[Cell, ...] = ()
        for member in self.query.peers:
            try:
                meets, used = self._meets(member)
            except NoRows:
                continue
            except Missing:
                unknown.append(member.name)
                continue
            if meets:
                meeting.append(member.name)
                cells += used
        count = len(meeting)
        formula = (
            f"{count}: "
            + ", ".join(meeting[:SHOWN])
            + (f" and {count - SHOWN} more" if count > SHOWN else "")
        )
        check = self.numeric(float(count), formula, cells, self._what(len(unknown)))
        if check.verdict != "contradicted":
            return check
        if any(n in quantity.interval for n in range(count, count + len(unknown) + 1)):
            raise Missing(
                f"{count} with figures meet it, and {len(unknown)} have no figure "
                f"({', '.join(unknown[:3])}{', ...' if len(unknown) > 3 else ''}): "
                f"the count could be {quantity.text}"
            )
        if self.claim.group_hint is None and any(n in quantity.interval for n in range(count)):
            raise Missing(
                f"{count} of the {len(self.query.peers)} values of "
                f"{self.query.peers[0].dim} meet it ({formula}); fewer would if some of "
                f"them are not {self._counted}, which the data does not say"
            )
        return check

    def _meets(self, member: Subject) -> tuple[bool, tuple[Cell, ...]]:
        """Whether one member meets the condition, and the cells that say so."""
        claim = self.claim
        if claim.direction is not None:
            before, after = self.figures.change(member)
            delta = after.value - before.value
            rose = delta > 0 if claim.direction == "up" else delta < 0
            return rose, before.cells + after.cells
        if claim.threshold is not None:
            figure = self.figures.figure(member, self.query.periods[0])
            return figure.value in threshold(claim.threshold.interval), figure.cells
        return True, ()

    @property
    def _counted(self) -> str:
        counted = self.claim.counted_subjects
        return counted.text if counted is not None else "members"

    def _what(self, unknown: int) -> str:
        """ "states whose murder rate is above 7, 2009" for the explanation."""
        claim = self.claim
        counted = self._counted
        if claim.direction is not None:
            periods = self.query.periods
            span = f"{periods[0][0].label} to {periods[-1][-1].label}"
            said = f"{counted} with a {'rise' if claim.direction == 'up' else 'fall'}, {span}"
        elif claim.threshold is not None:
            when = ", ".join(p.label for p in self.query.periods[0])
            said = f"{counted} {claim.threshold.text}" + (f", {when}" if when else "")
        else:
            said = f"{counted} in {self.query.table.name}"
        return said + (f"; {unknown} without a figure left out" if unknown else "")


def threshold(interval: Interval) -> Interval:
    """The values a threshold lets through: "fewer than 2.1" is every value below 2.1,
    negative ones too (a claim's own size stops at zero; a member's figure does not)."""
    if interval.high == INF:
        return interval
    return Interval(-INF, interval.high, False, interval.high_closed)
