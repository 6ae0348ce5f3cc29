"""The JSON contract (version 2): what `claimcheck --format json` prints.

Keep it stable: tools and newsroom CI parse it. Add fields; never rename or remove
one without bumping VERSION. docs/json.md describes every field. Version 2 adds each
claim's `readings` and changes nothing of version 1.
"""

from __future__ import annotations

import json
import math
from typing import Any

from claimcheck.model import ArticleResult, Cell, Check, Claim, Report, Verdict
from claimcheck.readings import Reading
from claimcheck.report.neutral import inert_json

VERSION = 2


def render(report: Report, **options: object) -> str:
    """The whole report, whatever the options: the contract is always complete."""
    dumped = json.dumps(to_dict(report), indent=2, ensure_ascii=False, sort_keys=False)
    return inert_json(dumped) + "\n"


def to_dict(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {"version": VERSION}
    if report.generated_at is not None:
        out["generated_at"] = report.generated_at
    out["data"] = report.data_path
    out["articles"] = [article_dict(result) for result in report.results]
    out["summary"] = report.summary
    out["sources"] = [
        {"key": s.key, "title": s.title, "url": s.url, "note": s.note} for s in report.sources
    ]
    return out


def article_dict(result: ArticleResult) -> dict[str, Any]:
    """One article as the contract describes it: also one line of the JSON Lines that
    `claimcheck.distributed.check_directory` writes."""
    return {
        "path": str(result.article.path),
        "claims": [claim_dict(v) for v in result.verdicts],
        "summary": result.summary,
        "suppressed": [claim_dict(v) for v in result.suppressed],
    }


def claim_dict(verdict: Verdict) -> dict[str, Any]:
    """One claim as the contract describes it."""
    claim = verdict.claim
    primary = verdict.primary
    edit = suggested_edit(verdict)
    return {
        "id": claim.id,
        "kind": verdict.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": verdict.line,
        "col": verdict.col,
        "sentence": claim.sentence,
        "verdict": verdict.verdict,
        "claimed": _claimed(claim),
        "computed": _number(primary.computed) if primary else None,
        "explanation": verdict.explanation,
        "formula": primary.formula if primary else None,
        "by_rounding": bool(primary and primary.by_rounding),
        "suggestion": next((c.suggestion for c in verdict.checks if c.suggestion), None)
        if verdict.verdict == "contradicted"
        else None,
        "evidence": [_cell(c) for c in (primary.cells if primary else ())],
        "checks": [_check(c) for c in verdict.checks],
        "end_line": verdict.end_line,
        "end_col": verdict.end_col,
        "suggested_edit": {"old": edit[0], "new": edit[1]} if edit else None,
        "readings": [reading_dict(r) for c in verdict.checks for r in c.readings],
        "rule": claim.rule,
    }


def reading_dict(reading: Reading) -> dict[str, Any]:
    """One reading of a claim: what it takes the claim as, where each part came from,
    what the data gives for it and the verdict that alone would give."""
    return {
        "table": reading.table,
        "measure": reading.measure,
        "subject": reading.subject,
        "filters": [{"dimension": d, "value": v} for d, v in reading.filters],
        "periods": list(reading.periods),
        "aggregation": reading.aggregation.value,
        "provenance": {part.value: source.value for part, source in reading.origins.provenance},
        "guessed": [part.value for part in reading.guessed],
        "value": _number(reading.value),
        "verdict": reading.verdict,
        "explanation": reading.explanation,
    }


def suggested_edit(verdict: Verdict) -> tuple[str, str] | None:
    """The edit a contradicted claim needs: (words in the article, words the data supports)."""
    if verdict.verdict != "contradicted":
        return None
    for check in verdict.checks:
        if check.suggestion:
            return (check.replaces or verdict.claim.text, check.suggestion)
    return None


def _claimed(claim: Claim) -> dict[str, Any]:
    """The claimed number and the interval its wording allows; for rankings the place
    claimed ("extreme": max or min, "position": 1 for "the largest", 2 for "second")."""
    quantity = claim.quantity
    out: dict[str, Any] = {"value": None, "low": None, "high": None, "unit": None}
    if quantity is not None:
        interval = quantity.interval
        out = {
            "value": _number(quantity.value),
            "low": _number(interval.low),
            "high": _number(interval.high),
            "low_inclusive": interval.low_closed,
            "high_inclusive": interval.high_closed,
            "unit": quantity.unit,
            "hedge": quantity.hedge,
            "vague": quantity.vague,
        }
    out["direction"] = claim.direction
    if claim.kind == "rank":
        out |= {"extreme": claim.extreme, "metric": claim.metric, "position": claim.position}
    return out


def _check(check: Check) -> dict[str, Any]:
    return {
        "method": check.method,
        "verdict": check.verdict,
        "explanation": check.explanation,
        "computed": _number(check.computed),
        "formula": check.formula,
        "evidence": [_cell(c) for c in check.cells],
    }


def _cell(cell: Cell) -> dict[str, Any]:
    return {
        "table": cell.table,
        "row": cell.row,
        "column": cell.column,
        "value": _number(cell.value),
        "label": cell.label,
        "source": cell.source,
        "url": cell.url,
    }


def _number(value: float | None) -> float | int | None:
    """JSON has no infinity: unbounded ends are null; whole numbers print as integers."""
    if value is None or math.isinf(value) or math.isnan(value):
        return None
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
