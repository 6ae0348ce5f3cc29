"""Read table files into raw tables: every cell a string, every row with its number.

One reader per format behind one function, `read_tables`. Readers do not interpret
cells (that is the catalog's job, with the table's metadata); they only make sure
what comes out is rectangular, has one header of unique names, and remembers the
row number a user would see in the file, for evidence and for error messages.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimcheck.errors import DataError

MAX_TABLE_BYTES = 200_000_000


@dataclass(frozen=True)
class RawTable:
    """A table as read: string cells under unique headers, and each row's number."""

    name: str
    path: Path
    frame: pd.DataFrame
    rows: tuple[int, ...]  # 1-based line (CSV) or sheet row of each frame row


def read_tables(path: Path, encoding: str | None = None) -> list[RawTable]:
    """Every table in a file; raise DataError naming the file and what to do."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DataError(
            f"{path}: unsupported table format {path.suffix!r}; "
            f"use one of {', '.join(sorted(READERS))}"
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if size > MAX_TABLE_BYTES:
        raise DataError(
            f"{path}: {size:,} bytes is more than the limit of {MAX_TABLE_BYTES:,}; split the table"
        )
    return reader(path, encoding)


def _read_text(path: Path, encoding: str | None) -> str:
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise DataError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if b"\x00" in raw[:4096] and not (encoding or "").lower().startswith("utf-16"):
        raise DataError(f"{path}: looks like a binary file, not delimited text; export it as CSV")
    if encoding:
        try:
            return raw.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as error:
            raise DataError(
                f"{path}: cannot be decoded as {encoding} ({error}); check --encoding"
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # what spreadsheet exports mostly are


def read_delimited(path: Path, encoding: str | None) -> list[RawTable]:
    """CSV, TSV or any single-character delimiter, sniffed from the first lines."""
    text = _read_text(path, encoding)
    if not text.strip():
        raise DataError(f"{path}: the table is empty; give a header row and data rows")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
        records, lines = [], []
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                raise DataError(
                    f"{path}: row {reader.line_num} has {len(record)} fields but the header has "
                    f"{len(header)}; fix the row (quote any value containing {delimiter!r})"
                )
            records.append(record)
            lines.append(reader.line_num)
    except csv.Error as error:
        raise DataError(f"{path}: row {reader.line_num}: {error}; fix the quoting") from None
    header = check_header(path, [h.strip() for h in header])
    if not records:
        raise DataError(f"{path}: has a header but no data rows; add rows or remove the file")
    frame = pd.DataFrame(records, columns=header, dtype=str)
    return [RawTable(path.stem, path, frame, tuple(lines))]


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def check_header(path: Path, header: list[str]) -> list[str]:
    """Headers must be present, unique and not look like data."""
    for index, name in enumerate(header, 1):
        if not name:
            raise DataError(f"{path}: column {index} has no header; name it")
    seen: dict[str, int] = {}
    for index, name in enumerate(header, 1):
        if name.lower() in seen:
            raise DataError(
                f"{path}: column {name!r} appears twice (columns "
                f"{seen[name.lower()]} and {index}); rename one"
            )
        seen[name.lower()] = index
    if all(_looks_numeric(name) for name in header):
        raise DataError(
            f"{path}: the first row looks like data, not a header "
            f"({', '.join(header[:3])}); add a header row"
        )
    return header


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


READERS: dict[str, Callable[[Path, str | None], list[RawTable]]] = {
    ".csv": read_delimited,
    ".tsv": read_delimited,
}
