"""Hostile data files: tables built to hang a reader, exhaust memory or lose data quietly.

Grouped by threat. Every file is small and made here, in tmp_path, by hand (the XML a
spreadsheet app would never write); none of the figures in them are real data, they
are synthetic. A file that is refused gives one line naming the file and the limit or
the fault (DataError: exit 2 from the command line); data read with something changed
gives a DataWarning line, never silence.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimcheck import check
from claimcheck.catalog import load_catalog
from claimcheck.cli import main
from claimcheck.data_warnings import DataWarning
from claimcheck.errors import DataError
from claimcheck.names import same_names
from claimcheck.readers import limits, parquet, read_tables, sqlite
from claimcheck.targets import Target
from tests.builders import write_xlsx

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
HEADER_ROW = (
    '<table:table-row><table:table-cell office:value-type="string"><text:p>area</text:p>'
    '</table:table-cell><table:table-cell office:value-type="string"><text:p>offences'
    "</text:p></table:table-cell></table:table-row>"
)


def error_of(path: Path) -> str:
    with pytest.raises(DataError) as caught:
        read_tables(path)
    return str(caught.value)


def rewrite_zip(source: Path, target: Path, parts: dict[str, bytes]) -> Path:
    """A copy of a zip archive with some parts replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, parts.pop(name, None) or old.read(name))
        for name, data in parts.items():
            new.writestr(name, data)
    return target


def small_xlsx(tmp_path: Path) -> Path:
    rows = [["area", "offences"], ["North", 5], ["South", 7]]
    return write_xlsx(tmp_path / "small.xlsx", {"Sheet1": rows})


def xlsx_with(tmp_path: Path, name: str, edit) -> Path:
    """The small workbook with its sheet's XML edited."""
    base = small_xlsx(tmp_path)
    with zipfile.ZipFile(base) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    return rewrite_zip(base, tmp_path / name, {"xl/worksheets/sheet1.xml": edit(sheet)})


