"""One line per claim, like a compiler or linter: path:line:col: VERDICT kind: text -- why."""

from __future__ import annotations

from claimcheck.model import Report, Verdict

LABELS = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "unverifiable": "UNVERIFIABLE"}


def line(path: str, verdict: Verdict) -> str:
    claim = verdict.claim
    text = " ".join(claim.text.split())
    return (
        f"{path}:{verdict.line}:{verdict.col}: {LABELS[verdict.verdict]} {verdict.kind}: "
        f"{text} -- {verdict.explanation}"
    )


def summary_line(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    return (
        f"{total} claim{'s' if total != 1 else ''}: {counts['supported']} supported, "
        f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable"
    )


def render(report: Report, quiet: bool = False) -> str:
    lines = []
    for result in report.results:
        path = str(result.article.path)
        for verdict in result.verdicts:
            if quiet and verdict.verdict == "supported":
                continue
            lines.append(line(path, verdict))
    lines.append(summary_line(report.summary))
    return "\n".join(lines) + "\n"
