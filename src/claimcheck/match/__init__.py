"""Link a claim to the figures it is about: a query over one table, or a reason why not.

    match(claim, catalog, article)   # Query(table, measure, subjects, periods, filters)
    match(claim, catalog, article)   # or Unmatched("no data given"), or another reason

Matching answers four questions, each of which may fail with a reason a user can act
on: what is counted (the measure), about whom (the subject: a value of a dimension,
or a group of values), when (periods of the table), and which other dimensions are
fixed (an offence type named in the sentence, or the table's "all" row).

Each part of the result records where it came from (claimcheck.readings). The four
questions share one `Matcher`'s state (matcher.py), which is composed of one mixin
per question: what is counted (measures.py), about whom (subjects.py), which other
dimensions are fixed (filters.py), when (periods.py) and who a ranking compares with
(compared.py). Constructions that stand alone live beside them in this package:
measure_names and measure_choice (words to measures), kind_fit (what is counted must be
what the measure counts), together (sums of named subjects), contest_parts (the part of
a contest a score is of), margins (differences between sides) and figured_phrases
(another figure's phrase, a borrowed measure). Those other stages use too stay outside
it: peers (who a ranking compares with), context_periods (the period an article's
context gives a claim), averages (the period an average is over), readings
(provenance, verdicts), rivals (the other names a figure may be the figure of),
subject_counts (the column a count of subjects counts) and period_binding (whether a
period named is the figure's own).
"""

from __future__ import annotations

import dataclasses

from claimcheck.catalog import Catalog
from claimcheck.context_periods import NO_CONTEXT, ArticleContext
from claimcheck.match.matcher import Matcher
from claimcheck.match.measure_names import measure_score
from claimcheck.match.measures import per_unit, prefer_exact
from claimcheck.match.periods import is_change
from claimcheck.model import Article, Claim, Kind
from claimcheck.query import NoMatch, Query, Unmatched

__all__ = [
    "NoMatch",
    "Query",
    "Unmatched",
    "is_change",
    "match",
    "per_unit",
    "prefer_exact",
    "refine_kind",
]


def match(
    claim: Claim, catalog: Catalog, article: Article, context: ArticleContext = NO_CONTEXT
) -> Query | Unmatched:
    """Resolve one claim, or say why it cannot be checked against the data. `context`:
    the periods the article names, of which a claim that states none may be about."""
    if catalog.empty:
        return Unmatched("no data given")
    try:
        stated = _stated_share(claim, catalog) or _unit_rate(claim, catalog)
        if stated is not None:
            query = Matcher(stated, catalog, article, context).query()
            return dataclasses.replace(query, stated=True)
        return Matcher(claim, catalog, article, context).query()
    except NoMatch as reason:
        return Unmatched(str(reason))


def _stated_share(claim: Claim, catalog: Catalog) -> Claim | None:
    """ "41.9% of the vote", where the data has a column of vote shares in percent: the
    share is that column's figure, checked as a value (the whole it is a share of is
    often not in the table, or not summable: votes cast include spoilt ballots). None
    when no such column is named."""
    if claim.kind != "share" or claim.quantity is None or claim.quantity.unit != "percent":
        return None
    phrases = [m.text for m in (claim.counted, *claim.measure_hints) if m is not None]
    percent = tuple(m.vocabulary for t in catalog.tables for m in t.measures if m.unit == "percent")
    if not any(measure_score(p, v) for p in phrases[:1] for v in percent):
        return None
    return dataclasses.replace(claim, kind="value")


def _unit_rate(claim: Claim, catalog: Catalog) -> Claim | None:
    """ "1.23 children per woman", where a measure's unit is "births per woman": the
    rate is that measure's figure, checked as a value. None when no unit says so."""
    if claim.kind != Kind.RATE or claim.per_base is None:
        return None
    units = (m.unit for t in catalog.tables for m in t.measures)
    if not any(per_unit(unit, claim.per_base) for unit in units):
        return None
    return dataclasses.replace(claim, kind="value")


def refine_kind(claim: Claim, query: Query | Unmatched) -> Kind:
    """A value over a group, or over a stretch of several periods, is a total."""
    if claim.kind is not Kind.VALUE:
        return claim.kind
    spans = any(
        ref.expr.kind in {"since", "range"}
        or (ref.expr.kind == "relative" and ref.expr.count > 1)
        or (ref.expr.kind == "year_to" and ref.expr.count > 12)
        for ref in claim.periods
    )
    group = isinstance(query, Query) and (
        len(query.subjects[0].values) > 1 or bool(query.subjects[0].members)
    )
    return Kind.TOTAL if spans or group else claim.kind