def write_ods_xml(path: Path, rows: str) -> Path:
    """An ODS spreadsheet of one sheet whose rows are `rows`, as raw XML."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES}>'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return path


def ods_row(cells: str, repeat: int = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>'


def ods_cell(text: str, **attributes: str) -> str:
    extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attributes.items())
    return (
        f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p>'
        "</table:table-cell>"
    )


# --- Expansion bombs: a small file that declares a huge one --------------------------


def test_xlsx_merged_range_of_a_whole_sheet_is_refused_naming_the_limit(tmp_path):
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>'
    path = xlsx_with(tmp_path, "merged.xlsx", lambda xml: xml.replace(b"</sheetData>", merge))
    assert path.stat().st_size < 10_000
    assert error_of(path) == (
        f"{path}: merged range D1:XFD1048576 would take the file past 2,000,000 cells, "
        "the limit; split the table or save it as CSV"
    )


def test_xlsx_merged_ranges_within_the_limit_are_read(tmp_path):
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells>'
    path = xlsx_with(tmp_path, "merged.xlsx", lambda xml: xml.replace(b"</sheetData>", merge))
    (table,) = read_tables(path)
    assert table.frame["offences"].tolist() == ["5", "7"]


def test_xlsx_part_with_a_bad_checksum_is_one_line_not_a_crash_of_the_scan(tmp_path):
    path = small_xlsx(tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        part = archive.getinfo("xl/worksheets/sheet1.xml")
    start = part.header_offset + 30 + len(part.filename) + len(part.extra)
    data[start + 20] ^= 0xFF  # a byte of the compressed sheet
    path.write_bytes(bytes(data))
    assert error_of(path) == (
        f"{path}: cannot be read as an XLSX workbook (BadZipFile: Bad CRC-32 for file "
        "'xl/worksheets/sheet1.xml'); open it in a spreadsheet app and save it again"
    )


def test_xlsx_shared_strings_past_the_limit_are_refused(tmp_path, monkeypatch):
    # 2,000,000 strings took openpyxl over four minutes; the scan that refuses them
    # takes seconds, so the limit is lowered here to keep the test quick.
    monkeypatch.setattr(limits, "MAX_WORKBOOK_CELLS", 10_000)
    strings = f'<sst xmlns="{MAIN}">'.encode() + b"<si><t>a</t></si>" * 20_000 + b"</sst>"
    path = rewrite_zip(
        small_xlsx(tmp_path), tmp_path / "strings.xlsx", {"xl/sharedStrings.xml": strings}
    )
    assert path.stat().st_size < 10_000
    assert error_of(path) == (
        f"{path}: its shared strings would take the file past 10,000 cells, the limit; "
        "split the table or save it as CSV"
    )


def test_ods_run_of_three_billion_spaces_is_refused_before_it_is_made(tmp_path):
    cell = (
        '<table:table-cell office:value-type="string"><text:p>North<text:s text:c="3000000000"/>'
        "</text:p></table:table-cell>"
    )
    path = write_ods_xml(tmp_path / "spaces.ods", HEADER_ROW + ods_row(cell + ods_cell("5")))
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: a run of 3,000,000,000 spaces would take the file "
        "past 200,000,000 characters of text, the limit; split the table or save it as CSV"
    )


def test_ods_cell_repeated_a_billion_times_is_refused_as_wider_than_a_sheet(tmp_path):
    cells = ods_cell("North") + ods_cell("5", number_columns_repeated="1000000000")
    path = write_ods_xml(tmp_path / "columns.ods", HEADER_ROW + ods_row(cells))
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: a cell reaches column 1,000,000,001, past a sheet's "
        "last (16,384); the file is damaged: save it again from a spreadsheet app"
    )


def test_ods_rows_times_columns_repeated_is_refused(tmp_path):
    cells = ods_cell("North") + ods_cell("5", number_columns_repeated="1000")
    path = write_ods_xml(tmp_path / "block.ods", HEADER_ROW + ods_row(cells, repeat=100_000))
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: a cell repeated 1,000 times over 100,000 rows would "
        "take the file past 2,000,000 cells, the limit; split the table or save it as CSV"
    )


def test_ods_merge_spanning_a_billion_columns_is_refused(tmp_path):
    cells = ods_cell("North", number_columns_spanned="1000000000") + ods_cell("5")
    path = write_ods_xml(tmp_path / "span.ods", HEADER_ROW + ods_row(cells))
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: a merge of 1,000,000,000 × 1 cells would take the "
        "file past 2,000,000 cells, the limit; split the table or save it as CSV"
    )


def test_gzip_csv_expanding_past_the_size_limit_is_refused_naming_the_file(tmp_path, monkeypatch):
    # The limit holds for what a .csv.gz expands to, not its size on disk: 10,000 rows
    # of zeros compress to a few hundred bytes. The limit is shrunk to keep the test fast.
    import gzip

    from claimcheck.readers import delimited

    monkeypatch.setattr(delimited, "MAX_TABLE_BYTES", 50_000)
    bomb = tmp_path / "bomb.csv.gz"
    bomb.write_bytes(gzip.compress(b"force,offences\n" + b"Gwent Police,0\n" * 10_000))
    assert bomb.stat().st_size < 1_000
    with pytest.raises(DataError, match=r"bomb\.csv\.gz: expands to more than the limit of 50,000"):
        read_tables(bomb)


def test_gzip_csv_within_the_size_limit_is_read(tmp_path, monkeypatch):
    import gzip

    from claimcheck.readers import delimited

    monkeypatch.setattr(delimited, "MAX_TABLE_BYTES", 50_000)
    table = tmp_path / "small.csv.gz"
    table.write_bytes(gzip.compress(b"force,offences\n" + b"Gwent Police,0\n" * 100))
    (raw,) = read_tables(table)
    assert len(raw.rows) == 100


def test_ods_row_wider_than_any_sheet_is_refused(tmp_path):
    cells = ods_cell("North") + "<table:table-cell/>" * 20_000
    path = write_ods_xml(tmp_path / "wide.ods", HEADER_ROW + ods_row(cells))
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1': row 2 has more than 16,384 cells, a sheet's width; the "
        "file is damaged: save it again from a spreadsheet app"
    )


def test_ods_cell_past_a_sheets_last_column_is_refused(tmp_path):
    gap = '<table:table-cell table:number-columns-repeated="100000000"/>'
    path = write_ods_xml(
        tmp_path / "far.ods", HEADER_ROW + ods_row(ods_cell("North") + gap + ods_cell("5"))
    )
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: a cell reaches column 100,000,002, past a sheet's "
        "last (16,384); the file is damaged: save it again from a spreadsheet app"
    )


def test_ods_repeats_within_the_limits_are_expanded(tmp_path):
    cells = ods_cell("North") + ods_cell("5")
    path = write_ods_xml(tmp_path / "fine.ods", HEADER_ROW + ods_row(cells, repeat=3))
    (table,) = read_tables(path)
    assert table.rows == (2, 3, 4)


def database(path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE crime (area TEXT, offences INTEGER)")
    connection.execute("INSERT INTO crime VALUES ('North', 5)")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


RECURSIVE = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"


def test_sqlite_view_that_never_ends_is_stopped_at_the_step_limit(tmp_path, monkeypatch):
    # A view that counts forever and returns nothing until it is done: only the step
    # limit stops it. The limit is lowered so that the test takes a moment, not a minute.
    monkeypatch.setattr(sqlite, "MAX_DATABASE_STEPS", 5_000_000)
    path = database(
        tmp_path / "forever.sqlite",
        f"CREATE VIEW total AS {RECURSIVE} SELECT count(*) AS offences, 'all' AS area FROM n",
    )
    assert error_of(path) == (
        f"{path}: reading its tables and views takes more than 5,000,000 SQLite steps, the "
        "limit (a view that never ends?); fix the view, or export the tables as CSV"
    )


def test_sqlite_view_of_endless_rows_is_stopped_at_the_values_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite, "MAX_DATABASE_VALUES", 100_000)
    path = database(
        tmp_path / "endless.sqlite",
        f"CREATE VIEW numbers AS {RECURSIVE} SELECT x, 'North' AS area FROM n",
    )
    assert error_of(path) == (
        f"{path}, view 'numbers': rows 40,001 to 50,000 would take the file past 100,000 "
        "values, the limit; split the table or save it as CSV"
    )


def test_csv_wider_than_a_spreadsheet_is_refused_before_its_rows_are_read(tmp_path):
    path = tmp_path / "wide.csv"
    names = ",".join(f"c{i}" for i in range(20_000))
    path.write_text(f"{names}\n" + ",".join(["1"] * 20_000) + "\n")
    assert error_of(path) == (
        f"{path}: 20,000 columns is more than 16,384, the limit (a spreadsheet's width); "
        "split the table"
    )


def test_parquet_wider_than_a_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "wide.parquet"
    pq.write_table(pa.table({f"c{i}": [1] for i in range(16_385)}), path)
    assert error_of(path) == (
        f"{path}: 16,385 columns is more than 16,384, the limit (a spreadsheet's width); "
        "split the table"
    )


def test_bomb_on_the_command_line_is_one_line_and_exit_2(tmp_path):
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    path = xlsx_with(tmp_path, "merged.xlsx", lambda xml: xml.replace(b"</sheetData>", merge))
    result = CliRunner().invoke(main, ["data", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"claimcheck: error: {path}: merged range A1:XFD1048576 would take the file past "
        "2,000,000 cells, the limit; split the table or save it as CSV"
    ]


def test_parquet_of_a_value_repeated_past_the_limit_is_refused_before_it_is_read(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(parquet, "MAX_DATABASE_VALUES", 1_000)
    path = tmp_path / "repeated.parquet"
    pq.write_table(pa.table({"area": ["North"] * 600, "offences": [5] * 600}), path)
    assert error_of(path) == (
        f"{path}: its 600 rows would take the file past 1,000 values, the limit; split the "
        "table or save it as CSV"
    )


# --- Data lost without a word ---------------------------------------------------------


def test_nul_byte_far_down_a_csv_is_refused_naming_its_row_and_column(tmp_path):
    path = tmp_path / "crime.csv"
    lines = b"".join(b"Area %d,%d\n" % (i, i) for i in range(1000))  # past the first 4 KB
    path.write_bytes(b"area,offences\n" + lines + b"Gwent\0Police,267\n")
    assert error_of(path) == (
        f"{path}: row 1002, column 'area' holds a NUL byte ('Gwent\\x00Police'); the file "
        "is damaged or not text: export the table again"
    )


def test_nul_byte_in_a_header_is_refused(tmp_path):
    # (In CSV the header is in the first 4 KB, where a NUL says "binary file".)
    path = tmp_path / "crime.parquet"
    pq.write_table(pa.table({"area": ["North"], "off\0ences": [5]}), path)
    assert error_of(path) == (
        f"{path}: the header 'off\\x00ences' holds a NUL byte; the file is damaged or not "
        "text: export the table again"
    )


def test_nul_byte_in_a_database_cell_is_refused(tmp_path):
    path = database(tmp_path / "crime.sqlite", "INSERT INTO crime VALUES ('Gwent' || char(0), 3)")
    assert error_of(path) == (
        f"{path}, 'crime:crime': row 2, column 'area' holds a NUL byte ('Gwent\\x00'); the "
        "file is damaged or not text: export the table again"
    )


def test_one_windows_1252_byte_does_not_mis_decode_the_utf8_rest(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes(
        "area,offences,years\nYnys Môn,12,2016–17\n".encode() + b"North,5,2016\x9617\n"
    )
    with pytest.warns(DataWarning) as caught:
        (table,) = read_tables(path)
    assert table.frame.values.tolist() == [
        ["Ynys Môn", "12", "2016–17"],
        ["North", "5", "2016–17"],
    ]
    assert [str(w.message) for w in caught] == [
        f"{path}: row 3 is not UTF-8 (byte 0x96, read as Windows-1252 '–'); the file is "
        "read as UTF-8 with each such byte as Windows-1252; pass --data-encoding if that "
        "is wrong"
    ]


def test_a_windows_1252_file_reads_as_before_and_says_the_rule(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,offences\nYnys Môn,12\n".encode("cp1252"))
    with pytest.warns(DataWarning, match=r"row 2 is not UTF-8 \(byte 0xF4, read as"):
        (table,) = read_tables(path)
    assert table.frame["area"].tolist() == ["Ynys Môn"]


def test_valid_utf8_is_read_without_a_warning(tmp_path, recwarn):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,offences\nYnys Môn,12\n".encode())
    assert read_tables(path)[0].frame["area"].tolist() == ["Ynys Môn"]
    assert not [w for w in recwarn if issubclass(w.category, DataWarning)]


def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "locked").mkdir(parents=True)
    (folder / "crime.csv").write_text("area,offences\nNorth,5\n")
    (folder / "locked" / "more.csv").write_text("area,thefts\nNorth,8\n")
    return folder


def test_a_subfolder_that_cannot_be_listed_is_named_in_a_warning(tmp_path, monkeypatch):
    # chmod 000 does not stop root (the usual user in CI containers): the folder's
    # listing is refused as the operating system would refuse it.
    folder = data_folder(tmp_path)
    locked = folder / "locked"
    scandir = os.scandir

    def refuse(path=".", *args):
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.warns(DataWarning) as caught:
        catalog = load_catalog(folder)
    assert [t.name for t in catalog.tables] == ["crime"]
    assert [str(w.message) for w in caught] == [
        f"{locked}: cannot be listed (Permission denied); the tables in it are not read"
    ]


def test_a_table_that_links_to_nothing_is_named_in_a_warning(tmp_path):
    folder = data_folder(tmp_path)
    (folder / "gone.csv").symlink_to(tmp_path / "deleted.csv")
    with pytest.warns(DataWarning) as caught:
        catalog = load_catalog(folder)
    assert sorted(t.name for t in catalog.tables) == ["crime", "more"]
    assert [str(w.message) for w in caught] == [
        f"{folder / 'gone.csv'}: is a link to nothing; it is not read"
    ]


def test_data_warnings_are_one_line_each_on_the_command_line(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,offences\nYnys Môn,12\n".encode("cp1252"))
    code = "import sys; from claimcheck.cli import run; sys.argv[0] = 'claimcheck'; run()"
    result = subprocess.run(
        [sys.executable, "-c", code, "data", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"claimcheck: warning: {path}: row 2 is not UTF-8 (byte 0xF4, read as Windows-1252 "
        "'ô'); the file is read as UTF-8 with each such byte as Windows-1252; pass "
        "--data-encoding if that is wrong"
    ]


def test_ods_negative_row_repeat_is_refused_not_written_over_earlier_rows(tmp_path):
    rows = (
        HEADER_ROW
        + ods_row(ods_cell("North") + ods_cell("5"), repeat=-1)
        + ods_row(ods_cell("South") + ods_cell("7"))
    )
    path = write_ods_xml(tmp_path / "negative.ods", rows)
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1', row 2: table:number-rows-repeated='-1' is not a count "
        "(1 or more); the file is damaged: save it again from a spreadsheet app"
    )


def test_limits_are_the_documented_figures():
    text = (Path(__file__).parent.parent / "docs" / "limits.md").read_text()
    for figure in (
        limits.MAX_WORKBOOK_CELLS,
        limits.MAX_DATABASE_VALUES,
        limits.MAX_TEXT_CHARS,
        limits.MAX_DATABASE_STEPS,
    ):
        assert f"{figure:,}" in text


# --- Reading writes nothing -----------------------------------------------------------


def wal_database(path: Path) -> sqlite3.Connection:
    """A database in WAL mode, and the connection that wrote it (still open)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE crime (area TEXT, offences INTEGER)")
    connection.execute("INSERT INTO crime VALUES ('North', 5)")
    connection.commit()
    return connection


