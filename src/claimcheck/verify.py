"""Recompute each claim from the data and compare it with what the article says.

Like agate's computations, every check validates first (are the cells there, unique,
numeric, is the base non-zero?) and only then computes; anything that fails
validation makes the claim unverifiable with the reason, never supported or
contradicted. Every check returns the formula written out with the cell values and
the cells themselves, with their row, column and source.

Why this module is long (about 750 lines): one `_Verifier` holds a check method per
claim kind; issue 13 moves each kind to a check class of its own (validate, then
compute), after which this module keeps only `verify` and the readings.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from claimcheck.averages import AVERAGE, mean_of
from claimcheck.catalog import ABSENT, Catalog
from claimcheck.lexicon import ORDINAL_WORDS
from claimcheck.match import Query, Subject
from claimcheck.model import Cell, Check, Claim
from claimcheck.periods import Period, days_per
from claimcheck.quantities import Quantity, format_number, rounded_to
from claimcheck.readings import Aggregation, Part, Reading, decide_readings
from claimcheck.summing import first_unusable, parts_of, why_not_summed

T = TypeVar("T")


class Missing(Exception):
    """A figure needed for a check is absent, ambiguous or unusable; the text says why."""


class NoRows(Missing):
    """The table has no row at all for this value and period."""


class Blank(Missing):
    """The table's cell for this value and period is empty or suppressed."""


@dataclass(frozen=True)
class Figure:
    """A recomputed number and the cells it was computed from."""

    value: float
    cells: tuple[Cell, ...]
    subject: str
    when: str

    @property
    def label(self) -> str:
        return ", ".join(filter(None, [self.subject, self.when])) or "the whole table"

    @property
    def shown(self) -> str:
        if len(self.cells) == 1:
            return format_number(self.value)
        return " + ".join(format_number(c.value or 0) for c in self.cells)


def verify(claim: Claim, query: Query, catalog: Catalog) -> Check:
    """The data check of one matched claim, over every reading of it.

    Each reading (the preferred query, then the other tables that fit: a force's total
    is in a by-force table and in a by-type table's "all" row) is checked; the verdict
    comes from the readings together (`claimcheck.readings.decide_readings`): a
    contradiction needs every reading to contradict and none to rest on a guess.
    """
    queries = (query, *query.alternatives)
    checks = [_verify_one(claim, q, catalog) for q in queries]
    readings = tuple(reading_of(claim, q, c) for q, c in zip(queries, checks, strict=True))
    decision = decide_readings(readings)
    if decision.reading is None:
        readings += _periods_that_fit(claim, query, catalog, readings[0])
        explanation = decide_readings(readings).explanation
        return Check("data", "unverifiable", explanation, readings=readings)
    chosen = checks[readings.index(decision.reading)]
    return dataclasses.replace(chosen, readings=readings)


