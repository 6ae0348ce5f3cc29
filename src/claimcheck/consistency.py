"""Check an article's numbers against each other, with or without data.

"up 30% from 287 to 373" can be checked from the sentence alone; "almost four a
day" can be checked against "2,895 ... since April 2016" when both are about the
same figures. These checks need no catalog; when there is one, the subjects and
measures it resolved are used to decide which claims are about the same thing.
"""

from __future__ import annotations

from claimcheck.lexicon import UNIT_DAYS
from claimcheck.match import Query, Unmatched
from claimcheck.model import Check, Claim
from claimcheck.names import key, words
from claimcheck.periods import days_per
from claimcheck.quantities import Interval, format_number
from claimcheck.verify import compare, suggest


def internal_checks(
    claims: list[Claim], queries: dict[str, Query | Unmatched]
) -> dict[str, list[Check]]:
    """Checks of each claim against the article's own numbers, by claim id."""
    found: dict[str, list[Check]] = {claim.id: [] for claim in claims}
    for claim in claims:
        if claim.kind == "percent_change" and len(claim.operands) == 2:
            found[claim.id].append(_percent_from_operands(claim))
        elif claim.kind == "change" and len(claim.operands) == 2:
            found[claim.id].append(_direction_from_operands(claim))
        elif claim.kind in {"total", "value"} and len(claim.operands) >= 2:
            found[claim.id].append(_total_from_parts(claim))
        elif claim.kind == "rate":
            check = _rate_from_total(claim, claims, queries)
            if check is not None:
                found[claim.id].append(check)
    return found


def _percent_from_operands(claim: Claim) -> Check:
    quantity = claim.quantity
    assert quantity is not None
    before, after = (q.value for q in claim.operands)
    formula_base = f"{format_number(after)} - {format_number(before)}"
    if before == 0:
        return Check("internal", "unverifiable", "the stated base is zero: no percentage change")
    delta = after - before
    if quantity.unit == "times":
        computed = after / before
        formula = f"{format_number(after)} / {format_number(before)} = {format_number(computed, 2)}"
    elif quantity.unit == "points":
        computed, formula = abs(delta), f"{formula_base} = {format_number(delta, 2)} points"
    else:
        pct = delta / before * 100
        computed = abs(pct) if quantity.unit == "percent" else abs(pct) / 100
        formula = f"({formula_base}) / {format_number(before)} = {format_number(pct, 2)}%"
    rising = delta > 0
    if delta != 0 and quantity.unit != "times" and rising != (claim.direction == "up"):
        return Check(
            "internal",
            "contradicted",
            f"the article's own numbers show a {'rise' if rising else 'fall'}: {formula}",
            computed,
            formula,
            suggestion="up" if rising else "down",
        )
    verdict, by_rounding = compare(quantity, computed)
    if verdict == "supported":
        explanation = f"the stated numbers give {formula}" + (
            f", which rounds to {quantity.text}" if by_rounding else ""
        )
        return Check("internal", verdict, explanation, computed, formula, by_rounding=by_rounding)
    return Check(
        "internal",
        verdict,
        f"the stated numbers give {formula}, not {quantity.text} "
        f"{quantity.interval.shown(quantity.unit)}",
        computed,
        formula,
        suggestion=suggest(claim, computed),
    )


def _direction_from_operands(claim: Claim) -> Check:
    before, after = (q.value for q in claim.operands)
    delta = after - before
    formula = f"{format_number(after)} - {format_number(before)} = {format_number(delta)}"
    actual = "up" if delta > 0 else "down" if delta < 0 else "unchanged"
    if claim.direction is None:
        return Check("internal", "unverifiable", "no direction stated", delta, formula)
    if actual != claim.direction:
        return Check(
            "internal",
            "contradicted",
            f"the stated numbers go {actual}, not {claim.direction}: {formula}",
            delta,
            formula,
            suggestion=actual,
        )
    if claim.quantity is not None:
        verdict, by_rounding = compare(claim.quantity, abs(delta))
        return Check(
            "internal",
            verdict,
            f"the stated numbers differ by {format_number(delta)}",
            abs(delta),
            formula,
            by_rounding=by_rounding,
        )
    return Check(
        "internal", "supported", f"the stated numbers go {actual}: {formula}", delta, formula
    )


