"""Find the table in a spreadsheet grid: its header, its data rows, and nothing else.

Official spreadsheets are laid out for people: a title above the table ("Table 1:
Police recorded crime"), notes below it ("Source: ...", "[x] = not available"), and
headers merged across columns or stacked on two rows ("2016/17" over "Q1".."Q4").
This module finds the rectangle a program can read, without interpreting any cell:

- the header is the first row that fills at least half the table's width (a title
  or a note is one cell, however wide its merge) and is not a note; a blank row may
  separate it from the data, but a two-cell title above a blank row and a header
  is a title;
- rows directly above it that leave the first column empty, or have several cells,
  are the upper rows of a stacked header; rows directly below it with names but no
  numbers, over columns of numbers, are its lower rows;
- merged cells are filled with their value, upper header rows without merges are
  filled rightwards (a year written once over its quarters), and each column's
  header is the words of its header rows joined ("2016/17 Q1"), without "[note 1]";
- the data are the rows below the header up to the last one with two cells or
  more that is not a note; a row with only a label (a section heading) is skipped;
  a second table after a blank row (a title over a header, or a header over
  figures) is an error rather than rows of the first;
- row numbers are the sheet's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from claimcheck.errors import DataError
from claimcheck.readers.base import check_header, looks_numeric

MAX_HEADER_ROWS = 4
_NOTE_MARKER = re.compile(r"\s*\[notes?\b[^\]]*\]", re.I)
_NOTE_ROW = re.compile(
    r"^\s*(sources?|notes?|footnotes?|symbols?)(\s*\d+)?\s*([:.\-–]|$)|^\s*(\[[^\]]+\]\s*=|[*†‡])",
    re.I,
)
_MARKERS = {"n/a", "na", "nil"}


@dataclass
class Grid:
    """A sheet as read: the text of each non-empty cell by row and column (1-based)."""

    cells: dict[int, dict[int, str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    # each merge: first row, first column, last row, last column


@dataclass(frozen=True)
class Layout:
    """The table found in a grid: header, records of text, and their sheet rows."""

    header: list[str]
    records: list[list[str]]
    rows: list[int]
    title: str = ""  # the one-cell rows above the header, joined


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA: how a spreadsheet names its columns."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def has_figures(grid: Grid) -> bool:
    """Does any cell hold a number? A cover, contents or notes sheet does not."""
    return any(looks_numeric(v) for row in grid.cells.values() for v in row.values())


def find_table(grid: Grid, where: str) -> Layout:
    """The table in a sheet, or a DataError naming the sheet and what to do."""
    rows = sorted(r for r, cells in grid.cells.items() if cells)
    wide = [r for r in rows if len(grid.cells[r]) >= 2]
    first = _header_row(grid, rows, wide)
    if first is None:
        raise DataError(
            f"{where}: no header row found (a row of column names directly above the data); add one"
        )
    left = min(min(grid.cells[r]) for r in wide)
    header_rows = [*_rows_above(grid, first, left), first, *_rows_below(grid, rows, first)]
    body = _body(grid, rows, header_rows[-1], left, where)
    if not body:
        raise DataError(
            f"{where}: has a header (row {header_rows[-1]}) but no data rows below it; "
            "add rows or remove the sheet"
        )
    filled = _filled(grid, header_rows, body)
    columns = sorted({c for r in [*header_rows, *body] for c in filled[r]})
    columns = list(range(columns[0], columns[-1] + 1))
    header = {c: _header_name([filled[r].get(c, "") for r in header_rows]) for c in columns}
    for column in columns:
        if header[column]:
            continue
        for row in body:
            if column in filled[row]:
                raise DataError(
                    f"{where}: cell {column_letter(column)}{row} holds "
                    f"{filled[row][column]!r} but column {column_letter(column)} has no "
                    "header; name the column or clear the cell"
                )
    columns = [c for c in columns if header[c]]  # an empty column between tables' parts
    names = check_header(
        where,
        [header[c] for c in columns],
        labels=[column_letter(c) for c in columns],
        row=header_rows[-1],
    )
    records = [[filled[r].get(c, "") for c in columns] for r in body]
    above = [r for r in rows if r < header_rows[0] and len(grid.cells[r]) == 1]
    title = " ".join(next(iter(grid.cells[r].values())).strip() for r in above)
    return Layout(names, records, body, title)


def _header_row(grid: Grid, rows: list[int], wide: list[int]) -> int | None:
    if not wide:
        return None
    left = min(min(grid.cells[r]) for r in wide)
    width = max(max(grid.cells[r]) for r in wide) - left + 1

    def fills_width(row: int) -> bool:
        cells = grid.cells[row]
        if _is_note(cells):
            return False  # "Source:" | "Home Office" above a narrow table
        if len(cells) >= max(2, width / 2):
            return True
        # a crosstab's empty top-left cell still counts, as long as no cell is a number
        return left not in cells and len(cells) + 1 >= max(2, width / 2) and not _has_number(cells)

    first = next((r for r in rows if fills_width(r)), None)
    if first is None or first + 1 in grid.cells:
        return first
    # A blank row below: a spacer above the data, unless the next row is a header
    # too and this one a title written in two cells ("Table 1" | "Crime by force").
    after = next((r for r in rows if r > first), None)
    if after is not None and fills_width(after) and not _has_number(grid.cells[after]):
        return after
    return first


def _rows_above(grid: Grid, first: int, left: int) -> list[int]:
    """Upper rows of a stacked header: a title is one cell in the first column, and a
    note is no header."""
    above: list[int] = []
    row = first - 1
    while grid.cells.get(row) and len(above) < MAX_HEADER_ROWS - 1:
        cells = grid.cells[row]
        if (len(cells) == 1 and left in cells) or _is_note(cells):
            break
        above.insert(0, row)
        row -= 1
    return above


def _rows_below(grid: Grid, rows: list[int], first: int) -> list[int]:
    """Lower rows of a stacked header: names, no numbers, over the data's numbers."""
    below: list[int] = []
    row = first + 1
    while grid.cells.get(row) and len(below) < MAX_HEADER_ROWS - 1:
        cells = grid.cells[row]
        if any(looks_numeric(v) or _is_marker(v) for v in cells.values()):
            break
        data = next((r for r in rows if r > row), None)
        if data is None or not any(looks_numeric(grid.cells[data].get(c, "x")) for c in cells):
            break
        below.append(row)
        row += 1
    return below


