"""JUnit XML: one test suite per article, one test case per claim.

Contradicted claims are failures; unverifiable ones are failures with
`--fail-on unverifiable` and skipped otherwise; claims silenced by `claimcheck: ignore`
are skipped. CI systems that read JUnit (GitLab, Jenkins, Azure) then list each claim.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.model import FAIL_ON, ArticleResult, Report, Verdict
from claimcheck.report.json import suggested_edit
from claimcheck.report.neutral import one_line

# Noncharacters XML 1.0 cannot hold at all, even escaped: dropped from article text.
_NOT_XML = re.compile("[\ufffe\uffff]")


def _clean(text: str) -> str:
    """One line of XML-safe text: controls (which XML cannot hold either) shown escaped."""
    return one_line(_NOT_XML.sub("", text))


def _words(text: str) -> str:
    return " ".join(text.split())


def render(report: Report, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    failing = FAIL_ON[fail_on]
    root = ET.Element("testsuites", name="claimcheck")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for result in report.results:
        suite, counts = _suite(result, failing, report.generated_at)
        root.append(suite)
        for key in totals:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(result: ArticleResult, failing: tuple[str, ...], timestamp: str | None):
    path = _clean(result.article.path.as_posix())
    suite = ET.Element("testsuite", name=path)
    counts = {"tests": 0, "failures": 0, "skipped": 0}
    entries = sorted(
        [(v, False) for v in result.verdicts] + [(v, True) for v in result.suppressed],
        key=lambda entry: entry[0].claim.start,
    )
    for verdict, suppressed in entries:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=path,
            name=_clean(f"{verdict.claim.id} {verdict.kind}: {_words(verdict.claim.text)}"),
            file=path,
            line=str(verdict.line),
        )
        counts["tests"] += 1
        if suppressed:
            counts["skipped"] += 1
            message = f"suppressed (would be {verdict.verdict})"
            ET.SubElement(case, "skipped", message=_clean(message))
        elif verdict.verdict in failing:
            counts["failures"] += 1
            failure = ET.SubElement(
                case, "failure", message=_clean(verdict.explanation), type=verdict.verdict
            )
            failure.text = "\n".join(_clean(line) for line in _details(path, verdict))
        elif verdict.verdict == "unverifiable":
            counts["skipped"] += 1
            ET.SubElement(case, "skipped", message=_clean(f"unverifiable: {verdict.explanation}"))
    for key, value in counts.items():
        suite.set(key, str(value))
    suite.set("errors", "0")
    if timestamp:
        suite.set("timestamp", timestamp)
    return suite, counts


def _details(path: str, verdict: Verdict) -> list[str]:
    lines = [
        f"{path}:{verdict.line}:{verdict.col}: {verdict.verdict} {verdict.kind}",
        f"claim: {verdict.claim.text}",
        f"sentence: {verdict.claim.sentence.strip()}",
        f"why: {verdict.explanation}",
    ]
    primary = verdict.primary
    if primary and primary.formula:
        lines.append(f"formula: {primary.formula}")
    edit = suggested_edit(verdict)
    if edit:
        lines.append(f"suggested edit: {edit[0]} -> {edit[1]}")
    return lines
