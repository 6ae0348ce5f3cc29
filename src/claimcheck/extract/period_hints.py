"""Which periods a figure of the sentence is of: its own, a change's two, a base.

    "275 offences in 2017/18, down 88 on 2016/17"
        period_after(275)  -> 2017/18 (2016/17 is what the change is compared with)
        change_refs()      -> (2016/17, 2017/18)

A mixin of the sentence view (view.py); the view's own periods are anchored here when
it is built ("the year before", a quarter written without its year).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimcheck.binding import in_relative_clause_of
from claimcheck.extract.spans import mention, refs
from claimcheck.model import PeriodRef
from claimcheck.periods import PeriodExpr

PREVIOUS = PeriodExpr("previous", count=1, unit="year")  # the period before the latest
# The word before a period that a figure is compared with: "up 8 on 2016/17", "than in
# 2016/17", "compared with 2016/17", "up 15% from a year earlier".
BASE_WORDS = {"on", "than", "against", "compared", "from", "with", "versus", "vs"}


class PeriodHints:
    """The sentence view's periods (a mixin of SentenceView)."""

    doc: Doc
    sent: Span
    quantities: list[Span]
    periods: list[Span]

    def period_after(self, q: Span, before: int | None = None) -> Span | None:
        """The first period after a number and before the next number (or `before`),
        unless it is what something is compared with ("275, down 88 on 2016/17")."""
        stop = before if before is not None else self.sent.end
        following = [s.start for s in self.quantities if s.start > q.start]
        if following:
            stop = min(stop, following[0])
        return next(
            (p for p in self.periods if q.end <= p.start < stop and not self.is_base(p)), None
        )

    def is_base(self, period: Span) -> bool:
        """ "up 8 on 2016/17", "compared with 2016/17", "than in 2016/17": the period a
        figure is compared with, not the figure's own."""
        before = [t.lower_ for t in self.doc[max(self.sent.start, period.start - 2) : period.start]]
        return bool(before) and (
            before[-1] in BASE_WORDS
            or (before[-1] in {"in", "with", "to"} and before[0] in BASE_WORDS)
        )

    def change_refs(self) -> tuple[PeriodRef, ...]:
        """The periods of a rise or fall: the sentence's two, or from the one it is
        compared with to the year after ("up 86 on the previous year")."""
        periods = self._change_periods()
        if len(periods) == 1 and periods[0] is not None and self.is_base(periods[0]):
            base = periods[0]
            if base._.period.kind == "previous":  # the year before the latest: the default
                return ()
            after = base._.period.shifted(1)
            if after is not None:
                return (PeriodRef(mention(base), base._.period), PeriodRef(mention(base), after))
        return refs(periods)

    def all_periods(self) -> tuple[Span, ...]:
        """Every period the sentence names, in order."""
        return tuple(self.periods)

    def periods_for(self, q: Span) -> tuple[Span, ...]:
        """A figure's own period: the first after it, else one just before it, else the
        sentence's only one."""
        after = self.period_after(q)
        if after is not None:
            return (after,)
        own = [p for p in self.periods if not self.is_base(p)]
        before = [p for p in own if p.end <= q.start and q.start - p.end <= 3]
        if before:
            return (before[-1],)
        return tuple(own) if len(own) == 1 else ()

    def _change_periods(self) -> tuple[Span | None, ...]:
        """The first and last periods the sentence names, earlier first, leaving out a
        year whose quarters it also names ("over 2017/18, from 311 in the first quarter
        to 605 in the fourth" is a change from the first quarter to the fourth)."""
        periods = [
            p
            for p in self.periods
            if not any(p._.period.encloses(o._.period) for o in self.periods)
        ]
        if len(periods) < 2:
            return tuple(periods)
        first, last = periods[0], periods[-1]
        # "373 in 2017/18, up from 287 the year before": a rise or fall runs forward in
        # time, whichever period the sentence names first; "up 15% from a year earlier",
        # which has no date of its own, starts from the period it is compared with.
        at = (first._.period.resolve(), last._.period.resolve())
        if at[0] is not None and at[1] is not None:
            return (last, first) if at[1].start < at[0].start else (first, last)
        if self.is_base(last) and not self.is_base(first):
            return (last, first)
        return (first, last)

    def relative_time(self, q: Span, since: PeriodRef) -> tuple[PeriodRef, ...]:
        """ "since 1960, when a newborn could expect to live to 58": a figure in the
        period's relative clause is of that time, not of the whole span since."""
        if in_relative_clause_of(q, self.periods) is None:
            return (since,)
        return (PeriodRef(since.mention, since.expr.inner[0]),)

    def opens_a_span(self, period: Span) -> bool:
        """ "since April 2016", "since 1 April 2016" (the day is no part of the period's
        words), "between 2016 and 2018": a period that runs on, which parts can make up."""
        before = {t.lower_ for t in self.doc[max(period.start - 2, self.sent.start) : period.start]}
        return period._.period.kind in {"since", "range"} or "since" in before

    def _anchor_previous_periods(self) -> None:
        """ "the year before" is one year before the other period the sentence names."""
        for span in self.periods:
            if span._.period.kind != "previous":
                continue
            others = [
                p._.period.shifted(-1)
                for p in self.periods
                if p is not span and p._.period.kind != "previous"
            ]
            shifted = next((e for e in others if e is not None), None)
            if shifted is not None:
                span._.period = shifted

    def _anchor_yearless_quarters(self) -> None:
        """ "in 2017/18 ... in the fourth quarter": a quarter written without its year is
        a quarter of the year the sentence names. In a sentence that names no year it is
        no period: "scored 12 points in the first quarter" names a part of a game, which
        a table may hold as a value of a column."""
        years = [
            p._.period.inner[0] if p._.period.kind == "quarter" else p._.period
            for p in self.periods
            if p._.period.kind in {"year", "split_year"}
            or (p._.period.kind == "quarter" and p._.period.inner)
        ]
        for span in self.periods:
            if span._.period.yearless and years:
                span._.period = span._.period.in_year(years[0])
        self.periods = [p for p in self.periods if not p._.period.yearless]
