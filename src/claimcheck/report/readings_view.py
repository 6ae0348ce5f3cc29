"""The readings of a claim as the HTML evidence panel shows them.

    t | offences | Gwent | — | 2017/18 | one figure | 267 | contradicts | period: defaulted

Shown when there is more than one reading, or when the one there is rests on a guess:
the editor then sees the ambiguity, and which reading would settle the claim, rather
than a verdict that hides it.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Verdict
from claimcheck.quantities import format_number
from claimcheck.readings import Provenance, Reading

SAYS = {"supported": "supports", "contradicted": "contradicts", "unverifiable": "settles nothing"}


@dataclass(frozen=True)
class ReadingView:
    """One reading: what it takes the claim as, what it gives, and what was not stated."""

    table: str
    measure: str
    subject: str
    filters: str
    periods: str
    aggregation: str
    value: str
    says: str
    verdict: str
    unstated: str  # "period: defaulted (a guess); subject: carried"


def reading_views(verdict: Verdict) -> tuple[ReadingView, ...]:
    """The readings the panel lists; none when a single reading was all stated."""
    readings = [r for check in verdict.checks for r in check.readings]
    if len(readings) == 1 and not readings[0].guessed:
        return ()
    return tuple(_view(r) for r in readings)


def _view(reading: Reading) -> ReadingView:
    unstated = [
        f"{part.value}: {source.value}" + (" (a guess)" if part in reading.guessed else "")
        for part, source in reading.origins.provenance
        if source is not Provenance.STATED
    ]
    return ReadingView(
        table=reading.table,
        measure=reading.measure,
        subject=reading.subject,
        filters=", ".join(f"{d} = {v}" for d, v in reading.filters) or "—",
        periods=" → ".join(reading.periods) or "—",
        aggregation=reading.aggregation.value,
        value="—" if reading.value is None else format_number(reading.value, 2),
        says=SAYS[reading.verdict],
        verdict=reading.verdict,
        unstated="; ".join(unstated) or "all stated",
    )
