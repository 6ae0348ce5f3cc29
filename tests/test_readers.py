"""Readers: every format gives string cells, a clean header and the file's row numbers."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claimcheck import check
from claimcheck.catalog import load_catalog
from claimcheck.data_warnings import DataWarning
from claimcheck.errors import DataError
from claimcheck.readers import read_tables
from tests.builders import write_ods, write_xlsx

TITLE = "Table 1: Police recorded crime, England and Wales"


def read_one(path: Path, encoding: str | None = None):
    (table,) = read_tables(path, encoding)
    return table


def records(table) -> list[dict[str, str]]:
    return table.frame.to_dict("records")


def error_of(path: Path, encoding: str | None = None) -> str:
    with pytest.raises(DataError) as caught:
        read_tables(path, encoding)
    return str(caught.value)


# --- CSV and TSV -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("area;offences\nNorth;1,5\n", ";"),
        ("area|offences\nNorth|1.5\n", "|"),
        ("area\toffences\nNorth\t1.5\n", "\t"),
    ],
)
def test_csv_delimiter_is_sniffed(tmp_path, text, delimiter):
    path = tmp_path / "crime.csv"
    path.write_text(text, encoding="utf-8")
    table = read_one(path)
    assert list(table.frame.columns) == ["area", "offences"]
    assert records(table)[0]["area"] == "North"


def test_tsv_splits_on_tabs_only(tmp_path):
    path = tmp_path / "crime.tsv"
    path.write_text("area\toffences\nNorth, Wales\t1,437\n", encoding="utf-8")
    assert records(read_one(path)) == [{"area": "North, Wales", "offences": "1,437"}]


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("\ufeffarea,offences\nYnys Môn,12\n".encode())
    table = read_one(path)
    assert list(table.frame.columns) == ["area", "offences"]
    assert records(table) == [{"area": "Ynys Môn", "offences": "12"}]


def test_latin1_is_detected_without_an_encoding(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,cost\nYnys Môn,£12\n".encode("latin-1"))
    with pytest.warns(DataWarning, match="row 2 is not UTF-8"):
        assert records(read_one(path)) == [{"area": "Ynys Môn", "cost": "£12"}]


def test_windows_1252_dash_is_detected_without_an_encoding(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,years\nNorth,2016–17\n".encode("cp1252"))
    with pytest.warns(DataWarning, match="row 2 is not UTF-8"):
        assert records(read_one(path)) == [{"area": "North", "years": "2016–17"}]


def test_encoding_argument_is_used(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,offences\nYnys Môn,12\n".encode("latin-1"))
    assert records(read_one(path, "latin-1"))[0]["area"] == "Ynys Môn"


def test_wrong_encoding_argument_says_check_data_encoding(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes("area,offences\nYnys Môn,12\n".encode("latin-1"))
    assert error_of(path, "utf-8") == (
        f"{path}: cannot be decoded as utf-8 ('utf-8' codec can't decode byte 0xf4 in "
        "position 20: invalid continuation byte); check --data-encoding"
    )


def test_utf16_with_bom_is_read_as_excel_unicode_text(tmp_path):
    path = tmp_path / "crime.tsv"
    path.write_bytes("area\toffences\r\nNorth\t130\r\n".encode("utf-16"))
    assert records(read_one(path)) == [{"area": "North", "offences": "130"}]


def test_csv_rows_are_physical_lines(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_text('area,note,offences\n\nNorth,"two\nlines",130\nSouth,,90\n', encoding="utf-8")
    assert read_one(path).rows == (4, 5)


def test_csv_with_header_and_no_rows_is_an_error(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_text("area,offences\n\n", encoding="utf-8")
    assert error_of(path) == f"{path}: has a header but no data rows; add rows or remove the file"


def test_empty_csv_is_an_error(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_text(" \n", encoding="utf-8")
    assert error_of(path) == f"{path}: the table is empty; give a header row and data rows"


def test_binary_file_named_csv_is_an_error(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert error_of(path) == (
        f"{path}: looks like a binary file, not delimited text; export it as CSV"
    )


def test_unsupported_extension_lists_the_formats(tmp_path):
    path = tmp_path / "crime.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert error_of(path) == (
        f"{path}: unsupported table format '.pdf'; use one of .csv, .csv.gz, .db, .ods, "
        ".parquet, .sqlite, .sqlite3, .tsv, .tsv.gz, .xlsm, .xlsx"
    )


def test_old_excel_extension_says_save_as_xlsx(tmp_path):
    path = tmp_path / "crime.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert error_of(path) == (
        f"{path}: unsupported table format '.xls'; open it in a spreadsheet app and save "
        "it as .xlsx"
    )


# --- XLSX: layout ------------------------------------------------------------------


def test_xlsx_title_and_notes_rows_are_dropped_and_rows_are_the_sheets(tmp_path):
    path = write_xlsx(
        tmp_path / "title_rows_and_notes.xlsx",
        {
            "Table 1": [
                [TITLE],
                [],
                ["Force", "2016/17", "2017/18"],
                ["North Wales Police", 287, 373],
                ["Gwent Police", 259, 267],
                [],
                ["Source: NSPCC Freedom of Information request"],
                ["Note 1: figures are provisional"],
                ["[x] = not available"],
            ]
        },
        merges={"Table 1": ["A1:C1"]},
    )
    table = read_one(path)
    assert table.name == "title_rows_and_notes"
    assert list(table.frame.columns) == ["Force", "2016/17", "2017/18"]
    assert records(table) == [
        {"Force": "North Wales Police", "2016/17": "287", "2017/18": "373"},
        {"Force": "Gwent Police", "2016/17": "259", "2017/18": "267"},
    ]
    assert table.rows == (4, 5)


def test_xlsx_notes_above_the_header_without_blank_rows_are_dropped(tmp_path):
    # The government's accessible layout: title, notes and source in column A.
    path = write_xlsx(
        tmp_path / "notes_above.xlsx",
        {
            "Table_1": [
                [TITLE],
                ["This worksheet contains one table. Some cells refer to notes."],
                ["Source: Home Office"],
                ["Force", "Offences [note 1]"],
                ["North", 130],
                ["South", "[c]"],
            ]
        },
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Offences"]
    assert records(table) == [
        {"Force": "North", "Offences": "130"},
        {"Force": "South", "Offences": "[c]"},
    ]
    assert table.rows == (5, 6)


def test_xlsx_merged_two_row_header_is_combined(tmp_path):
    path = write_xlsx(
        tmp_path / "merged_two_row_header.xlsx",
        {
            "Quarterly": [
                [TITLE],
                [],
                ["Force", "2016/17", None, "2017/18 [note 2]", None],
                [None, "Q1", "Q2", "Q1", "Q2"],
                ["North", 70, 71, 90, 95],
                ["South", 130, 128, 140, 131],
            ]
        },
        merges={"Quarterly": ["A1:E1", "A3:A4", "B3:C3", "D3:E3"]},
    )
    table = read_one(path)
    assert list(table.frame.columns) == [
        "Force",
        "2016/17 Q1",
        "2016/17 Q2",
        "2017/18 Q1",
        "2017/18 Q2",
    ]
    assert records(table)[1] == {
        "Force": "South",
        "2016/17 Q1": "130",
        "2016/17 Q2": "128",
        "2017/18 Q1": "140",
        "2017/18 Q2": "131",
    }
    assert table.rows == (5, 6)


def test_xlsx_upper_header_written_once_is_carried_over_its_columns(tmp_path):
    # No merge: the year is written over its first quarter only.
    path = write_xlsx(
        tmp_path / "year_written_once.xlsx",
        {
            "Sheet1": [
                [None, "2016/17", None, "2017/18", None],
                ["Force", "Q1", "Q2", "Q1", "Q2"],
                ["North", 70, 71, 90, 95],
            ]
        },
    )
    assert list(read_one(path).frame.columns) == [
        "Force",
        "2016/17 Q1",
        "2016/17 Q2",
        "2017/18 Q1",
        "2017/18 Q2",
    ]


def test_xlsx_lower_header_row_of_units_is_combined(tmp_path):
    path = write_xlsx(
        tmp_path / "units_row.xlsx",
        {
            "Sheet1": [
                ["Force", "Offences", "Rate"],
                [None, "number", "per 1,000 people"],
                ["North", 130, 1.9],
            ]
        },
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Offences number", "Rate per 1,000 people"]
    assert table.rows == (3,)


def test_xlsx_section_headings_are_skipped_and_merged_labels_filled(tmp_path):
    path = write_xlsx(
        tmp_path / "sections.xlsx",
        {
            "Sheet1": [
                ["Region", "Force", "Offences"],
                ["Wales"],
                ["Wales", "North", 130],
                [None, "South", 90],
                ["England"],
                ["England", "Kent", 300],
            ]
        },
        merges={"Sheet1": ["A3:A4"]},
    )
    table = read_one(path)
    assert records(table) == [
        {"Region": "Wales", "Force": "North", "Offences": "130"},
        {"Region": "Wales", "Force": "South", "Offences": "90"},
        {"Region": "England", "Force": "Kent", "Offences": "300"},
    ]
    assert table.rows == (3, 4, 6)


def test_xlsx_table_may_start_in_a_later_column_and_header_words_are_tidied(tmp_path):
    path = write_xlsx(
        tmp_path / "offset.xlsx",
        {"Sheet1": [[], [None, None, "Force", " Number of\noffences "], [None, None, "North", 7]]},
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Number of offences"]
    assert table.rows == (3,)


def test_xlsx_blank_row_under_the_header_is_skipped(tmp_path):
    path = write_xlsx(
        tmp_path / "spacer_row.xlsx", {"Sheet1": [["Force", "Offences"], [], ["North", 1]]}
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Offences"]
    assert table.rows == (3,)


def test_xlsx_title_in_two_cells_is_not_the_header(tmp_path):
    path = write_xlsx(
        tmp_path / "two_cell_title.xlsx",
        {"Sheet1": [["Table 1", "Crime by force"], [], ["Force", "Offences"], ["North", 1]]},
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Offences"]
    assert table.rows == (4,)


def test_xlsx_notes_of_two_cells_above_and_below_are_dropped(tmp_path):
    path = write_xlsx(
        tmp_path / "two_cell_notes.xlsx",
        {
            "Sheet1": [
                ["Source:", "Home Office"],
                ["Force", "Offences"],
                ["North", 1],
                [],
                ["Note 1", "Figures are provisional"],
                ["* estimate", "see note 1"],
            ]
        },
    )
    table = read_one(path)
    assert list(table.frame.columns) == ["Force", "Offences"]
    assert records(table) == [{"Force": "North", "Offences": "1"}]


def test_xlsx_second_table_below_the_first_is_an_error(tmp_path):
    path = write_xlsx(
        tmp_path / "stacked_tables.xlsx",
        {
            "Sheet1": [
                ["Table 1a"],
                ["Force", "Offences"],
                ["North", 1],
                [],
                ["Table 1b"],
                ["Type", "Offences"],
                ["Possession", 5],
            ]
        },
    )
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1': row 5 starts a second table ('Table 1b'); put each table "
        "in its own sheet"
    )


# --- XLSX: cell values -------------------------------------------------------------


def test_xlsx_numbers_are_written_as_the_sheet_shows_them(tmp_path):
    path = write_xlsx(
        tmp_path / "numbers.xlsx",
        {
            "Sheet1": [
                ["case", "value"],
                ["int", 528],
                ["whole float", 528.0],
                ["decimal", 12.5],
                ["binary noise", 0.1 + 0.2],
                ["large", 1e20],
                ["small", 1.5e-7],
                ["negative", -3.0],
                ["percent", 0.253],
                ["text number", "1,437"],
                ["boolean", True],
                ["error", "#N/A"],
            ]
        },
        formats={"Sheet1": {"B9": "0.0%"}},
    )
    assert dict(read_one(path).frame.values.tolist()) == {
        "int": "528",
        "whole float": "528",
        "decimal": "12.5",
        "binary noise": "0.3",
        "large": "100000000000000000000",
        "small": "0.00000015",
        "negative": "-3",
        "percent": "25.3%",
        "text number": "1,437",
        "boolean": "TRUE",
        "error": "#N/A",
    }


def test_xlsx_dates_are_written_as_their_format_shows_them(tmp_path):
    path = write_xlsx(
        tmp_path / "dates.xlsx",
        {
            "Sheet1": [
                ["period", "offences"],
                [datetime(2017, 4, 1), 10],
                [datetime(2017, 5, 1), 11],
                [datetime(2017, 6, 1), 12],
                [datetime(2017, 7, 1, 13, 30), 13],
            ]
        },
        formats={"Sheet1": {"A2": "mmm yyyy", "A3": "dd/mm/yyyy", "A4": "yyyy"}},
    )
    assert read_one(path).frame["period"].tolist() == [
        "April 2017",
        "2017-05-01",
        "2017",
        "2017-07-01 13:30:00",
    ]


# --- XLSX: sheets ------------------------------------------------------------------


def test_xlsx_sheets_are_tables_named_stem_and_sheet(tmp_path):
    path = write_xlsx(
        tmp_path / "crime.xlsx",
        {
            "Cover": [["Police recorded crime"], ["Published 13 September 2018"]],
            "Contents": [["Sheet", "Title"], ["Table 1", "By force"], ["Table 2", "By type"]],
            "Table 1": [["Force", "Offences"], ["North", 130]],
            "Table 2": [["Type", "Offences"], ["Possession", 80]],
            "Lookup": [["Code", "Name"], ["W1", "North"]],
            "Workings": [["Force", "Offences"], ["North", 1]],
            "Blank": [],
        },
        hidden=["Workings"],
    )
    tables = read_tables(path)
    assert [t.name for t in tables] == ["crime:Table 1", "crime:Table 2"]
    assert records(tables[1]) == [{"Type": "Possession", "Offences": "80"}]


def test_xlsx_with_no_table_sheet_says_why_each_was_skipped(tmp_path):
    path = write_xlsx(
        tmp_path / "crime.xlsx",
        {
            "Cover": [["Police recorded crime"]],
            "Lookup": [["Code", "Name"], ["W1", "North"]],
            "Old": [["Force", "Offences"], ["North", 1]],
            "Blank": [],
        },
        hidden=["Old"],
    )
    assert error_of(path) == (
        f"{path}: no sheet holds a table of figures ('Cover' is named as a cover, contents "
        "or notes sheet; 'Lookup' has no numbers; 'Old' is hidden; 'Blank' is empty); put "
        "the table in a visible sheet, under a header row"
    )


def test_empty_workbook_is_an_error(tmp_path):
    path = write_xlsx(tmp_path / "crime.xlsx", {"Sheet1": []})
    assert error_of(path) == f"{path}: the workbook is empty (no sheet has a cell); add a table"


def test_xlsx_header_without_rows_is_an_error(tmp_path):
    path = write_xlsx(
        tmp_path / "crime.xlsx", {"Sheet1": [[TITLE], [], ["Force", "Offences"], [], ["Source: x"]]}
    )
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1': has a header (row 3) but no data rows below it; add rows "
        "or remove the sheet"
    )


def test_xlsx_without_a_header_row_is_an_error(tmp_path):
    path = write_xlsx(tmp_path / "crime.xlsx", {"Sheet1": [[TITLE], [130], [90]]})
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1': no header row found (a row of column names directly "
        "above the data); add one"
    )


def test_xlsx_whose_first_row_is_data_is_an_error(tmp_path):
    path = write_xlsx(tmp_path / "crime.xlsx", {"Sheet1": [[2016, 287, 373], [2017, 1, 2]]})
    assert error_of(path) == (
        f"{path}, sheet 'Sheet1': row 1 looks like data, not a header (2016, 287, 373); "
        "add a header row"
    )


def test_xlsx_duplicate_headers_name_the_sheet_columns(tmp_path):
    path = write_xlsx(
        tmp_path / "crime.xlsx",
        {"Data": [[TITLE], [], ["Force", "Offences", "force"], ["N", 1, 2]]},
    )
    assert error_of(path) == (
        f"{path}, sheet 'Data': column 'force' appears twice (columns A and C); rename one"
    )


def test_xlsx_figures_under_no_header_name_the_cell(tmp_path):
    # A crosstab with an empty top-left cell: its labels have no column name.
    path = write_xlsx(
        tmp_path / "crime.xlsx", {"Data": [[None, "2016/17", "2017/18"], ["North", 287, 373]]}
    )
    assert error_of(path) == (
        f"{path}, sheet 'Data': cell A2 holds 'North' but column A has no header; name "
        "the column or clear the cell"
    )


def test_xlsx_cell_beyond_the_header_is_a_ragged_row(tmp_path):
    path = write_xlsx(
        tmp_path / "crime.xlsx", {"Data": [["Force", "Offences"], ["North", 1], ["South", 2, "r"]]}
    )
    assert error_of(path) == (
        f"{path}, sheet 'Data': cell C3 holds 'r' but column C has no header; name the "
        "column or clear the cell"
    )


# --- XLSX: files that are not what they say ------------------------------------------


def test_html_named_xlsx_is_an_error(tmp_path):
    path = tmp_path / "crime.xlsx"
    path.write_text("<!DOCTYPE html><html><table><tr><td>1</td></tr></table></html>")
    assert error_of(path) == (
        f"{path}: is a web page (HTML), not an XLSX workbook; open it in a spreadsheet app "
        "and save it as .xlsx (or as CSV)"
    )


def test_xml_spreadsheet_2003_named_xlsx_is_an_error(tmp_path):
    path = tmp_path / "crime.xlsx"
    path.write_text(
        '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
    )
    assert error_of(path) == (
        f"{path}: is an XML Spreadsheet 2003 file, not an XLSX workbook; open it in a "
        "spreadsheet app and save it as .xlsx (or as CSV)"
    )


def test_csv_named_xlsx_says_rename_it(tmp_path):
    path = tmp_path / "crime.xlsx"
    path.write_text("area,offences\nNorth,130\n")
    assert error_of(path) == (
        f"{path}: is plain text, not an XLSX workbook; if it is CSV, rename it to .csv"
    )


def test_password_protected_xlsx_is_an_error(tmp_path):
    # Excel encrypts a workbook into an OLE2 compound file with an EncryptedPackage stream.
    path = tmp_path / "crime.xlsx"
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    path.write_bytes(ole2 + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(64))
    assert error_of(path) == (
        f"{path}: is password-protected (encrypted); open it, remove the password and save it again"
    )


def test_old_xls_named_xlsx_is_an_error(tmp_path):
    path = tmp_path / "crime.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le")
    )
    assert error_of(path) == (
        f"{path}: is an Excel 97-2003 (.xls) file, not an XLSX workbook; open it in a "
        "spreadsheet app and save it as .xlsx"
    )


def test_truncated_xlsx_is_a_corrupt_zip(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Sheet1": [["a", "b"], ["x", 1]]})
    path = tmp_path / "crime.xlsx"
    path.write_bytes(whole.read_bytes()[:300])
    assert error_of(path) == (
        f"{path}: is damaged (not a readable zip archive: File is not a zip file); "
        "download or export it again"
    )


def test_zip_that_is_not_a_workbook_is_an_error(tmp_path):
    path = tmp_path / "crime.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert error_of(path) == (
        f"{path}: is a Word document, not an XLSX workbook; open it in a spreadsheet app "
        "and save it as .xlsx (or as CSV)"
    )


def test_ods_named_xlsx_says_rename_it(tmp_path):
    path = tmp_path / "crime.xlsx"
    write_ods(path, {"Sheet1": [["a", "b"], ["x", 1]]})
    assert (
        error_of(path) == f"{path}: is an ODS spreadsheet, not an XLSX workbook; rename it to .ods"
    )


def test_empty_file_named_xlsx_is_an_error(tmp_path):
    path = tmp_path / "crime.xlsx"
    path.write_bytes(b"")
    assert error_of(path) == f"{path}: is empty (0 bytes); export the workbook again"


# --- ODS -----------------------------------------------------------------------------


def test_ods_title_merged_header_and_notes(tmp_path):
    path = write_ods(
        tmp_path / "merged_header_and_notes.ods",
        {
            "Table 1": [
                [TITLE],
                [],
                ["Force", "2016/17", None, "2017/18", None],
                [None, "Q1", "Q2", "Q1", "Q2"],
                ["North", 70, 71.0, 90, 95],
                ["South", 130, 2.5, 140, ("comment", "[x]", "not collected")],
                [],
                ["Source: Home Office"],
            ]
        },
        spans={"Table 1": {(1, 1): (5, 1), (3, 1): (1, 2), (3, 2): (2, 1), (3, 4): (2, 1)}},
        repeat_last_row=1_048_000,
    )
    table = read_one(path)
    assert table.name == "merged_header_and_notes"
    assert list(table.frame.columns) == [
        "Force",
        "2016/17 Q1",
        "2016/17 Q2",
        "2017/18 Q1",
        "2017/18 Q2",
    ]
    assert records(table) == [
        {"Force": "North", "2016/17 Q1": "70", "2016/17 Q2": "71", "2017/18 Q1": "90",
         "2017/18 Q2": "95"},
        {"Force": "South", "2016/17 Q1": "130", "2016/17 Q2": "2.5", "2017/18 Q1": "140",
         "2017/18 Q2": "[x]"},
    ]  # fmt: skip
    assert table.rows == (5, 6)


def test_ods_typed_cells_are_written_as_shown(tmp_path):
    path = write_ods(
        tmp_path / "typed.ods",
        {
            "Sheet1": [
                ["period", "share"],
                [("month", "2017-04-01"), ("percentage", "0.25")],
                [("date", "2017-05-01"), ("percentage", "0.075")],
            ]
        },
    )
    assert records(read_one(path)) == [
        {"period": "April 2017", "share": "25%"},
        {"period": "2017-05-01", "share": "7.5%"},
    ]


def test_ods_repeated_rows_are_expanded_with_their_numbers(tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for values, repeat in [
        (["area", "offences"], 1),
        ([], 2),
        (["North", "7"], 2),
        (["x", "1"], 1),
    ]:
        row = TableRow(numberrowsrepeated=repeat)
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        if not values:
            row.addElement(TableCell(numbercolumnsrepeated=1024))
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "repeated_rows.ods"
    document.save(str(path))
    table = read_one(path)
    assert table.frame["area"].tolist() == ["North", "North", "x"]
    assert table.rows == (4, 5, 6)


def test_ods_text_keeps_its_spaces_tabs_and_spans(tmp_path):
    from odf import teletype
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, Span

    document = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for first, second in [("area", "offences"), ("North   Wales\tPolice", "7")]:
        row = TableRow()
        for text in (first, second):
            paragraph = P()
            teletype.addTextToElement(paragraph, text)  # runs of spaces become <text:s/>
            cell = TableCell(valuetype="string")
            cell.addElement(paragraph)
            row.addElement(cell)
        table.addElement(row)
    row = TableRow()
    paragraph = P(text="South ")
    paragraph.addElement(Span(text="Wales"))
    cell = TableCell(valuetype="string")
    cell.addElement(paragraph)
    row.addElement(cell)
    cell = TableCell(valuetype="float", value="1.50")
    cell.addElement(P(text="1.5"))
    row.addElement(cell)
    table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "spaces.ods"
    document.save(str(path))
    assert read_one(path).frame.values.tolist() == [
        ["North   Wales\tPolice", "7"],
        ["South Wales", "1.5"],
    ]


def test_ods_written_by_pandas_is_read(tmp_path):
    path = tmp_path / "pandas.ods"
    pd.DataFrame({"area": ["North", "South"], "offences": [130, 90.0]}).to_excel(
        path, engine="odf", index=False, sheet_name="Crime"
    )
    table = read_one(path)
    assert table.name == "pandas"
    assert records(table) == [
        {"area": "North", "offences": "130"},
        {"area": "South", "offences": "90"},
    ]
    assert table.rows == (2, 3)


def test_ods_hidden_and_notes_sheets_are_skipped(tmp_path):
    path = write_ods(
        tmp_path / "crime.ods",
        {
            "Notes": [["Note number", "Note text"], [1, "Figures are provisional"]],
            "Table 1": [["Force", "Offences"], ["North", 130]],
            "Old": [["Force", "Offences"], ["North", 1]],
        },
        hidden=["Old"],
    )
    assert [t.name for t in read_tables(path)] == ["crime:Table 1"]


def test_password_protected_ods_is_an_error(tmp_path):
    path = tmp_path / "crime.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", b"\x8a\x01encrypted")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:file-entry manifest:full-path="content.xml">'
            "<manifest:encryption-data/></manifest:file-entry>",
        )
    assert error_of(path) == (
        f"{path}: is password-protected (encrypted); open it, remove the password and save it again"
    )


def test_xlsx_named_ods_says_rename_it(tmp_path):
    path = write_xlsx(tmp_path / "crime.ods", {"Sheet1": [["a", "b"], ["x", 1]]})
    assert (
        error_of(path) == f"{path}: is an XLSX workbook, not an ODS spreadsheet; rename it to .xlsx"
    )


# --- Parquet -------------------------------------------------------------------------


def test_parquet_cells_are_text_and_rows_count_from_two(tmp_path):
    path = tmp_path / "crime.parquet"
    frame = pd.DataFrame(
        {
            "area": ["North", "South", None],
            "offences": [130.0, 12.5, None],
            "count": pd.array([1, 2, None], dtype="Int64"),
            "day": [date(2017, 4, 1), date(2017, 5, 1), date(2017, 6, 1)],
        },
        index=pd.Index([10, 11, 12]),
    )
    frame.to_parquet(path)
    table = read_one(path)
    assert table.name == "crime"
    assert list(table.frame.columns) == ["area", "offences", "count", "day"]
    assert records(table) == [
        {"area": "North", "offences": "130", "count": "1", "day": "2017-04-01"},
        {"area": "South", "offences": "12.5", "count": "2", "day": "2017-05-01"},
        {"area": "", "offences": "", "count": "", "day": "2017-06-01"},
    ]
    assert table.rows == (2, 3, 4)


def test_parquet_nested_column_is_an_error(tmp_path):
    path = tmp_path / "crime.parquet"
    pq.write_table(pa.table({"area": ["North"], "years": [[2016, 2017]]}), path)
    assert error_of(path) == (
        f"{path}: column 'years' holds nested values (list<element: int64>), not one value "
        "a cell; flatten it or drop it"
    )


def test_parquet_without_rows_is_an_error(tmp_path):
    path = tmp_path / "crime.parquet"
    pq.write_table(pa.table({"area": pa.array([], pa.string())}), path)
    assert error_of(path) == f"{path}: has columns but no data rows; add rows or remove the file"


def test_file_named_parquet_that_is_not_is_an_error(tmp_path):
    path = tmp_path / "crime.parquet"
    path.write_text("area,offences\nNorth,130\n")
    assert error_of(path) == (
        f"{path}: is not a Parquet file (it does not start with PAR1); export the table "
        "again as Parquet or CSV"
    )


# --- SQLite --------------------------------------------------------------------------


def make_db(path: Path, script: str) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(script)
    connection.commit()
    connection.close()
    return path


def test_sqlite_tables_and_views_are_tables_numbered_by_rowid(tmp_path):
    path = make_db(
        tmp_path / "crime.sqlite",
        """
        CREATE TABLE offences (force TEXT, year TEXT, offences INTEGER, rate REAL);
        INSERT INTO offences VALUES ('North', '2016/17', 287, 4.0), ('Gone', '2016/17', 1, 0),
                                    ('North', '2017/18', 373, 5.25);
        DELETE FROM offences WHERE force = 'Gone';
        CREATE VIEW latest AS SELECT force, offences FROM offences WHERE year = '2017/18';
        """,
    )
    offences, latest = read_tables(path)
    assert offences.name == "crime:offences"
    assert records(offences) == [
        {"force": "North", "year": "2016/17", "offences": "287", "rate": "4"},
        {"force": "North", "year": "2017/18", "offences": "373", "rate": "5.25"},
    ]
    assert offences.rows == (1, 3)
    assert (latest.name, latest.rows) == ("crime:latest", (1,))
    assert records(latest) == [{"force": "North", "offences": "373"}]


def test_sqlite_without_rowid_tables_are_numbered_by_position(tmp_path):
    path = make_db(
        tmp_path / "crime.db",
        """
        CREATE TABLE t (force TEXT PRIMARY KEY, offences INTEGER) WITHOUT ROWID;
        INSERT INTO t VALUES ('South', 90), ('North', 130);
        """,
    )
    table = read_one(path)
    assert (table.name, table.rows) == ("crime:t", (1, 2))
    assert records(table) == [
        {"force": "North", "offences": "130"},
        {"force": "South", "offences": "90"},
    ]


def test_sqlite_empty_and_lookup_tables_are_skipped(tmp_path):
    path = make_db(
        tmp_path / "crime.sqlite3",
        """
        CREATE TABLE forces (id INTEGER PRIMARY KEY, name TEXT);
        INSERT INTO forces (name) VALUES ('North'), ('South');
        CREATE TABLE pending (force TEXT, offences INTEGER);
        CREATE TABLE offences (force TEXT, offences INTEGER);
        INSERT INTO offences VALUES ('North', 130);
        """,
    )
    assert [t.name for t in read_tables(path)] == ["crime:offences"]


def test_sqlite_without_figures_says_why_each_table_was_skipped(tmp_path):
    path = make_db(
        tmp_path / "crime.db",
        "CREATE TABLE forces (id INTEGER PRIMARY KEY, name TEXT);"
        "INSERT INTO forces (name) VALUES ('North');"
        "CREATE TABLE pending (force TEXT, offences INTEGER);",
    )
    assert error_of(path) == (
        f"{path}: no table holds figures ('forces' has no numbers; 'pending' has no rows); "
        "add rows with numbers"
    )


def test_sqlite_broken_view_is_named(tmp_path):
    path = make_db(
        tmp_path / "crime.db",
        "CREATE TABLE a (force TEXT, offences INTEGER); INSERT INTO a VALUES ('North', 1);"
        "CREATE VIEW v AS SELECT * FROM a; DROP TABLE a;",
    )
    assert error_of(path) == (
        f"{path}, view 'v': cannot be read (no such table: main.a); fix or drop it"
    )


def test_file_named_db_that_is_not_sqlite_is_an_error(tmp_path):
    path = tmp_path / "crime.db"
    path.write_bytes(b"\xd0\xcf\x11\xe0 thumbnails")
    assert error_of(path) == (
        f"{path}: is not an SQLite database (or is encrypted); export the tables as CSV "
        "or give the database file"
    )


# --- through the catalog and the whole pipeline ---------------------------------------


def test_catalog_discovers_every_format(tmp_path):
    (tmp_path / "a.csv").write_text("area,offences\nNorth,1\n", encoding="utf-8")
    write_xlsx(tmp_path / "b.xlsx", {"Sheet1": [["area", "offences"], ["North", 2]]})
    write_ods(tmp_path / "c.ods", {"Sheet1": [["area", "offences"], ["North", 3]]})
    pd.DataFrame({"area": ["North"], "offences": [4]}).to_parquet(tmp_path / "d.parquet")
    make_db(
        tmp_path / "e.db",
        "CREATE TABLE t (area TEXT, offences INT); INSERT INTO t VALUES ('N', 5);",
    )
    catalog = load_catalog(tmp_path)
    assert [t.name for t in catalog.tables] == ["a", "b", "c", "d", "e:t"]


def test_claim_checked_against_xlsx_cites_the_sheet_row(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    write_xlsx(
        data / "crime.xlsx",
        {
            "Table 1": [
                ["Table 1: Offences recorded by the police, by area and year"],
                [],
                ["area", "year", "offences"],
                ["North", 2016, 120],
                ["North", 2017, 130],
                ["South", 2017, 90],
                [],
                ["Source: Home Office, police recorded crime"],
                ["[x] = not available"],
            ]
        },
    )
    article = tmp_path / "article.txt"
    article.write_text("North recorded 130 offences in 2017.\n", encoding="utf-8")
    report = check([article], data=data, timestamp=False)
    (verdict,) = report.results[0].verdicts
    assert verdict.verdict == "supported"
    assert [(c.table, c.row, c.column, c.value) for c in verdict.primary.cells] == [
        ("crime", 5, "offences", 130.0)
    ]


def test_a_row_of_one_field_is_one_field_and_a_quote_left_open_is_named(tmp_path):
    short = tmp_path / "short.csv"
    short.write_text("area,year,offences\nGwent\nDyfed,2017,3\n", encoding="utf-8")
    assert error_of(short, None) == (
        f"{short}: row 2 has 1 field but the header has 3; fix the row (quote any value "
        "containing ',')"
    )
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('area,year,offences\nGwent,2017,5\n"Dyfed,2017,3\nPowys,2017,4\n')
    assert error_of(quoted, None) == (
        f'{quoted}: row 3 opens a quote (") that is never closed; close it, or remove the '
        "stray quote"
    )
