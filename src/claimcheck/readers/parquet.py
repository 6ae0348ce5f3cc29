"""Parquet files, with pyarrow: one table, typed columns written as text.

A Parquet file has no lines, so row numbers count as if it were a CSV file with a
header line: the first data row is row 2. A pandas index saved without a name
(`__index_level_0__`) is not a column of the data and is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, cell_text, check_header, raw_table
from claimcheck.readers.limits import MAX_DATABASE_VALUES, Budget

MAGIC = b"PAR1"
ENCRYPTED_MAGIC = b"PARE"
_PANDAS_INDEX = re.compile(r"__index_level_\d+__")


def read_parquet(path: Path, encoding: str | None) -> list[RawTable]:
    """One table; `encoding` is ignored (Parquet text is always UTF-8)."""
    _check_magic(path)
    try:
        # The schema first: Arrow cannot read a file whose columns share a name, and
        # says so in a message of its own internal columns (__fragment_index...).
        schema = pq.read_schema(path)
    except (pa.ArrowException, OSError) as error:
        raise DataError(
            f"{path}: cannot be read as Parquet ({error}); export the table again"
        ) from None
    names = [n for n in schema.names if not _PANDAS_INDEX.fullmatch(n)]
    if not names:
        raise DataError(f"{path}: has no columns; export the table again")
    header = check_header(path, [name.strip() for name in names])
    for name in names:
        kind = schema.field(name).type
        if pa.types.is_nested(kind):
            raise DataError(
                f"{path}: column {name!r} holds nested values ({kind}), not one value "
                "a cell; flatten it or drop it"
            )
    try:
        # A column of one value repeated is a few bytes however many rows it has.
        rows = pq.read_metadata(path).num_rows
        Budget(path, MAX_DATABASE_VALUES, "values").cells(rows * len(names), f"its {rows:,} rows")
        table = pq.read_table(path, columns=names)
    except (pa.ArrowException, OSError) as error:
        raise DataError(
            f"{path}: cannot be read as Parquet ({error}); export the table again"
        ) from None
    if table.num_rows == 0:
        raise DataError(f"{path}: has columns but no data rows; add rows or remove the file")
    columns = [[cell_text(v) for v in table.column(n).to_pylist()] for n in names]
    records = [list(record) for record in zip(*columns, strict=True)]
    return [raw_table(path.stem, path, header, records, list(range(2, len(records) + 2)))]


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(4)
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if head == ENCRYPTED_MAGIC:
        raise DataError(f"{path}: is an encrypted Parquet file; decrypt it first")
    if head != MAGIC:
        raise DataError(
            f"{path}: is not a Parquet file (it does not start with PAR1); export the "
            "table again as Parquet or CSV"
        )
