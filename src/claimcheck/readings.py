"""Readings: every plausible way of taking a claim, and a verdict that rests on none
of them being a guess.

    >>> latest = origins(guessed=(Part.PERIOD,), period=Provenance.DEFAULTED)
    >>> reading = Reading("quarterly", "offences", "Gwent Police", (), ("2017/18 Q4",),
    ...     Aggregation.ONE, latest, 310.0, "contradicted", "310 is outside [1,199.5, 1,200.5)")
    >>> decide_readings((reading,)).verdict
    'unverifiable'

A claim "Gwent recorded 1,200 offences" checked against a quarterly table whose period
the article never names was once contradicted by the latest quarter: a guess presented
as a fact. Each part of a reading (table, measure, subject, filters, period,
aggregation) records where it came from: STATED in the claim's own clause, CARRIED from
context (an earlier sentence, the headline, the publication date) or DEFAULTED (the
latest period, the whole table). A default is a guess only where the data offered
alternatives: a table with one period or one measure leaves nothing to guess.

The rule (`decide_readings`): supported when the preferred reading supports and no
reading of equal standing contradicts; contradicted only when every reading that
settles the claim contradicts and none of them rests on a guess, and no reading on
ANOTHER subject the sentence names supports it; otherwise unverifiable, with the
readings and what each gives. Readings of equal standing (two tables, or two
measures the claim's words fit equally) that give different figures leave the claim
unverifiable even when each supports it: which figure the article means is then not
said, and a check that passes on either may have checked less than the claim says.

A reading on ANOTHER name of the sentence ("The Rockets beat the Nets 110-105" read as
the Nets' 110) is of lesser standing: it never supports a claim and never makes the
claim's own readings ambiguous, but when it supports the figure, the claim's own
contradiction is withheld. The figure is right for a name the sentence gives, so the
error may be in which name goes with it, and an edit of the figure would be wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from claimcheck.quantities import format_number


class Provenance(Enum):
    """Where a part of a reading came from."""

    STATED = "stated"  # in the claim's own clause
    CARRIED = "carried"  # from context: earlier sentences, the headline, --date
    DEFAULTED = "defaulted"  # not said: the latest period, the whole table
    # another name of the claim's sentence, tried in place of the subject: a figure
    # right for it is not contradicted on the subject the claim was bound to
    ANOTHER = "another"


class Part(Enum):
    """The parts of a reading, in the order they are shown."""

    TABLE = "table"
    MEASURE = "measure"
    SUBJECT = "subject"
    FILTERS = "filters"
    PERIOD = "period"
    AGGREGATION = "aggregation"


class Aggregation(Enum):
    """How a reading's cells make its figure."""

    ONE = "one figure"
    SUM = "sum"
    CHANGE = "change"
    PERCENT_CHANGE = "percent change"
    RATE = "rate"
    MEAN = "mean"  # "averaged 4.8% over the 1960s": the mean of the periods' figures
    SHARE = "share"
    RANK = "rank"
    COMPARISON = "comparison"
    DIRECTION = "direction"
    COUNT = "count"  # how many members meet a condition
    RECORD = "record"  # the extreme of one subject's figures since a year


@dataclass(frozen=True)
class Origins:
    """Where each part of one reading came from, and which defaults were guesses.

    `guessed` names the DEFAULTED parts for which the data offered alternatives (a
    period not stated, in a table of several periods): a contradiction resting on one
    of them is never reported as one.
    """

    provenance: tuple[tuple[Part, Provenance], ...]
    guessed: tuple[Part, ...] = ()

    def of(self, part: Part) -> Provenance:
        return dict(self.provenance).get(part, Provenance.STATED)

    def with_part(self, part: Part, source: Provenance) -> Origins:
        """The same origins but for one part: `with_part(Part.SUBJECT, ANOTHER)`."""
        provenance = tuple((p, source if p is part else s) for p, s in self.provenance)
        return Origins(provenance, self.guessed)


def origins(guessed: tuple[Part, ...] = (), **parts: Provenance) -> Origins:
    """Origins with every part STATED unless named: `origins(period=DEFAULTED)`."""
    provenance = tuple((part, parts.get(part.value, Provenance.STATED)) for part in Part)
    return Origins(provenance, tuple(p for p in Part if p in guessed))


