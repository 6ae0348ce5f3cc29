"""Timing claims: "its highest since 1984", "the lowest flow since 1941".

    "Italy's rate was 1.42 in 2008, its highest since 1984"
        -> 1984 reached 1.42 or more, and 1985 to 2007 all stayed below it: supported

The convention, by the usual reading: "the highest since X" means the last time the
figure was this high was X. So two things must hold, over the periods of the claim's
own length (the months of a monthly table):
- *after*: every period after the year X and before the claim's period is strictly
  below the figure (above it, for "the lowest"); a tie after X is a later "last time";
- *at X*: some period within X reached the figure (at or above it; at or below it).
The words alone do not settle whether X itself is meant: "the highest since 1984" is
also read as "the highest of the periods from 1984 on", which needs *after* and, for X
itself, that it stayed below. So:
- *after* fails: contradicted under both readings, naming the period that broke it;
- *after* holds and *at X* holds: supported under the usual reading; the other reading
  would call it wrong only because X matched, which is what "since X" says, so the two
  agree on everything after X and the usual one settles X;
- *after* holds and X did not reach the figure: the last time was earlier than X, and
  the claim holds only under the "from X on" reading: unverifiable, with both shown.
A table whose periods start after X, or with no period before the claim's, cannot say.
"""

from __future__ import annotations

from claimcheck.model import Cell, Check, Extreme
from claimcheck.periods import Period
from claimcheck.quantities import format_number
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.figures import Figure, Missing


class RecordCheck(KindCheck):
    """The subject's figure in the claim's period against every period since X."""

    def validate(self) -> None:
        claim = self.claim
        if claim.since is None or claim.extreme is None:
            raise Missing("the claim names no extreme and no year it is counted since")
        periods = self.query.periods
        if not self.query.table.periods or not periods or len(periods[0]) != 1:
            raise Missing(f"{self.query.table.name} has no single period for the claim")
        if self._since() is None:
            raise Missing(f"the period {claim.since.mention.text!r} is not understood")

    def compute(self) -> Check:
        claim = self.claim
        subject = self.query.subjects[0]
        own = self.query.periods[0][0]
        since = self._since()
        assert since is not None and claim.since is not None
        grain = [p for p in self.query.table.periods if p.days // 28 == own.days // 28]
        within = [p for p in grain if p.within(since)]
        after = [p for p in grain if p.start > since.end and p.end < own.start]
        if not within:
            first = grain[0].label if grain else "nowhere"
            raise Missing(
                f"the data has no {since.label} to count from (its periods start in {first})"
            )
        figure = self.figures.figure(subject, (own,))
        highest = claim.extreme is Extreme.MAX

        def beyond(other: Figure, strictly: bool) -> bool:
            """Whether another period's figure is at or past this one, on the claim's side."""
            if highest:
                return other.value > figure.value or (not strictly and other.value == figure.value)
            return other.value < figure.value or (not strictly and other.value == figure.value)

        cells: tuple[Cell, ...] = figure.cells
        word = "highest" if highest else "lowest"
        shown = f"{format_number(figure.value)} ({figure.label})"
        others = [self.figures.figure(subject, (period,)) for period in after]
        broke = [other for other in others if beyond(other, strictly=False)]
        if broke:
            last = broke[-1]  # the latest period as high: the year it is the highest since
            return Check(
                "data",
                "contradicted",
                f"{shown} is not the {word} since {since.label}: {last.when} had "
                f"{format_number(last.value)}, so it is the {word} since {last.when}",
                figure.value,
                f"{last.when}: {format_number(last.value)}",
                cells + last.cells,
            )
        cells += tuple(c for other in others for c in other.cells)
        at_since = [self.figures.figure(subject, (p,)) for p in within]
        reached = [f for f in at_since if beyond(f, strictly=False)]
        span = f"every period from {after[0].label} to {after[-1].label}" if after else "none"
        if not reached:
            best = max(at_since, key=lambda f: f.value if highest else -f.value)
            when = (
                "was earlier"
                if any(p.end < since.start for p in grain)
                else f"is before the data, which starts in {since.label}"
            )
            raise Missing(
                f"{shown} is the {word} of the periods from {since.label} on ({span} "
                f"{'below' if highest else 'above'} it, and {since.label} itself "
                f"{format_number(best.value)}), but {since.label} did not reach it, so the "
                f"last time it was this {'high' if highest else 'low'} {when}: "
                "true if 'since' counts from that year on, wrong if it names the last "
                "time; the article does not say which"
            )
        last = reached[-1]
        return Check(
            "data",
            "supported",
            f"{shown} is the {word} since {since.label}: {last.when} had "
            f"{format_number(last.value)}, and {span} was "
            f"{'below' if highest else 'above'} it",
            figure.value,
            f"{last.when}: {format_number(last.value)}",
            cells + last.cells,
        )

    def _since(self) -> Period | None:
        """The period "since" names (the year 1984), resolved on the table's calendar."""
        since = self.claim.since
        return None if since is None else since.expr.resolve(self.query.table.year_start)
