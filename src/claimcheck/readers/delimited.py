"""CSV, TSV or any single-character delimiter, in the encodings spreadsheets export.

The first line is the header. Row numbers are physical lines, so a quoted value that
spans lines does not shift the numbers of the rows after it.

The file is read as a stream, a batch of records at a time into columns of codes
(`claimcheck.columns`): a table of a million rows costs tens of megabytes, where its
whole text decoded into a StringIO (four bytes a character) and split into lists of
strings would cost gigabytes. The encoding is settled first, by a pass that only
decodes, so that the stream is read in the encoding `read_text` would choose.

A gzip-compressed file (`crime.csv.gz`) is read through `gzip` as it is, never
decompressed to disk: a big official table can then live compressed in a repository.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

import numpy as np

from claimcheck.columns import ColumnBuilder
from claimcheck.data_warnings import warn_data
from claimcheck.errors import DataError
from claimcheck.readers import COMPRESSED, MAX_TABLE_BYTES, plain_path
from claimcheck.readers.base import RawTable, check_header
from claimcheck.readers.limits import check_width

DELIMITERS = ",;\t|"
# Without --data-encoding: UTF-8 (BOM or not), and a byte that is not UTF-8 is read as
# Windows-1252 (what spreadsheets mostly export), one byte at a time: a stray "\x96"
# (an en dash) in a UTF-8 file does not turn its "Ynys Môn" into mojibake, as
# decoding the whole file as Windows-1252 would, and a file that is all Windows-1252
# reads as it always did. A warning says the rule was used, and where first.
DEFAULT_ENCODING = "utf-8-sig"
FALLBACK = "claimcheck-windows-1252"  # the codec error handler that does it
BATCH = 65_536  # records turned into codes at a time


def read_delimited(path: Path, encoding: str | None) -> list[RawTable]:
    """One table; the delimiter is sniffed from the first lines (tab for .tsv)."""
    start = _read_start(path)
    if not encoding and start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    _check_not_binary(path, start, encoding)
    if encoding:
        if _decodes(path, encoding):
            return [_read(path, lambda: _open(path, encoding), strip_bom=True)]
        text = read_text(path, encoding)  # says which byte does not decode
        return [_read(path, lambda: io.StringIO(text, newline=""), strip_bom=False)]
    errors = "strict" if _decodes(path, DEFAULT_ENCODING) else _warn_fallback(path)
    return [_read(path, lambda: _open(path, DEFAULT_ENCODING, errors), strip_bom=False)]


def read_text(path: Path, encoding: str | None) -> str:
    """The file's text: `encoding` if given, else UTF-16 with a BOM (Excel's "Unicode
    text"), else UTF-8 (BOM or not) with any byte that is not UTF-8 read as Windows-1252
    (`DEFAULT_ENCODING`)."""
    with _reading(path), _open_binary(path) as stream:
        raw = stream.read()
    if not encoding and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    _check_not_binary(path, raw, encoding)
    if encoding:
        try:
            return raw.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as error:
            raise DataError(
                f"{path}: cannot be decoded as {encoding} ({error}); check --data-encoding"
            ) from None
    try:
        return raw.decode(DEFAULT_ENCODING)
    except UnicodeDecodeError:
        return raw.decode(DEFAULT_ENCODING, _warn_fallback(path))


def _read(path: Path, open_text: Callable[[], TextIO], strip_bom: bool) -> RawTable:
    """One pass over the text; `strip_bom` drops a byte order mark the codec left."""
    with open_text() as stream:
        head = _head(stream, strip_bom)
    if not head.strip():
        raise DataError(f"{path}: the table is empty; give a header row and data rows")
    delimiter = "\t" if plain_path(path).suffix.lower() == ".tsv" else _sniff(head)
    with open_text() as stream:
        reader = csv.reader(_lines(stream, strip_bom), delimiter=delimiter)
        try:
            header = next(reader)
            check_width(path, len(header))
            columns = _Columns(len(header))
            pending, lines, width = columns.pending, columns.lines, len(header)
            for record in reader:  # the loop a million-row table turns: kept lean
                if len(record) != width or not record or not record[0].strip():
                    if not "".join(record).strip():
                        continue  # a blank row
                    if len(record) != width:
                        line = reader.line_num
                        last = next(reader, None) is None
                        raise _ragged(path, line, record, width, delimiter, last)
                pending.append(record)
                lines.append(reader.line_num)
                if len(pending) == BATCH:
                    columns.flush()
        except csv.Error as error:
            raise DataError(f"{path}: row {reader.line_num}: {error}; fix the quoting") from None
    header = check_header(path, [h.strip() for h in header])
    if not lines:
        raise DataError(f"{path}: has a header but no data rows; add rows or remove the file")
    return columns.table(path, header)


def _ragged(
    path: Path, line: int, record: list[str], width: int, delimiter: str, last: bool
) -> DataError:
    """Why a row does not fit the header: a quote left open (the csv module then reads
    the rest of the file into the row, line breaks and all), or too few or too many
    fields."""
    if last and any("\n" in field for field in record):
        # The open field holds every line break after the quote, and the file's last
        # one when the file ends with one.
        start = line - sum(field.count("\n") for field in record) + record[-1].endswith("\n")
        return DataError(
            f'{path}: row {start} opens a quote (") that is never closed; close it, or '
            "remove the stray quote"
        )
    fields = f"{len(record)} field{'s' if len(record) != 1 else ''}"
    return DataError(
        f"{path}: row {line} has {fields} but the header has {width}; fix the row (quote any "
        f"value containing {delimiter!r})"
    )


class _Columns:
    """Records gathered, a batch at a time, into one Column a header."""

    def __init__(self, width: int) -> None:
        self.builders = [ColumnBuilder() for _ in range(width)]
        self.pending: list[list[str]] = []
        self.lines = array("q")

    def flush(self) -> None:
        """Turn the pending records into codes (`pending` is emptied, not replaced)."""
        for builder, cells in zip(self.builders, zip(*self.pending, strict=True), strict=True):
            builder.extend(cells)
        self.pending.clear()

    def table(self, path: Path, header: list[str]) -> RawTable:
        self.flush()
        columns = {name: b.build() for name, b in zip(header, self.builders, strict=True)}
        return RawTable(
            plain_path(path).stem, path, columns, np.frombuffer(self.lines, dtype=np.int64)
        )


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """A file that cannot be read is a DataError that says why."""
    try:
        yield
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise DataError(
            f"{path}: is not a whole gzip file ({error}); compress it again, or decompress it"
        ) from None
    except PermissionError:
        raise DataError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None


def _read_start(path: Path) -> bytes:
    """The first 4 KiB, where a byte order mark or a binary file's NUL shows."""
    with _reading(path), _open_binary(path) as stream:
        return stream.read(4096)