def _periods_that_fit(
    claim: Claim, query: Query, catalog: Catalog, guessed: Reading, shown: int = 3, tried: int = 12
) -> tuple[Reading, ...]:
    """ "Gwent recorded 259 offences", checked against the latest year by default and
    contradicted there: the other periods of that length whose figure fits (the latest
    `shown` among the latest `tried`), so that the editor sees which period the article
    may mean. Bounded: a table of a thousand periods is not checked period by period."""
    if (
        Part.PERIOD not in guessed.guessed
        or guessed.verdict != "contradicted"
        or len(query.periods) != 1
        or len(query.periods[0]) != 1
    ):
        return ()
    used = query.periods[0][0]
    others = [p for p in query.table.periods if p != used and p.days // 28 == used.days // 28]
    fitting: list[Reading] = []
    for period in reversed(others[-tried:]):
        other = dataclasses.replace(query, periods=((period,),), alternatives=())
        check = _verify_one(claim, other, catalog)
        if check.verdict == "supported":
            fitting.append(reading_of(claim, other, check))
            if len(fitting) == shown:
                break
    return tuple(fitting)


def reading_of(claim: Claim, query: Query, check: Check) -> Reading:
    """What one query takes the claim as, with what the data gives for it."""
    subjects = " and ".join(s.name or "the table as a whole" for s in query.subjects)
    return Reading(
        table=query.table.name,
        measure=query.measure.name,
        subject=subjects,
        filters=query.filters,
        periods=tuple(period_span(role) for role in query.periods),
        aggregation=aggregation(claim, query),
        origins=query.origins,
        value=check.computed,
        verdict=check.verdict,
        explanation=check.explanation,
    )


# How a claim of each kind makes its figure from cells; a value or total is one cell or
# a sum (`aggregation`).
AGGREGATION_OF_KIND = {
    "change": Aggregation.CHANGE,
    "percent_change": Aggregation.PERCENT_CHANGE,
    "only": Aggregation.CHANGE,
    "rate": Aggregation.RATE,
    "share": Aggregation.SHARE,
    "rank": Aggregation.RANK,
    "comparison": Aggregation.COMPARISON,
    "direction": Aggregation.DIRECTION,
}


def aggregation(claim: Claim, query: Query) -> Aggregation:
    """How the reading's cells make its figure: one cell, a sum, a change..."""
    kind = "value" if query.stated else claim.kind
    if kind == "rate" and claim.per == AVERAGE:
        return Aggregation.MEAN
    if kind in AGGREGATION_OF_KIND:
        return AGGREGATION_OF_KIND[kind]
    several = len(query.periods[0]) > 1 or len(query.subjects[0].values) > 1
    return Aggregation.SUM if several or kind == "total" else Aggregation.ONE


def _verify_one(claim: Claim, query: Query, catalog: Catalog) -> Check:
    verifier = _Verifier(claim, query, catalog)
    kind = "value" if query.stated else claim.kind
    method: Callable[[], Check] = getattr(verifier, f"check_{kind}")
    try:
        check = method()
    except Missing as reason:
        return Check(method="data", verdict="unverifiable", explanation=str(reason))
    if query.notes:
        note = "; ".join(query.notes)
        return dataclasses.replace(check, explanation=f"{check.explanation} ({note})")
    return check


def period_span(periods: tuple[Period, ...]) -> str:
    """ "2016/17 + 2017/18", or "2017/18 Q1 to 2017/18 Q4" for a longer run."""
    if len(periods) > 2:
        return f"{periods[0].label} to {periods[-1].label}"
    return " + ".join(p.label for p in periods)


def show(value: float, unit: str) -> str:
    """A computed value in the unit of the claim it is compared with."""
    if unit == "percent":
        return f"{format_number(value, 2)}%"
    if unit == "points":
        return f"{format_number(value, 2)} percentage points"
    if unit == "fraction":
        return f"{format_number(value * 100, 1)}%"
    if unit == "times":
        return f"{format_number(value, 2)} times"
    return format_number(value)


def compare(quantity: Quantity, computed: float) -> tuple[str, bool]:
    """(verdict, whether it passes only because the article rounded)."""
    if computed in quantity.interval:
        by_rounding = quantity.hedge is None and not math.isclose(
            computed, quantity.value, rel_tol=1e-9, abs_tol=1e-12
        )
        return "supported", by_rounding
    return "contradicted", False


def suggest(claim: Claim, computed: float) -> str:
    """The claim's own words with the recomputed number, at the precision written.

    "up 24%" becomes "up 30%"; "more than 3,000" becomes "more than 2,895"; words
    without digits ("about five") get the number in digits ("about 4").
    """
    quantity = claim.quantity
    assert quantity is not None
    written = re.search(r"\d[\d,]*(?:\.\d+)?", claim.text)
    if quantity.unit in {"fraction", "times"}:
        return show(computed, quantity.unit)
    if written is None:
        number = format_number(round(abs(computed)))
        core = quantity.text.split()[-1]
        return claim.text.replace(core, number, 1) if core in claim.text else number
    digits = written.group()
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    value = round(abs(computed), decimals)
    replacement = (
        f"{value:,.{decimals}f}" if "," in digits or value < 1000 else f"{value:.{decimals}f}"
    )
    return claim.text[: written.start()] + replacement + claim.text[written.end() :]


def _signed(value: float, decimals: int | None = None) -> str:
    """A change with its sign: "+86", "-88", "+30%" (with decimals)."""
    return f"{'+' if value > 0 else ''}{format_number(value, decimals)}"


class _Verifier:
    def __init__(self, claim: Claim, query: Query, catalog: Catalog) -> None:
        self.claim = claim
        self.query = query
        self.catalog = catalog
        # Peers a ranking leaves out for want of a figure (`check_rank`), in order.
        self.unranked: list[str] = []

    # -- reading figures --------------------------------------------------------------

    def figure(
        self,
        subject: Subject,
        periods: tuple[Period, ...],
        filters: tuple[tuple[str, str], ...] | None = None,
    ) -> Figure:
        """The sum of one subject's cells over periods, after checking every cell.

        Each (value, period) must have exactly one row: none is "no figure", two are
        ambiguous (never summed). In a row-level table (one row per respondent or
        event) the rows are counted instead.
        """
        query = self.query
        table = query.table
        index = table.index
        fixed = query.filters if filters is None else filters
        conditions = [("_measure", (query.measure.name,)), *((d, (v,)) for d, v in fixed)]
        wanted = [(v, p) for v in (subject.values or (None,)) for p in (periods or (None,))]
        refused = why_not_summed(query.measure, len(periods), len(subject.values))
        if refused is not None and not table.row_level:
            raise Missing(refused)
        whole = {d for d, _ in fixed} | {subject.dim}
        total, used = 0.0, []
        for value, period in wanted:
            # Looked up, not scanned: a lookup costs the rows it finds, not the table.
            found = index.rows(
                [
                    *conditions,
                    *([(subject.dim, (value,))] if value is not None else []),
                    *([("_period", (period,))] if period is not None else []),
                ]
            )
            where = ", ".join(filter(None, [value, period.label if period else None]))
            where = where or "the table as a whole"
            if table.row_level:
                total += len(found)
                used.append(self._count_cell(found, where, fixed))
                continue
            if not len(found):
                raise NoRows(f"no figure for {where} in {table.name}")
            if len(found) > 1 and not parts_of(table, query.measure, whole, found):
                lines = " and ".join(str(index.get(r, "_row")) for r in found[:2])
                raise Missing(
                    f"ambiguous: {table.name} has {len(found)} rows for {where} "
                    f"(rows {lines}); remove the duplicate"
                )
            row = index.record(int(found[first_unusable(table, found)]))
            if row["_status"] == ABSENT:
                raise NoRows(f"{where} takes no part in {table.name} ({row['_text']!r})")
            if row["_status"] != "ok":
                raise Blank(
                    f"the figure for {where} is {row['_status']} "
                    f"({table.name} row {row['_row']}: {row['_text']!r})"
                )
            if len(found) > 1:  # the parts that add up to it, summed at once
                value = float(np.asarray(table.columns["_value"])[found].sum())
                total += value
                used.append(self._parts_cell(row, value, len(found), where))
                continue
            total += float(row["_value"])
            used.append(self._cell(row))
        return Figure(total, tuple(used), subject.name, period_span(periods))

    def _parts_cell(self, first: dict[str, Any], value: float, parts: int, where: str) -> Cell:
        """The sum of a figure's parts as one piece of evidence, from its first row."""
        cell = self._cell(first)
        return dataclasses.replace(
            cell, value=value, label=f"{where}: the sum of {parts} rows from row {cell.row}"
        )

    def _count_cell(self, rows: np.ndarray, where: str, fixed: tuple[tuple[str, str], ...]) -> Cell:
        """A count of rows as one piece of evidence: how many, where, and the first row."""
        condition = ", ".join(f"{d} = {v}" for d, v in fixed) or "all rows"
        numbers = self.query.table.columns["_row"]
        first = int(numbers[rows].min()) if len(rows) else 0
        return Cell(
            table=self.query.table.name,
            row=first,
            column="(rows counted)",
            value=float(len(rows)),
            label=f"{where}: rows where {condition}",
            source=str(self.query.table.path),
        )

    def _cell(self, row: dict[str, Any]) -> Cell:
        query = self.query
        parts = [str(row[d]) for d in query.table.dims if row[d] is not None]
        if row["_period"] is not None:
            parts.append(row["_period"].label)
        parts.append(str(row["_measure"]))
        source = self.catalog.sources.get(str(row["_source"]))
        return Cell(
            table=query.table.name,
            row=int(row["_row"]),
            column=str(row["_column"]),
            value=float(row["_value"]),
            label=", ".join(parts),
            source=source.title if source else str(row["_source"]),
            url=source.url if source else None,
        )

    def change(self, subject: Subject) -> tuple[Figure, Figure]:
        if len(self.query.periods) < 2 or not self.query.periods[0]:
            raise Missing(
                f"{self.query.table.name} has no periods to compare, so a change cannot be checked"
            )
        before, after = self.query.periods[0], self.query.periods[-1]
        return self.figure(subject, before), self.figure(subject, after)

    # -- the checks, one a kind -------------------------------------------------------

    def _numeric(self, computed: float, formula: str, cells: tuple[Cell, ...], what: str) -> Check:
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

    def check_value(self) -> Check:
        figure = self.figure(self.query.subjects[0], self.query.periods[0])
        formula = (
            figure.shown
            if len(figure.cells) == 1
            else (f"{figure.shown} = {format_number(figure.value)}")
        )
        return self._numeric(figure.value, formula, figure.cells, figure.label)

    check_total = check_value

    def check_rate(self) -> Check:
        if self.claim.per == AVERAGE:  # "averaged 4.8% over the 1960s" (claimcheck.averages)
            if not self.query.periods[0]:
                raise Missing(f"{self.query.table.name} has no periods to average over")
            subject = self.query.subjects[0]
            return self._numeric(
                *mean_of([self.figure(subject, (p,)) for p in self.query.periods[0]])
            )
        periods = self.query.periods[0]
        figure = self.figure(self.query.subjects[0], periods)
        days = sum(p.days for p in periods)
        per = self.claim.per or "day"
        per_days = days_per(per)
        if days == 0:
            raise Missing("the period has no length")
        rate = figure.value / days * per_days
        scale = "" if per == "day" else f" * {format_number(per_days)}"
        formula = f"({figure.shown}) / {days:,} days{scale} = {format_number(rate, 2)} a {per}"
        return self._numeric(rate, formula, figure.cells, f"a {per}, {figure.label}")

    def check_share(self) -> Check:
        query = self.query
        if query.part is None:
            raise Missing("the sentence does not say what the share is of")
        subject = query.subjects[0]
        dim, value = query.part
        if dim == subject.dim:  # a member of the group that is the whole
            part = self.figure(Subject(value, dim, (value,)), query.periods[0])
        else:  # a category of the subject
            part_filters = (*(f for f in query.filters if f[0] != dim), query.part)
            part = self.figure(subject, query.periods[0], part_filters)
        whole = self.figure(subject, query.periods[0])
        if whole.value == 0:
            raise Missing(f"the whole ({whole.label}) is zero: a share of it is undefined")
        ratio = part.value / whole.value
        computed = ratio * 100 if self.claim.quantity.unit == "percent" else ratio
        formula = f"{part.shown} / {whole.shown} = {format_number(ratio * 100, 2)}%"
        return self._numeric(
            computed,
            formula,
            part.cells + whole.cells,
            f"{query.part[1]} as a share of {whole.label}",
        )

    def check_percent_change(self) -> Check:
        quantity = self.claim.quantity
        before, after = self.change(self.query.subjects[0])
        if before.value == 0:
            raise Missing(f"the base ({before.label}) is zero: a percentage change is undefined")
        delta = after.value - before.value
        rising = delta > 0
        cells = before.cells + after.cells
        if quantity.unit == "points":
            computed, formula = (
                delta,
                f"{after.shown} - {before.shown} = {format_number(delta, 2)} points",
            )
        elif quantity.unit == "times":
            computed = after.value / before.value
            formula = f"{after.shown} / {before.shown} = {format_number(computed, 2)}"
            rising = computed > 1
        else:
            pct = delta / before.value * 100
            computed = abs(pct) if quantity.unit == "percent" else abs(pct) / 100
            formula = (
                f"({after.shown} - {before.shown}) / {before.shown} = {format_number(pct, 2)}%"
            )
        what = ", ".join(filter(None, [before.subject, f"{before.when} to {after.when}"]))
        if quantity.unit != "times" and delta != 0 and rising != (self.claim.direction == "up"):
            said = "rise" if self.claim.direction == "up" else "fall"
            return Check(
                "data",
                "contradicted",
                f"{what} is a {'rise' if rising else 'fall'}, not a {said}: {formula}",
                computed,
                formula,
                cells,
                suggestion="up" if rising else "down",
            )
        return self._numeric(computed, formula, cells, what)

    def check_change(self) -> Check:
        before, after = self.change(self.query.subjects[0])
        delta = after.value - before.value
        formula = f"{after.shown} - {before.shown} = {format_number(delta)}"
        cells = before.cells + after.cells
        what = ", ".join(filter(None, [before.subject, f"{before.when} to {after.when}"]))
        if self.claim.quantity is not None and self.claim.direction is not None:
            direction_ok = (delta > 0) == (self.claim.direction == "up") and delta != 0
            if not direction_ok:
                return Check(
                    "data",
                    "contradicted",
                    f"{what}: {formula}, not a "
                    f"{'rise' if self.claim.direction == 'up' else 'fall'}",
                    delta,
                    formula,
                    cells,
                )
            return self._numeric(abs(delta), formula, cells, f"change for {what}")
        said = self.claim.direction
        actual = "up" if delta > 0 else "down" if delta < 0 else "unchanged"
        verdict = "supported" if actual == said else "contradicted"
        return Check(
            "data",
            verdict,
            f"{what}: {formula} ({actual})",
            delta,
            formula,
            cells,
            suggestion=None if verdict == "supported" else actual,
        )

    def check_direction(self) -> Check:
        said = self.claim.direction
        lines, cells, wrong = [], (), []
        for subject in self.query.subjects:
            before, after = self.change(subject)
            delta = after.value - before.value
            lines.append(
                f"{subject.name} {before.shown} -> {after.shown} "
                f"({'+' if delta > 0 else ''}{format_number(delta)})"
            )
            cells += before.cells + after.cells
            if (delta > 0) != (said == "up") or delta == 0:
                wrong.append(subject.name)
        formula = "; ".join(lines)
        periods = f"{self.query.periods[0][0].label} to {self.query.periods[-1][-1].label}"
        if wrong:
            return Check(
                "data",
                "contradicted",
                f"not all {'rose' if said == 'up' else 'fell'} "
                f"from {periods}: {', '.join(wrong)} did not ({formula})",
                None,
                formula,
                cells,
            )
        verb = "rose" if said == "up" else "fell"
        return Check(
            "data",
            "supported",
            f"all {len(lines)} {verb} from {periods}: {formula}",
            None,
            formula,
            cells,
        )

    def check_rank(self) -> Check:
        query = self.query
        claimed = query.subjects[0].name
        if len(query.peers) < 2:
            raise Missing("fewer than two to compare")
        if self.claim.metric in {"change", "percent_change"}:
            return self._rank_change(claimed, in_percent=self.claim.metric == "percent_change")
        results, cells = [], ()
        for periods in query.periods:
            scores = self.for_peers(
                lambda p, periods=periods: self.figure(p, periods), self.unranked
            )
            cells += tuple(c for f in scores.values() for c in f.cells)
            results.append(
                (period_span(periods), self._order({k: f.value for k, f in scores.items()}))
            )
        return self._rank_verdict(claimed, results, cells, lambda v: format_number(v))

    def _rank_change(self, claimed: str, in_percent: bool = False) -> Check:
        """Ranked by the change in number, which must agree with the change in percent
        (else ambiguous); by the change in percent alone when the claim says so ("the
        biggest percentage increase")."""
        absolute, relative, cells = {}, {}, ()
        for name, (before, after) in self.for_peers(self.change).items():
            absolute[name] = after.value - before.value
            if before.value:
                relative[name] = (after.value - before.value) / before.value * 100
            cells += before.cells + after.cells
        span = f"{period_span(self.query.periods[0])} to {period_span(self.query.periods[-1])}"
        if in_percent:
            if len(relative) != len(absolute):
                raise Missing("a change in percent from zero is undefined")
            order = self._order(relative)
            return self._rank_verdict(
                claimed, [(span, order)], cells, lambda v: f"{_signed(v, 1)}%"
            )
        by_abs = self._order(absolute)
        by_rel = self._order(relative) if len(relative) == len(absolute) else by_abs
        if by_abs[0][0] != by_rel[0][0]:
            raise Missing(
                f"ambiguous: the largest change in number is {by_abs[0][0]} "
                f"({format_number(by_abs[0][1])}) but in percent it is {by_rel[0][0]} "
                f"({format_number(by_rel[0][1], 1)}%)"
            )
        check = self._rank_verdict(claimed, [(span, by_abs)], cells, _signed)
        leader, change = by_abs[0]
        if leader not in relative:
            return check
        explanation = check.explanation.replace(
            f"{leader} ({_signed(change)}",
            f"{leader} ({_signed(change)}, {_signed(relative[leader], 1)}%",
            1,
        )
        return dataclasses.replace(check, explanation=explanation)

    def _order(self, scores: dict[str, float]) -> list[tuple[str, float]]:
        reverse = self.claim.extreme != "min"
        return sorted(scores.items(), key=lambda kv: (-kv[1] if reverse else kv[1], kv[0]))

    def _rank_verdict(
        self,
        claimed: str,
        results: list,
        cells: tuple[Cell, ...],
        fmt: Callable[[float], str],
    ) -> Check:
        """`results` holds, for each period compared, its label and the ranked scores."""
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
        self, claimed: str, results: list, cells: tuple[Cell, ...], fmt: Callable[[float], str]
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

    def _only_threshold(self) -> Check:
        """ "the only force to record fewer than 50": exactly the subject is inside."""
        quantity = self.claim.quantity
        claimed = self.query.subjects[0].name
        figures = self.for_peers(lambda p: self.figure(p, self.query.periods[0]))
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

    def for_peers(
        self, compute: Callable[[Subject], T], unranked: list[str] | None = None
    ) -> dict[str, T]:
        """`compute` for each peer; peers with no rows at all are not peers (Action Fraud
        records no burglaries), but a peer with a suppressed or missing cell is fatal,
        unless `unranked` is given: such peers, other than the subject, are then added
        to it and left out (a ranking says which, `_unranked_note`)."""
        results = {}
        for peer in self.query.peers:
            try:
                results[peer.name] = compute(peer)
            except NoRows:
                continue
            except Blank:
                if unranked is None or peer.name == self.query.subjects[0].name:
                    raise  # the subject's own figure missing: nothing to rank
                if peer.name not in unranked:
                    unranked.append(peer.name)
        if len(results) < 2:
            raise Missing("fewer than two to compare")
        return results

    def check_comparison(self) -> Check:
        first, second = (self.figure(s, self.query.periods[0]) for s in self.query.subjects)
        delta = first.value - second.value
        said = self.claim.direction
        formula = f"{first.shown} - {second.shown} = {format_number(delta)}"
        what = f"{first.label} vs {second.subject}"
        cells = first.cells + second.cells
        if delta == 0 or (delta > 0) != (said == "up"):
            actual = "the same as" if delta == 0 else ("more than" if delta > 0 else "fewer than")
            return Check(
                "data",
                "contradicted",
                f"{first.subject} had {actual} {second.subject}: "
                f"{format_number(first.value)} vs {format_number(second.value)}",
                delta,
                formula,
                cells,
            )
        if self.claim.quantity is not None and self.claim.quantity.unit == "times":
            ratio = first.value / second.value  # second is above zero: first exceeds it
            formula = f"{first.shown} / {second.shown} = {format_number(ratio, 2)}"
            return self._numeric(ratio, formula, cells, f"the ratio, {what}")
        if self.claim.quantity is not None and self.claim.quantity.unit == "percent":
            if second.value == 0:
                raise Missing(f"{second.subject} has none: a percentage of it is undefined")
            pct = abs(delta) / second.value * 100  # "30% more than Gwent": of Gwent's
            formula = f"|{formula}| / {second.shown} = {format_number(pct, 2)}%"
            return self._numeric(pct, formula, cells, f"the difference in percent, {what}")
        if self.claim.quantity is not None:
            return self._numeric(abs(delta), formula, cells, f"the difference, {what}")
        return Check(
            "data",
            "supported",
            f"{first.subject} {format_number(first.value)} vs "
            f"{second.subject} {format_number(second.value)} ({first.when})",
            delta,
            formula,
            cells,
        )

    def check_only(self) -> Check:
        said = self.claim.direction
        if said is None and self.claim.quantity is not None:
            return self._only_threshold()
        if said is None:
            raise Missing(
                "'only' claims are checked for rises, falls and thresholds; "
                "this one is none of them"
            )
        claimed = self.query.subjects[0].name
        matching, lines, cells = [], [], ()
        for name, (before, after) in self.for_peers(self.change).items():
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
