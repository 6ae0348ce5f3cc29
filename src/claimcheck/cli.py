"""The `claimcheck` command: a thin shell over `claimcheck.check`.

Exit codes follow ruff: 0 nothing contradicted, 1 at least one claim contradicted,
2 bad input, bad usage or an internal error, always as one line on stderr.
Heavy imports (spaCy, pandas) happen inside commands so that --help is instant.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

import click

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, OutputError

EXIT_CONTRADICTED = 1
EXIT_ERROR = 2


class UserError(click.ClickException):
    """A ClaimcheckError as click shows it: one line, exit code 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        message = printable(_CONTROL.sub(_escape, self.format_message()))
        click.echo(f"claimcheck: error: {message}", err=True, file=file)


# A file name may hold a newline: escaped, so that an error is always one line.
_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def printable(text: str) -> str:
    """Text as UTF-8 can carry it: undecodable bytes of a file name become U+FFFD.

    Paths from the command line keep such bytes as lone surrogates, which no UTF-8
    stream accepts: the JSON would be invalid and the HTML report unwritable.
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


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
        except KeyboardInterrupt:
            raise UserError("interrupted") from None
        except Exception as error:  # one line, never a traceback, unless asked for
            if os.environ.get("CLAIMCHECK_DEBUG"):
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
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=True))
@click.option(
    "--data",
    "data",
    type=click.Path(path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Directory (or file) of tables and their metadata.",
)
@click.option(
    "--no-data", is_flag=True, help="Only check the article's numbers against each other."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="What to print on standard output.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the HTML report here (default for text output: reports/<article>.html).",
)
@click.option("--no-report", is_flag=True, help="Do not write an HTML report.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of articles.")
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
@click.option("--quiet", "-q", is_flag=True, help="Print only claims that are not supported.")
def check_command(
    articles: tuple[Path, ...],
    data: Path,
    no_data: bool,
    fmt: str,
    report_path: Path | None,
    no_report: bool,
    encoding: str,
    data_encoding: str | None,
    date: str | None,
    no_timestamp: bool,
    quiet: bool,
) -> None:
    """Check ARTICLES (.txt, .md, .html) against the tables in --data.

    Example: claimcheck articles/nspcc.txt --data data --format json
    """
    from claimcheck.api import check
    from claimcheck.report import render

    target, inputs = None, []
    if not no_report and (report_path is not None or fmt == "text"):
        # Checked before the work, so that a bad --report costs nothing and writes nothing.
        target = report_path or Path("reports") / f"{articles[0].stem}.html"
        inputs = inputs_of(articles, None if no_data else data)
        check_target(target, inputs, default=report_path is None)
    report = check(
        list(articles),
        data=None if no_data else data,
        encoding=encoding,
        data_encoding=data_encoding,
        date=date,
        timestamp=not no_timestamp,
    )
    if fmt == "text":
        click.echo(printable(render(report, "text", quiet=quiet)), nl=False)
    else:
        click.echo(printable(render(report, fmt)), nl=False)
    if target is not None:
        html = printable(render(report, "html"))
        write_atomic(target, html, inputs)
        if fmt == "text" and not quiet:
            click.echo(printable(f"report: {target}"))
    if report.summary["contradicted"]:
        sys.exit(EXIT_CONTRADICTED)


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None
    return value


def inputs_of(articles: tuple[Path, ...], data: Path | None) -> list[Path]:
    """Every file a run reads: the articles, and every file under --data (tables, metadata)."""
    files = list(articles)
    if data is not None and data.is_dir():
        files += [p for p in data.rglob("*") if p.is_file()]
    elif data is not None:
        files.append(data)
    return files


def _is_input(target: Path, inputs: list[Path]) -> bool:
    """By path, through symlinks, and by inode (a hard link is the same file too)."""
    resolved = target.resolve()
    if any(resolved == p.resolve() for p in inputs):
        return True
    if not target.exists():
        return False
    return any(p.exists() and os.path.samefile(target, p) for p in inputs)


def check_target(target: Path, inputs: list[Path], *, default: bool = False) -> None:
    """Refuse a report path that would overwrite an input or cannot be written."""
    if _is_input(target, inputs):
        raise OutputError(f"{target}: is one of the inputs; choose another --report path")
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give a file name such as report.html")
    parent = target.parent
    if default and not parent.exists():
        return  # reports/ is made on first use
    if parent.exists() and not parent.is_dir():
        raise OutputError(
            f"{target}: {parent} is a file, not a directory; choose another --report path"
        )
    if not parent.is_dir():
        raise OutputError(
            f"{target}: the directory {parent} does not exist; create it or choose another "
            "--report path"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"{target}: the directory {parent} is not writable; choose another --report path"
        )


def write_atomic(target: Path, text: str, inputs: list[Path] | set[Path]) -> None:
    """Write through a temporary file and a rename: a reader never sees half a report.

    Whatever fails (the disk, an encoding, an interrupt), the temporary file is removed
    and a report already at `target` is left as it was.
    """
    if _is_input(target, list(inputs)):
        raise OutputError(f"{target}: is one of the inputs; choose another --report path")
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise OutputError(
            f"{target}: cannot write the report ({error.strerror or error}); "
            "choose another --report path or pass --no-report"
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
