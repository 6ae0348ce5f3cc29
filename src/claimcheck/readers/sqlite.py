"""SQLite databases (.sqlite, .sqlite3, .db), with the standard library.

Every table and view is a table named `<file stem>:<name>`. A row's number is its
rowid, what `SELECT rowid` shows and what stays the same when other rows are
deleted; views and WITHOUT ROWID tables have none, so their rows are numbered
1, 2, 3 in the order SQLite returns them (a rowid table's in rowid order).

A database holds more than the tables an article quotes, so unlike a workbook's
sheets, a table with no rows, or with no number outside its primary key (a lookup
table of codes and names), is skipped.

The file is opened immutable (read-only, no locks, no journal), so that reading
writes nothing beside it: a database in WAL mode would otherwise get `-wal` and `-shm`
files in the user's folder, and could not be read from a read-only one. Only when a
journal with changes is already there (a `-wal` file: a program has the database open;
a `-journal`: a write did not finish) is it opened read-only but not immutable, so
that the database is read as SQLite would show it, not as the bytes on disk.

A view is a query, and a query can run forever (a recursive one) or return billions
of rows: reading stops at the limits of `readers.limits`, on the values read and on
SQLite's own steps.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, cell_text, check_header, looks_numeric, raw_table
from claimcheck.readers.limits import (
    MAX_DATABASE_STEPS,
    MAX_DATABASE_VALUES,
    MAX_TEXT_CHARS,
    Budget,
)

MAGIC = b"SQLite format 3\x00"
ROWID_NAMES = ("rowid", "_rowid_", "oid")
STEPS_A_CALL = 100_000  # SQLite steps between two calls of the progress handler
BATCH = 10_000  # rows fetched at a time


def read_sqlite(path: Path, encoding: str | None) -> list[RawTable]:
    """Every table and view with figures; `encoding` is ignored (SQLite says its own)."""
    _check_magic(path)
    journal = _journal(path)  # immutable=1 would read the file as if it had none
    mode = "ro" if journal else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error as error:
        raise DataError(f"{path}: cannot be opened ({error}); check the file") from None
    steps = _Steps(path)
    connection.set_progress_handler(steps.tick, STEPS_A_CALL)
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_CHARS)  # one value's bytes
    try:
        return _tables(path, connection, Budget(path, MAX_DATABASE_VALUES, "values"))
    except (sqlite3.DatabaseError, DataError) as error:
        if steps.over:  # the query interrupted, whatever its message says
            raise steps.error() from None
        if isinstance(error, DataError):
            raise
        if journal is not None and journal.name.endswith("-journal") and "readonly" in str(error):
            raise DataError(
                f"{path}: a write to it did not finish ({journal.name} is beside it), and "
                "claimcheck changes nothing it reads; open the database once with sqlite3, "
                "which undoes the write, then check again"
            ) from None
        if "too big" in str(error):
            raise DataError(
                f"{path}: a value is longer than {MAX_TEXT_CHARS:,} bytes, the limit; "
                "export the tables as CSV"
            ) from None
        raise DataError(
            f"{path}: cannot be read as an SQLite database ({error}); it may be "
            "damaged: export the tables again"
        ) from None
    finally:
        connection.close()


class _Steps:
    """SQLite's progress handler: counts the steps of every query, stops past the limit."""

    def __init__(self, path: Path) -> None:
        self.path, self.taken, self.over = path, 0, False

    def tick(self) -> int:
        self.taken += STEPS_A_CALL
        self.over = self.taken > MAX_DATABASE_STEPS
        return int(self.over)  # non-zero interrupts the query

    def error(self) -> DataError:
        return DataError(
            f"{self.path}: reading its tables and views takes more than "
            f"{MAX_DATABASE_STEPS:,} SQLite steps, the limit (a view that never ends?); "
            "fix the view, or export the tables as CSV"
        )


def _journal(path: Path) -> Path | None:
    """A journal beside the database with changes not yet in it: a `-wal` file, or the
    `-journal` of a write that did not finish (SQLite must undo it before a read)."""
    for journal in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            if journal.stat().st_size > 0:
                return journal
    return None


def _tables(path: Path, connection: sqlite3.Connection, budget: Budget) -> list[RawTable]:
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
        header, records, rows, keys = _read(connection, name, kind, budget)
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
    connection: sqlite3.Connection, name: str, kind: str, budget: Budget
) -> tuple[list[str], list[tuple[object, ...]], list[int], set[str]]:
    """Header, records, row numbers and primary key columns of one table or view."""
    where = f"{budget.path}, {kind} {name!r}"
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
        except sqlite3.OperationalError:
            pass  # a WITHOUT ROWID table: number the rows by position
        else:
            fetched = _fetch(found, f"{kind} {name!r}", budget)
            return columns, [r[1:] for r in fetched], [int(r[0]) for r in fetched], keys
    try:
        found = connection.execute(f"SELECT * FROM {quoted}")
    except sqlite3.OperationalError as error:
        raise DataError(f"{where}: cannot be read ({error}); fix or drop it") from None
    fetched = _fetch(found, f"{kind} {name!r}", budget)
    return columns, fetched, list(range(1, len(fetched) + 1)), keys


def _fetch(cursor: sqlite3.Cursor, label: str, budget: Budget) -> list[tuple[object, ...]]:
    """Every row of a query, counted against the budget as it comes; `label` names the
    table or view in messages."""
    fetched: list[tuple[object, ...]] = []
    while batch := cursor.fetchmany(BATCH):
        what = f"rows {len(fetched) + 1:,} to {len(fetched) + len(batch):,}"
        budget.cells(len(batch) * len(batch[0]), what, label)
        text = sum(len(v) for row in batch for v in row if isinstance(v, str | bytes))
        budget.text(text, what, label)
        fetched.extend(batch)
    return fetched


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
