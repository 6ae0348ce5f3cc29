"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

One run; the tool's driver is claimcheck with one rule per claim kind. Results:
contradicted claims are errors, unverifiable ones warnings when they fail the run
(`--fail-on unverifiable`) and notes otherwise. Supported claims are not results:
code scanning would turn each into an alert (the JSON output lists every claim).
Claims silenced by `claimcheck: ignore` are results with an in-source suppression,
which code scanning shows as dismissed. Columns count Unicode code points.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.model import FAIL_ON, KINDS, Report, Verdict
from claimcheck.report.json import suggested_edit
from claimcheck.report.neutral import inert_json

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
RULES = {
    "value": "A number for one subject and period",
    "total": "A number summed over a group or over several periods",
    "change": "A rise or fall between two periods",
    "percent_change": "A percentage (or multiple) change between two periods",
    "rate": "A number per unit of time, such as 'four a day'",
    "share": "A part of a whole, such as 'nearly two-thirds'",
    "rank": "The largest or smallest among peers",
    "only": "The only one among peers to rise, fall or pass a threshold",
    "direction": "Every subject named rose (or fell)",
    "comparison": "More (or fewer) than another subject",
    "count_of_subjects": "How many subjects meet a condition, such as '12 states saw a fall'",
    "record": "The highest or lowest since a year, such as 'the lowest since 1971'",
}


def render(report: Report, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    return inert_json(json.dumps(to_dict(report, fail_on), indent=2, ensure_ascii=False)) + "\n"


def to_dict(report: Report, fail_on: str = "contradicted") -> dict[str, Any]:
    failing = FAIL_ON[fail_on]
    results = []
    for result in report.results:
        uri = _uri(result.article.path)
        for verdict in result.verdicts:
            if verdict.verdict != "supported":
                results.append(_result(uri, verdict, failing))
        for verdict in result.suppressed:
            if verdict.verdict != "supported":
                results.append(_result(uri, verdict, failing, suppressed=True))
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(kind) for kind in KINDS],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(kind: str) -> dict[str, Any]:
    return {
        "id": kind,
        "name": "".join(word.title() for word in kind.split("_")) + "Claim",
        "shortDescription": {"text": f"{kind.replace('_', ' ')} claim"},
        "fullDescription": {"text": RULES[kind]},
        "defaultConfiguration": {"level": "error"},
        "help": {
            "text": "A claim is contradicted when the data gives a number outside what its "
            "wording allows, and unverifiable when no table can settle it."
        },
    }


def _result(uri: str, verdict: Verdict, failing: tuple[str, ...], suppressed: bool = False):
    if verdict.verdict == "contradicted":
        level = "error"
    else:
        level = "warning" if verdict.verdict in failing else "note"
    text = " ".join(verdict.claim.text.split())
    edit = suggested_edit(verdict)
    message = f"{verdict.verdict.upper()} {verdict.kind}: {text} -- {verdict.explanation}"
    if edit:
        message += f" Suggested edit: {edit[0]} -> {edit[1]}"
    region = {
        "startLine": verdict.line,
        "startColumn": verdict.col,
        "endLine": verdict.end_line or verdict.line,
        "endColumn": verdict.end_col or verdict.col + 1,
        "snippet": {"text": verdict.claim.text},
    }
    out: dict[str, Any] = {
        "ruleId": verdict.kind,
        "ruleIndex": KINDS.index(verdict.kind),
        "level": level,
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {"claimcheck/v1": _fingerprint(uri, verdict)},
        "properties": {"verdict": verdict.verdict, "claimId": verdict.claim.id},
    }
    if edit and edit[0] == verdict.claim.text:
        out["fixes"] = [
            {
                "description": {"text": f"Replace '{edit[0]}' with '{edit[1]}'"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    key: region[key]
                                    for key in ("startLine", "startColumn", "endLine", "endColumn")
                                },
                                "insertedContent": {"text": edit[1]},
                            }
                        ],
                    }
                ],
            }
        ]
    if suppressed:
        out["suppressions"] = [
            {"kind": "inSource", "justification": "claimcheck: ignore marker in the article"}
        ]
    return out


def _uri(path: Path) -> str:
    """A relative path stays relative (code scanning resolves it from the checkout)."""
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix())


def _fingerprint(uri: str, verdict: Verdict) -> str:
    """Stable across edits elsewhere in the article: the file, the kind and the words."""
    key = "\0".join((uri, verdict.kind, verdict.claim.text, verdict.claim.sentence.strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
