"""GitHub Actions workflow commands: an annotation on the article's line for each problem.

`::error` for a contradicted claim, `::warning` for an unverifiable one; supported and
suppressed claims make no annotation. Values are escaped as GitHub's own toolkit does
(`@actions/core`, `command.ts`): in the message `%`, CR and LF; in properties also `:`
and `,`, so that an article's text can never end a command early or forge another.
"""

from __future__ import annotations

from claimcheck.model import FAIL_ON, Report, Verdict
from claimcheck.report.json import suggested_edit
from claimcheck.report.neutral import one_line
from claimcheck.report.text import LABELS, summary_line

COMMANDS = {"contradicted": "error", "unverifiable": "warning"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(path: str, verdict: Verdict) -> str:
    properties = {
        "file": path,
        "line": verdict.line,
        "col": verdict.col,
        "endLine": verdict.end_line or verdict.line,
        "endColumn": verdict.end_col or verdict.col,
        "title": f"claimcheck: {LABELS[verdict.verdict]} {verdict.kind}",
    }
    text = " ".join(verdict.claim.text.split())
    message = f"{text} -- {verdict.explanation}"
    edit = suggested_edit(verdict)
    if edit:
        message += f"\nSuggested edit: {edit[0]} -> {edit[1]}"
    listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    # GitHub's escapes leave other controls (ESC, U+2028, U+202E): those show escaped.
    return one_line(f"::{COMMANDS[verdict.verdict]} {listed}::{escape_data(message)}")


def render(report: Report, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    """One command per contradicted or unverifiable claim, then a summary (unless quiet)."""
    failing = FAIL_ON[fail_on]
    lines = []
    for result in report.results:
        path = result.article.path.as_posix()
        for verdict in result.verdicts:
            if verdict.verdict not in COMMANDS or (quiet and verdict.verdict not in failing):
                continue
            lines.append(annotation(path, verdict))
    if not quiet:
        lines.append(summary_line(report.summary, report.suppressed_count))
    return "".join(f"{line}\n" for line in lines)
