"""The shared bad-input suite: every input claimcheck refuses, and the one line it says.

Each case is one oddity. Content oddities are small files in tests/fixtures/bad/,
named for what is wrong with them; oddities of the file system (missing, unreadable,
50 MB, a FIFO, an unwritable directory) are made in tmp_path. Every case must exit
with code 2, print nothing but `claimcheck: error: <message>` on stderr (the whole
line is asserted), name the file and say what to do, and never show a traceback.
Data that is odd but readable (duplicate rows, suppressed cells) is not refused:
those claims are unverifiable, see tests/test_no_false_verdicts.py.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import cli
from claimcheck.article import MAX_ARTICLE_BYTES
from claimcheck.cli import main
from tests.conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad"
SEED = ROOT / "articles" / "nspcc.txt"
DATA = ROOT / "data"
ROLES = "entity, dimension, period, quarter, measure, source, ignore"
RAGGED = "fix the row (quote any value containing ',')"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True)
class Bad:
    """One bad input: the arguments, the whole error line, and any setup in tmp_path.

    In `args` and `message`, {bad} is tests/fixtures/bad, {tmp} the test's tmp_path,
    {seed} the seed article and {data} the seed data directory.
    """

    args: tuple[str, ...]
    message: str
    setup: Callable[[Path, pytest.MonkeyPatch], None] | None = None
    prints_first: bool = False  # the failure comes after the verdicts were printed


def deny_reading(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000, or, for root (who reads anything), what open() says to everyone else."""
    if not IS_ROOT:
        path.chmod(0)
        return
    real_open = Path.open

    def open_denied(self, *args, **kwargs):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_denied)


