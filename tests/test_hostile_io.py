"""Hostile files, names and processes: no data loss, no injection, no traceback.

Grouped by threat, like tests/test_bad_inputs.py. Devices are never the machine's
own: a FIFO, or a device node made with mknod in tmp_path (root only; skipped where
the machine cannot), stands in for /dev/null and /dev/full, and a symlink to
/proc/self/fd/1 in tmp_path for /dev/stdout.
"""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.model import Report
from claimcheck.outputs import remove_left_overs, write_atomic
from claimcheck.report import render
from tests.hostile_reports import report_carrying

ARTICLE = "Gwent Police recorded 267 offences in 2017/18.\n"
# The console script, run in a fresh process with this checkout's code.
CLAIMCHECK = [sys.executable, "-c", "import sys; from claimcheck.cli import run; run()"]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and signals")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def device(tmp_path: Path, name: str, major: int, minor: int, kind: int = stat.S_IFCHR) -> Path:
    """A device node in tmp_path (1,3 is the null device, 1,7 the full one), or skip."""
    path = tmp_path / name
    try:
        os.mknod(path, kind | 0o666, os.makedev(major, minor))
        if kind == stat.S_IFCHR:
            with open(path, "rb"):
                pass
    except OSError as error:  # not root, or a file system mounted nodev
        pytest.skip(f"cannot make a device node here: {error}")
    return path


def read_fifo(path: Path) -> tuple[threading.Thread, list[bytes]]:
    """A reader at the other end of a FIFO, as `cat fifo` would be."""
    received: list[bytes] = []

    def read() -> None:
        with open(path, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, received


# Threat: an output path that is a device, a pipe or standard output ------------------


@POSIX
@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_fifo_target_is_written_in_place_and_stays_a_fifo(tmp_path, article, option):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader, received = read_fifo(fifo)
    args = [str(article), "--no-data", option, str(fifo)]
    result = CliRunner().invoke(main, args + (["--no-report"] if option == "-o" else []))
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"1 claim" in received[0] if option == "-o" else b"<html" in received[0]
    assert [p.name for p in tmp_path.iterdir()] != [] and not list(tmp_path.glob(".*.tmp"))


@POSIX
@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_character_device_target_is_written_in_place_not_replaced(tmp_path, article, option):
    null = device(tmp_path, "null", 1, 3)
    result = CliRunner().invoke(main, [str(article), "--no-data", option, str(null)])
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)


