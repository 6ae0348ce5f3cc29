"""What a construction is, what it proposes, and the record of what is already taken.

    CONSTRUCTION = Construction(
        name="absolute_changes",  # its module's name, and tests/constructions/<name>.jsonl
        kinds=(Kind.CHANGE,),
        priority=60,
        propose=propose,  # (view, taken) -> candidates
    )

A construction is one way of writing a figure ("rose by 86"). Its `propose` reads a
sentence's view and `taken`, and yields candidate claims; it never changes either. The
resolver (resolver.py) runs the constructions by priority and alone records, in
`taken`, what each kept candidate consumes, so a construction of lower priority sees
the quantities and cues those before it took. Why a record and no shared sets: a
construction's precedence is then its priority, written once, and each can be read,
tested and moved on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimcheck.model import Kind, PeriodRef
from claimcheck.quantities import Quantity

if TYPE_CHECKING:
    from claimcheck.extract.view import SentenceView

# The two figures a change is between, and the token where the later of them ends.
Stated = tuple[tuple[Quantity, Quantity], int]


@dataclass(frozen=True)
class Draft:
    """A claim before its id, which is its place in the whole article: each Claim is
    built once, when every sentence has been read."""

    start: int
    end: int
    fields: dict[str, Any]


@dataclass(frozen=True)
class Candidate:
    """A claim a construction proposes, with what it consumes if it is kept.

    `quantities` and `cues` are the start tokens of the quantity and cue spans it
    takes; `stated` the figures a change is between, by its cue's start ("up from 287
    to 373"), for the change named right after them; `implied` the periods its reading
    gives other figures ("from 287" is of the year before), by their start token.
    """

    draft: Draft
    quantities: tuple[int, ...] = ()
    cues: tuple[int, ...] = ()
    stated: tuple[int, Stated] | None = None
    implied: tuple[tuple[int, PeriodRef], ...] = ()


class Taken:
    """What the candidates kept so far in a sentence consumed: read by constructions,
    written by the resolver alone (`record`)."""

    def __init__(self, quantities: Iterable[int] = ()) -> None:
        self._quantities = set(quantities)
        self._cues: set[int] = set()
        self._stated: dict[int, Stated] = {}
        self._implied: dict[int, PeriodRef] = {}

    def quantity(self, start: int) -> bool:
        """Whether the quantity starting at token `start` has its role already."""
        return start in self._quantities

    def cue(self, start: int) -> bool:
        """Whether the cue starting at token `start` was read already."""
        return start in self._cues

    @property
    def stated(self) -> tuple[Stated, ...]:
        """The figures of each change between stated figures, in the order kept."""
        return tuple(self._stated.values())

    def implied(self, start: int) -> PeriodRef | None:
        """The period a kept claim's reading gives the quantity at token `start`."""
        return self._implied.get(start)

    def clashes(self, candidate: Candidate) -> bool:
        """Whether a candidate claims a quantity a kept one took."""
        return any(start in self._quantities for start in candidate.quantities)

    def record(self, candidate: Candidate) -> None:
        """The resolver's alone: what a kept candidate consumes."""
        self._quantities.update(candidate.quantities)
        self._cues.update(candidate.cues)
        if candidate.stated is not None:
            self._stated[candidate.stated[0]] = candidate.stated[1]
        self._implied.update(candidate.implied)


Propose = Callable[["SentenceView", Taken], Iterable[Candidate]]


@dataclass(frozen=True)
class Construction:
    """One way of writing a figure: its name (its module's), the claim kinds it makes,
    its priority (lower runs first) and its pure `propose`."""

    name: str
    kinds: tuple[Kind, ...]
    priority: int
    propose: Propose
