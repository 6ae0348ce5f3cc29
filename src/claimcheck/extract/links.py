"""The links between one claim and another in a sentence, in one place.

    "rose from 287 to 373 last year, an increase of 25%"
        -> the change's stated figures (287, 373) are the operands of "an increase of 25%"
    "373 in 2017/18, up from 287"        -> 287 is of the year before 2017/18
    "2,895 offences - 1,437 in 2016/17 and 1,458 in 2017/18" -> a total and its parts

A construction that makes a claim others lean on (a change between stated figures)
declares the link in its candidate (`stated`, `implied`); the resolver records it in
`taken`, where the constructions that run after read it through these methods.
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise

from spacy.tokens import Doc, Span

from claimcheck.extract.registry import Stated, Taken
from claimcheck.extract.spans import mention
from claimcheck.lexicon import CONTRASTS
from claimcheck.model import PeriodRef
from claimcheck.periods import PeriodExpr
from claimcheck.quantities import Quantity

# "fell from 6.5 to 1.9, while Bangladesh's more than halved": a new clause begins.
CLAUSE_MARKS = CONTRASTS | {"and", "although", "though", "when"}


class Links:
    """The sentence view's links between claims (a mixin of SentenceView, whose other
    parts give `name_at`, `is_list`, `period_after` and `opens_a_span`)."""

    doc: Doc
    sent: Span
    quantities: list[Span]
    periods: list[Span]

    def year_before(self, first: Span, then: Span) -> tuple[tuple[int, PeriodRef], ...]:
        """ "373 offences in 2017/18, up 30% from 287": the figure a yearly change starts
        from is of the year before the one named, not of the sentence's own year (the
        period implied for it, by its start token)."""
        if then._.period.kind not in {"year", "split_year"}:
            return ()
        before = then._.period.shifted(-1)
        if before is None:
            return ()
        return ((first.start, PeriodRef(mention(self.doc[first.start - 1 : first.start]), before)),)

    def stated_before(self, anchor: Span, taken: Taken) -> tuple[Quantity, ...]:
        """The two figures a change names right after them, earlier first: "rose from
        287 to 373 last year, an increase of 25%", "259 in 2016/17 and 267 in 2017/18, a
        fall of 3%". Only an apposition (a comma and a few words between), so that the
        sentence's figures are never taken for another thing's change. A gap that opens
        a clause of its own ("while Bangladesh's more than halved") is no apposition."""
        pairs = [*taken.stated, *filter(None, [self._dated_pair])]
        for operands, end in pairs:
            gap = [t for t in self.doc[end : anchor.start] if not t.is_punct]
            new_clause = any(t.lower_ in CLAUSE_MARKS or self.name_at(t) is not None for t in gap)
            if (
                end <= anchor.start
                and len(gap) <= 4
                and not new_clause
                and "," in self.doc[end : anchor.start].text
            ):
                return operands
        return ()

    @cached_property
    def _dated_pair(self) -> Stated | None:
        """Two counts of the sentence, each with a period of its own, earlier first (the
        same for every change the sentence states)."""
        counts = [q for q in self.quantities if q._.quantity.unit == "number"]
        if len(counts) != 2:
            return None
        periods = [self.period_after(q, next_q.start) for q, next_q in pairwise(counts)]
        periods.append(self.period_after(counts[1]))
        resolved = [p._.period.resolve() if p is not None else None for p in periods]
        if None in resolved or resolved[0].start == resolved[1].start:
            return None
        order = sorted(zip(resolved, counts, strict=True), key=lambda pair: pair[0].start)
        end = max(counts[1].end, periods[1].end)
        return (order[0][1]._.quantity, order[1][1]._.quantity), end

    def parts_of_total(self, counts: list[Span]) -> dict[int, tuple[Quantity, ...]]:
        """ "In total, 2,895 offences - 1,437 in 2016/17 and 1,458 in 2017/18": a total
        followed by the figures it is made of (two or more counts, each with a period of
        its own), by the total's start."""
        numbers = [q for q in counts if q._.quantity.unit == "number"]
        if len(numbers) < 3:
            return {}
        first, rest = numbers[0], numbers[1:]
        own = self.period_after(first, rest[0].start)
        if own is not None and not self.opens_a_span(own):
            return {}  # "since 1 April 2016" is a span the parts can make up; a year is not
        dated = [
            self.period_after(q, following.start)
            for q, following in pairwise([*rest, self.doc[self.sent.end - 1 : self.sent.end]])
        ]
        if None in dated:
            return {}
        return {first.start: tuple(q._.quantity for q in rest)}

    def joined_periods(self) -> PeriodRef | None:
        """ "A total of 2,895 offences in 2016/17 and 2017/18": one figure over a list of
        periods is their sum, from the first to the last."""
        if len(self.periods) < 2 or not self.is_list(self.periods):
            return None
        return self.span_of_periods()

    def span_of_periods(self) -> PeriodRef:
        """From the sentence's first period to its last."""
        first, last = self.periods[0], self.periods[-1]
        expr = PeriodExpr("range", inner=(first._.period, last._.period))
        return PeriodRef(mention(self.doc[first.start : last.end]), expr)
