"""A place in an order: "the highest", "the biggest rise", "second on the team".

    "Gwent had the most offences of the Welsh forces" -> Gwent first among its peers
    "the biggest percentage increase" -> ordered by the change in percent
    "came second" -> the subject's place, ties unverifiable

Peers with no rows are not peers; a tie at the claimed place, or an order by number
that disagrees with the order by percent when the claim does not say which, leaves the
claim unverifiable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from claimcheck.catalog import Catalog
from claimcheck.lexicon import ORDINAL_WORDS
from claimcheck.model import Cell, Check, Claim
from claimcheck.quantities import format_number
from claimcheck.query import Query
from claimcheck.verify.checks.base import KindCheck, need_two_periods
from claimcheck.verify.figures import Missing, period_span, signed

# For each period compared, its label and the scores ranked.
Ranked = list[tuple[str, list[tuple[str, float]]]]


class RankCheck(KindCheck):
    """The claimed subject's place among its peers, by value or by change."""

    def __init__(self, claim: Claim, query: Query, catalog: Catalog) -> None:
        super().__init__(claim, query, catalog)
        # Peers a ranking leaves out for want of a figure, in order (`_unranked_note`).
        self.unranked: list[str] = []

    def validate(self) -> None:
        if len(self.query.peers) < 2:
            raise Missing("fewer than two to compare")
        if self._by_change:
            need_two_periods(self.query)

    @property
    def _by_change(self) -> bool:
        return self.claim.metric in {"change", "percent_change"}

    def compute(self) -> Check:
        claimed = self.query.subjects[0].name
        if self._by_change:
            return self._rank_change(claimed, in_percent=self.claim.metric == "percent_change")
        results: Ranked = []
        cells: tuple[Cell, ...] = ()
        for periods in self.query.periods:
            scores = self.figures.for_peers(
                lambda p, periods=periods: self.figures.figure(p, periods), self.unranked
            )
            cells += tuple(c for f in scores.values() for c in f.cells)
            results.append(
                (period_span(periods), self._order({k: f.value for k, f in scores.items()}))
            )
        return self._verdict(claimed, results, cells, lambda v: format_number(v))

    def _rank_change(self, claimed: str, in_percent: bool = False) -> Check:
        """Ranked by the change in number, which must agree with the change in percent
        (else ambiguous); by the change in percent alone when the claim says so ("the
        biggest percentage increase")."""
        absolute: dict[str, float] = {}
        relative: dict[str, float] = {}
        cells: tuple[Cell, ...] = ()
        for name, (before, after) in self.figures.for_peers(self.figures.change).items():
            absolute[name] = after.value - before.value
            if before.value:
                relative[name] = (after.value - before.value) / before.value * 100
            cells += before.cells + after.cells
        span = f"{period_span(self.query.periods[0])} to {period_span(self.query.periods[-1])}"
        if in_percent:
            if len(relative) != len(absolute):
                raise Missing("a change in percent from zero is undefined")
            order = self._order(relative)
            return self._verdict(claimed, [(span, order)], cells, lambda v: f"{signed(v, 1)}%")
        by_abs = self._order(absolute)
        by_rel = self._order(relative) if len(relative) == len(absolute) else by_abs
        if by_abs[0][0] != by_rel[0][0]:
            raise Missing(
                f"ambiguous: the largest change in number is {by_abs[0][0]} "
                f"({format_number(by_abs[0][1])}) but in percent it is {by_rel[0][0]} "
                f"({format_number(by_rel[0][1], 1)}%)"
            )
        check = self._verdict(claimed, [(span, by_abs)], cells, signed)
        leader, change = by_abs[0]
        if leader not in relative:
            return check
        explanation = check.explanation.replace(
            f"{leader} ({signed(change)}",
            f"{leader} ({signed(change)}, {signed(relative[leader], 1)}%",
            1,
        )
        return dataclasses.replace(check, explanation=explanation)

    def _order(self, scores: dict[str, float]) -> list[tuple[str, float]]:
        reverse = self.claim.extreme != "min"
        return sorted(scores.items(), key=lambda kv: (-kv[1] if reverse else kv[1], kv[0]))

    def _verdict(
        self,
        claimed: str,
        results: Ranked,
        cells: tuple[Cell, ...],
        fmt: Callable[[float], str],
    ) -> Check:
        """First in every period compared, or (`position` > 1) the place claimed."""
        place = self.claim.position
        if place > 1:
            return self._place_verdict(claimed, results, cells, fmt)
        lines, wrong = [], []
        for when, order in results:
            (top, top_value), (second, second_value) = order[0], order[1]
            if top_value == second_value:
                raise Missing(f"tie in {when}: {top} and {second} both {fmt(top_value)}")
            where = f"{when}: " if when else ""  # an undated table has no period to name
            lines.append(f"{where}{top} ({fmt(top_value)}; next {second} {fmt(second_value)})")
            if top != claimed:
                wrong.append(top)
        formula = "; ".join(lines) + self._unranked_note()
        if wrong:  # a member without a figure cannot make the claimed one first
            return Check(
                "data",
                "contradicted",
                f"{claimed} is not first: {formula}",
                None,
                formula,
                cells,
                suggestion=wrong[0],
                replaces=claimed,
            )
        return Check("data", "supported", f"{claimed} is first: {formula}", None, formula, cells)

    def _place_verdict(
        self, claimed: str, results: Ranked, cells: tuple[Cell, ...], fmt: Callable[[float], str]
    ) -> Check:
        """ "second on the team": the subject's place in the order, ties unverifiable."""
        place = self.claim.position
        when, order = results[-1]
        names = [name for name, _ in order]
        if claimed not in names or len(order) < place:
            raise Missing(f"{claimed} is not among the {len(order)} compared")
        value = dict(order)[claimed]
        if sum(1 for _, v in order if v == value) > 1:
            raise Missing(f"{claimed} ties with others at {fmt(value)}")
        actual = names.index(claimed) + 1
        shown = "; ".join(
            f"{i}. {name} {fmt(v)}"
            for i, (name, v) in enumerate(order[: max(place, actual) + 1], 1)
        )
        formula = (f"{when}: {shown}" if when else shown) + self._unranked_note()
        if actual < place <= actual + len(self.unranked):
            raise Missing(
                f"{claimed} is number {actual} among those with a figure, and could be "
                f"number {place} among all: {formula}"
            )
        if actual == place:
            return Check(
                "data", "supported", f"{claimed} is number {place}: {formula}", None, formula, cells
            )
        return Check(
            "data",
            "contradicted",
            f"{claimed} is number {actual}, not {place}: {formula}",
            None,
            formula,
            cells,
            suggestion=ORDINAL_WORDS[actual] if actual < len(ORDINAL_WORDS) else str(actual),
            replaces=self.claim.text,
        )

    def _unranked_note(self) -> str:
        """ " (no figure for American Samoa: ranked among those with one)".

        A ranking leaves out the members the table gives no figure for, and says so:
        the published table ranks them so too. A member left out can only push the
        subject down the order, never up, so "X is not first" and "X is number 5, not
        2" stand; a place that a missing figure could explain (claimed fifth, fourth
        among those with a figure, one missing) is unverifiable (`_place_verdict`)."""
        if not self.unranked:
            return ""
        return f" (no figure for {', '.join(self.unranked)}: ranked among those with one)"
