"""Errors a user can fix. The CLI turns each into one line on stderr and exit code 2.

Every message names the file (and the row or column where there is one) and says
what to do, so that no user has to read a traceback to find out what went wrong.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: something in the user's input or configuration is wrong."""


class ArticleError(ClaimcheckError):
    """An article cannot be read or holds nothing to check."""


class DataError(ClaimcheckError):
    """A data table cannot be read or is malformed."""


class MetadataError(ClaimcheckError):
    """A metadata file beside a table is malformed or inconsistent."""


class OutputError(ClaimcheckError):
    """A report cannot be written where the user asked."""


class ConfigError(ClaimcheckError):
    """A configuration file or setting is malformed: names the file and the key."""
