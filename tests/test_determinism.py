"""Deterministic output: the same input gives the same bytes, run after run.

With --no-timestamp, JSON, HTML and text are byte-identical, in one process and across
processes with different hash seeds (set and dict order must never leak into output).
With the timestamp, the generated-at line is the only difference.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from claimcheck import api
from claimcheck.cli import main
from tests.conftest import FIXTURES, ROOT

DRAFT = FIXTURES / "articles" / "draft_with_errors.txt"
DATA = ROOT / "data"


def outputs(tmp_path: Path, name: str, *options: str) -> dict[str, bytes]:
    """JSON on stdout, the HTML report and the text lines of one in-process run."""
    report = tmp_path / f"{name}.html"
    runner = CliRunner()
    args = [str(DRAFT), "--data", str(DATA), *options]
    json_run = runner.invoke(main, [*args, "--format", "json", "--report", str(report)])
    text_run = runner.invoke(main, [*args, "--no-report"])
    assert json_run.exit_code == text_run.exit_code == 1, json_run.output  # the draft's errors
    return {
        "json": json_run.stdout_bytes,
        "html": report.read_bytes(),
        "text": text_run.stdout_bytes,
    }


def test_two_runs_without_timestamp_are_byte_identical(tmp_path):
    first = outputs(tmp_path, "first", "--no-timestamp")
    second = outputs(tmp_path, "second", "--no-timestamp")
    assert first == second
    assert b"generated" not in first["json"] + first["html"]


def test_runs_with_different_hash_seeds_are_byte_identical(tmp_path):
    """Separate processes, so that set and dict iteration order differ between them."""
    code = "import sys; from claimcheck.cli import main; main(sys.argv[1:])"
    processes = []
    for seed in ("1", "2"):
        args = [str(DRAFT), "--data", str(DATA), "--format", "json"]
        args += ["--report", str(tmp_path / f"{seed}.html"), "--no-timestamp"]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        processes.append(
            subprocess.Popen(
                [sys.executable, "-c", code, *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                cwd=tmp_path,
            )
        )
    results = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [1, 1], results[0][1]
    assert results[0][0] == results[1][0]
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


class _Clock:
    """datetime, with now() ticking a day a call."""

    calls = 0

    @classmethod
    def now(cls, tz=None):
        cls.calls += 1
        return datetime(2018, 9, cls.calls, 12, 0, 0, tzinfo=UTC)


def changed_lines(a: bytes, b: bytes) -> list[str]:
    diff = difflib.unified_diff(a.decode().splitlines(), b.decode().splitlines(), n=0, lineterm="")
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_with_timestamp_only_the_generated_at_line_differs(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "datetime", _Clock)
    monkeypatch.setattr(_Clock, "calls", 0)
    first = outputs(tmp_path, "first")
    second = outputs(tmp_path, "second")
    assert first["text"] == second["text"]
    assert changed_lines(first["json"], second["json"]) == [
        '-  "generated_at": "2018-09-01T12:00:00Z",',
        '+  "generated_at": "2018-09-03T12:00:00Z",',
    ]
    html = changed_lines(first["html"], second["html"])
    assert len(html) == 2, html
    assert "generated 2018-09-01T12:00:00Z" in html[0] and html[0].startswith("-<footer>")
    assert "generated 2018-09-03T12:00:00Z" in html[1] and html[1].startswith("+<footer>")
    assert html[0].replace("09-01", "09-03")[1:] == html[1][1:]
