"""Recompute each claim from the data and compare it with what the article says.

    >>> verify(claim, query, catalog).verdict
    'supported'

Each claim kind has its check class (`claimcheck.verify.checks`), which validates first
(does the claim give what the kind needs, are the cells there, unique, numeric, is the
base non-zero?) and only then computes, like agate's computations; anything that fails
validation makes the claim unverifiable with the reason, never supported or
contradicted. Every check returns the formula written out with the cell values and the
cells themselves, with their row, column and source. This module checks each reading
of a claim and decides the verdict from them (`claimcheck.readings`).
"""

from __future__ import annotations

import dataclasses

from claimcheck.catalog import Catalog
from claimcheck.model import Check, Claim, Kind
from claimcheck.query import Query
from claimcheck.readings import Aggregation, Part, Reading, decide_readings
from claimcheck.verify.checks import CHECKS
from claimcheck.verify.figures import compare, period_span, show, suggest

__all__ = ["aggregation", "compare", "period_span", "reading_of", "show", "suggest", "verify"]


def verify(claim: Claim, query: Query, catalog: Catalog) -> Check:
    """The data check of one matched claim, over every reading of it.

    Each reading (the preferred query, then the other tables that fit: a force's total
    is in a by-force table and in a by-type table's "all" row) is checked; the verdict
    comes from the readings together (`claimcheck.readings.decide_readings`): a
    contradiction needs every reading to contradict and none to rest on a guess.
    """
    queries = (query, *query.alternatives)
    checks = [_verify_one(claim, q, catalog) for q in queries]
    readings = tuple(reading_of(claim, q, c) for q, c in zip(queries, checks, strict=True))
    decision = decide_readings(readings)
    if decision.reading is None:
        readings += _periods_that_fit(claim, query, catalog, readings[0])
        explanation = decide_readings(readings).explanation
        return Check("data", "unverifiable", explanation, readings=readings)
    chosen = checks[readings.index(decision.reading)]
    return dataclasses.replace(chosen, readings=readings)


def _periods_that_fit(
    claim: Claim, query: Query, catalog: Catalog, guessed: Reading, shown: int = 3, tried: int = 12
) -> tuple[Reading, ...]:
    """ "Gwent recorded 259 offences", checked against the latest year by default and
    contradicted there: the other periods of that length whose figure fits (the latest
    `shown` among the latest `tried`), so that the editor sees which period the article
    may mean. Bounded: a table of a thousand periods is not checked period by period."""
    if (
        Part.PERIOD not in guessed.guessed
        or guessed.verdict != "contradicted"
        or len(query.periods) != 1
        or len(query.periods[0]) != 1
    ):
        return ()
    used = query.periods[0][0]
    others = [p for p in query.table.periods if p != used and p.days // 28 == used.days // 28]
    fitting: list[Reading] = []
    for period in reversed(others[-tried:]):
        other = dataclasses.replace(query, periods=((period,),), alternatives=())
        check = _verify_one(claim, other, catalog)
        if check.verdict == "supported":
            fitting.append(reading_of(claim, other, check))
            if len(fitting) == shown:
                break
    return tuple(fitting)


def reading_of(claim: Claim, query: Query, check: Check) -> Reading:
    """What one query takes the claim as, with what the data gives for it."""
    subjects = " and ".join(s.name or "the table as a whole" for s in query.subjects)
    return Reading(
        table=query.table.name,
        measure=query.measure.name,
        subject=subjects,
        filters=query.filters,
        periods=tuple(period_span(role) for role in query.periods),
        aggregation=aggregation(claim, query),
        origins=query.origins,
        value=check.computed,
        verdict=check.verdict,
        explanation=check.explanation,
    )


# How a claim of each kind makes its figure from cells; a value or total is one cell or
# a sum (`aggregation`).
AGGREGATION_OF_KIND = {
    Kind.CHANGE: Aggregation.CHANGE,
    Kind.PERCENT_CHANGE: Aggregation.PERCENT_CHANGE,
    Kind.ONLY: Aggregation.CHANGE,
    Kind.RATE: Aggregation.RATE,
    Kind.SHARE: Aggregation.SHARE,
    Kind.RANK: Aggregation.RANK,
    Kind.COMPARISON: Aggregation.COMPARISON,
    Kind.DIRECTION: Aggregation.DIRECTION,
    Kind.COUNT_OF_SUBJECTS: Aggregation.COUNT,
    Kind.RECORD: Aggregation.RECORD,
}


def aggregation(claim: Claim, query: Query) -> Aggregation:
    """How the reading's cells make its figure: one cell, a sum, a change..."""
    kind = Kind.VALUE if query.stated else Kind(claim.kind)
    if kind is Kind.RATE and claim.averaged:
        return Aggregation.MEAN
    if kind in AGGREGATION_OF_KIND:
        return AGGREGATION_OF_KIND[kind]
    several = len(query.periods[0]) > 1 or len(query.subjects[0].values) > 1
    return Aggregation.SUM if several or kind == Kind.TOTAL else Aggregation.ONE


def _verify_one(claim: Claim, query: Query, catalog: Catalog) -> Check:
    kind = Kind.VALUE if query.stated else Kind(claim.kind)
    return CHECKS[kind](claim, query, catalog).run()