def unreadable_article(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp / "unreadable.txt"
    path.write_text("North Wales Police recorded 373 offences in 2017/18.\n", encoding="utf-8")
    deny_reading(path, monkeypatch)


def unreadable_data(name: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp / "data").mkdir()
        (tmp / "data" / "crime.csv").write_text(
            "force,year,offences\nGwent Police,2017/18,267\n", encoding="utf-8"
        )
        (tmp / "data" / "crime.toml").write_text('unit = "offences"\n', encoding="utf-8")
        deny_reading(tmp / "data" / name, monkeypatch)

    return setup


def huge_article(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """50 MB, sparse: the limit must be enforced from the size, before reading."""
    with (tmp / "huge.txt").open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)


def many_characters(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the byte limit, over the character limit."""
    (tmp / "long.txt").write_bytes(b"30 " * 400_000)


def fifo(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp / "pipe.txt")


def directory(name: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp / name).mkdir()

    return setup


def unwritable_directory(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "locked").mkdir()
    if IS_ROOT:  # root may write anywhere: report what access() says to everyone else
        real_access = os.access
        monkeypatch.setattr(
            cli.os,
            "access",
            lambda path, mode: False if Path(path) == tmp / "locked" else real_access(path, mode),
        )
    else:
        (tmp / "locked").chmod(0o555)


def small_article(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "a.txt").write_text("Gwent Police recorded 267 offences in 2017/18.\n", "utf-8")


def a_file(name: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp / name).write_text("not a directory\n", encoding="utf-8")

    return setup


def link_to_seed(kind: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        if kind == "symlink":
            (tmp / "link.txt").symlink_to(SEED)
        else:
            try:
                os.link(SEED, tmp / "link.txt")
            except OSError:
                pytest.skip("no hard links across these directories")

    return setup


def disk_full(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small_article(tmp, monkeypatch)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkstemp", full)


ARTICLES = {
    "missing_article": Bad(
        ("{tmp}/missing.txt", "--no-data"), "{tmp}/missing.txt: no such file; check the path"
    ),
    "directory_as_article": Bad(
        ("{tmp}/folder", "--no-data"),
        "{tmp}/folder: is a directory with no article (.txt, .md or .html) in it; "
        "give an article or a folder of articles",
        directory("folder"),
    ),
    "unreadable_article": Bad(
        ("{tmp}/unreadable.txt", "--no-data"),
        "{tmp}/unreadable.txt: permission denied; make the file readable",
        unreadable_article,
    ),
    "fifo_as_article": Bad(
        ("{tmp}/pipe.txt", "--no-data"),
        "{tmp}/pipe.txt: is not a regular file; save the article to a .txt, .md or .html file",
        fifo,
    ),
    "empty_article": Bad(
        ("{bad}/articles/empty.txt", "--no-data"),
        "{bad}/articles/empty.txt: the article is empty; give a file with text in it",
    ),
    "whitespace_only_article": Bad(
        ("{bad}/articles/whitespace_only.txt", "--no-data"),
        "{bad}/articles/whitespace_only.txt: the article is empty; give a file with text in it",
    ),
    "markdown_with_only_front_matter": Bad(
        ("{bad}/articles/front_matter_only.md", "--no-data"),
        "{bad}/articles/front_matter_only.md: the article is empty; give a file with text in it",
    ),
    "html_with_only_a_script": Bad(
        ("{bad}/articles/script_only.html", "--no-data"),
        "{bad}/articles/script_only.html: the article is empty; give a file with text in it",
    ),
    "binary_article": Bad(
        ("{bad}/articles/binary.txt", "--no-data"),
        "{bad}/articles/binary.txt: looks like a binary file, not text; give a .txt, .md or .html",
    ),
    "invalid_utf8_article": Bad(
        ("{bad}/articles/invalid_utf8.txt", "--no-data"),
        "{bad}/articles/invalid_utf8.txt: is not valid utf-8 (byte 41); "
        "save it as UTF-8 or pass --encoding latin-1",
    ),
    "utf16_article_with_bom": Bad(
        ("{bad}/articles/utf16_bom.txt", "--no-data"),
        "{bad}/articles/utf16_bom.txt: the file is UTF-16; "
        "save it as UTF-8 or pass --encoding utf-16",
    ),
    "utf16_article_with_bom_and_utf8_spelt_otherwise": Bad(
        ("{bad}/articles/utf16_bom.txt", "--no-data", "--encoding", "UTF_8"),
        "{bad}/articles/utf16_bom.txt: the file is UTF-16; "
        "save it as UTF-8 or pass --encoding utf-16",
    ),
    "article_of_50_mb": Bad(
        ("{tmp}/huge.txt", "--no-data"),
        f"{{tmp}}/huge.txt: the file is 52,428,800 bytes, more than the limit of "
        f"{MAX_ARTICLE_BYTES:,}; split it into several files",
        huge_article,
    ),
    "article_over_the_character_limit": Bad(
        ("{tmp}/long.txt", "--no-data"),
        "{tmp}/long.txt: the article has 1,200,000 characters, more than the limit of "
        "1,000,000; split it into several files",
        many_characters,
    ),
    "unknown_encoding": Bad(
        ("{seed}", "--no-data", "--encoding", "klingon"),
        "{seed}: unknown encoding 'klingon'; try --encoding utf-8",
    ),
    "encoding_that_is_not_a_text_encoding": Bad(
        ("{seed}", "--no-data", "--encoding", "hex"),
        "{seed}: unknown encoding 'hex'; try --encoding utf-8",
    ),
    "encoding_that_refuses_every_byte": Bad(
        ("{seed}", "--no-data", "--encoding", "undefined"),
        "{seed}: unknown encoding 'undefined'; try --encoding utf-8",
    ),
    "article_name_with_a_newline": Bad(
        ("{tmp}/two\nlines.txt", "--no-data"),
        "{tmp}/two\\nlines.txt: no such file; check the path",
    ),
}

TABLES = {
    "missing_data_directory": Bad(
        ("{seed}", "--data", "{tmp}/nowhere"),
        "{tmp}/nowhere: no such data file or directory; check --data",
    ),
    "data_directory_without_tables": Bad(
        ("{seed}", "--data", "{bad}/data/no_tables"),
        "{bad}/data/no_tables: no tables (.csv, .csv.gz, .db, .ods, .parquet, .sqlite, .sqlite3, "
        ".tsv, .tsv.gz, .xlsm, .xlsx) in this directory; "
        "check --data, or pass --no-data",
    ),
    "data_that_is_a_device": Bad(
        ("{seed}", "--data", os.devnull),
        f"{os.devnull}: is not a file or a directory of tables; check --data",
    ),
    "table_in_an_unsupported_format": Bad(
        ("{seed}", "--data", "{bad}/data/notes.txt"),
        "{bad}/data/notes.txt: unsupported table format '.txt'; use one of .csv, .csv.gz, .db, "
        ".ods, .parquet, .sqlite, .sqlite3, .tsv, .tsv.gz, .xlsm, .xlsx",
    ),
    "unknown_data_encoding": Bad(
        ("{seed}", "--data", "{data}", "--data-encoding", "klingon"),
        "{data}: unknown encoding 'klingon' for the data; "
        "try --data-encoding utf-8 or --data-encoding cp1252",
    ),
    "data_encoding_that_refuses_every_byte": Bad(
        ("{seed}", "--data", "{data}", "--data-encoding", "undefined"),
        "{data}: unknown encoding 'undefined' for the data; "
        "try --data-encoding utf-8 or --data-encoding cp1252",
    ),
    "table_not_in_the_data_encoding": Bad(
        ("{seed}", "--data", "{bad}/data/ragged_rows.csv", "--data-encoding", "utf-16"),
        "{bad}/data/ragged_rows.csv: cannot be decoded as utf-16 ('utf-16-le' codec can't "
        "decode byte 0x0a in position 78: truncated data); check --data-encoding",
    ),
    "unreadable_table": Bad(
        ("{seed}", "--data", "{tmp}/data"),
        "{tmp}/data/crime.csv: permission denied; make the file readable",
        unreadable_data("crime.csv"),
    ),
    "unreadable_metadata": Bad(
        ("{seed}", "--data", "{tmp}/data"),
        "{tmp}/data/crime.toml: permission denied; make the file readable",
        unreadable_data("crime.toml"),
    ),
    "empty_table": Bad(
        ("{seed}", "--data", "{bad}/data/empty.csv"),
        "{bad}/data/empty.csv: the table is empty; give a header row and data rows",
    ),
    "binary_table": Bad(
        ("{seed}", "--data", "{bad}/data/binary_table.csv"),
        "{bad}/data/binary_table.csv: looks like a binary file, not delimited text; "
        "export it as CSV",
    ),
    "ragged_rows": Bad(
        ("{seed}", "--data", "{bad}/data/ragged_rows.csv"),
        f"{{bad}}/data/ragged_rows.csv: row 3 has 4 fields but the header has 3; {RAGGED}",
    ),
    "short_row": Bad(
        ("{seed}", "--data", "{bad}/data/short_row.csv"),
        f"{{bad}}/data/short_row.csv: row 2 has 2 fields but the header has 3; {RAGGED}",
    ),
    "unclosed_quote": Bad(
        ("{seed}", "--data", "{bad}/data/unclosed_quote.csv"),
        '{bad}/data/unclosed_quote.csv: row 2 opens a quote (") that is never closed; '
        "close it, or remove the stray quote",
    ),
    "duplicate_headers": Bad(
        ("{seed}", "--data", "{bad}/data/duplicate_headers.csv"),
        "{bad}/data/duplicate_headers.csv: column 'force' appears twice (columns 1 and 3); "
        "rename one",
    ),
    "duplicate_headers_differing_in_case": Bad(
        ("{seed}", "--data", "{bad}/data/duplicate_headers_differing_case.csv"),
        "{bad}/data/duplicate_headers_differing_case.csv: column 'year' appears twice "
        "(columns 2 and 3); rename one",
    ),
    "blank_header": Bad(
        ("{seed}", "--data", "{bad}/data/blank_header.csv"),
        "{bad}/data/blank_header.csv: column 2 has no header; name it",
    ),
    "no_header_first_row_is_data": Bad(
        ("{seed}", "--data", "{bad}/data/no_header.csv"),
        "{bad}/data/no_header.csv: the first row looks like data, not a header "
        "(1, 2016, 287); add a header row",
    ),
    "only_a_header": Bad(
        ("{seed}", "--data", "{bad}/data/only_header.csv"),
        "{bad}/data/only_header.csv: has a header but no data rows; add rows or remove the file",
    ),
    "mixed_types_in_the_measure_column": Bad(
        ("{seed}", "--data", "{bad}/data/mixed_types.csv"),
        "{bad}/data/mixed_types.csv: no column holds numbers: column 'offences' has cells "
        "that are not numbers (2 of 3; first: row 3, 'many'); fix them, or mark the column "
        'role = "measure" in mixed_types.toml and they count as no figure',
    ),
    "numbers_with_stray_text": Bad(
        ("{seed}", "--data", "{bad}/data/stray_text_in_numbers.csv"),
        "{bad}/data/stray_text_in_numbers.csv: no column holds numbers: column 'offences' has "
        "cells that are not numbers (1 of 2; first: row 2, '287 approx'); fix them, or mark "
        'the column role = "measure" in stray_text_in_numbers.toml and they count as no figure',
    ),
    "text_in_a_period_column": Bad(
        ("{seed}", "--data", "{bad}/data/text_in_period_column.csv"),
        '{bad}/data/text_in_period_column.toml: columns.force.role = "period", but '
        "text_in_period_column.csv row 2 holds 'North Wales Police', which is not a period; "
        "fix the cell or the role",
    ),
    "quarter_of_a_quarter": Bad(
        ("{seed}", "--data", "{bad}/data/quarter_of_a_quarter.csv"),
        "{bad}/data/quarter_of_a_quarter.csv: row 2: '2017 Q1' in quarter '2' is not a period; "
        "give a year (2017 or 2016/17) in 'year' and 1 to 4 in 'quarter'",
    ),
    "column_named_like_an_internal_one": Bad(
        ("{seed}", "--data", "{bad}/data/reserved_column_name.csv"),
        "{bad}/data/reserved_column_name.csv: column '_value': the name is one claimcheck "
        "keeps for itself; rename the column",
    ),
    "two_tables_with_one_name": Bad(
        ("{seed}", "--data", "{bad}/data/same_table_name_twice"),
        "{bad}/data/same_table_name_twice/crime.csv: a table named 'crime' is also read from "
        "{bad}/data/same_table_name_twice/2018/crime.csv; rename one file",
    ),
}

METADATA = {
    "metadata_with_an_unknown_key": Bad(
        ("{seed}", "--data", "{bad}/data/unknown_key.csv"),
        "{bad}/data/unknown_key.toml: titel: unknown key; expected one of absent, aliases, "
        "columns, description, groups, measure, pairs, periods, source, sources, subject, title, "
        "unit",
    ),
    "catalog_with_an_unknown_key": Bad(
        ("{seed}", "--data", "{bad}/data/catalog_unknown_key"),
        "{bad}/data/catalog_unknown_key/catalog.toml: title: unknown key; "
        "expected one of aliases, groups, periods, sources",
    ),
    "metadata_value_of_the_wrong_type": Bad(
        ("{seed}", "--data", "{bad}/data/wrong_type.csv"),
        "{bad}/data/wrong_type.toml: title: must be a string, not int; put the value in quotes",
    ),
    "metadata_columns_not_a_table": Bad(
        ("{seed}", "--data", "{bad}/data/columns_not_a_table.csv"),
        "{bad}/data/columns_not_a_table.toml: columns: must be a table, not list; "
        "write it as a [columns] section",
    ),
    "metadata_unknown_role": Bad(
        ("{seed}", "--data", "{bad}/data/unknown_role.csv"),
        "{bad}/data/unknown_role.toml: columns.force.role: 'place' is not a role; "
        f"use one of {ROLES}",
    ),
    "metadata_column_without_a_role": Bad(
        ("{seed}", "--data", "{bad}/data/missing_role.csv"),
        f"{{bad}}/data/missing_role.toml: columns.force.role: missing; give one of {ROLES}",
    ),
    "metadata_column_that_does_not_exist": Bad(
        ("{seed}", "--data", "{bad}/data/column_not_in_table.csv"),
        "{bad}/data/column_not_in_table.toml: columns.region: no such column in "
        "column_not_in_table.csv; columns are force, year, offences",
    ),
    "alias_pointing_to_nothing": Bad(
        ("{seed}", "--data", "{bad}/data/alias_to_nothing.csv"),
        "{bad}/data/alias_to_nothing.toml: aliases.Thames Valley Police: names no value of "
        "any table and no group; check the spelling",
    ),
    "alias_defined_twice_differently": Bad(
        ("{seed}", "--data", "{bad}/data/alias_defined_twice"),
        "{bad}/data/alias_defined_twice/crime.toml: aliases.Gwent Police: also defined "
        "differently in {bad}/data/alias_defined_twice/catalog.toml; keep one definition",
    ),
    "cyclic_groups": Bad(
        ("{seed}", "--data", "{bad}/data/cyclic_groups.csv"),
        "{bad}/data/cyclic_groups.toml: groups.North: groups contain each other "
        "(North -> South -> North); remove the cycle",
    ),
    "group_containing_itself": Bad(
        ("{seed}", "--data", "{bad}/data/group_contains_itself.csv"),
        "{bad}/data/group_contains_itself.toml: groups.Wales: contains itself; remove it",
    ),
    "group_member_not_in_the_data": Bad(
        ("{seed}", "--data", "{bad}/data/group_member_not_in_data.csv"),
        "{bad}/data/group_member_not_in_data.toml: groups.Wales.members: 'Dyfed-Powys Police' "
        "is not a value of any table; check the spelling",
    ),
    "group_without_members": Bad(
        ("{seed}", "--data", "{bad}/data/group_without_members.csv"),
        "{bad}/data/group_without_members.toml: groups.Wales.members: "
        "a group needs at least one member; list them or remove it",
    ),
    "invalid_toml": Bad(
        ("{seed}", "--data", "{bad}/data/invalid_toml.csv"),
        "{bad}/data/invalid_toml.toml: is not valid TOML (Expected ']' at the end of a table "
        "declaration (at line 1, column 15)); fix the syntax",
    ),
    "metadata_not_in_utf8": Bad(
        ("{seed}", "--data", "{bad}/data/latin1_metadata.csv"),
        "{bad}/data/latin1_metadata.toml: is not UTF-8; save it as UTF-8",
    ),
    "financial_year_starting_in_month_13": Bad(
        ("{seed}", "--data", "{bad}/data/year_start_out_of_range.csv"),
        "{bad}/data/year_start_out_of_range.toml: periods.year_start: 13 is not a month; "
        "write a month number (4) or '04-01'",
    ),
    "source_without_a_title": Bad(
        ("{seed}", "--data", "{bad}/data/source_without_title.csv"),
        "{bad}/data/source_without_title.toml: sources.nspcc.title: every source needs a title; "
        'add title = "..."',
    ),
}

OPTIONS = {
    "report_into_an_unwritable_directory": Bad(
        ("{seed}", "--no-data", "--report", "{tmp}/locked/report.html"),
        "{tmp}/locked/report.html: the directory {tmp}/locked is not writable; "
        "choose another --report path",
        unwritable_directory,
    ),
    "report_under_a_file": Bad(
        ("{seed}", "--no-data", "--report", "{tmp}/notes.txt/report.html"),
        "{tmp}/notes.txt/report.html: {tmp}/notes.txt is a file, not a directory; "
        "choose another --report path",
        a_file("notes.txt"),
    ),
    "report_over_the_article": Bad(
        ("{seed}", "--no-data", "--report", "{seed}"),
        "{seed}: is one of the inputs; choose another --report path",
    ),
    "report_over_a_symlink_to_the_article": Bad(
        ("{seed}", "--no-data", "--report", "{tmp}/link.txt"),
        "{tmp}/link.txt: is one of the inputs; choose another --report path",
        link_to_seed("symlink"),
    ),
    "report_over_a_hard_link_to_the_article": Bad(
        ("{seed}", "--no-data", "--report", "{tmp}/link.txt"),
        "{tmp}/link.txt: is one of the inputs; choose another --report path",
        link_to_seed("hard link"),
    ),
    "report_over_a_data_table": Bad(
        ("{seed}", "--data", "{data}", "--report", "{data}/iioc-by-type.csv"),
        "{data}/iioc-by-type.csv: is one of the inputs; choose another --report path",
    ),
    "report_over_the_catalog_metadata": Bad(
        ("{seed}", "--data", "{data}", "--report", "{data}/catalog.toml"),
        "{data}/catalog.toml: is one of the inputs; choose another --report path",
    ),
    "report_on_a_full_disk": Bad(
        ("{tmp}/a.txt", "--no-data", "--report", "{tmp}/report.html"),
        "{tmp}/report.html: cannot write the report (No space left on device); "
        "choose another --report path or pass --no-report",
        disk_full,
        prints_first=True,
    ),
    "date_that_is_not_a_date": Bad(
        ("{seed}", "--no-data", "--date", "yesterday"),
        "Invalid value for '--date': 'yesterday' is not a date; write it as YYYY-MM-DD; "
        "see 'claimcheck check --help'",
    ),
    "unknown_output_format": Bad(
        ("{seed}", "--no-data", "--format", "xml"),
        "Invalid value for '--format': 'xml' is not one of 'text', 'json', 'html', 'github', "
        "'sarif', 'junit'; "
        "see 'claimcheck check --help'",
    ),
    "unknown_option": Bad(
        ("{seed}", "--no-data", "--colour"),
        "No such option '--colour'; see 'claimcheck check --help'",
    ),
}

CASES = {**ARTICLES, **TABLES, **METADATA, **OPTIONS}


def fill(template: str, tmp: Path) -> str:
    return template.format(bad=BAD, tmp=tmp, seed=SEED, data=DATA)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_is_one_line_naming_the_file_and_exit_2(case, tmp_path, monkeypatch):
    if case.setup is not None:
        case.setup(tmp_path, monkeypatch)
    args = [fill(a, tmp_path) for a in case.args]
    if "--report" not in args:
        args.append("--no-report")
    result = CliRunner().invoke(main, args)
    assert result.stderr == f"claimcheck: error: {fill(case.message, tmp_path)}\n"
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if not case.prints_first:
        assert result.stdout == ""


def test_the_corpus_covers_at_least_30_bad_inputs():
    assert len(CASES) >= 30


def test_every_message_says_what_to_do():
    """A message is a diagnosis and a fix: "...; check", "save", "choose", "remove"..."""
    for name, case in CASES.items():
        assert "; " in case.message, name


def test_a_50_mb_article_is_refused_fast_without_being_read(tmp_path, monkeypatch):
    huge_article(tmp_path, monkeypatch)
    huge = tmp_path / "huge.txt"
    real_open, real_read = Path.open, Path.read_bytes

    def never(method):
        def guarded(self, *args, **kwargs):
            assert self != huge, "the 50 MB article was opened"
            return method(self, *args, **kwargs)

        return guarded

    monkeypatch.setattr(Path, "open", never(real_open))
    monkeypatch.setattr(Path, "read_bytes", never(real_read))
    started = time.perf_counter()
    result = CliRunner().invoke(main, [str(huge), "--no-data", "--no-report"])
    assert result.exit_code == 2
    assert "more than the limit of 4,000,000" in result.stderr
    assert time.perf_counter() - started < 2


def test_an_internal_error_is_one_line_with_how_to_see_more(monkeypatch, tmp_path):
    """A bug is still exit 2 and one line; CLAIMCHECK_DEBUG=1 shows the traceback."""
    from claimcheck import api

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "load_catalog", broken)
    result = CliRunner().invoke(main, [str(SEED), "--data", str(DATA), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: error: internal error: ZeroDivisionError: division by zero "
        "(set CLAIMCHECK_DEBUG=1 for the traceback)\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_an_undecodable_file_name_still_gives_valid_json_and_a_report(tmp_path):
    import json

    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 system
    (tmp_path / name).write_text("Gwent Police recorded 267 offences in 2017/18.\n", "utf-8")
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        [str(tmp_path / name), "--no-data", "--format", "json", "--report", str(report)],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["path"].endswith("caf\ufffd.txt")
    assert "caf\ufffd.txt" in report.read_text(encoding="utf-8")
