"""The `claimcheck` command: a thin shell over `claimcheck.check`.

Exit codes follow ruff: 0 nothing contradicted, 1 at least one claim contradicted,
2 bad input, bad usage or an internal error, always as one line on stderr.
Heavy imports (spaCy, pandas) happen inside commands so that --help is instant.
"""

from __future__ import annotations

import os
import sys
import tempfile
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
        click.echo(f"claimcheck: error: {self.format_message()}", err=True, file=file)


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
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) for 'last year'.")
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

    report = check(
        list(articles),
        data=None if no_data else data,
        encoding=encoding,
        data_encoding=data_encoding,
        date=date,
        timestamp=not no_timestamp,
    )
    inputs = {p.resolve() for p in articles}
    if fmt == "text":
        click.echo(render(report, "text", quiet=quiet), nl=False)
    else:
        click.echo(render(report, fmt), nl=False)
    if not no_report and (report_path is not None or fmt == "text"):
        target = report_path or Path("reports") / f"{articles[0].stem}.html"
        write_atomic(target, render(report, "html"), inputs)
        if fmt == "text" and not quiet:
            click.echo(f"report: {target}")
    if report.summary["contradicted"]:
        sys.exit(EXIT_CONTRADICTED)


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


def write_atomic(target: Path, text: str, inputs: set[Path]) -> None:
    """Write through a temporary file and a rename: a reader never sees half a report."""
    if target.resolve() in inputs:
        raise OutputError(f"{target}: is one of the inputs; choose another --report path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as error:
        raise OutputError(f"{target}: cannot write the report ({error.strerror})") from None
