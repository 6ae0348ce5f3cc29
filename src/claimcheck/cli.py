"""The `claimcheck` command: a thin shell over `claimcheck.check`.

Exit codes follow ruff: 0 nothing failed, 1 at least one claim failed (contradicted;
with --fail-on unverifiable, unverifiable too), 2 bad input, bad configuration, bad
usage or an internal error, always as one line on stderr. --exit-zero keeps 0 for
failed claims (never for errors). Settings come from claimcheck.toml or pyproject.toml
(`claimcheck.config`); flags override them. Heavy imports (spaCy) happen inside
commands so that --help is instant.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from pathlib import Path

import click

from claimcheck import __version__
from claimcheck.config import Config, find_config, load_config
from claimcheck.errors import ClaimcheckError
from claimcheck.model import FAIL_ON
from claimcheck.outputs import check_folder, check_target, inputs_of, write_atomic
from claimcheck.report import FORMATS
from claimcheck.report.neutral import one_line

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONTRADICTED = EXIT_FAILED  # the name before --fail-on existed
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # what a shell reports for a command stopped by Ctrl-C (128 + 2)
EXIT_CLOSED_PIPE = 141  # what a shell reports for a command whose reader went away
REPORTS_DIR = Path("reports")


class UserError(click.ClickException):
    """A ClaimcheckError as click shows it: one line, exit code 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        # A file name may hold a newline: escaped, so that an error is always one line.
        message = printable(one_line(self.format_message()))
        click.echo(f"claimcheck: error: {message}", err=True, file=file)


def printable(text: str) -> str:
    """Text as UTF-8 can carry it: undecodable bytes of a file name become U+FFFD.

    Paths from the command line keep such bytes as lone surrogates, which no UTF-8
    stream accepts: the JSON would be invalid and the HTML report unwritable.
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


class Interrupted(UserError):
    """Ctrl-C: one line, and the exit code a shell gives a command SIGINT stopped."""

    exit_code = EXIT_INTERRUPTED


def _debugging() -> bool:
    """Whether CLAIMCHECK_DEBUG asks for tracebacks: 1, true, yes or on; 0 or false do not."""
    return os.environ.get("CLAIMCHECK_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


class DefaultGroup(click.Group):
    """`claimcheck FILE...` means `claimcheck check FILE...`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in {"--help", "-h", "--version"}:
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClaimcheckError as error:
            raise UserError(str(error)) from None
        except click.UsageError as error:  # a bad option is bad input too: one line, exit 2
            message = error.format_message().rstrip(".")
            raise UserError(f"{message}; see 'claimcheck check --help'") from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:  # Ctrl-C; with --jobs the workers are ended already
            raise Interrupted("interrupted") from None
        except BrokenPipeError:  # "claimcheck ... | head": the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(EXIT_CLOSED_PIPE)
        except OSError as error:  # a file none of claimcheck's checks foresaw: named
            if not error.filename or _debugging():
                raise
            raise UserError(
                f"{error.filename}: cannot be read ({error.strerror or error}); "
                "check the path and its permissions"
            ) from None
        except Exception as error:  # one line, never a traceback, unless asked for
            if _debugging():
                raise
            raise UserError(
                f"internal error: {type(error).__name__}: {error} "
                "(set CLAIMCHECK_DEBUG=1 for the traceback)"
            ) from None


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="claimcheck")
def main() -> None:
    """Check the numbers in articles against the data they come from.

    Example: claimcheck articles/nspcc.txt
    """


