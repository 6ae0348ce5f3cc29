"""ODS spreadsheets (LibreOffice's format, and what UK government sites publish).

Streamed from the XML with the standard library: odfpy, and pandas' reader built on
it, take half a minute for a sheet of 20,000 rows, and lose merged cells and row
numbers. ODS compresses: a run of equal rows or cells is one element with a repeat
count (the empty rows to the end of a sheet are one element repeated a million
times), so rows and columns are counted, and only non-empty cells are expanded.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, date_text, number_text
from claimcheck.readers.containers import check_workbook
from claimcheck.readers.layout import Grid
from claimcheck.readers.limits import SHEET_COLUMNS, SHEET_ROWS, Budget
from claimcheck.readers.workbooks import Sheet, workbook_tables

MAX_ROWS = SHEET_ROWS  # a spreadsheet's last row: rows repeated beyond it are not read
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
}


def _q(name: str) -> str:
    """'table:table-row' -> '{urn:...:table:1.0}table-row', as ElementTree names it."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


TABLE, ROW, CELL, COVERED = (
    _q("table:table"),
    _q("table:table-row"),
    _q("table:table-cell"),
    _q("table:covered-table-cell"),
)
PARAGRAPHS = {_q("text:p"), _q("text:h")}
STYLE, DATE_STYLE, TABLE_PROPERTIES = (
    _q("style:style"),
    _q("number:date-style"),
    _q("style:table-properties"),
)
SPACE, TAB, LINE_BREAK, ANNOTATION = (
    _q("text:s"),
    _q("text:tab"),
    _q("text:line-break"),
    _q("office:annotation"),
)
DATE_PARTS = {"day": "day", "month": "month", "year": "year", "hours": "hours", "minutes": "hours"}


