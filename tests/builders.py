"""Build small workbooks in a test's tmp_path, laid out like real official tables.

A row is a list of cell values from column A (None: an empty cell); a merge is an
Excel range ("B3:C3"). Values keep their type: a number is stored as a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
from odf.number import DateStyle, Month, Text, Year
from odf.office import Annotation
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableProperties
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

from claimcheck.api import check
from claimcheck.model import Verdict

Rows = Sequence[Sequence[object]]


def write_xlsx(
    path: Path,
    sheets: dict[str, Rows],
    merges: dict[str, Sequence[str]] | None = None,
    formats: dict[str, dict[str, str]] | None = None,
    hidden: Sequence[str] = (),
) -> Path:
    """A workbook with one sheet per entry; `formats` maps sheet -> cell -> number format."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    sheet.cell(r, c, value)
        for merge in (merges or {}).get(name, ()):
            sheet.merge_cells(merge)
        for cell, number_format in (formats or {}).get(name, {}).items():
            sheet[cell].number_format = number_format
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def write_ods(
    path: Path,
    sheets: dict[str, Rows],
    spans: dict[str, dict[tuple[int, int], tuple[int, int]]] | None = None,
    hidden: Sequence[str] = (),
    repeat_last_row: int = 0,
) -> Path:
    """A spreadsheet as LibreOffice writes one: merges as spans over covered cells.

    `spans` maps sheet -> (row, column) of a merge's first cell (1-based) -> (columns,
    rows) it spans. `repeat_last_row` adds that many empty rows as one element. A
    cell may be typed: ("percentage", "0.25"), ("date", "2017-04-01"), ("month",
    "2017-04-01") for a date shown as month and year, or ("comment", text, note).
    """
    document = OpenDocumentSpreadsheet()
    month_year = DateStyle(name="month-year")
    month_year.addElement(Month(style="long"))
    month_year.addElement(Text(text=" "))
    month_year.addElement(Year(style="long"))
    document.automaticstyles.addElement(month_year)
    document.automaticstyles.addElement(
        Style(name="month-cell", family="table-cell", datastylename="month-year")
    )
    hidden_style = Style(name="hidden-table", family="table")
    hidden_style.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(hidden_style)
    for name, rows in sheets.items():
        table = Table(name=name, **({"stylename": "hidden-table"} if name in hidden else {}))
        covered = set()
        for (r, c), (columns, height) in (spans or {}).get(name, {}).items():
            covered |= {(r + i, c + j) for i in range(height) for j in range(columns)}
            covered.discard((r, c))
        for r, row in enumerate(rows, 1):
            element = TableRow()
            for c, value in enumerate(row, 1):
                if (r, c) in covered:
                    element.addElement(CoveredTableCell())
                    continue
                span = (spans or {}).get(name, {}).get((r, c), (1, 1))
                extra = {"numbercolumnsspanned": span[0], "numberrowsspanned": span[1]}
                element.addElement(_ods_cell(value, **(extra if span != (1, 1) else {})))
            table.addElement(element)
        if repeat_last_row:
            table.addElement(TableRow(numberrowsrepeated=repeat_last_row))
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _ods_cell(value: object, **attributes: object) -> TableCell:
    if value is None:
        return TableCell(**attributes)
    if isinstance(value, tuple):
        kind, text, *rest = value
        if kind == "percentage":
            cell = TableCell(valuetype="percentage", value=text, **attributes)
        elif kind in {"date", "month"}:
            style = {"stylename": "month-cell"} if kind == "month" else {}
            cell = TableCell(valuetype="date", datevalue=text, **style, **attributes)
        else:  # a comment on a text cell
            cell = TableCell(valuetype="string", **attributes)
            note = Annotation()
            note.addElement(P(text=rest[0]))
            cell.addElement(note)
        cell.addElement(P(text=text))
        return cell
    if isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=str(value), **attributes)
    else:
        cell = TableCell(valuetype="string", **attributes)
    cell.addElement(P(text=str(value)))
    return cell


def verdicts_by_text(tmp_path: Path, tables: dict[str, str], text: str) -> dict[str, Verdict]:
    """Check one article against small CSV tables, and key its verdicts by claim text.

        verdicts_by_text(tmp_path, {"crime.csv": "force,year,offences\\n..."}, "Gwent ...")

    The tables are written beside the article in `tmp_path` (the data is the one file,
    or the folder when there are several), so that every test of a family of sentences
    reads its verdicts the same way.
    """
    for name, table in tables.items():
        (tmp_path / name).write_text(table, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    data = tmp_path / next(iter(tables)) if len(tables) == 1 else tmp_path
    report = check([article], data=data, timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}
