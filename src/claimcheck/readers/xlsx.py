"""XLSX (and XLSM) workbooks, with openpyxl.

Cells are written as the sheet shows them: 528 not 528.0; 25% for 0.25 under a
percent format; a date under a month format ("mmm yyyy") as "April 2017", so that
the catalog reads it as a period. Formulas are read as the values Excel last
calculated and saved (a file written by a program that computes nothing has none).
"""

from __future__ import annotations

import contextlib
import re
import warnings
import zipfile
import zlib
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from xml.parsers import expat

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, cell_text, date_text, number_text
from claimcheck.readers.containers import check_workbook
from claimcheck.readers.layout import Grid
from claimcheck.readers.limits import SHEET_COLUMNS, SHEET_ROWS, Budget
from claimcheck.readers.workbooks import Sheet, workbook_tables

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def read_xlsx(path: Path, encoding: str | None) -> list[RawTable]:
    """Every table in a workbook (see `workbooks` for which sheets are tables)."""
    check_workbook(path, "xlsx")
    _check_expansion(path)
    import openpyxl  # here, not above: only data with workbooks pays for the import

    with warnings.catch_warnings():
        # openpyxl warns about features it drops (data validation, conditional
        # formats) that do not change a cell's value.
        warnings.simplefilter("ignore")
        try:
            # Not read-only: only a full load knows the merged cells.
            book = openpyxl.load_workbook(path, data_only=True)
        except Exception as error:  # openpyxl raises a dozen types for broken parts
            raise DataError(
                f"{path}: cannot be read as an XLSX workbook ({type(error).__name__}: "
                f"{error}); open it in a spreadsheet app and save it again"
            ) from None
    sheets = [
        Sheet(sheet.title, _grid(sheet), hidden=sheet.sheet_state != "visible")
        for sheet in book.worksheets
    ]
    return workbook_tables(path, sheets)


def _check_expansion(path: Path) -> None:
    """Count what the workbook's XML declares before openpyxl builds it: stored cells,
    merged ranges (openpyxl makes an object for every cell a merge covers) and shared
    strings (about 0.1 ms each to load), against the limits of `readers.limits`.

    A scan with expat keeps nothing but the counts, and reads each part only as far as
    the zip's size for it, so it stops at the first limit passed.
    """
    budget = Budget(path)

    def start(name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "c":
            budget.cells(1, "its stored cells")
        elif local == "si":
            budget.cells(1, "its shared strings")
        elif local == "mergeCell":
            ref = attributes.get("ref", "")
            budget.cells(_merged_cells(ref), f"merged range {ref}")

    def text(data: str) -> None:
        budget.text(len(data), "its cell text")

    # Damage (bad XML, a bad checksum, an encrypted part) is left to openpyxl, which
    # says what it cannot read.
    damage = (expat.ExpatError, zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError)
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            parser = expat.ParserCreate(namespace_separator=" ")
            parser.StartElementHandler = start
            parser.CharacterDataHandler = text
            with contextlib.suppress(*damage), archive.open(info) as part:
                parser.ParseFile(part)


_REF = re.compile(r"\$?([A-Z]{1,3})?\$?(\d+)?")


def _merged_cells(ref: str) -> int:
    """Cells in a range: 'D1:XFD1048576' -> 17,176,723,456; 'A:A' is a whole column."""
    corners = [_REF.fullmatch(part.strip().upper()) for part in ref.split(":")]
    if not all(corners) or len(corners) > 2:
        return 1  # not a range: openpyxl refuses it
    columns = [_column_number(m[1]) if m[1] else None for m in corners if m]
    rows = [int(m[2]) if m[2] else None for m in corners if m]
    width = max(columns[-1] or SHEET_COLUMNS, 1) - (columns[0] or 1) + 1
    height = max(rows[-1] or SHEET_ROWS, 1) - (rows[0] or 1) + 1
    return max(width, 1) * max(height, 1)


def _column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _grid(sheet: Worksheet) -> Grid:
    cells: dict[int, dict[int, str]] = {}
    # The stored cells only: iter_rows() would visit every cell of the used range,
    # which one stray formatted cell can stretch to millions.
    for (row, column), cell in sheet._cells.items():
        text = _text(cell)
        if text.strip():
            cells.setdefault(row, {})[column] = text
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
    return Grid(cells, merges)


def _text(cell: Cell) -> str:
    value = cell.value
    if isinstance(value, datetime | date):
        return date_text(value, **_date_parts(cell.number_format))
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and _is_percent(cell.number_format):
        return number_text(value * 100) + "%"
    return cell_text(value)


@cache
def _format_codes(number_format: str | None) -> str:
    """A number format without its literal text ("yyyy" in quotes) and [colours]."""
    return _FORMAT_LITERALS.sub("", number_format or "").lower()


def _is_percent(number_format: str | None) -> bool:
    return "%" in _format_codes(number_format)


def _date_parts(number_format: str | None) -> dict[str, bool]:
    codes = _format_codes(number_format)
    return {"day": "d" in codes, "month": "m" in codes, "year": "y" in codes, "hours": "h" in codes}
