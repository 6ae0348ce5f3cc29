"""The command line: exit codes, output lines, reports, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from tests.conftest import FIXTURES, ROOT

SEED = ROOT / "articles" / "nspcc.txt"
DATA = ROOT / "data"


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_seed_prints_a_line_per_claim_and_writes_the_report(tmp_path):
    report = tmp_path / "nspcc.html"
    result = run(SEED, "--data", DATA, "--report", report)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{SEED}:8:33: SUPPORTED rate: almost four")
    assert "19 claims: 14 supported, 0 contradicted, 5 unverifiable" in lines
    html = report.read_text(encoding="utf-8")
    assert html.count('class="claim supported"') == 14


def test_default_report_goes_to_reports_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(SEED, "--data", DATA)
    assert result.exit_code == 0
    assert (tmp_path / "reports" / "nspcc.html").is_file()


def test_contradictions_exit_1():
    result = run(FIXTURES / "articles" / "draft_with_errors.txt", "--data", DATA, "--no-report")
    assert result.exit_code == 1
    assert "CONTRADICTED percent_change: up 24%" in result.output


def test_json_follows_the_versioned_contract():
    result = run(SEED, "--data", DATA, "--format", "json", "--no-timestamp")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["version"] == 2
    article = payload["articles"][0]
    assert article["summary"] == {"supported": 14, "contradicted": 0, "unverifiable": 5}
    text = SEED.read_text(encoding="utf-8")
    for claim in article["claims"]:
        assert {
            "id",
            "kind",
            "text",
            "start",
            "end",
            "sentence",
            "verdict",
            "claimed",
            "computed",
            "explanation",
            "evidence",
        } <= set(claim)
        assert text[claim["start"] : claim["end"]] == claim["text"]
        for cell in claim["evidence"]:
            assert {"table", "row", "column", "value", "source"} <= set(cell)


def test_json_is_byte_identical_across_runs_without_timestamp():
    first = run(SEED, "--data", DATA, "--format", "json", "--no-timestamp").output
    second = run(SEED, "--data", DATA, "--format", "json", "--no-timestamp").output
    assert first == second


def test_no_data_catches_a_wrong_percentage(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Offences were up 25% from 287 in 2016/17 to 373 in 2017/18.\n", encoding="utf-8"
    )
    result = run(article, "--no-data", "--no-report")
    assert result.exit_code == 1
    assert "CONTRADICTED percent_change: up 25%" in result.output
    assert "(373 - 287) / 287 = 29.97%" in result.output


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "missing.txt: no such file; check the path"),
        (lambda p: p, "is a directory"),
        (lambda p: _write(p / "empty.txt", b""), "empty.txt: the article is empty"),
        (lambda p: _write(p / "blank.txt", b"  \n\n \t\n"), "blank.txt: the article is empty"),
        (lambda p: _write(p / "binary.txt", b"\x00\x01\x02PK\x03\x04"), "looks like a binary file"),
        (
            lambda p: _write(p / "latin.txt", "caf\xe9 30%".encode("latin-1")),
            "is not valid utf-8 (byte 3); save it as UTF-8 or pass --encoding latin-1",
        ),
    ],
)
def test_bad_article_is_one_line_and_exit_2(tmp_path, make, message):
    result = run(make(tmp_path), "--data", DATA, "--no-report")
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_malformed_csv_in_data_is_one_line_and_exit_2(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _write(data / "bad.csv", b"force,year,offences\nGwent,2017,1,2\n")
    result = run(SEED, "--data", data, "--no-report")
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"claimcheck: error: {data / 'bad.csv'}: row 2 has 4 fields but the header has 3; "
        "fix the row (quote any value containing ',')"
    )


def test_report_never_overwrites_an_input(tmp_path):
    article = _write(tmp_path / "a.txt", b"There were 12 offences in 2017.\n")
    result = run(article, "--no-data", "--report", article)
    assert result.exit_code == 2
    assert "is one of the inputs" in result.output
    assert article.read_bytes() == b"There were 12 offences in 2017.\n"


def test_help_and_version_do_not_import_spacy_or_pandas():
    code = (
        "import sys; from claimcheck.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("False False")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _console(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    """The console script's entry point, `run`, in a process of its own."""
    code = "import sys; from claimcheck.cli import run; sys.argv[0] = 'claimcheck'; run()"
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], capture_output=True, **kwargs
    )


def test_console_script_flushes_everything_before_its_fast_exit(tmp_path):
    draft = FIXTURES / "articles" / "draft_with_errors.txt"
    expected = CliRunner().invoke(main, [str(draft), "--no-report"])
    found = _console(draft, "--no-report", text=True)
    assert found.returncode == expected.exit_code == 1
    assert found.stdout == expected.stdout  # every line and the summary, through a pipe
    missing = _console(tmp_path / "missing.txt", text=True)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and missing.stderr.startswith("claimcheck: error:")


def test_a_reader_that_goes_away_ends_the_run_quietly():
    code = "import sys; from claimcheck.cli import run; run()"
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(SEED), "--no-report"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # gone before the first line, as "| head -0" would be
    assert process.wait() == 141
    assert process.stderr.read() == b""