def _open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzipped, and then no more than
    MAX_TABLE_BYTES of them: the size limit holds for what a file expands to, so a
    small gzip bomb is refused by name instead of filling memory."""
    if path.suffix.lower() != COMPRESSED:
        return path.open("rb")
    return io.BufferedReader(_Bounded(path, gzip.open(path, "rb")), buffer_size=1 << 16)


class _Bounded(io.RawIOBase):
    """A decompressed stream that raises DataError past MAX_TABLE_BYTES."""

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self.path, self.stream, self.count = path, stream, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        read = self.stream.readinto(buffer)  # type: ignore[attr-defined]
        self.count += read
        if self.count > MAX_TABLE_BYTES:
            raise DataError(
                f"{self.path}: expands to more than the limit of {MAX_TABLE_BYTES:,} bytes; "
                "split the table"
            )
        return read

    def close(self) -> None:
        self.stream.close()
        super().close()


def _check_not_binary(path: Path, raw: bytes, encoding: str | None) -> None:
    if b"\x00" in raw[:4096] and not (encoding or "").lower().startswith("utf-16"):
        raise DataError(f"{path}: looks like a binary file, not delimited text; export it as CSV")


def _open(path: Path, encoding: str, errors: str = "strict") -> TextIO:
    """The file as text (lines untranslated, as csv wants them)."""
    with _reading(path):
        binary = _open_binary(path)
    try:
        return io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline="")
    except LookupError:  # an unknown encoding: the caller says so
        binary.close()
        raise


def _windows_1252_byte(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler FALLBACK: the first byte that is not UTF-8, as
    Windows-1252 (or Latin-1 for the five bytes Windows-1252 leaves undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error(FALLBACK, _windows_1252_byte)


def _warn_fallback(path: Path) -> str:
    """Say that the file is not all UTF-8, where first and what that byte became;
    return the codec error handler that reads it so."""
    row, byte = _first_bad_byte(path)
    shown = bytes([byte]).decode(DEFAULT_ENCODING, FALLBACK)
    warn_data(
        f"{path}: row {row} is not UTF-8 (byte 0x{byte:02X}, read as Windows-1252 "
        f"{shown!r}); the file is read as UTF-8 with each such byte as Windows-1252; "
        "pass --data-encoding if that is wrong"
    )
    return FALLBACK


def _first_bad_byte(path: Path) -> tuple[int, int]:
    """The row (line) of the first byte that is not UTF-8, and the byte."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    row = 1
    with _reading(path), _open_binary(path) as stream:
        while True:
            chunk = stream.read(1 << 20)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                # error.object is the decoder's pending bytes (no line end) and the chunk
                return row + error.object[: error.start].count(b"\n"), error.object[error.start]
            if not chunk:
                return row, 0  # unreachable for a file _decodes refused
            row += chunk.count(b"\n")


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes in `encoding` (False for an unknown encoding)."""
    try:
        with _reading(path), _open(path, encoding) as stream:
            while stream.read(1 << 20):
                pass
    except (UnicodeError, LookupError):
        return False
    return True


def _head(stream: TextIO, strip_bom: bool) -> str:
    """The start of the text: enough for its first 20 lines and its first non-blank
    character (the whole text if it has neither)."""
    head = ""
    while True:
        chunk = stream.read(65_536)
        head += chunk
        if not chunk or (head.strip() and len(head.splitlines()) > 21):
            return head.removeprefix("\ufeff") if strip_bom else head


def _lines(stream: TextIO, strip_bom: bool) -> Iterable[str]:
    if not strip_bom:
        return stream
    return itertools.chain([stream.readline().removeprefix("\ufeff")], stream)


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","
