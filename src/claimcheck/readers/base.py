"""What every reader produces and checks: a raw table, its header, its cells as text.

Typed formats (spreadsheets, Parquet, SQLite) hold numbers and dates, not text. They
are written here the way a user sees them in the file, so that the catalog parses
"528" from a workbook exactly as it parses "528" from a CSV file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from claimcheck.columns import Column
from claimcheck.errors import DataError
from claimcheck.readers.limits import check_width

if TYPE_CHECKING:
    import pandas as pd

# Spreadsheets show at most 15 significant digits; beyond that a stored double is
# binary noise (0.1 + 0.2 is stored as 0.30000000000000004 and shown as 0.3).
SIGNIFICANT_DIGITS = 15
_NUMERIC = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?$")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")


@dataclass(frozen=True)
class RawTable:
    """A table as read: string cells under unique headers, and each row's number.

    Each column holds its cells' text as codes into its distinct values (a Column):
    a column of a million cells holds a few hundred distinct texts, so a table costs
    about its distinct values, not its cells many times over.
    """

    name: str
    path: Path
    columns: dict[str, Column]  # header -> cells, in the file's order
    row_numbers: np.ndarray  # 1-based line (CSV), sheet row, or database rowid of each row
    title: str = ""  # a sheet's title row above the header ("Table 1. ... by state: 2009")

    @property
    def rows(self) -> tuple[int, ...]:
        """Each row's number as a user sees it in the file."""
        return tuple(self.row_numbers.tolist())

    @cached_property
    def frame(self) -> pd.DataFrame:
        """The table as a DataFrame of strings. Checking never asks for it, so that a
        run does not import pandas (a quarter of a second)."""
        import pandas as pd

        return pd.DataFrame(
            {name: column.to_array() for name, column in self.columns.items()}, dtype=str
        )


def raw_table(
    name: str, path: Path, header: list[str], records: list[list[str]], rows: list[int]
) -> RawTable:
    """A RawTable from checked header and rectangular records of text."""
    columns = {name: Column.from_cells([r[i] for r in records]) for i, name in enumerate(header)}
    return RawTable(name, path, columns, np.asarray(rows, dtype=np.int64))


def check_header(
    where: Path | str,
    header: list[str],
    labels: Sequence[str] | None = None,
    row: int | None = None,
) -> list[str]:
    """Headers must be present, unique and not look like data.

    `labels` name the columns in messages (sheet letters A, B...; default 1, 2...);
    `row` is the header's row when it is not the file's first.
    """
    check_width(where, len(header))
    labels = list(labels) if labels is not None else [str(i) for i in range(1, len(header) + 1)]
    for label, name in zip(labels, header, strict=True):
        if not name:
            raise DataError(f"{where}: column {label} has no header; name it")
    seen: dict[str, str] = {}
    for label, name in zip(labels, header, strict=True):
        if name.lower() in seen:
            raise DataError(
                f"{where}: column {name!r} appears twice (columns "
                f"{seen[name.lower()]} and {label}); rename one"
            )
        seen[name.lower()] = label
    if all(looks_numeric(name) for name in header):
        place = "the first row" if row is None else f"row {row}"
        raise DataError(
            f"{where}: {place} looks like data, not a header "
            f"({', '.join(header[:3])}); add a header row"
        )
    return header


def check_cells(table: RawTable) -> None:
    """No cell may hold a NUL byte: text has none, and a damaged or binary file does
    ("Gwent\\0Police" would be read as a name of its own, or as "Gwent Police").

    Checked over each column's distinct values, so it costs next to nothing.
    """
    where = table.path if table.name == table.path.stem else f"{table.path}, {table.name!r}"
    for name, column in table.columns.items():
        if "\0" in name:
            raise DataError(
                f"{where}: the header {name!r} holds a NUL byte; the file is damaged or not "
                "text: export the table again"
            )
        for code, value in enumerate(column.values):
            if isinstance(value, str) and "\0" in value:
                row = table.row_numbers[int(np.argmax(column.codes == code))]
                raise DataError(
                    f"{where}: row {row}, column {name!r} holds a NUL byte ({value!r}); the "
                    "file is damaged or not text: export the table again"
                )


def looks_numeric(text: str) -> bool:
    """A number as written: thousands separators and a trailing % allowed ("nan" is not)."""
    return bool(_NUMERIC.match(text.strip().replace(",", "")))


def number_text(value: float | int | Decimal) -> str:
    """A stored number as a spreadsheet shows it: 528 (not 528.0), 0.3, 12.5."""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if not math.isfinite(value):
        # "NaN", not "": a stored NaN (Parquet keeps them apart from nulls) is a value
        # that is not a number, where an empty cell is a figure missing.
        return "NaN" if math.isnan(value) else str(value)
    text = format(value, f".{SIGNIFICANT_DIGITS}g")
    if "e" in text:  # 1e+20 or 1.5e-07: write the digits out, as a sheet would
        text = format(Decimal(text), "f")
    return text


def cell_text(value: object) -> str:
    """Any typed cell value as text; None (an empty cell) is ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return ""  # binary data is never a figure an article quotes
    return str(value)


def date_text(value: date, *, day: bool, month: bool, year: bool, hours: bool = False) -> str:
    """A date as its format shows it: a month format gives "April 2017", a year one "2017",
    anything with a day gives the ISO date (2017-04-01)."""
    if month and year and not day and not hours:
        return f"{MONTHS[value.month - 1]} {value.year}"
    if year and not month and not day and not hours:
        return str(value.year)
    return cell_text(value)
