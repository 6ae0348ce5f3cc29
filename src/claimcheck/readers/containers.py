"""Is this file really the workbook its name says? Check before a library guesses.

Spreadsheet libraries fail on a wrong file with messages about XML parts and zip
directories. Real files named .xlsx are often something else: a web page a site
calls "Excel", an old .xls, a CSV, or a password-protected workbook (which Excel
writes as an OLE2 compound file, not a zip). The first bytes say which.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from claimcheck.errors import DataError

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 files and encrypted OOXML
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
HEAD_BYTES = 4096


def check_workbook(path: Path, kind: str) -> None:
    """Raise a DataError unless `path` is a readable zip holding a `kind` workbook.

    `kind` is "xlsx" or "ods"; the message says what the file is instead.
    """
    label = "an XLSX workbook" if kind == "xlsx" else "an ODS spreadsheet"
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror})") from None
    if not head:
        raise DataError(f"{path}: is empty (0 bytes); export the workbook again")
    if head.startswith(ZIP):
        _check_zip(path, kind, label)
        return
    if head.startswith(OLE2):
        if "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
            raise DataError(
                f"{path}: is password-protected (encrypted); open it, remove the password "
                "and save it again"
            )
        raise DataError(
            f"{path}: is an Excel 97-2003 (.xls) file, not {label}; open it in a "
            f"spreadsheet app and save it as .{kind}"
        )
    what, fix = _what_it_is(head, kind)
    raise DataError(f"{path}: is {what}, not {label}; {fix}")


def _check_zip(path: Path, kind: str, label: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
            manifest = (
                archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            )
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise DataError(
            f"{path}: is damaged (not a readable zip archive: {error}); download or export it again"
        ) from None
    is_xlsx = "xl/workbook.xml" in names
    is_ods = mimetype == ODS_MIMETYPE and "content.xml" in names
    if kind == "xlsx" and is_ods:
        raise DataError(f"{path}: is an ODS spreadsheet, not {label}; rename it to .ods")
    if kind == "ods" and is_xlsx:
        raise DataError(f"{path}: is an XLSX workbook, not {label}; rename it to .xlsx")
    if kind == "ods" and b"encryption-data" in manifest:
        raise DataError(
            f"{path}: is password-protected (encrypted); open it, remove the password "
            "and save it again"
        )
    if not (is_xlsx if kind == "xlsx" else is_ods):
        what = "a Word document" if "word/document.xml" in names else "a zip archive"
        raise DataError(f"{path}: is {what}, not {label}; {_fix(kind)}")


def _what_it_is(head: bytes, kind: str) -> tuple[str, str]:
    """What a file that is not a zip archive is, and what to do with it."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in text:
            return "an XML Spreadsheet 2003 file", _fix(kind)
        if b"<html" in text or b"<!doctype html" in text:
            return "a web page (HTML)", _fix(kind)
        return "an XML file", _fix(kind)
    if text.startswith(b"%pdf"):
        return "a PDF", "get the table as a spreadsheet or CSV"
    if all(byte >= 32 or byte in b"\t\r\n" for byte in head):
        return "plain text", "if it is CSV, rename it to .csv"
    return "not a zip archive", _fix(kind)


def _fix(kind: str) -> str:
    return f"open it in a spreadsheet app and save it as .{kind} (or as CSV)"