def _body(grid: Grid, rows: list[int], last_header: int, left: int, where: str) -> list[int]:
    body = [r for r in rows if r > last_header]
    while body and (len(grid.cells[body[-1]]) < 2 or _is_note(grid.cells[body[-1]])):
        body.pop()  # notes, sources and keys under the table
    for previous, row in pairwise(body):
        if row > previous + 1 and _starts_table(grid, row, left):
            raise DataError(
                f"{where}: row {row} starts a second table "
                f"({grid.cells[row][min(grid.cells[row])]!r}); put each table in its own sheet"
            )
    return [r for r in body if not _is_label_only(grid.cells[r], left)]


def _starts_table(grid: Grid, row: int, left: int) -> bool:
    """After a blank row: a title over a header, or a header over figures."""
    cells, below = grid.cells[row], grid.cells.get(row + 1, {})
    if _is_label_only(cells, left):
        return len(below) >= 2 and not _has_number(below)
    return (
        len(cells) >= 2
        and not any(looks_numeric(v) or _is_marker(v) for v in cells.values())
        and any(looks_numeric(below.get(c, "")) for c in cells)
    )


def _has_number(cells: dict[int, str]) -> bool:
    return any(looks_numeric(v) for v in cells.values())


def _is_note(cells: dict[int, str]) -> bool:
    return bool(_NOTE_ROW.match(cells[min(cells)]))


def _is_label_only(cells: dict[int, str], left: int) -> bool:
    return len(cells) == 1 and left in cells and not looks_numeric(cells[left])


def _is_marker(text: str) -> bool:
    """'[x]', 'c', '..', '-': what official tables write in a cell with no figure."""
    text = text.strip()
    return (
        (text.startswith("[") and text.endswith("]"))
        or sum(ch.isalnum() for ch in text) <= 1
        or text.lower() in _MARKERS
    )


def _filled(grid: Grid, header_rows: list[int], body: list[int]) -> dict[int, dict[int, str]]:
    """Merged cells take their value everywhere; upper header rows without merges
    fill rightwards (a year written once, over the first of its quarters)."""
    wanted = {*header_rows, *body}
    filled = {r: dict(grid.cells.get(r, {})) for r in wanted}
    for first_row, first_col, last_row, last_col in grid.merges:
        value = grid.cells.get(first_row, {}).get(first_col)
        if value is None:
            continue
        for row in wanted.intersection(range(first_row, last_row + 1)):
            for column in range(first_col, last_col + 1):
                filled[row][column] = value
    right = max(c for r in wanted for c in filled[r])
    merged_rows = {r for m in grid.merges for r in range(m[0], m[2] + 1)}
    for row in header_rows[:-1]:
        if row in merged_rows:
            continue  # its merges say how far each name reaches
        carried = None
        for column in range(min(filled[row], default=right + 1), right + 1):
            if column in filled[row]:
                carried = filled[row][column]
            elif carried is not None:
                filled[row][column] = carried
    return filled


def _header_name(parts: list[str]) -> str:
    words: list[str] = []
    for part in parts:
        part = " ".join(_NOTE_MARKER.sub("", part).split())
        if part and (not words or words[-1] != part):
            words.append(part)
    return " ".join(words)
