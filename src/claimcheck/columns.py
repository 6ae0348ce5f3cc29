"""Columns of a table as codes into their distinct values: how claimcheck holds data.

A column of a million cells holds a few dozen forces, years or offence types. Each
distinct value is kept once, with one small integer a row, so that reading a table
costs about its distinct values, and every step done per value (stripping, reading a
number or a period) runs once per distinct value, not once per row.

Only numpy is needed here (spaCy imports it anyway); pandas is imported when a table
is asked for as a DataFrame (`RawTable.frame`, `Table.cells`), never on the way to a
verdict, so that a run starts no slower than spaCy does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, eq=False)
class Column:
    """One value a row, as `codes` (-1 where a row has none) into distinct `values`."""

    codes: np.ndarray
    values: tuple[Any, ...]

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    def of(cls, codes: np.ndarray, values: Sequence[Any]) -> Column:
        """Codes into values, merging values that are equal (" 59 " and "59", stripped)."""
        unique = tuple(dict.fromkeys(values))
        if len(unique) < len(values):
            position = {v: i for i, v in enumerate(unique)}
            codes = np.array([position[v] for v in values] + [-1], dtype=np.int32)[codes]
        return cls(_narrow(codes, len(unique)), unique)

    @classmethod
    def from_cells(cls, cells: Sequence[Any]) -> Column:
        """The column of these cells, one a row."""
        builder = ColumnBuilder()
        builder.extend(cells)
        return builder.build()

    @classmethod
    def constant(cls, value: Any, size: int) -> Column:
        return cls(np.zeros(size, dtype=np.int8), (value,))

    @classmethod
    def empty(cls, size: int) -> Column:
        return cls(np.full(size, -1, dtype=np.int8), ())

    @classmethod
    def concat(cls, columns: Sequence[Column]) -> Column:
        """The rows of several columns one after the other."""
        values = list(dict.fromkeys(v for column in columns for v in column.values))
        position = {v: i for i, v in enumerate(values)}
        parts = [
            np.array([position[v] for v in column.values] + [-1], dtype=np.int32)[column.codes]
            for column in columns
        ]
        return cls(_narrow(np.concatenate(parts), len(values)), tuple(values))

    def map(self, function: Callable[[Any], Any]) -> Column:
        """The column with `function` applied to each distinct value."""
        return Column.of(self.codes, [function(v) for v in self.values])

    def lookup(self, table: Sequence[Any], missing: Any, dtype: Any) -> np.ndarray:
        """One entry a row: table[code], or `missing` where a row has no value."""
        return np.array([*table, missing], dtype=dtype)[self.codes]

    def counts(self) -> np.ndarray:
        """How many rows hold each value."""
        return np.bincount(self.codes[self.codes >= 0], minlength=len(self.values))

    def present(self) -> list[Any]:
        """The values some row holds, in the order of `values`."""
        return [v for v, n in zip(self.values, self.counts(), strict=True) if n]

    def get(self, position: int) -> Any:
        code = self.codes[position]
        return self.values[code] if code >= 0 else None

    def to_array(self) -> np.ndarray:
        """One object a row (None where a row has none), for a DataFrame."""
        return self.lookup(self.values, None, object)


class ColumnBuilder:
    """Gathers a column's cells, a batch at a time, into a Column."""

    def __init__(self) -> None:
        self.known: dict[Any, int] = {}
        self.parts: list[np.ndarray] = []

    def extend(self, cells: Iterable[Any]) -> None:
        cells = list(cells) if not isinstance(cells, Sequence) else cells
        known = self.known
        for value in dict.fromkeys(cells):  # new values in the order they appear
            if value not in known:
                known[value] = len(known)
        self.parts.append(
            np.fromiter(map(known.__getitem__, cells), dtype=np.int32, count=len(cells))
        )

    def build(self) -> Column:
        codes = np.concatenate(self.parts) if self.parts else np.zeros(0, dtype=np.int32)
        return Column(_narrow(codes, len(self.known)), tuple(self.known))


def _narrow(codes: np.ndarray, count: int) -> np.ndarray:
    """Codes in the smallest integer type that holds them (and -1)."""
    for dtype in (np.int8, np.int16, np.int32):
        if count <= np.iinfo(dtype).max:
            return codes.astype(dtype, copy=False)
    return codes.astype(np.int64, copy=False)
