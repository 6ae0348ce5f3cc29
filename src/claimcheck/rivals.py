"""The other names of a claim's sentence, tried as its subject so that a figure right
for one of them is never contradicted on the name the claim was bound to.

    "The Houston Rockets defeated the Brooklyn Nets 110-105", where the Nets scored 110
    and the Rockets 105: 110 read as the Rockets' contradicts, read as the Nets'
    supports. The figure is right; which name goes with it is what is wrong (or which
    name the article meant is not what the matcher guessed), so an edit of 110 to 105
    would be wrong: the claim is unverifiable, with both readings shown.

A sentence that names several rows of one kind (two teams, two players, two
countries) binds each figure by its words, and binding can go wrong both in the
article and in the matcher. The names tried are those a reader could bind the figure
to before the subject it was given (`nearer`): a name between the subject and the
figure ("Dragic and Waiters supplied 15 points, ..., and the latter five assists": five
bound to Dragic, Waiters nearer), or any name before the figure when the subject comes
after it. A subject nearest the figure ("force the Wizards into 14 turnovers, while
committing 12") is the figure's by its clause, and its contradiction stands even when
the figure is right for the Hawks: that is how a figure gets copied from one side to
the other. Only rows of the subject's own kind are tried: names that
pick out as many rows of the same table as the subject does, none of them the
subject's ("the Heat", beside a player, picks out a whole team of players and is not
tried). The readings built on them are of lesser standing (`Provenance.ANOTHER`,
claimcheck.readings): they can only withhold a contradiction, never support.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

import numpy as np

from claimcheck.catalog import Table
from claimcheck.targets import Found, TargetKind


class Resolved(Protocol):
    """A subject resolved in a table (match.Subject): its dimension and values."""

    dim: str
    values: tuple[str, ...]


class Rows(Protocol):
    """What a table's index answers: the rows holding given values of dimensions."""

    def rows(self, conditions: Iterable[tuple[str, tuple[str, ...]]]) -> np.ndarray: ...


S = TypeVar("S", bound=Resolved)


def nearer(figure: int, subject: Found, names: Iterable[Found]) -> list[Found]:
    """The names before the figure (at `figure`) that are nearer to it than `subject`.

    >>> from claimcheck.targets import Target
    >>> dragic = Found(0, 12, Target.value("Dragic"))
    >>> waiters = Found(17, 29, Target.value("Waiters"))
    >>> [f.target.name for f in nearer(80, dragic, [dragic, waiters])]
    ['Waiters']
    >>> nearer(80, waiters, [dragic, waiters])
    []
    >>> [f.target.name for f in nearer(14, waiters, [dragic, waiters])]  # the subject after it
    ['Dragic']
    """
    after = subject.end if subject.end <= figure else 0
    return [f for f in names if after <= f.start and f.end <= figure and f.target != subject.target]


def other_subjects(
    index: Rows, subject: S, names: Iterable[Found], resolve: Callable[[Found], S | None]
) -> list[S]:
    """The subjects of the same kind as `subject` that the other `names` resolve to,
    each once, in the order named. `resolve` gives a name's subject in the table (None
    where the table lacks it or the name is ambiguous)."""
    own = index.rows([(subject.dim, subject.values)])
    if not len(own):
        return []
    found: dict[tuple[int, ...], S] = {}  # by rows: "Brooklyn" and "Nets" are one team
    for name in names:
        other = resolve(name) if name.target.kind is TargetKind.VALUE else None
        if other is None:
            continue
        rows = index.rows([(other.dim, other.values)])
        if len(rows) == len(own) and not np.intersect1d(rows, own).size:
            found.setdefault(tuple(rows.tolist()), other)
    return list(found.values())


def one_side_twice(
    index: Rows, names: Iterable[Found], resolve: Callable[[Found], Resolved | None]
) -> bool:
    """Whether the `names` before a score are two or more mentions of one side ("The
    Suns defeated the host Suns"); adjacent names ("Houston Rockets") are one mention."""
    mentions: list[list[Found]] = []
    for found in sorted(names, key=lambda f: f.start):
        if found.target.kind is not TargetKind.VALUE:
            continue
        if mentions and found.start - mentions[-1][-1].end <= 1:
            mentions[-1].append(found)
        else:
            mentions.append([found])
    sides = {
        tuple(index.rows([(s.dim, s.values)]).tolist())
        for mention in mentions
        for s in map(resolve, mention)
        if s is not None
    }
    return len(mentions) >= 2 and len(sides) == 1


def filters_for(
    index: Rows,
    other: Resolved,
    filters: tuple[tuple[str, str], ...],
    pieces: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> tuple[tuple[str, str], ...]:
    """The subject's filters that hold for another subject too: "the Houston Rockets"
    is Houston filtered to the Rockets, which the Nets' row would fail; a filter held
    in pieces ("first half", `Query.pieces`) holds where its pieces do."""
    held = dict(pieces)
    return tuple(
        (dim, value)
        for dim, value in filters
        if len(index.rows([(other.dim, other.values), (dim, held.get(value, (value,)))]))
    )


_AFTER = re.compile(r"\s*[-–]\s*(\d+(?:\.\d+)?)\b")
_BEFORE = re.compile(r"\b(\d+(?:\.\d+)?)\s*[-–]\s*$")


def sibling(text: str, start: int, end: int) -> float | None:
    """The other number of the score whose number is at `start`-`end`: 105 for 110 in
    "110-105", 110 for 105.

    >>> text = "out-scoring the Kings 32-29 in the first"
    >>> sibling(text, 22, 24), sibling(text, 25, 27), sibling(text, 35, 40)
    (29.0, 32.0, None)
    """
    found = _AFTER.match(text, end) or _BEFORE.search(text, max(0, start - 12), start)
    return float(found.group(1)) if found else None


def one_value(
    table: Table, subject: Resolved, filters: tuple[tuple[str, str], ...], measure: str
) -> float | None:
    """The subject's one figure of a measure (None when the table has none or several:
    periods, categories)."""
    rows = table.index.rows(
        [(subject.dim, subject.values), *((d, (v,)) for d, v in filters), ("_measure", (measure,))]
    )
    values = np.asarray(table.columns["_value"])[rows] if len(rows) == 1 else ()
    return float(values[0]) if len(values) == 1 and not np.isnan(values[0]) else None
