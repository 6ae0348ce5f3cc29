"""When several figures may be added up into the one a claim is about.

    >>> # a rate is never summed over years: "unemployment was 9.6% in 2010" on monthly
    >>> # data needs the published annual figure, not twelve months added up
    >>> why_not_summed(Measure("rate", "percent", (), additive=False), 12, 1) is not None
    True

A figure over several periods, entities or parts is their sum only when the measure
adds up that way (`Measure.additive`, `Measure.over_time`): offences over four quarters,
a population over sexes and age bands, drug offences over the descriptions under the
group. A rate, a share, an average or a level (employment) is never added up; the
check says so instead of reporting a sum as the claim's figure.

`find_figure` answers "the figure of this measure, subject and period" once per table
and question: an article asks it again for a total, a share and a rank among peers,
and at a million rows a group's parts are thousands of rows to find, check and add.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from claimcheck.catalog import Measure, Table
from claimcheck.catalog_hierarchy import nested_in
from claimcheck.columns import Column


def why_not_summed(measure: Measure, periods: int, entities: int) -> str | None:
    """Why `measure` cannot be summed over this many periods and entities, or None."""
    if periods > 1 and not (measure.additive and measure.over_time):
        kind = "does not add up" if not measure.additive else "is a level, not a flow"
        return (
            f"{measure.name!r} {kind}: a figure for {periods} periods together is not "
            "their sum, and the table gives no figure for the whole span"
        )
    if entities > 1 and not measure.additive:
        return (
            f"{measure.name!r} does not add up: a figure for {entities} together is "
            "not the sum of theirs, and the table gives none for them as a whole"
        )
    return None


@dataclass(frozen=True)
class Found:
    """What a table holds for one figure: how many rows, and the row to show for it.

    `row` is the first row without a usable figure, or the first row when all have one
    (None when there are no rows); `parts`, whether several rows are parts of one figure
    (`parts_of`), whose sum is `total` (None unless they are); `first`, the first two
    rows' numbers in the file, which name the duplicate when several rows are not parts.
    Remembered and shared: never changed by those who ask.
    """

    rows: int
    row: Mapping[str, Any] | None
    parts: bool
    total: float | None
    first: tuple[str, ...]


def find_figure(
    table: Table,
    measure: Measure,
    conditions: Iterable[tuple[str, Collection[Any]]],
    whole: Collection[str],
) -> Found:
    """The rows of a figure where each column in `conditions` holds one of its values,
    `whole` being the dimensions the claim fixes (its subject's and its filters'):

        find_figure(table, offences, [("_measure", ("offences",)), ("force", ("Gwent",)),
                    ("_period", (year,))], {"force"})
        # Found(rows=130, row={... the first offence's row ...}, parts=True, total=...)

    Worked out once per table and question, then remembered by the table's index."""
    question = tuple((name, tuple(values)) for name, values in conditions)
    fixed = frozenset(whole)
    return table.index.remembered(
        ("figure", measure, question, fixed), lambda: _find(table, measure, question, fixed)
    )


def _find(table: Table, measure: Measure, question: tuple, whole: frozenset[str]) -> Found:
    index = table.index
    rows = index.rows(question)
    if not len(rows):
        return Found(0, None, False, None, ())
    parts = len(rows) > 1 and parts_of(table, measure, set(whole), rows)
    row = index.record(int(rows[first_unusable(table, rows)]))
    total = float(np.asarray(table.columns["_value"])[rows].sum()) if parts else None
    first = tuple(str(index.get(r, "_row")) for r in rows[:2])
    return Found(len(rows), row, parts, total, first)


def parts_of(table: Table, measure: Measure, fixed: set[str], rows: np.ndarray) -> bool:
    """Whether several rows for one subject and period are parts of its figure: they
    differ only in dimensions that split a whole into parts (sex, age band) or that
    nest in a fixed one (offence descriptions under a named group), and the measure
    adds up."""
    if not measure.additive or len(rows) < 2:
        return False
    free = [d for d in table.dims if d not in fixed]
    summed = [d for d in free if d in table.additive or nested_in(d, table.parents, fixed)]
    if any(_varies(table, d, rows) for d in free if d not in summed):
        return False  # several values of a dimension no claim word names: ambiguous
    return any(_varies(table, d, rows) for d in summed)  # else the same cell twice


def first_unusable(table: Table, rows: np.ndarray) -> int:
    """The position in `rows` of the first row without a usable figure (absent,
    missing, suppressed), or 0 when every one has a figure: found at once, not row by
    row, since a group's parts may be thousands of rows."""
    status = table.columns["_status"]
    assert isinstance(status, Column)
    ok = status.values.index("ok") if "ok" in status.values else -2  # values are distinct
    bad = status.codes[rows] != ok
    return int(np.argmax(bad)) if bad.any() else 0


def _varies(table: Table, dim: str, rows: np.ndarray) -> bool:
    """Whether a dimension holds more than one value (or none) in these rows."""
    column = table.columns[dim]
    assert isinstance(column, Column)
    codes = column.codes[rows]
    return bool((codes != codes[0]).any())
