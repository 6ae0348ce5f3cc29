"""Text from input made inert before it reaches a terminal, a CI log or a report.

    >>> one_line("Gwent Police\\n::error::forged")
    'Gwent Police\\\\n::error::forged'

Cells, headers, file names and article text are untrusted. A line break in one of
them, printed raw, starts a new line of the log, and GitHub Actions runs any line of
a step's output that starts with `::` as a workflow command (`::error`,
`::add-mask::`); an escape character drives the terminal; a bidi control (U+202E)
makes text read in another order than it is stored. Every renderer passes what it
prints through this module, so that each such character shows as its escape
(`\\n`, `\\x1b`, `\\u202e`) and the output's lines are the renderer's own.
"""

from __future__ import annotations

import re

# Line breaks and C0 controls (which json.dumps escapes), then DEL, C1 controls, the
# Unicode line and paragraph separators and the bidi controls (embeddings, overrides,
# isolates, marks), which it leaves raw.
_C0 = "\x00-\x1f"
_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = _C0 + _BEYOND_C0
_ANY = re.compile(f"[{_UNSAFE}]")
_BUT_LINES = re.compile(f"(?![\t\n\r])[{_UNSAFE}]")  # where the text may run over lines
_JSON_RAW = re.compile(f"[{_BEYOND_C0}]")


def _escape(found: re.Match[str]) -> str:
    return found.group().encode("unicode_escape").decode("ascii")


def one_line(text: str) -> str:
    """`text` with every line break, control and bidi character shown as its escape."""
    return _ANY.sub(_escape, text)


def visible_controls(text: str) -> str:
    """Like `one_line`, but tabs and line breaks stay: for text laid out on a page."""
    return _BUT_LINES.sub(_escape, text)


def inert_json(dumped: str) -> str:
    """JSON text with the characters json.dumps leaves raw written as \\uXXXX escapes:
    the same JSON values, but no raw U+2028, C1 control or bidi control in the output."""
    return _JSON_RAW.sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)
