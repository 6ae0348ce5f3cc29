"""Read table files into raw tables: every cell a string, every row with its number.

One reader per format behind one function, `read_tables`. Readers do not interpret
cells (that is the catalog's job, with the table's metadata); they only make sure
what comes out is rectangular, has one header of unique names, and remembers the
row number a user would see in the file, for evidence and for error messages.

    delimited  CSV, TSV: any delimiter, UTF-8 (BOM or not), UTF-16, Windows-1252;
               gzip-compressed too (`.csv.gz`, `.tsv.gz`), read as they are
    xlsx, ods  workbooks: one table per sheet, found under titles, above notes
               (`layout`), by the sheet rules of `workbooks`
    parquet    one table
    sqlite     one table per table or view
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from claimcheck.data_warnings import warn_data
from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, check_cells, check_header

__all__ = [
    "MAX_TABLE_BYTES",
    "READERS",
    "RawTable",
    "check_header",
    "plain_path",
    "read_tables",
    "table_files",
    "table_suffix",
]

MAX_TABLE_BYTES = 200_000_000

Reader = Callable[[Path, str | None], list[RawTable]]

# suffix -> the reader, as "module:function", imported when a file of its kind is read:
# pyarrow and the workbook readers take a twentieth of a second to import, which a
# run over CSV files should not pay.
READERS: dict[str, str] = {
    ".csv": "delimited:read_delimited",
    ".tsv": "delimited:read_delimited",
    ".csv.gz": "delimited:read_delimited",
    ".tsv.gz": "delimited:read_delimited",
    ".xlsx": "xlsx:read_xlsx",
    ".xlsm": "xlsx:read_xlsx",
    ".ods": "ods:read_ods",
    ".parquet": "parquet:read_parquet",
    ".sqlite": "sqlite:read_sqlite",
    ".sqlite3": "sqlite:read_sqlite",
    ".db": "sqlite:read_sqlite",
}

# Formats people try that no reader takes, and what to do instead.
HINTS = {
    ".xls": "open it in a spreadsheet app and save it as .xlsx",
    ".numbers": "export it from Numbers as .xlsx or CSV",
    ".json": "convert it to CSV",
    ".gz": "only CSV and TSV are read compressed (.csv.gz, .tsv.gz); decompress it",
}
COMPRESSED = ".gz"


def table_suffix(path: Path) -> str:
    """The suffix that picks a file's reader, lower-cased: a compressed file keeps the
    suffix before `.gz`, so that "population.csv.gz" is read as the CSV it holds.

        >>> table_suffix(Path("Population.CSV.gz")), table_suffix(Path("crime.2017.xlsx"))
        ('.csv.gz', '.xlsx')
    """
    if path.suffix.lower() == COMPRESSED and len(path.suffixes) > 1:
        return "".join(path.suffixes[-2:]).lower()
    return path.suffix.lower()


def plain_path(path: Path) -> Path:
    """The path as if it were not compressed, which names the table and its metadata:
    "population.csv.gz" is the table "population" with "population.toml" beside it.

        >>> plain_path(Path("data/population.csv.gz"))
        PosixPath('data/population.csv')
    """
    compressed = path.suffix.lower() == COMPRESSED and table_suffix(path) in READERS
    return path.with_suffix("") if compressed else path


def read_tables(path: Path, encoding: str | None = None) -> list[RawTable]:
    """Every table in a file; raise DataError naming the file and what to do.

    `encoding` is for delimited text only; the other formats say their own.
    """
    suffix = table_suffix(path)
    if suffix not in READERS:
        fix = HINTS.get(path.suffix.lower(), f"use one of {', '.join(sorted(READERS))}")
        raise DataError(f"{path}: unsupported table format {path.suffix!r}; {fix}")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if size > MAX_TABLE_BYTES:
        raise DataError(
            f"{path}: {size:,} bytes is more than the limit of {MAX_TABLE_BYTES:,}; split the table"
        )
    module, _, function = READERS[suffix].partition(":")
    reader: Reader = getattr(import_module(f"claimcheck.readers.{module}"), function)
    tables = reader(path, encoding)
    for table in tables:
        check_cells(table)
    return tables


def table_files(folder: Path) -> list[Path]:
    """Every table file under a folder, in order, leaving out hidden files and folders.

    What cannot be read is never passed over in silence: a subfolder that cannot be
    listed (no permission) and a link to nothing named like a table are each a
    warning; the folder itself unlisted is an error.
    """
    found: list[Path] = []

    def unlisted(error: OSError) -> None:
        if Path(error.filename) == folder:
            raise DataError(f"{folder}: cannot be listed ({error.strerror}); check --data")
        warn_data(
            f"{error.filename}: cannot be listed ({error.strerror}); the tables in it are not read"
        )

    for root, folders, files in os.walk(folder, onerror=unlisted):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            path = Path(root, name)
            if name.startswith(".") or table_suffix(path) not in READERS:
                continue
            if path.is_file():
                found.append(path)
            elif not path.exists():
                warn_data(f"{path}: is a link to nothing; it is not read")
    return sorted(found)
