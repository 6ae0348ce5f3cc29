"""Data that is read, but not quite as written: one warning line each, never silence.

    warn_data(f"{path}: row 7: cell B holds a NUL byte; it is read as a space")
    # stderr: claimcheck: warning: crime.csv: row 7: cell B holds a NUL byte; ...

A table that is refused is a DataError (exit 2). Some oddities should not stop a
run but must not pass unnoticed either: a file decoded by a fallback rule, a
subfolder that cannot be listed, a cell cleaned of a control character. They are
Python warnings of their own category, so a program using the API can record them,
filter them or make them errors (`-W error::claimcheck.data_warnings.DataWarning`),
and the command line shows each as one line on stderr.
"""

from __future__ import annotations

import warnings

from claimcheck.report.neutral import one_line


class DataWarning(UserWarning):
    """A table was read with something changed, dropped or guessed: the message says what."""


def warn_data(message: str) -> None:
    """Warn about the data; `message` starts with the file (and row, cell) it is about."""
    warnings.warn(message, DataWarning, stacklevel=2)


_default_format = warnings.formatwarning


def _format(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    line: str | None = None,
) -> str:
    """A DataWarning as the command line shows errors: one line, no source location."""
    if issubclass(category, DataWarning):
        # A file name or cell may hold a newline: escaped, so that a warning is one line.
        return f"claimcheck: warning: {one_line(str(message))}\n"
    return _default_format(message, category, filename, lineno, line)


warnings.formatwarning = _format
