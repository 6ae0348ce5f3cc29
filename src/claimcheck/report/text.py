"""One line per claim, like a compiler or linter:
path:line:col: VERDICT kind: text -- why (rule: construction)."""

from __future__ import annotations

from claimcheck.model import FAIL_ON, Report, Verdict
from claimcheck.report.neutral import one_line

LABELS = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "unverifiable": "UNVERIFIABLE"}


def line(path: str, verdict: Verdict) -> str:
    claim = verdict.claim
    text = " ".join(claim.text.split())
    return (
        f"{path}:{verdict.line}:{verdict.col}: {LABELS[verdict.verdict]} {verdict.kind}: "
        f"{text} -- {verdict.explanation}{rule(verdict)}"
    )


def rule(verdict: Verdict) -> str:
    """ " (rule: absolute_changes)": the construction that read the claim, which a
    regression points at; nothing for a claim no construction made."""
    return f" (rule: {verdict.claim.rule})" if verdict.claim.rule else ""


def suppressed_line(path: str, verdict: Verdict) -> str:
    """A claim silenced by a marker, with the verdict it would have had."""
    text = " ".join(verdict.claim.text.split())
    return (
        f"{path}:{verdict.line}:{verdict.col}: SUPPRESSED {verdict.kind}: {text} -- "
        f"would be {verdict.verdict}: {verdict.explanation}"
    )


def summary_line(counts: dict[str, int], suppressed: int = 0) -> str:
    total = sum(counts.values())
    line = (
        f"{total} claim{'s' if total != 1 else ''}: {counts['supported']} supported, "
        f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable"
    )
    return f"{line}, {suppressed} suppressed" if suppressed else line


def render(report: Report, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    """Every claim in text order and a summary; with `quiet`, only the failing claims."""
    failing = FAIL_ON[fail_on]
    lines = []
    for result in report.results:
        path = str(result.article.path)
        entries = sorted(
            [(v, False) for v in result.verdicts] + [(v, True) for v in result.suppressed],
            key=lambda entry: entry[0].claim.start,
        )
        for verdict, suppressed in entries:
            if quiet and (suppressed or verdict.verdict not in failing):
                continue
            lines.append(suppressed_line(path, verdict) if suppressed else line(path, verdict))
    if not quiet:
        lines.append(summary_line(report.summary, report.suppressed_count))
    return "".join(f"{one_line(text)}\n" for text in lines)
