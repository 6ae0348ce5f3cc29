"""What every check shares: the figures read from a table, and how a number is compared.

    >>> figures = Figures(query, catalog)
    >>> figures.figure(query.subjects[0], query.periods[0])
    Figure(value=1437.0, cells=(Cell(...),), subject='Gwent Police', when='2016/17')

Every figure is read through `Figures.figure`, which checks each cell it reads (one row
a value and period; none is `NoRows`, two are ambiguous, a suppressed cell is fatal),
so that no check computes from a cell it has not validated. `compare`, `show` and
`suggest` turn a recomputed number into a verdict, its display in the claim's unit
and the claim's own words corrected.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from claimcheck.catalog import ABSENT, Catalog
from claimcheck.contest_spans import MEASURE
from claimcheck.model import Cell, Claim
from claimcheck.periods import Period
from claimcheck.quantities import Quantity, format_number
from claimcheck.query import Query, Subject
from claimcheck.summing import find_figure, why_not_summed

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
    part: str = ""  # a part the data holds in pieces, summed: "first half"

    @property
    def label(self) -> str:
        named = [self.subject, self.part, self.when]
        return ", ".join(filter(None, named)) or "the whole table"

    @property
    def shown(self) -> str:
        if len(self.cells) == 1:
            return format_number(self.value)
        return " + ".join(format_number(c.value or 0) for c in self.cells)


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


def signed(value: float, decimals: int | None = None) -> str:
    """A change with its sign: "+86", "-88", "+30%" (with decimals)."""
    return f"{'+' if value > 0 else ''}{format_number(value, decimals)}"


class Figures:
    """The figures of one query's table, each read and validated cell by cell."""

    def __init__(self, query: Query, catalog: Catalog) -> None:
        self.query = query
        self.catalog = catalog

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
        # a filter the data holds in pieces ("first half": two quarters) is their sum
        pieced = [tuple((d, p) for p in dict(query.pieces).get(v, (v,))) for d, v in fixed]
        wanted = [
            (pieces, v, p)
            for pieces in itertools.product(*pieced)
            for v in (subject.values or (None,))
            for p in (periods or (None,))
        ]
        parts = len(subject.values) * math.prod(len(p) for p in pieced)
        refused = why_not_summed(query.measure, len(periods), parts)
        if refused is not None and not table.row_level:
            raise Missing(refused)
        whole = {d for d, _ in fixed} | {subject.dim}
        measure = query.measure.name
        total, used = 0.0, []
        for pieces, value, period in wanted:
            # Looked up, not scanned: a lookup costs the rows it finds, not the table.
            question = [
                *([] if any(d == MEASURE for d, _ in pieces) else [(MEASURE, (measure,))]),
                *((d, (v,)) for d, v in pieces),
                *([(subject.dim, (value,))] if value is not None else []),
                *([("_period", (period,))] if period is not None else []),
            ]
            piece = ", ".join(
                v for (_, v), (_, named) in zip(pieces, fixed, strict=True) if v != named
            )
            where = ", ".join(filter(None, [value, piece, period.label if period else None]))
            where = where or "the table as a whole"
            if table.row_level:
                found = index.rows(question)
                total += len(found)
                used.append(self._count_cell(found, where, fixed))
                continue
            figure = find_figure(table, query.measure, question, whole)
            row = figure.row
            if row is None:
                raise NoRows(f"no figure for {where} in {table.name}")
            if figure.rows > 1 and not figure.parts:
                raise Missing(
                    f"ambiguous: {table.name} has {figure.rows} rows for {where} "
                    f"(rows {' and '.join(figure.first)}); remove the duplicate"
                )
            if row["_status"] == ABSENT:
                raise NoRows(f"{where} takes no part in {table.name} ({row['_text']!r})")
            if row["_status"] != "ok":
                raise Blank(
                    f"the figure for {where} is {row['_status']} "
                    f"({table.name} row {row['_row']}: {row['_text']!r})"
                )
            if figure.total is not None:  # the parts that add up to it, summed at once
                total += figure.total
                used.append(self._parts_cell(row, figure.total, figure.rows, where))
                continue
            total += float(row["_value"])
            used.append(self._cell(row))
        part = ", ".join(v for _, v in fixed if len(dict(query.pieces).get(v, ())) > 1)
        return Figure(total, tuple(used), subject.name, period_span(periods), part)

    def change(self, subject: Subject) -> tuple[Figure, Figure]:
        """The subject's figures for the first and the last of the query's periods."""
        before, after = self.query.periods[0], self.query.periods[-1]
        return self.figure(subject, before), self.figure(subject, after)

    def for_peers(
        self, compute: Callable[[Subject], T], unranked: list[str] | None = None
    ) -> dict[str, T]:
        """`compute` for each peer; peers with no rows at all are not peers (Action Fraud
        records no burglaries), but a peer with a suppressed or missing cell is fatal,
        unless `unranked` is given: such peers, other than the subject, are then added
        to it and left out (a ranking says which, `RankCheck._unranked_note`)."""
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

    def _parts_cell(self, first: Mapping[str, Any], value: float, parts: int, where: str) -> Cell:
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

    def _cell(self, row: Mapping[str, Any]) -> Cell:
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
