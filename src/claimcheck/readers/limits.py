"""How far a small file may expand when it is read: cells, text, database work.

    budget = Budget(Path("crime.xlsx"))
    budget.cells(17_176_723_456, "merged range D1:XFD1048576")
    # DataError: crime.xlsx: merged range D1:XFD1048576 would take the file past
    # 2,000,000 cells, the limit; split the table or save it as CSV

Workbooks are compressed and repeat themselves: 1.7 KB of XLSX can declare a merged
range of 17 billion cells, an ODS cell can say "this, a billion times", and a database
view can be a recursive query that never ends. The limit on the file's size
(`readers.MAX_TABLE_BYTES`) says nothing of what it expands to, so each reader counts
what it expands, as it goes, and stops at these limits: one line naming the file and
the limit (exit 2) rather than a hang, or MemoryError after minutes. docs/limits.md
gives each limit with what reading a file at it costs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import DataError

# Cells of a workbook (XLSX, ODS): stored cells, cells a repeat or a merge fills, and
# XLSX shared strings. openpyxl takes about 50 µs and 700 bytes a cell, so a workbook
# at the limit takes a minute or two and about 1.5 GB.
MAX_WORKBOOK_CELLS = 2_000_000
# Values read from a database (rows times columns over all its tables and views) or a
# Parquet file, whose repeated values compress to next to nothing.
MAX_DATABASE_VALUES = 10_000_000
# Characters of cell text a file may expand to: as much as the largest CSV file read.
MAX_TEXT_CHARS = 200_000_000
# SQLite virtual machine steps over all of a database's queries: about a minute of work
# on a slow machine, twenty times what reading 10,000,000 values takes. Counted, not timed,
# so that a database is accepted or refused the same way on every machine.
MAX_DATABASE_STEPS = 1_000_000_000
# The largest sheet a spreadsheet app makes: a repeat or merge past it is damage.
SHEET_ROWS = 1_048_576
SHEET_COLUMNS = 16_384


@dataclass
class Budget:
    """What a file has expanded to so far; each method raises past its limit."""

    path: Path
    max_cells: int = field(default_factory=lambda: MAX_WORKBOOK_CELLS)
    what_cells: str = "cells"
    used_cells: int = 0
    used_text: int = 0

    def cells(self, count: int, what: str, where: str = "") -> None:
        """Count `count` more cells, that `what` expands to (`where`: its sheet, row)."""
        self.used_cells += count
        if self.used_cells > self.max_cells:
            raise DataError(self._past(what, where, f"{self.max_cells:,} {self.what_cells}"))

    def text(self, count: int, what: str, where: str = "") -> None:
        """Count `count` more characters of cell text, that `what` expands to."""
        self.used_text += count
        if self.used_text > MAX_TEXT_CHARS:
            raise DataError(self._past(what, where, f"{MAX_TEXT_CHARS:,} characters of text"))

    def _past(self, what: str, where: str, limit: str) -> str:
        place = f"{self.path}, {where}" if where else str(self.path)
        return (
            f"{place}: {what} would take the file past {limit}, the limit; split the "
            "table or save it as CSV"
        )


def check_width(where: Path | str, columns: int) -> None:
    """A table may be as wide as a spreadsheet: a 10 MB CSV file of a million columns took
    minutes and gigabytes, every column costing what a million rows cost."""
    if columns > SHEET_COLUMNS:
        raise DataError(
            f"{where}: {columns:,} columns is more than {SHEET_COLUMNS:,}, the limit (a "
            "spreadsheet's width); split the table"
        )
