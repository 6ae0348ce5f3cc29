"""Find a table's rows by value without reading every row.

Checking a claim asks a table questions such as "the rows of North Wales, 2016/17,
offences", "the values of `offence` among Wales's rows" or "every value of `force`".
A scan answers each in time proportional to the table: a second for a million rows,
for every claim. `TableIndex` sorts the rows of each value once, when the table is
loaded, so that a question costs the rows it finds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import numpy as np

from claimcheck.columns import Column

Columns = Mapping[str, Column | np.ndarray]
REMEMBERED = 4096  # answers kept per table: a few articles' worth of questions


class TableIndex:
    """The rows of each value of some of a table's columns (`keys`), sorted once."""

    def __init__(self, columns: Columns, keys: Iterable[str]) -> None:
        self.columns = columns
        self.size = len(columns["_row"])
        # The rows holding value code c of a key are order[starts[c + 1] : starts[c + 2]].
        self._lookup: dict[str, tuple[dict[Any, int], np.ndarray, np.ndarray]] = {}
        self._present: dict[str, frozenset] = {}
        self._sorted: dict[str, tuple] = {}
        self._answers: dict[tuple, Any] = {}  # question -> answer, oldest first
        for name in keys:
            column = columns[name]
            assert isinstance(column, Column), name
            counts = np.bincount(
                column.codes.astype(np.int64) + 1, minlength=len(column.values) + 1
            )
            starts = np.concatenate(([0], np.cumsum(counts)))
            order = np.argsort(column.codes, kind="stable")
            order = order.astype(np.int32 if self.size < 2**31 else np.int64)
            self._lookup[name] = ({v: i for i, v in enumerate(column.values)}, order, starts)
            self._present[name] = frozenset(
                v for v, n in zip(column.values, counts[1:], strict=True) if n
            )

    def present(self, name: str) -> frozenset:
        """Every value some row of a key column holds."""
        return self._present[name]

    def sorted_values(self, name: str) -> tuple:
        """`present(name)`, sorted (once)."""
        if name not in self._sorted:
            self._sorted[name] = tuple(sorted(self._present[name]))
        return self._sorted[name]

    def rows(self, conditions: Iterable[tuple[str, Collection[Any]]]) -> np.ndarray:
        """Positions, in the table's order, of the rows where each key column holds one
        of its values: the rarest condition picks the candidates, the others filter them.

        The answers are remembered (`remembered`): one article asks the same questions
        many times (a group's figure for its total, its share, its rank among its peers),
        and a group's parts may be thousands of rows. The arrays returned are read-only."""
        question = tuple((name, tuple(values)) for name, values in conditions)
        return self.remembered(("rows", question), lambda: self._read_only(self._rows(question)))

    def remembered(self, question: tuple, answer: Callable[[], Any]) -> Any:
        """The answer to a question about the table, worked out (`answer()`) the first
        time it is asked and kept among the latest `REMEMBERED`: the table never changes
        after loading, so neither do the answers. The caller keeps them unchanged too."""
        found = self._answers.get(question)
        if found is None:
            found = answer()
            if len(self._answers) >= REMEMBERED:
                # the oldest; threads sharing the table may have taken it first
                with contextlib.suppress(StopIteration, RuntimeError, KeyError):
                    del self._answers[next(iter(self._answers))]
            self._answers[question] = found
        return found

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its remembered answers (`--jobs` sends the catalog to each
        worker once): they are worked out again where they are asked."""
        return {**self.__dict__, "_answers": {}}

    @staticmethod
    def _read_only(rows: np.ndarray) -> np.ndarray:
        rows.flags.writeable = False
        return rows

    def _rows(self, conditions: Iterable[tuple[str, Collection[Any]]]) -> np.ndarray:
        chosen = []
        for name, values in conditions:
            code_of, _, starts = self._lookup[name]
            codes = sorted({code_of[v] for v in values if v in code_of})
            chosen.append((sum(int(starts[c + 2] - starts[c + 1]) for c in codes), name, codes))
        if not chosen:
            return np.arange(self.size)
        chosen.sort(key=lambda c: c[0])
        _, name, codes = chosen[0]
        _, order, starts = self._lookup[name]
        positions = np.sort(
            np.concatenate([order[starts[c + 1] : starts[c + 2]] for c in codes] or [order[:0]])
        )
        for _, name, codes in chosen[1:]:
            found = self.columns[name].codes[positions]
            positions = positions[found == codes[0] if len(codes) == 1 else np.isin(found, codes)]
        return positions

    def values_at(self, name: str, positions: np.ndarray) -> list[Any]:
        """The distinct values a text column holds in these rows, sorted."""
        if len(positions) == self.size and name in self._present:
            return list(self.sorted_values(name))
        column = self.columns[name]
        return sorted(column.values[c] for c in self._codes_at(name, positions) if c >= 0)

    def distinct(self, name: str, positions: np.ndarray) -> int:
        """How many values a text column takes in these rows, a row without one counting
        as one more (pandas' `nunique(dropna=False)`)."""
        return len(self._codes_at(name, positions))

    def _codes_at(self, name: str, positions: np.ndarray) -> np.ndarray:
        """The distinct codes (-1: no value) in these rows, in order: counted, not sorted."""
        column = self.columns[name]
        assert isinstance(column, Column), name
        counts = np.bincount(column.codes[positions].astype(np.int64) + 1, minlength=1)
        return np.flatnonzero(counts) - 1

    def get(self, position: int, name: str) -> Any:
        """One cell as a Python value; None where there is none."""
        column = self.columns[name]
        if isinstance(column, Column):
            return column.get(position)
        return column[position].item()

    def record(self, position: int) -> dict[str, Any]:
        """One row of the table, column by column."""
        return {name: self.get(position, name) for name in self.columns}