STATED_ORIGINS = origins()


@dataclass(frozen=True)
class Reading:
    """One way of taking a claim, what the data gives for it and what that says."""

    table: str
    measure: str
    subject: str
    filters: tuple[tuple[str, str], ...]
    periods: tuple[str, ...]  # labels, one a role: ("2016/17", "2017/18") for a change
    aggregation: Aggregation
    origins: Origins
    value: float | None
    verdict: str
    explanation: str

    @property
    def guessed(self) -> tuple[Part, ...]:
        return self.origins.guessed

    @property
    def on_another(self) -> bool:
        """Whether this reading tries another name of the sentence as the subject."""
        return self.origins.of(Part.SUBJECT) is Provenance.ANOTHER

    @property
    def settles(self) -> bool:
        """Whether the data gives this reading a verdict (it found the figures)."""
        return self.verdict != "unverifiable"

    @property
    def described(self) -> str:
        """ "statecrime, poverty, Texas, 2009" : what the reading takes the claim as."""
        parts = [self.table, self.measure, self.subject, *(v for _, v in self.filters)]
        return ", ".join(filter(None, [*parts, " to ".join(filter(None, self.periods))]))

    @property
    def guesses(self) -> str:
        """ "period", "subject and period": the guessed parts, for a verdict's reason."""
        return " and ".join(part.value for part in self.guessed)

    @property
    def gives(self) -> str:
        """ "2017/18 gives 1,200, which supports it": the reading in a list of them."""
        if self.value is None:  # a rank or a direction: its reason says what it found
            return f"{self.described}: {self.explanation}"
        said = {"supported": ", which supports it", "contradicted": ", which contradicts it"}
        return f"{self.described} gives {format_number(self.value, 2)}{said.get(self.verdict, '')}"


@dataclass(frozen=True)
class Decision:
    """The verdict the readings give, the reading it rests on (None: none does) and why."""

    verdict: str
    reading: Reading | None
    explanation: str


def decide_readings(readings: tuple[Reading, ...]) -> Decision:
    """The verdict of a claim from its readings, preferred first (see the module's rule).

    Readings that settle nothing (no figure found) take no part; when none settles the
    claim, the preferred reading's reason is the verdict's.
    """
    own = tuple(r for r in readings if not r.on_another)
    decision = _decide_own(own)
    fitting = [r for r in readings if r.on_another and r.verdict == "supported"]
    if decision.verdict != "contradicted" or not fitting:
        return decision
    assert decision.reading is not None
    shown = "; ".join(r.gives for r in [decision.reading, *fitting])
    return Decision(
        "unverifiable",
        None,
        f"{shown}: the figure is right for another name the sentence gives, so the name "
        "bound to it, not the figure, may be wrong",
    )


def _decide_own(readings: tuple[Reading, ...]) -> Decision:
    """The verdict from the claim's own readings (none on another name)."""
    settling = [r for r in readings if r.settles]
    if not settling:
        first = readings[0] if readings else None
        return Decision("unverifiable", None, first.explanation if first else "no reading")
    preferred = settling[0]
    if not all(_same(r.value, preferred.value) for r in settling):
        return Decision("unverifiable", None, _ambiguity(settling))
    verdicts = {r.verdict for r in settling}
    if verdicts == {"supported"}:
        return Decision("supported", preferred, preferred.explanation)
    if verdicts == {"contradicted"} and not any(r.guessed for r in settling):
        return Decision("contradicted", preferred, preferred.explanation)
    return Decision("unverifiable", None, _ambiguity(settling))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _ambiguity(readings: list[Reading]) -> str:
    """ "statecrime, violent, South Carolina gives 675.1, which contradicts it; ...; the
    article does not say which" """
    if len(readings) == 1:
        reading = readings[0]
        return (
            f"{reading.explanation}; the {reading.guesses} is a guess (not stated, and "
            f"the data has others): the article does not say which"
        )
    shown = "; ".join(r.gives for r in readings)
    return f"{shown}; the article does not say which"
