"""Nothing lost: reports are written whole or not at all, and never over an input.

`cli.write_atomic` writes a temporary file beside the target and renames it over the
target. Whatever fails (rendering, the disk, an encoding, an interrupt), no half-written
report appears, an existing report stays as it was and no temporary file is left.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import cli
from claimcheck.cli import main, write_atomic
from claimcheck.errors import OutputError
from tests.conftest import ROOT

SEED = ROOT / "articles" / "nspcc.txt"
DATA = ROOT / "data"
OLD = "<p>yesterday's report</p>\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("Gwent Police recorded 267 offences in 2017/18.\n", encoding="utf-8")
    return path


@pytest.fixture
def old_report(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    path = reports / "report.html"
    path.write_text(OLD, encoding="utf-8")
    return path


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_untouched(report: Path) -> None:
    assert report.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in report.parent.iterdir()) == [report.name], "a temporary file"


def test_report_replaces_the_old_one_whole(article, old_report):
    result = run(article, "--no-data", "--report", old_report)
    assert result.exit_code == 0, result.output
    html = old_report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>\n")
    assert sorted(p.name for p in old_report.parent.iterdir()) == ["report.html"]


def test_failure_while_rendering_leaves_the_old_report_intact(article, old_report, monkeypatch):
    from claimcheck.report import html

    def broken(report, **options):
        raise RuntimeError("template exploded")

    monkeypatch.setattr(html, "render", broken)
    result = run(article, "--no-data", "--report", old_report)
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: error: internal error: RuntimeError: template exploded "
        "(set CLAIMCHECK_DEBUG=1 for the traceback)\n"
    )
    assert_untouched(old_report)


def test_full_disk_while_writing_leaves_no_half_written_file(article, old_report, monkeypatch):
    """The temporary file has part of the report when fsync fails: it is removed."""

    def full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cli.os, "fsync", full)
    result = run(article, "--no-data", "--report", old_report)
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {old_report}: cannot write the report (No space left on device); "
        "choose another --report path or pass --no-report\n"
    )
    assert_untouched(old_report)


def test_failed_rename_leaves_the_old_report_intact(article, old_report, monkeypatch):
    def failing(source, target):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(cli.os, "replace", failing)
    result = run(article, "--no-data", "--report", old_report)
    assert result.exit_code == 2
    assert "cannot write the report (Input/output error)" in result.stderr
    assert_untouched(old_report)


def test_interrupt_while_writing_leaves_the_old_report_intact(article, old_report, monkeypatch):
    def interrupted(source, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.os, "replace", interrupted)
    result = run(article, "--no-data", "--report", old_report)
    assert result.exit_code == 130
    assert result.stderr == "claimcheck: error: interrupted\n"
    assert_untouched(old_report)


def test_text_that_cannot_be_encoded_leaves_the_old_report_intact(old_report):
    with pytest.raises(UnicodeEncodeError):
        write_atomic(old_report, "half a report, then a lone surrogate \ud800", [])
    assert_untouched(old_report)


def test_write_atomic_refuses_an_input(article):
    before = article.read_bytes()
    with pytest.raises(OutputError, match="is one of the inputs"):
        write_atomic(article, "<html></html>", [article])
    assert article.read_bytes() == before


@pytest.mark.parametrize(
    "target",
    [
        SEED,
        DATA / "iioc-wales-by-force.csv",
        DATA / "iioc-wales-by-force.toml",
        DATA / "catalog.toml",
    ],
    ids=["article", "table", "metadata", "catalog"],
)
def test_report_over_an_input_is_refused_and_the_input_stays_as_it_was(target):
    before = target.read_bytes(), target.stat().st_mtime_ns
    result = run(SEED, "--data", DATA, "--report", target)
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {target}: is one of the inputs; choose another --report path\n"
    )
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before


def test_a_bad_report_path_is_refused_before_any_checking(article, tmp_path, monkeypatch):
    from claimcheck import api

    def never(*args, **kwargs):
        raise AssertionError("checked although the report could not be written")

    monkeypatch.setattr(api, "check", never)
    result = run(article, "--no-data", "--report", article.parent / "article.txt" / "r.html")
    assert result.exit_code == 2
    assert "is a file, not a directory; choose another --report path" in result.stderr