def _total_from_parts(claim: Claim) -> Check:
    """ "2,895 offences - 1,437 in 2016/17 and 1,458 in 2017/18": the parts must add up."""
    assert claim.quantity is not None
    parts = [q.value for q in claim.operands]
    total = sum(parts)
    formula = f"{' + '.join(format_number(p) for p in parts)} = {format_number(total)}"
    verdict, by_rounding = compare(claim.quantity, total)
    explanation = f"the parts the article lists add up to {format_number(total)}: {formula}"
    if verdict != "supported":
        explanation += f", not {claim.quantity.text}"
    return Check(
        "internal",
        verdict,
        explanation,
        total,
        formula,
        by_rounding=by_rounding,
        suggestion=suggest(claim, total) if verdict == "contradicted" else None,
    )


def _identity(claim: Claim, query: Query | Unmatched) -> tuple[str, str] | None:
    """Who and what a claim is about: from the data when matched, else from its words."""
    if isinstance(query, Query):
        return query.subjects[0].name, query.measure.name
    if claim.subject_hints and claim.counted is not None:
        counted = words(claim.counted.text)
        return key(claim.subject_hints[0].text), counted[-1] if counted else ""
    return None


def _rate_from_total(
    claim: Claim, claims: list[Claim], queries: dict[str, Query | Unmatched]
) -> Check | None:
    """A rate against a total the article states for the same subject and period."""
    quantity = claim.quantity
    query = queries.get(claim.id)
    identity = _identity(claim, query)
    if quantity is None or identity is None or claim.per not in UNIT_DAYS:
        return None  # "7.6 births per woman" is a rate per person, not per day
    days = _days(claim, query)
    if days is None:
        return None
    for other in claims:
        if (
            other.kind not in {"value", "total"}
            or other.quantity is None
            or other.quantity.unit != "number"
            or other.quantity.vague
        ):
            continue
        other_query = queries.get(other.id)
        if _identity(other, other_query) != identity:
            continue
        if (
            isinstance(query, Query)
            and isinstance(other_query, Query)
            and other_query.periods != query.periods
        ):
            continue
        if not isinstance(query, Query) and _days(other, other_query) != days:
            continue
        low_days, high_days = days
        per_days = days_per(claim.per)
        stated = other.quantity.interval
        derived = Interval(stated.low / high_days * per_days, stated.high / low_days * per_days)
        span = (
            format_number(low_days)
            if low_days == high_days
            else (f"{format_number(low_days)}-{format_number(high_days)}")
        )
        computed = other.quantity.value / high_days * per_days
        formula = (
            f"{format_number(other.quantity.value)} (stated) / {span} days = "
            f"{format_number(computed, 2)} a {claim.per}"
        )
        target = quantity.interval
        if target.low <= derived.low and derived.high <= target.high:
            return Check(
                "internal",
                "supported",
                f"consistent with the article's own {other.text}: {formula}",
                computed,
                formula,
            )
        if derived.high < target.low or derived.low > target.high:
            return Check(
                "internal",
                "contradicted",
                f"inconsistent with the article's own {other.text}: {formula}",
                computed,
                formula,
                suggestion=suggest(claim, computed),
            )
        return None


def _days(claim: Claim, query: Query | Unmatched | None) -> tuple[float, float] | None:
    """Bounds on the length of the period a claim is about."""
    if isinstance(query, Query) and query.periods and query.periods[0]:
        total = float(sum(p.days for p in query.periods[0]))
        return total, total
    for ref in claim.periods:
        if ref.expr.duration_days is not None:
            return ref.expr.duration_days
        period = ref.expr.resolve()
        if period is not None:
            return float(period.days), float(period.days)
    return None
