"""CSV, TSV or any single-character delimiter, in the encodings spreadsheets export.

The first line is the header. Row numbers are physical lines, so a quoted value that
spans lines does not shift the numbers of the rows after it.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from claimcheck.errors import DataError
from claimcheck.readers.base import RawTable, check_header, raw_table

DELIMITERS = ",;\t|"


def read_delimited(path: Path, encoding: str | None) -> list[RawTable]:
    """One table; the delimiter is sniffed from the first lines (tab for .tsv)."""
    text = read_text(path, encoding)
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
    return [raw_table(path.stem, path, header, records, lines)]


def read_text(path: Path, encoding: str | None) -> str:
    """The file's text: `encoding` if given, else UTF-8 (BOM or not), UTF-16 with a
    BOM (Excel's "Unicode text"), else Windows-1252 (what spreadsheets mostly export)."""
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise DataError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if not encoding and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if b"\x00" in raw[:4096] and not (encoding or "").lower().startswith("utf-16"):
        raise DataError(f"{path}: looks like a binary file, not delimited text; export it as CSV")
    if encoding:
        try:
            return raw.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as error:
            raise DataError(
                f"{path}: cannot be decoded as {encoding} ({error}); check --encoding"
            ) from None
    for guess in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(guess)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # the five bytes cp1252 leaves undefined: every byte decodes


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","
