"""The construction corpus: tests/constructions/<construction>.jsonl, run with no data.

Each line of a construction's file is either an example the extractor must read,

    {"example": "Arrests fell by 1,200 last year.",
     "claims": [{"kind": "change", "anchor": "fell by 1,200", "direction": "down"}]}

(every listed claim must be among the sentence's claims: same kind and anchor text, and
the hints given), or a near miss that must yield no claim of a kind,

    {"near_miss": "The team rose to 86 points.", "kind": "change", "why": "a new level"}

(with "anchor", only no such claim with that anchor text). A line with "xfail": "why"
is one the extractor gets wrong today (issue 13's long tail): it runs as a strict
xfail, so the day it passes the test fails until the "xfail" is removed.

Why data and not test functions: a construction's examples are its specification, read
by whoever changes it (docs/constructions.md); one harness checks them all the same way.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extract.constructions import CONSTRUCTIONS
from claimcheck.model import Claim, Mention

CORPUS = Path(__file__).resolve().parent / "constructions"
HINTS = {"direction", "extreme", "metric", "per", "position", "pair_role", "bracketed"}


def construction_files() -> list[Path]:
    return sorted(CORPUS.glob("*.jsonl"))


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def cases() -> list:
    found = []
    for path in construction_files():
        for number, row in enumerate(rows(path), 1):
            marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if "xfail" in row else []
            found.append(pytest.param(path.stem, row, id=f"{path.stem}:{number}", marks=marks))
    return found


def test_every_construction_has_a_file():
    """Each registered construction (a module of claimcheck/extract/constructions/) has
    its tests/constructions/<name>.jsonl, and each file is a construction's."""
    names = {c.name for c in CONSTRUCTIONS}
    assert len(names) >= 17
    files = {p.stem for p in construction_files()}
    assert sorted(names - files) == []
    assert sorted(files - names) == []


@pytest.mark.parametrize("path", construction_files(), ids=lambda p: p.stem)
def test_every_construction_has_examples_and_near_misses(path):
    found = rows(path)
    assert any("example" in row for row in found), f"{path.name} has no examples"
    assert any("near_miss" in row for row in found), f"{path.name} has no near misses"
    for row in found:
        assert ("example" in row) != ("near_miss" in row), row
        assert "near_miss" not in row or row.get("why"), f"say why it is a near miss: {row}"


@pytest.mark.parametrize(("construction", "row"), cases())
def test_construction_corpus(nlp, construction, row):
    if "example" in row:
        claims = list(nlp(row["example"])._.claims)
        for expected in row["claims"]:
            assert any(fits(claim, expected) for claim in claims), (expected, shown(claims))
        # The file's construction reads at least one of its example's claims (`rule`):
        # the others may be its neighbours' ("finished fifth ... with 20 goals").
        assert any(
            fits(claim, expected) and claim.rule == construction
            for claim in claims
            for expected in row["claims"]
        ), (construction, shown(claims))
    else:
        claims = list(nlp(row["near_miss"])._.claims)
        wrong = [c for c in claims if c.kind == row["kind"] and row.get("anchor", c.text) == c.text]
        assert wrong == [], shown(wrong)


def fits(claim: Claim, expected: dict[str, Any]) -> bool:
    """Whether a claim is the expected one: its kind, anchor and every hint given."""
    q = claim.quantity
    checks = {
        "kind": lambda want: claim.kind == want,
        "anchor": lambda want: claim.text == want,
        "unit": lambda want: q is not None and q.unit == want,
        "value": lambda want: q is not None and math.isclose(q.value, want),
        "interval": lambda want: q is not None and _close([q.interval.low, q.interval.high], want),
        "operands": lambda want: _close([o.value for o in claim.operands], want),
        "periods": lambda want: [p.mention.text for p in claim.periods] == want,
        "subjects": lambda want: set(want) <= {m.text for m in claim.subject_hints},
        "other": lambda want: claim.other is not None and claim.other.text == want,
        "group": lambda want: claim.group_hint is not None and claim.group_hint.text == want,
        "counted": lambda want: _text(claim.counted) == want,
        "counted_subjects": lambda want: _text(claim.counted_subjects) == want,
        "condition": lambda want: _text(claim.condition) == want,
        "threshold": lambda want: claim.threshold is not None and claim.threshold.text == want,
    } | {hint: (lambda want, hint=hint: getattr(claim, hint) == want) for hint in HINTS}
    unknown = set(expected) - set(checks)
    assert not unknown, f"unknown hints {unknown} in {expected}"
    return all(checks[key](want) for key, want in expected.items())


def _text(mention: Mention | None) -> str | None:
    return None if mention is None else mention.text


def _close(found: list[float], want: list[float]) -> bool:
    return len(found) == len(want) and all(map(math.isclose, found, want))


def shown(claims: list[Claim]) -> list[tuple[str, str, str]]:
    return [(c.kind, c.text, c.rule) for c in claims]
