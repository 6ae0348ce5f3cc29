"""SQLite databases (.sqlite, .sqlite3, .db), with the standard library.

Every table and view is a table named `<file stem>:<name>`. A row's number is its
rowid, what `SELECT rowid` shows and what stays the same when other rows are
deleted; views and WITHOUT ROWID tables have none, so their rows are numbered
1, 2, 3 in the order SQLite returns them (a rowid table's in rowid order).

A database holds more than the tables an article quotes, so unlike a workbook's
sheets, a table with no rows, or with no number outside its primary key (a lookup
table of codes and names), is skipped. The file is opened read-only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, cell_text, check_header, looks_numeric, raw_table

MAGIC = b"SQLite format 3\x00"
ROWID_NAMES = ("rowid", "_rowid_", "oid")


def read_sqlite(path: Path, encoding: str | None) -> list[RawTable]:
    """Every table and view with figures; `encoding` is ignored (SQLite says its own)."""
    _check_magic(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DataError(f"{path}: cannot be opened ({error}); check the file") from None
    try:
        return _tables(path, connection)
    except sqlite3.DatabaseError as error:
        raise DataError(
            f"{path}: cannot be read as an SQLite database ({error}); it may be "
            "damaged: export the tables again"
        ) from None
    finally:
        connection.close()


def _tables(path: Path, connection: sqlite3.Connection) -> list[RawTable]:
    listed = connection.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"  # in creation order
    ).fetchall()
    if not listed:
        raise DataError(f"{path}: the database has no tables; add one or remove the file")
    tables, skipped = [], []
    for name, kind in listed:
        if kind == "table" and _is_virtual_or_shadow(connection, name):
            continue
        where = f"{path}, {kind} {name!r}"
        header, records, rows, keys = _read(connection, name, kind, where)
        if not records:
            skipped.append(f"{name!r} has no rows")
            continue
        if not any(
            _is_figure(value)
            for record in records
            for column, value in zip(header, record, strict=True)
            if column not in keys
        ):
            skipped.append(f"{name!r} has no numbers")
            continue
        header = check_header(where, [column.strip() for column in header])
        texts = [[cell_text(value) for value in record] for record in records]
        tables.append(raw_table(f"{path.stem}:{name}", path, header, texts, rows))
    if not tables:
        raise DataError(
            f"{path}: no table holds figures ({'; '.join(skipped)}); add rows with numbers"
        )
    return tables


def _read(
    connection: sqlite3.Connection, name: str, kind: str, where: str
) -> tuple[list[str], list[tuple[object, ...]], list[int], set[str]]:
    """Header, records, row numbers and primary key columns of one table or view."""
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        info = connection.execute(f"PRAGMA table_info({quoted})").fetchall()
    except sqlite3.OperationalError as error:  # a view over a table that is gone
        raise DataError(f"{where}: cannot be read ({error}); fix or drop it") from None
    columns = [row[1] for row in info]
    keys = {row[1] for row in info if row[5]}  # row[5]: position in the primary key
    rowid = next((r for r in ROWID_NAMES if r not in {c.lower() for c in columns}), None)
    if kind == "table" and rowid is not None:
        try:
            found = connection.execute(f"SELECT {rowid}, * FROM {quoted} ORDER BY {rowid}")
            fetched = found.fetchall()
            return columns, [r[1:] for r in fetched], [int(r[0]) for r in fetched], keys
        except sqlite3.OperationalError:
            pass  # a WITHOUT ROWID table: number the rows by position
    try:
        fetched = connection.execute(f"SELECT * FROM {quoted}").fetchall()
    except sqlite3.OperationalError as error:
        raise DataError(f"{where}: cannot be read ({error}); fix or drop it") from None
    return columns, fetched, list(range(1, len(fetched) + 1)), keys


def _is_virtual_or_shadow(connection: sqlite3.Connection, name: str) -> bool:
    """Full-text indexes and their shadow tables hold no table of figures."""
    try:
        listed = connection.execute("SELECT type FROM pragma_table_list(?)", (name,)).fetchone()
    except sqlite3.OperationalError:  # SQLite before 3.37 has no table_list
        return False
    return listed is not None and listed[0] in {"virtual", "shadow"}


def _is_figure(value: object) -> bool:
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and looks_numeric(value)


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(MAGIC))
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if not head:
        raise DataError(f"{path}: is empty (0 bytes); give a database with tables")
    if head != MAGIC:
        raise DataError(
            f"{path}: is not an SQLite database (or is encrypted); export the tables as "
            "CSV or give the database file"
        )
