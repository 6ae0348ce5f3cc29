"""Which sheets of a workbook are tables, and what each table is called.

Shared by the XLSX and ODS readers, so both formats follow one set of rules:

- a workbook of one sheet is one table named after the file (`crime`); in a
  workbook of several sheets each table is `<file stem>:<sheet name>`
  (`crime:Table 1`), because row numbers are only meaningful within a sheet;
- empty sheets, hidden sheets, and sheets named like furniture (Cover, Contents,
  Notes...) are skipped, and so, in a workbook of several sheets, are sheets
  with no number in any cell: no article quotes a figure from them;
- every other sheet must hold one table (see `layout`), or reading fails with a
  message that names the sheet.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, raw_table
from claimcheck.readers.layout import Grid, find_table, has_figures

FURNITURE = frozenset(
    {
        "about",
        "about this data",
        "contents",
        "cover",
        "cover sheet",
        "definitions",
        "glossary",
        "index",
        "information",
        "metadata",
        "notes",
        "notes and definitions",
        "read me",
        "readme",
        "table of contents",
    }
)


@dataclass(frozen=True)
class Sheet:
    """One sheet as read: its name, whether a user can see it, and its cells."""

    name: str
    grid: Grid
    hidden: bool = False


def workbook_tables(path: Path, sheets: list[Sheet]) -> list[RawTable]:
    """The tables of a workbook's sheets, by the rules above."""
    several = len(sheets) > 1
    tables: list[RawTable] = []
    skipped: list[str] = []
    for sheet in sheets:
        reason = _skip_reason(sheet, several)
        if reason:
            skipped.append(f"{sheet.name!r} {reason}")
            continue
        layout = find_table(sheet.grid, f"{path}, sheet {sheet.name!r}")
        name = f"{path.stem}:{sheet.name}" if several else path.stem
        table = raw_table(name, path, layout.header, layout.records, layout.rows)
        tables.append(dataclasses.replace(table, title=layout.title))
    if tables:
        return tables
    if not any(sheet.grid.cells for sheet in sheets):
        raise DataError(f"{path}: the workbook is empty (no sheet has a cell); add a table")
    raise DataError(
        f"{path}: no sheet holds a table of figures ({'; '.join(skipped)}); put the "
        "table in a visible sheet, under a header row"
    )


def _skip_reason(sheet: Sheet, several: bool) -> str | None:
    if not sheet.grid.cells:
        return "is empty"
    if sheet.hidden:
        return "is hidden"
    if sheet.name.strip().lower() in FURNITURE:
        return "is named as a cover, contents or notes sheet"
    if several and not has_figures(sheet.grid):
        return "has no numbers"
    return None
