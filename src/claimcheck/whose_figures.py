"""Whose figures a sentence gives: when every figure a sentence gives one subject fits
another row of the table and not the subject's, the name is what may be wrong.

    "Enes Kanter paced the Pistons with 21 points, four rebounds, an assist and three
    steals", where Kanter had 12, 3, 0 and 0 and Andre Drummond had 21, 4, 1 and 3:
    four contradictions, each with an edit that would make a true statline false. The
    four figures together are Drummond's; the claim is unverifiable, and says so.

One figure that fits another row is common (many players have four rebounds) and is
how a figure copied from the wrong row looks, so it settles nothing; two or more
figures of one sentence (`LEAST`) that all fit one other row, the only one they all
fit, and not the subject's ("The Grizzlies (8-36)" when the other team is 8-36) are as
likely a wrong name as wrong figures, and an edit of each figure would make a true
pair of figures false. Only contradictions are withheld;
a figure that fits the named subject stays supported. The candidates are the other
values of the subject's own dimension (`most` of them, so that a table of a million
rows is not read row by row).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable

from claimcheck.catalog import Catalog
from claimcheck.model import Check, Claim
from claimcheck.query import Query, Subject, Unmatched
from claimcheck.readings import Part, Provenance, Reading
from claimcheck.rivals import filters_for

LEAST = 2  # figures of one sentence for one subject, before their owner is questioned
MOST_CANDIDATES = 200

Verify = Callable[[Claim, Query, Catalog], Check]


def withhold(
    claims: list[Claim],
    queries: dict[str, Query | Unmatched],
    checks: dict[str, Check],
    catalog: Catalog,
    verify: Verify,
) -> dict[str, Check]:
    """The data checks by claim id, with the contradictions withheld of each sentence
    whose figures for one subject all fit another row (see the module)."""
    groups: dict[tuple, list[tuple[Claim, Query]]] = defaultdict(list)
    for claim in claims:
        query = queries[claim.id]
        if isinstance(query, Query) and _single(claim, query):
            subject = query.subjects[0]
            key = (claim.sentence_start, query.table.name, subject.dim, subject.values)
            groups[key].append((claim, query))
    out = dict(checks)
    for members in groups.values():
        settled = [(c, q) for c, q in members if checks[c.id].verdict != "unverifiable"]
        if len(settled) < LEAST or any(checks[c.id].verdict != "contradicted" for c, _ in settled):
            continue  # a figure that fits the subject makes the subject the figures' owner
        owner = _other_owner(settled, catalog, verify)
        if owner is None:
            continue
        name, fitting = owner
        subject = settled[0][1].subjects[0].name
        for claim, _ in settled:
            check = checks[claim.id]
            if check.verdict == "contradicted":
                out[claim.id] = dataclasses.replace(
                    check,
                    verdict="unverifiable",
                    explanation=(
                        f"{check.explanation}; but the sentence's {len(settled)} figures for "
                        f"{subject} are all {name}'s: the name, not the figure, may be wrong"
                    ),
                    suggestion=None,
                    replaces=None,
                    readings=(*check.readings, *fitting[claim.id].readings),
                )
    return out


def _single(claim: Claim, query: Query) -> bool:
    """A figure of one named row: "21 points" of Kanter, not a sum, share or rank."""
    subject = query.subjects[0]
    return (
        claim.kind in {"value", "total"}
        and len(query.subjects) == 1
        and len(subject.values) == 1
        and bool(subject.dim)
        and all(a.origins.of(Part.SUBJECT) is Provenance.ANOTHER for a in query.alternatives)
    )


def _on_another(reading: Reading) -> Reading:
    """A reading of the figure on another row, marked so (claimcheck.readings)."""
    where = reading.origins.with_part(Part.SUBJECT, Provenance.ANOTHER)
    return dataclasses.replace(reading, origins=where)


def _other_owner(
    settled: list[tuple[Claim, Query]], catalog: Catalog, verify: Verify
) -> tuple[str, dict[str, Check]] | None:
    """The one other value of the subject's dimension that every figure fits, with
    each figure's check on it; None when none does or several do."""
    first = settled[0][1]
    subject, table = first.subjects[0], first.table
    excluded = {*subject.values, table.totals.get(subject.dim)}
    candidates = [v for v in table.values(subject.dim) if v not in excluded][:MOST_CANDIDATES]
    owners = []
    for value in candidates:
        other = Subject(value, subject.dim, (value,))
        fitting = {}
        for claim, query in settled:
            moved = dataclasses.replace(
                query,
                subjects=(other,),
                filters=filters_for(table.index, other, query.filters, query.pieces),
                alternatives=(),
            )
            check = verify(claim, moved, catalog)
            if check.verdict != "supported":
                break
            fitting[claim.id] = dataclasses.replace(
                check, readings=tuple(_on_another(r) for r in check.readings)
            )
        else:
            owners.append((value, fitting))
            if len(owners) > 1:
                return None
    return owners[0] if owners else None