@main.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--data",
    "data",
    type=click.Path(path_type=Path),
    default=None,
    help="Directory (or file) of tables and their metadata.  [default: data]",
)
@click.option(
    "--no-data", is_flag=True, help="Only check the article's numbers against each other."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="Output format: text, json, html, github (annotations), sarif or junit.  [default: text]",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the output to this file instead of standard output.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the HTML report here (default for text output: reports/<article>.html; "
    "for several articles, a folder with one page each and index.html).",
)
@click.option("--no-report", is_flag=True, help="Do not write an HTML report.")
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default=None,
    help="Which claims fail the run (exit 1): contradicted ones, or also unverifiable "
    "ones.  [default: contradicted]",
)
@click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even when claims fail (errors still exit 2)."
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Skip articles matching GLOB (a file name, or a path with '/'); repeatable. "
    "Replaces the config file's list.",
)
@click.option(
    "--hedge-tolerance",
    type=click.FloatRange(0, 1, max_open=True),
    default=None,
    help="How far 'about' and 'almost' reach, as a share of the value.  [default: 0.1]",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="Read settings from this file instead of searching for claimcheck.toml or pyproject.toml.",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--encoding", default=None, help="Encoding of articles.  [default: utf-8]")
@click.option(
    "--data-encoding",
    default=None,
    help="Encoding of data tables (default: UTF-8, falling back to Windows-1252).",
)
@click.option(
    "--date",
    default=None,
    callback=lambda ctx, param, value: _iso_date(value),
    help="Publication date (YYYY-MM-DD) for 'last year'.",
)
@click.option(
    "--no-timestamp",
    is_flag=True,
    help="Leave the generated-at time out of reports, so that runs compare byte for byte.",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print only the claims that fail (text and github formats); no summary, no progress.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Check the articles in this many processes (each loads the pipeline once): "
    "worth it from a few dozen articles.",
)
def check_command(
    paths: tuple[str, ...],
    data: Path | None,
    no_data: bool,
    fmt: str | None,
    output: Path | None,
    report_path: Path | None,
    no_report: bool,
    fail_on: str | None,
    exit_zero: bool,
    exclude: tuple[str, ...],
    hedge_tolerance: float | None,
    config_path: Path | None,
    no_config: bool,
    encoding: str | None,
    data_encoding: str | None,
    date: str | None,
    no_timestamp: bool,
    quiet: bool,
    jobs: int,
) -> None:
    """Check articles (.txt, .md, .html) against the tables in --data.

    PATH may be a file, a folder (searched for articles) or a glob ('drafts/*.md').

    Example: claimcheck articles/ --data data --format github --fail-on unverifiable
    """
    from claimcheck.api import check, find_articles
    from claimcheck.quantities import HEDGE_TOLERANCE
    from claimcheck.report import render

    config = Config() if no_config else load_config(config_path or find_config())
    fmt = fmt or config.format or "text"
    fail_on = fail_on or config.fail_on or "contradicted"
    if no_data or (data is None and config.no_data):
        data_dir = None
    else:
        data_dir = data or config.data or Path("data")
    files = find_articles(paths, exclude or config.exclude)
    if not files:
        click.echo(
            "claimcheck: warning: every article given is excluded; nothing to check", err=True
        )
        sys.exit(EXIT_OK)
    options = {  # what `claimcheck.check` is told
        "data": data_dir,
        "encoding": encoding or config.encoding or "utf-8",
        "data_encoding": data_encoding or config.data_encoding,
        "date": date,
        "timestamp": not no_timestamp,
        "hedge_tolerance": (
            hedge_tolerance if hedge_tolerance is not None else config.hedge_tolerance
        ),
        "jobs": jobs,
    }
    if options["hedge_tolerance"] is None:
        options["hedge_tolerance"] = HEDGE_TOLERANCE
    inputs = inputs_of(files, data_dir, config.path)
    # Checked before the work, so that a bad --output or --report costs nothing.
    if output is not None:
        check_target(output, inputs, option="--output", default=True)
    names_a_page = len(files) == 1 or (
        report_path is not None and (report_path.suffix.lower() in {".html", ".htm"})
    )  # for several articles any other --report is the folder of their pages
    if not no_report and report_path is not None and not report_path.is_dir() and names_a_page:
        check_target(report_path, inputs, option="--report", default=True)
    elif not no_report and (report_path is not None or fmt == "text"):
        check_folder(report_path or REPORTS_DIR, inputs)  # the folder of the pages

    with _progress(len(files), quiet) as advance:
        report = check(files, progress=advance, **options)

    rendered = printable(render(report, fmt, quiet=quiet, fail_on=fail_on))
    if output is not None:
        write_atomic(output, rendered, inputs, what="output")
    else:
        click.echo(rendered, nl=False)
    if not no_report and (report_path is not None or fmt == "text"):
        written = write_html_reports(report, report_path, inputs, fail_on)
        if fmt == "text" and output is None and not quiet:
            click.echo(printable(one_line(f"report: {written}")))
    failed = report.failures(fail_on)
    sys.exit(EXIT_FAILED if failed and not exit_zero else EXIT_OK)


@main.command("data")
@click.argument("path", type=click.Path(path_type=Path), default=Path("data"))
@click.option("--data-encoding", default=None, help="Encoding of the tables.")
def data_command(path: Path, data_encoding: str | None) -> None:
    """Show what claimcheck understands of the tables under PATH (default ./data).

    Example: claimcheck data data/
    """
    from claimcheck.catalog import load_catalog
    from claimcheck.report.catalog import render_catalog

    click.echo(render_catalog(load_catalog(path, data_encoding)), nl=False)


class _progress:
    """A progress bar on stderr while several articles are checked, when it is a terminal."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar = None
        if total > 1 and not quiet and _stderr_is_tty():
            self.bar = click.progressbar(
                length=total, label="Checking articles", file=sys.stderr, show_pos=True
            )

    def __enter__(self):
        if self.bar is None:
            return None
        bar = self.bar.__enter__()
        return lambda _result: bar.update(1)

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc_info)


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


def write_html_reports(report, report_path: Path | None, inputs: list[Path], fail_on: str) -> Path:
    """Write the HTML report(s); return the page to open (the index for several articles).

    One article: `report_path` (a file, or a folder to put it in) or reports/<name>.html.
    Several: one page per article in `report_path` (a folder; or, when it ends in
    .html, the index page, with the articles' pages beside it) or in reports/.
    """
    from claimcheck.report.html import page_names, render, site

    if len(report.results) == 1:
        name = page_names(report)[0]
        if report_path is None:
            target = REPORTS_DIR / name
        elif report_path.is_dir():
            target = report_path / name
        else:
            target = report_path
        write_atomic(target, printable(render(report, fail_on=fail_on)), inputs, what="report")
        return target
    if report_path is not None and report_path.suffix.lower() in {".html", ".htm"}:
        folder, index = report_path.parent, report_path.name
    else:
        folder, index = (report_path or REPORTS_DIR), "index.html"
    pages = site(report, fail_on=fail_on)
    pages[index] = pages.pop("index.html")
    for name, html in pages.items():
        write_atomic(folder / name, printable(html), inputs, what="report")
    return folder / index


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None
    return value


def run() -> None:
    """The console script: `main`, then an exit that leaves freeing memory to the
    operating system.

    Tearing down the interpreter frees spaCy's pipeline and every parsed Doc object by
    object: a tenth of a second of each run, after the last line is printed. Every file
    claimcheck writes is closed (and renamed into place) before `main` returns, and no
    exit handler of claimcheck's is needed, so the process ends as soon as its output
    is flushed. Python code calling `main` keeps the usual exit.
    """
    try:
        main()
        code = EXIT_OK
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else EXIT_OK if exit.code is None else 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe ("| head")
            stream.flush()
    os._exit(code)