def test_sqlite_in_wal_mode_is_read_without_leaving_files(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    wal_database(folder / "crime.sqlite").close()
    before = sorted(p.name for p in folder.iterdir())
    (table,) = read_tables(folder / "crime.sqlite")
    assert table.frame["offences"].tolist() == ["5"]
    assert sorted(p.name for p in folder.iterdir()) == before == ["crime.sqlite"]


def test_sqlite_changes_still_in_the_wal_file_are_read(tmp_path):
    path = tmp_path / "crime.sqlite"
    writer = wal_database(path)  # open: its changes are still in crime.sqlite-wal
    try:
        assert (tmp_path / "crime.sqlite-wal").stat().st_size > 0
        (table,) = read_tables(path)
    finally:
        writer.close()
    assert table.frame["area"].tolist() == ["North"]


def verdicts(tmp_path: Path, table: str, article: str) -> list[tuple[str, str, str]]:
    """(claim text, verdict, explanation) of each claim of `article` against one table."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "crime.csv").write_text(table)
    (tmp_path / "article.txt").write_text(article)
    report = check([tmp_path / "article.txt"], data=data, timestamp=False)
    return [(v.claim.text, v.verdict, v.explanation) for v in report.results[0].verdicts]


def test_a_period_that_is_none_is_not_replaced_by_the_latest(tmp_path):
    table = "force,year,offences\nGwent,2016/17,259\nGwent,2017/18,267\n"
    article = "Gwent recorded 259 offences in 2017/16.\n\nGwent recorded 267 offences in 2017/18.\n"
    assert verdicts(tmp_path, table, article) == [
        (
            "259",
            "unverifiable",
            "'2017/16' is not a period: a year's second part follows its first "
            "(2016/17 or 2017/18)",
        ),
        ("267", "supported", "267 (Gwent, 2017/18) within '267' [266.5, 267.5)"),
    ]


# --- Names that read the same ---------------------------------------------------------

TWO_GWENTS = (
    "force,year,offences\nGwent Police,2017/18,267\nGwent  Police,2017/18,300\n"
    "Dyfed-Powys Police,2017/18,120\n"
)


def test_two_values_that_read_the_same_make_a_claim_unverifiable_naming_both(tmp_path):
    article = (
        "Gwent Police recorded 267 offences in 2017/18.\n\n"
        "Dyfed-Powys Police recorded 120 offences in 2017/18.\n"
    )
    assert verdicts(tmp_path, TWO_GWENTS, article) == [
        (
            "267",
            "unverifiable",
            "ambiguous: 'Gwent Police' could be 'Gwent  Police' or 'Gwent Police'",
        ),
        ("120", "supported", "120 (Dyfed-Powys Police, 2017/18) within '120' [119.5, 120.5)"),
    ]


def test_claimcheck_data_shows_names_that_read_the_same_as_one_ambiguity(tmp_path):
    (tmp_path / "crime.csv").write_text(TWO_GWENTS)
    result = CliRunner().invoke(main, ["data", str(tmp_path / "crime.csv")])
    assert result.exit_code == 0
    assert (
        "  gwent police -> 'Gwent  Police' or 'Gwent Police' (ambiguous: the data holds each)"
        in result.stdout.splitlines()
    )


def test_forms_that_read_the_same_are_ambiguous_within_a_column_not_across_columns():
    both = Target.ambiguous("'Gwent  Police' or 'Gwent Police'")
    assert same_names([["Gwent Police", "Gwent  Police", "Dyfed-Powys Police"]]) == {
        "Gwent Police": both,
        "Gwent  Police": both,
    }
    # Two tables writing one name two ways ("GWENT POLICE") is one name, not a clash.
    assert same_names([["Gwent Police"], ["GWENT POLICE"]]) == {}


# --- Parquet as Arrow stores it ---------------------------------------------------------


def test_parquet_nan_is_not_a_number_not_an_empty_cell(tmp_path):
    path = tmp_path / "crime.parquet"
    table = pa.table({"area": ["North", "South", "East"], "offences": [5.0, float("nan"), None]})
    pq.write_table(table, path)
    (raw,) = read_tables(path)
    assert raw.frame["offences"].tolist() == ["5", "NaN", ""]


def test_parquet_columns_sharing_a_name_are_named_not_arrows_internal_columns(tmp_path):
    path = tmp_path / "crime.parquet"
    table = pa.table([pa.array(["North"]), pa.array([1]), pa.array([2])], ["area", "n", "n"])
    pq.write_table(table, path)
    assert error_of(path) == f"{path}: column 'n' appears twice (columns 2 and 3); rename one"


UNFINISHED_WRITE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("CREATE TABLE crime (area TEXT, offences INTEGER)")
connection.execute("INSERT INTO crime VALUES ('North', 5)")
connection.execute("PRAGMA cache_size=1")  # pages go to the file before the commit
connection.execute("BEGIN")
connection.executemany("INSERT INTO crime VALUES (?, ?)", [("x" * 200, 1)] * 20000)
os._exit(0)  # killed mid-write: the -journal holds what SQLite must undo
"""


def test_sqlite_with_a_write_that_did_not_finish_is_refused_not_read_half_done(tmp_path):
    path = tmp_path / "crime.sqlite"
    subprocess.run([sys.executable, "-c", UNFINISHED_WRITE, str(path)], check=True)
    assert (tmp_path / "crime.sqlite-journal").stat().st_size > 0
    assert error_of(path) == (
        f"{path}: a write to it did not finish (crime.sqlite-journal is beside it), and "
        "claimcheck changes nothing it reads; open the database once with sqlite3, which "
        "undoes the write, then check again"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crime.sqlite", "crime.sqlite-journal"]