@POSIX
def test_a_full_device_is_one_line_naming_disk_full_and_exit_2(tmp_path, article):
    full = device(tmp_path, "full", 1, 7)
    result = CliRunner().invoke(main, [str(article), "--no-data", "-o", str(full)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {full}: cannot write the output (No space left on device); "
        "choose another --output path\n"
    )
    assert stat.S_ISCHR(full.lstat().st_mode)


@POSIX
def test_a_block_device_target_is_refused_before_any_work(tmp_path, article, monkeypatch):
    block = device(tmp_path, "disk", 7, 0, stat.S_IFBLK)  # a loop device's numbers
    from claimcheck import api

    def never(*args, **kwargs):
        raise AssertionError("the articles were checked before the target was")

    monkeypatch.setattr(api, "check_articles", never)
    for option in ("-o", "--report"):
        result = CliRunner().invoke(main, [str(article), "--no-data", option, str(block)])
        assert result.exit_code == 2
        assert result.stderr == (
            f"claimcheck: error: {block}: is not a regular file, a character device or a "
            f"pipe; choose another {option.replace('-o', '--output')} path\n"
        )
        assert stat.S_ISBLK(block.lstat().st_mode)


@POSIX
@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="needs /proc")
def test_standard_output_sent_to_a_file_is_appended_to_and_its_link_kept(tmp_path, article):
    """`-o /dev/stdout >> log`: the log keeps what it held, the link stays a link."""
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")  # what /dev/stdout is, without touching /dev
    log = tmp_path / "log.txt"
    log.write_text("earlier lines\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as stream:
        done = subprocess.run(
            [*CLAIMCHECK, str(article), "--no-data", "-o", str(stdout)],
            stdout=stream,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert stdout.is_symlink()
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier lines\n") and "1 claim" in text


def test_a_symlinked_report_keeps_its_link_and_replaces_the_file_it_points_at(tmp_path):
    real = tmp_path / "real.html"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    write_atomic(link, "new\n", inputs=[])
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"


# Threat: a run killed with SIGKILL leaves its temporary file behind -------------------


def gone_pid() -> int:
    """The process id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_later_run_removes_a_killed_runs_temporary_files_and_nothing_else(tmp_path):
    target = tmp_path / "report.html"
    old = time.time() - 3600
    left = tmp_path / f".report.html.claimcheck-{gone_pid()}-abc123.tmp"
    running = tmp_path / f".report.html.claimcheck-{os.getppid()}-def456.tmp"
    others = [
        tmp_path / ".report.html.abc123.tmp",  # not claimcheck's name
        tmp_path / f".other.html.claimcheck-{gone_pid()}-abc123.tmp",  # another target's
        running,  # a process still alive
    ]
    for path in (left, *others):
        path.write_text("half a report", encoding="utf-8")
        os.utime(path, (old, old))
    newer = tmp_path / f".report.html.claimcheck-{gone_pid()}-new.tmp"  # after this run began
    newer.write_text("half a report", encoding="utf-8")
    write_atomic(target, "whole\n", inputs=[])
    assert not left.exists()
    assert all(path.exists() for path in (*others, newer))
    assert target.read_text(encoding="utf-8") == "whole\n"
    assert remove_left_overs(target) == []


# Threat: workflow commands and terminal escapes smuggled in through input ------------

# Every way to start a line or drive a terminal: LF, CR, CRLF, NEL, U+2028, ESC, a
# bidi override; each followed by a GitHub workflow command.
INJECTED = (
    "x\n::error file=a::forged\r::add-mask::secret\r\n::warning::w\x85::notice::n"
    "\u2028::group::g\x1b[2J\u202e::endgroup::"
)
# What no output line may hold: a raw control other than the renderer's own line ends
# (and tabs), a C1 control, a Unicode line break or a bidi control.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def injected_report() -> Report:
    """A report with the injection in every string a renderer can show."""
    return report_carrying(
        INJECTED,
        path=Path(f"/tmp/name {INJECTED}.txt"),
        name="Gwent Police",
        url=f"https://example.org/{INJECTED}",
        replaces="528",
    )


def assert_no_forged_line(output: str, own: tuple[str, ...] = ()) -> None:
    """Only the renderer's own line breaks; no line a CI runner would run, but `own`."""
    assert not RAW_CONTROL.search(output), RAW_CONTROL.search(output)
    assert output.splitlines() == output.split("\n")[: len(output.splitlines())]
    for line in output.splitlines():
        assert not line.lstrip().startswith("::") or line.startswith(own), line


@pytest.mark.parametrize("fmt", ["text", "github", "junit"])
def test_line_formats_show_input_line_breaks_and_controls_escaped(fmt):
    output = render(injected_report(), fmt)
    assert_no_forged_line(output, own=("::error file=",) if fmt == "github" else ())
    if fmt != "github":  # which writes its own %0A for a line break, as GitHub's toolkit
        assert "\\n::error file=a::forged\\r::add-mask::secret" in output
    assert "\\x1b[2J\\u202e::endgroup::" in output
    if fmt == "github":
        assert output.count("\n::") == 0 and output.startswith("::error file=")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_escape_every_control_and_keep_the_values(fmt):
    output = render(injected_report(), fmt)
    assert_no_forged_line(output)
    found = json.loads(output)
    if fmt == "json":
        claim = found["articles"][0]["claims"][0]
        assert claim["explanation"] == f"explanation {INJECTED}"
        assert found["articles"][0]["path"] == f"/tmp/name {INJECTED}.txt"
    else:
        message = found["runs"][0]["results"][0]["message"]["text"]
        assert f"explanation {INJECTED}" in message


def test_html_shows_bidi_controls_and_escapes_visibly():
    html = render(injected_report(), "html")
    assert "\u202e" not in html and "\x1b" not in html and "\u2028" not in html
    assert "\\u202e::endgroup::" in html and "\\x1b[2J" in html


def test_catalog_listing_shows_a_cell_with_a_line_break_escaped(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "crime.csv").write_text(
        'force,year,offences\n"Gwent Police\n::error file=x::forged",2017/18,267\n'
        "Dyfed-Powys Police,2017/18,100\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["data", str(data)])
    assert result.exit_code == 0, result.stderr
    assert_no_forged_line(result.stdout)
    assert "Gwent Police\\n::error file=x::forged" in result.stdout


@POSIX
def test_a_file_name_with_a_line_break_is_escaped_in_text_and_in_errors(tmp_path):
    named = tmp_path / "a\n::add-mask::x.txt"
    named.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, [str(named), "--no-data", "--report", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert_no_forged_line(result.stdout)
    assert "a\\n::add-mask::x.txt:1:" in result.stdout
    missing = tmp_path / "b\x1b]0;title\x07\n::error::x.txt"
    result = CliRunner().invoke(main, [str(missing), "--no-data"])
    assert result.exit_code == 2
    assert_no_forged_line(result.stderr)
    assert result.stderr.count("\n") == 1


# Threat: Ctrl-C during a run with --jobs ----------------------------------------------


def children(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc), or [] where that cannot be read."""
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def running(pid: int) -> bool:
    """Whether a process exists and has not ended (a zombie has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


@POSIX
@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("after", [0.0, 1.5])  # while workers start; while they work
def test_ctrl_c_with_jobs_ends_the_workers_and_prints_one_line(tmp_path, after):
    """SIGINT to the whole process group, as a terminal's Ctrl-C sends it."""
    articles = []
    for n in range(12):  # work for several seconds, so that the run is still going at 1.5 s
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE * 100, encoding="utf-8")
        articles.append(str(path))
    process = subprocess.Popen(
        [*CLAIMCHECK, *articles, "--no-data", "--no-report", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        start_new_session=True,
    )
    started = time.monotonic()
    while len(children(process.pid)) < 2 and time.monotonic() - started < 60:
        time.sleep(0.02)  # a resource tracker and the first worker
    time.sleep(after)
    started_processes = children(process.pid)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr == "claimcheck: error: interrupted\n"
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in started_processes):
        assert time.monotonic() < deadline, "a worker outlived the run"
        time.sleep(0.05)


# Threat: files no check foresaw end in "internal error" -------------------------------

DEEP = "a = " + "[" * 100_000 + "]" * 100_000 + "\n"


def test_toml_nested_100000_deep_is_one_line_naming_the_config(tmp_path, article):
    config = tmp_path / "claimcheck.toml"
    config.write_text(DEEP, encoding="utf-8")
    result = CliRunner().invoke(main, [str(article), "--no-data", "--config", str(config)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {config}: nests arrays or tables too deeply to read; fix the file\n"
    )


def test_toml_nested_100000_deep_is_one_line_naming_the_metadata(tmp_path, article):
    data = tmp_path / "data"
    data.mkdir()
    (data / "crime.csv").write_text("force,year,offences\nGwent Police,2017/18,267\n", "utf-8")
    (data / "crime.toml").write_text(DEEP, encoding="utf-8")
    result = CliRunner().invoke(main, [str(article), "--data", str(data), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {data / 'crime.toml'}: nests arrays or tables too deeply to "
        "read; fix the file\n"
    )


def test_a_pyproject_whose_tool_is_a_string_is_one_line(tmp_path, article, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('tool = "claimcheck"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(article), "--no-data", "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {tmp_path / 'pyproject.toml'}: 'tool' must be a table "
        "([tool.claimcheck]), not 'claimcheck'\n"
    )


def test_a_pyproject_with_a_tool_table_but_no_claimcheck_is_not_a_config(tmp_path):
    from claimcheck.config import find_config

    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 99\n", "utf-8")
    assert find_config(tmp_path) is None


def link_that_cannot_be_looked_at(data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """data/link.csv, a symlink whose target stat() refuses, as a file in a folder the
    user may not enter does (root may enter any: the refusal is simulated)."""
    link = data / "link.csv"
    link.symlink_to(data / "private" / "table.csv")
    real_stat = os.stat

    def stat_refusing(path, *args, **kwargs):
        if os.fspath(path) == str(link) and kwargs.get("follow_symlinks", True):
            raise PermissionError(13, "Permission denied", str(link))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat_refusing)
    return link


def test_a_symlink_in_the_data_to_an_unreadable_file_is_one_line_naming_it(
    tmp_path, article, monkeypatch
):
    data = tmp_path / "data"
    data.mkdir()
    (data / "crime.csv").write_text("force,year,offences\nGwent Police,2017/18,267\n", "utf-8")
    link = link_that_cannot_be_looked_at(data, monkeypatch)
    result = CliRunner().invoke(main, [str(article), "--data", str(data), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {link}: cannot be read (Permission denied); "
        "check the path and its permissions\n"
    )


@pytest.mark.skipif(not Path("/proc/1").exists(), reason="needs /proc")
def test_data_with_a_link_into_proc_is_one_line_not_an_internal_error(tmp_path, article):
    """What `--data /` meets in /proc: an entry even root may not look at."""
    try:
        os.stat("/proc/1/cwd")
        pytest.skip("this machine lets us look at /proc/1/cwd")
    except PermissionError:
        pass
    except OSError:
        pytest.skip("no /proc/1/cwd")
    data = tmp_path / "data"
    data.mkdir()
    (data / "crime.csv").write_text("force,year,offences\nGwent Police,2017/18,267\n", "utf-8")
    (data / "cwd.csv").symlink_to("/proc/1/cwd")
    result = CliRunner().invoke(main, [str(article), "--data", str(data), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"claimcheck: error: {data / 'cwd.csv'}: cannot be read")
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr


@pytest.mark.parametrize("value", ["0", "false", "no", "off", ""])
def test_claimcheck_debug_0_or_false_shows_no_traceback(monkeypatch, article, value):
    from claimcheck import api

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "load_catalog", broken)
    monkeypatch.setenv("CLAIMCHECK_DEBUG", value)
    result = CliRunner().invoke(main, [str(article), "--data", str(article), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: error: internal error: ZeroDivisionError")


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_claimcheck_debug_1_or_true_lets_the_traceback_through(monkeypatch, article, value):
    from claimcheck import api

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "load_catalog", broken)
    monkeypatch.setenv("CLAIMCHECK_DEBUG", value)
    result = CliRunner().invoke(main, [str(article), "--data", str(article), "--no-report"])
    assert isinstance(result.exception, ZeroDivisionError)


# Threat: an error that blames the wrong file, or comes after all the work -------------


def two_tables(tmp_path: Path, group: str, group_in: str) -> Path:
    """Forces in one table, offence types in another (with its own metadata, read last),
    and a group of `group` in `group_in`."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "forces.csv").write_text(
        "force,year,offences\nGwent Police,2017/18,267\nDyfed-Powys Police,2017/18,100\n",
        encoding="utf-8",
    )
    (data / "types.csv").write_text(
        "type,year,offences\nPossession,2017/18,20\nDistribution,2017/18,247\n",
        encoding="utf-8",
    )
    (data / "types.toml").write_text('title = "Offences by type"\n', encoding="utf-8")
    (data / group_in).write_text(f"[groups.Wales]\nmembers = {group}\n", encoding="utf-8")
    return data


def test_a_group_of_a_table_not_loaded_blames_the_catalog_not_the_table(tmp_path, article):
    """`--data data/types.csv` with the group of forces in data/catalog.toml."""
    data = two_tables(tmp_path, '["Gwent Police", "Dyfed-Powys Police"]', "catalog.toml")
    result = CliRunner().invoke(main, [str(article), "--data", str(data / "types.csv")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {data / 'catalog.toml'}: groups.Wales.members: 'Gwent Police' "
        "is not a value of any table; check the spelling\n"
    )


def test_a_group_in_a_tables_own_metadata_is_blamed_on_that_file(tmp_path, article):
    data = two_tables(tmp_path, '["Gwent Police", "Nowhere Police"]', "forces.toml")
    result = CliRunner().invoke(main, [str(article), "--data", str(data), "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {data / 'forces.toml'}: groups.Wales.members: 'Nowhere Police' "
        "is not a value of any table; check the spelling\n"
    )


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import api

    def never(*args, **kwargs):
        raise AssertionError("the articles were checked before the report path was")

    monkeypatch.setattr(api, "check_articles", never)


@pytest.mark.usefixtures("no_work")
def test_several_articles_with_a_file_as_the_report_folder_fail_before_any_work(tmp_path):
    articles = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        articles.append(str(tmp_path / name))
    existing = tmp_path / "existing"
    existing.write_text("keep me\n", encoding="utf-8")
    for report, message in [
        (existing, f"{existing}: is a file, not a folder for the reports"),
        (tmp_path / "a.txt", f"{tmp_path / 'a.txt'}: is one of the inputs, not a folder"),
        (existing / "sub", f"{existing / 'sub'}: {existing} is a file, not a directory"),
    ]:
        result = CliRunner().invoke(main, [*articles, "--no-data", "--report", str(report)])
        assert result.exit_code == 2
        assert result.stderr.startswith(f"claimcheck: error: {message}"), result.stderr
    assert existing.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.usefixtures("no_work")
def test_the_default_reports_folder_being_a_file_fails_before_any_work(
    tmp_path, article, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    Path("reports").write_text("not a folder\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(article), "--no-data"])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: error: reports: is a file, not a folder")


# Threat: a file in another Unicode encoding is named wrongly -------------------------


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
    ],
)
def test_an_article_with_a_byte_order_mark_is_named_by_its_encoding(tmp_path, encoding, named):
    path = tmp_path / "article.txt"
    path.write_bytes(("\ufeff" + ARTICLE).encode(encoding))
    result = CliRunner().invoke(main, [str(path), "--no-data", "--no-report"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {path}: the file is {named}; save it as UTF-8 or pass "
        f"--encoding {named.lower()}\n"
    )
    fixed = CliRunner().invoke(
        main, [str(path), "--no-data", "--no-report", "--encoding", named.lower()]
    )
    assert fixed.exit_code == 0, fixed.stderr


# Threat: the JSON Lines of claimcheck.distributed, to a pipe --------------------------


@POSIX
def test_json_lines_to_a_fifo_are_written_in_place_one_line_an_article(tmp_path):
    pytest.importorskip("dask")
    from claimcheck.distributed import check_directory

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"{INJECTED}\n\n{ARTICLE}", encoding="utf-8")
    fifo = tmp_path / "lines.fifo"
    os.mkfifo(fifo)
    reader, received = read_fifo(fifo)
    check_directory(folder, fifo, data=None, scheduler="sync")
    reader.join(10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    lines = received[0].decode("utf-8")
    assert_no_forged_line(lines)
    assert [json.loads(line)["path"] for line in lines.splitlines()] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]