def read_ods(path: Path, encoding: str | None) -> list[RawTable]:
    """Every table in a spreadsheet (see `workbooks` for which sheets are tables)."""
    check_workbook(path, "ods")
    budget = Budget(path)
    try:
        with zipfile.ZipFile(path) as archive:
            styles = _Styles()
            if "styles.xml" in archive.namelist():
                with archive.open("styles.xml") as file:
                    _parse(file, styles, None, budget)
            sheets: list[Sheet] = []
            with archive.open("content.xml") as file:
                _parse(file, styles, sheets, budget)
    except (ElementTree.ParseError, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise DataError(
            f"{path}: cannot be read as an ODS spreadsheet ({type(error).__name__}: "
            f"{error}); open it in a spreadsheet app and save it again"
        ) from None
    return workbook_tables(path, sheets)


class _Styles:
    """What styles say: which parts of a date a cell shows; whether a sheet is hidden."""

    def __init__(self) -> None:
        self.data_style: dict[str, str] = {}  # cell style -> its number format
        self.date_formats: dict[str, dict[str, bool]] = {}
        self.hidden: set[str] = set()

    def add(self, element: ElementTree.Element) -> None:
        name = element.get(_q("style:name"), "")
        if element.tag == DATE_STYLE:
            parts = {DATE_PARTS.get(child.tag.rsplit("}", 1)[-1]) for child in element}
            self.date_formats[name] = {p: p in parts for p in ("day", "month", "year", "hours")}
        elif element.get(_q("style:data-style-name")):
            self.data_style[name] = element.get(_q("style:data-style-name"), "")
        for child in element:
            if child.tag == TABLE_PROPERTIES and child.get(_q("table:display")) == "false":
                self.hidden.add(name)

    def date_parts(self, style: str | None) -> dict[str, bool]:
        default = {"day": True, "month": True, "year": True}
        return self.date_formats.get(self.data_style.get(style or "", ""), default)


def _parse(file: IO[bytes], styles: _Styles, sheets: list[Sheet] | None, budget: Budget) -> None:
    """Read styles, and (given `sheets`) every sheet, one row at a time."""
    depth = 0  # tables inside cells (rare) are part of their cell, not sheets
    grid = Grid({})
    name, hidden, row_number, row_cells = "", False, 1, 0
    for event, element in ElementTree.iterparse(file, events=("start", "end")):
        if element.tag == TABLE:
            if event == "start":
                depth += 1
                if depth == 1:
                    grid, row_number = Grid({}), 1
                    name = element.get(_q("table:name"), "")
                    hidden = element.get(_q("table:style-name"), "") in styles.hidden
            else:
                depth -= 1
                if depth == 0 and sheets is not None:
                    sheets.append(Sheet(name, grid, hidden=hidden))
                element.clear()
        elif element.tag in {CELL, COVERED} and event == "start" and depth == 1:
            # A row's cells are held until its end: count them as they come.
            row_cells += 1
            if row_cells > SHEET_COLUMNS:
                raise DataError(
                    f"{budget.path}, sheet {name!r}: row {row_number} has more than "
                    f"{SHEET_COLUMNS:,} cells, a sheet's width; the file is damaged: "
                    "save it again from a spreadsheet app"
                )
        elif event == "end" and element.tag == ROW and depth == 1:
            where = f"sheet {name!r}, row {row_number}"
            row_number = _add_row(grid, element, row_number, _Row(styles, budget, where))
            row_cells = 0
            element.clear()
        elif event == "end" and element.tag in {STYLE, DATE_STYLE}:
            styles.add(element)


@dataclass(frozen=True)
class _Row:
    """What reading a row needs besides the row: styles, the budget, where it is."""

    styles: _Styles
    budget: Budget
    where: str  # "sheet 'Table 1', row 7", for messages

    def count(self, element: ElementTree.Element, attribute: str) -> int:
        """A repeat or span count, 1 if absent; anything under 1 is damage (a negative
        repeat would number the rows after it backwards, over the rows before)."""
        text = element.get(_q(attribute), "1")
        number = int(text)
        if number < 1:
            raise DataError(
                f"{self.budget.path}, {self.where}: {attribute}={text!r} is not a count "
                "(1 or more); the file is damaged: save it again from a spreadsheet app"
            )
        return number


def _add_row(grid: Grid, row: ElementTree.Element, number: int, reading: _Row) -> int:
    """Put a row (repeated as it says) into the grid; return the next row's number."""
    repeat = reading.count(row, "table:number-rows-repeated")
    copies = min(repeat, MAX_ROWS + 1 - number)  # empty rows to the end of a sheet
    texts: dict[int, str] = {}
    column = 1
    for cell in row:
        if cell.tag not in {CELL, COVERED}:
            continue
        columns = reading.count(cell, "table:number-columns-repeated")
        text = _text(cell, reading)
        if text.strip():
            if column + columns - 1 > SHEET_COLUMNS:
                raise DataError(
                    f"{reading.budget.path}, {reading.where}: a cell reaches column "
                    f"{column + columns - 1:,}, past a sheet's last ({SHEET_COLUMNS:,}); the "
                    "file is damaged: save it again from a spreadsheet app"
                )
            over = f" over {copies:,} rows" if copies > 1 else ""
            what = f"a cell repeated {columns:,} times{over}"
            reading.budget.cells(columns * max(copies, 1), what, reading.where)
            reading.budget.text(len(text) * (columns * max(copies, 1) - 1), what, reading.where)
            for offset in range(columns):
                texts[column + offset] = text
        wide = reading.count(cell, "table:number-columns-spanned")
        high = reading.count(cell, "table:number-rows-spanned")
        if wide > 1 or high > 1:
            merge = f"a merge of {wide:,} × {high:,} cells"
            reading.budget.cells(wide * high, merge, reading.where)
            grid.merges.append((number, column, number + high - 1, column + wide - 1))
        column += columns
    if texts:
        for offset in range(copies):
            grid.cells[number + offset] = dict(texts)
    return number + repeat


def _text(cell: ElementTree.Element, reading: _Row) -> str:
    """A cell as the sheet shows it, from its typed value where it has one."""
    styles = reading.styles
    kind = cell.get(_q("office:value-type"))
    if kind in {"float", "currency", "percentage"}:
        value = _number(cell.get(_q("office:value"), ""))
        if value is not None:
            return number_text(value * 100) + "%" if kind == "percentage" else number_text(value)
    if kind == "date":
        moment = _date(cell.get(_q("office:date-value"), ""))
        if moment is not None:
            return date_text(moment, **styles.date_parts(cell.get(_q("table:style-name"))))
    if kind == "boolean":
        return "TRUE" if cell.get(_q("office:boolean-value")) == "true" else "FALSE"
    # Only the cell's paragraphs: a comment (office:annotation) is not its text.
    paragraphs = [_paragraph(p, reading) for p in cell if p.tag in PARAGRAPHS]
    return "\n".join(paragraphs) if paragraphs else cell.get(_q("office:string-value"), "")


def _paragraph(element: ElementTree.Element, reading: _Row) -> str:
    """A paragraph's text, with ODF's spaces, tabs and line breaks written out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == SPACE:
            spaces = reading.count(child, "text:c")
            reading.budget.text(spaces, f"a run of {spaces:,} spaces", reading.where)
            parts.append(" " * spaces)
        elif child.tag == TAB:
            parts.append("\t")
        elif child.tag == LINE_BREAK:
            parts.append("\n")
        elif child.tag != ANNOTATION:
            parts.append(_paragraph(child, reading))
        parts.append(child.tail or "")
    return "".join(parts)


def _number(text: str) -> int | float | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _date(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
