"""Total rows confirmed by arithmetic: a total is the sum of its members, figure by figure.

    total row 'England and Wales': equals the sum of its 43 members in 8 of 8 figures

A column's total ("Total", "All", or a name such as "England and Wales") is found by
its name or declared in metadata, and then checked against the data: for every figure
the table gives it (each measure that adds up, period and value of the other
dimensions), the members' figures beside it are added up and compared. Why: a total
that is the sum of its members answers claims about the whole and is never counted
twice; one declared in metadata that is less than its members' sum in every figure is
no total at all, a mistake the user should hear about, naming the cell, not a silent
source of wrong sums (one that is more may have parts the table does not list: a
game's points beside its four quarters, with overtime). A column
with no total by name has one when one value is the sum of all the others in every
figure (at least two figures, three members), as "England and Wales" is of its forces.

Figures are compared within half a percent, or half a unit for each member (published
tables round each figure on its own); a figure with a member missing, suppressed or not
available is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

import numpy as np

from claimcheck.columns import Column
from claimcheck.errors import MetadataError
from claimcheck.metadata import Metadata
from claimcheck.names import key

# A value named as a column's total: "Total", "All", "All ages", "Total crime".
TOTAL_VALUE = re.compile(r"^(all|total|all \w+|total \w+|\w+ total)$")
RELATIVE_TOLERANCE = 0.005
MIN_MEMBERS = 3  # a value the sum of one or two others is no total by arithmetic alone


@dataclass(frozen=True)
class TotalCheck:
    """How a total compared with its members: in `agree` of `compared` figures it was
    their sum; `first_off` is the first figure where it was not (row, its figure, the
    members' sum)."""

    total: str
    members: int
    agree: int
    compared: int
    first_off: tuple[int, float, float] | None = None
    below: int = 0  # figures where it is less than its members' sum: then it is no total

    @property
    def impossible(self) -> bool:
        """Less than the sum of its members in every figure: a total of parts that are
        only some of its parts is more than their sum (a game's points beside its four
        quarters, with overtime), never less."""
        return self.compared > 0 and self.below == self.compared

    @property
    def confirmed(self) -> bool:
        return self.compared > 0 and self.agree == self.compared

    def describe(self) -> str:
        """ "equals the sum of its 43 members in 8 of 8 figures" (shown by `claimcheck data`)."""
        if not self.compared:
            return "not compared with its members (no figure has them all)"
        if not self.agree:
            return (
                f"not the sum of its {self.members} members in any of {self.compared} "
                "figures (they are only some of its parts)"
            )
        return (
            f"equals the sum of its {self.members} members in {self.agree} of "
            f"{self.compared} figures"
        )


def check_total(
    columns: Mapping[str, Column | np.ndarray],
    dim: str,
    total: str,
    keys: Sequence[str],
    counted: np.ndarray,
) -> TotalCheck | None:
    """Compare the rows of `total` in column `dim` with the sum of the other values' rows
    that share every other key (`keys`: the other dimensions, `_measure`, `_period`);
    `counted` marks the rows of measures that add up. None when `total` is no value."""
    column = columns[dim]
    assert isinstance(column, Column)
    if total not in column.values:
        return None
    code = column.values.index(total)
    members = len(column.present()) - 1
    groups = _groups(columns, [k for k in keys if k != dim])
    values = np.asarray(columns["_value"], dtype=float)
    ok = counted & np.isfinite(values) & (column.codes >= 0)
    is_total = column.codes == code
    size = int(groups.max()) + 1 if len(groups) else 0
    total_sum = np.bincount(groups[ok & is_total], values[ok & is_total], size)
    total_rows = np.bincount(groups[ok & is_total], minlength=size)
    member_sum = np.bincount(groups[ok & ~is_total], values[ok & ~is_total], size)
    member_rows = np.bincount(groups[ok & ~is_total], minlength=size)
    all_rows = np.bincount(groups[counted & ~is_total & (column.codes >= 0)], minlength=size)
    comparable = (total_rows == 1) & (member_rows == all_rows) & (member_rows >= members)
    tolerance = np.maximum(RELATIVE_TOLERANCE * np.abs(total_sum), 0.5 * member_rows)
    agrees = comparable & (np.abs(total_sum - member_sum) <= tolerance)
    below = comparable & (total_sum < member_sum - tolerance)
    first_off = None
    off = np.flatnonzero(below if below.any() else comparable & ~agrees)
    if len(off):
        group = int(off[0])
        row = int(np.flatnonzero(ok & is_total & (groups == group))[0])
        row_number = int(np.asarray(columns["_row"])[row])
        first_off = (row_number, float(total_sum[group]), float(member_sum[group]))
    return TotalCheck(
        total, members, int(agrees.sum()), int(comparable.sum()), first_off, int(below.sum())
    )


def total_by_sum(
    columns: Mapping[str, Column | np.ndarray],
    dim: str,
    keys: Sequence[str],
    counted: np.ndarray,
) -> TotalCheck | None:
    """The value of `dim` that is the sum of all the others in every figure (at least
    two), if one is: the candidate is the value with the largest figure."""
    column = columns[dim]
    assert isinstance(column, Column)
    if len(column.present()) < MIN_MEMBERS + 1 or not counted.any():
        return None
    values = np.asarray(columns["_value"], dtype=float)
    usable = counted & np.isfinite(values) & (column.codes >= 0)
    if not usable.any():
        return None
    largest = column.values[int(column.codes[usable][np.argmax(values[usable])])]
    found = check_total(columns, dim, largest, keys, counted)
    if found is not None and found.compared >= 2 and found.confirmed:
        return found
    return None


def table_totals(
    columns: Mapping[str, Column | np.ndarray],
    dims: Sequence[str],
    meta: Metadata,
    added: Set[str],
) -> tuple[dict[str, str], dict[str, TotalCheck]]:
    """Each dimension's total value (declared, named "Total"/"All ...", or the sum of
    all the others in every figure) and how it compared with its members' sum, over the
    measures named in `added` (those that add up). A declared total that is less than
    its members' sum in every figure it can be compared in is a metadata error naming
    the first such cell."""
    totals: dict[str, str] = {}
    checks: dict[str, TotalCheck] = {}
    measure = columns["_measure"]
    assert isinstance(measure, Column)
    counted = measure.lookup([v in added for v in measure.values], False, bool)
    keys = [*dims, "_measure", "_period"]
    for dim in dims:
        declared = meta.columns.get(dim)
        column = columns[dim]
        assert isinstance(column, Column)
        if declared is not None and declared.total:
            totals[dim] = declared.total
            check = check_total(columns, dim, declared.total, keys, counted)
            if check is not None and check.first_off is not None and check.impossible:
                row, figure, summed = check.first_off
                raise MetadataError(
                    f"{meta.path}: columns.{dim}.total = {declared.total!r}, but "
                    f"{declared.total!r} is less than the sum of the other values of "
                    f"{dim!r} in every figure (first: row {row}, {figure:,.10g} against "
                    f"their sum {summed:,.10g}); fix the value or remove the key"
                )
        else:
            named = [v for v in column.present() if TOTAL_VALUE.match(key(v))]
            if len(named) == 1:
                totals[dim] = named[0]
                check = check_total(columns, dim, named[0], keys, counted)
            else:
                check = total_by_sum(columns, dim, keys, counted)
                if check is not None:
                    totals[dim] = check.total
        if check is not None and dim in totals:
            checks[dim] = check
    return totals, checks


def _groups(columns: Mapping[str, Column | np.ndarray], keys: Sequence[str]) -> np.ndarray:
    """Each row's group: the rows that share every key's value."""
    size = len(np.asarray(columns["_row"]))
    if not keys:
        return np.zeros(size, dtype=np.int64)
    combined = np.zeros(size, dtype=np.int64)
    width = 1
    for name in keys:
        column = columns[name]
        assert isinstance(column, Column)
        radix = len(column.values) + 1  # codes run from -1
        if width * radix >= 2**62:  # too many combinations for one integer: re-number
            combined = np.unique(combined, return_inverse=True)[1].reshape(-1)
            width = int(combined.max()) + 1 if size else 1
        combined = combined * radix + (column.codes.astype(np.int64) + 1)
        width *= radix
    return np.unique(combined, return_inverse=True)[1].reshape(-1)
