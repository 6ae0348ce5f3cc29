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

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

import numpy as np

from claimcheck.names import Found


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

    >>> dragic, waiters = Found(0, 12, "value:Dragic"), Found(17, 29, "value:Waiters")
    >>> [f.target for f in nearer(80, dragic, [dragic, waiters])]
    ['value:Waiters']
    >>> nearer(80, waiters, [dragic, waiters])
    []
    >>> [f.target for f in nearer(14, waiters, [dragic, waiters])]  # the subject after it
    ['value:Dragic']
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
        other = resolve(name) if name.target.startswith("value:") else None
        if other is None:
            continue
        rows = index.rows([(other.dim, other.values)])
        if len(rows) == len(own) and not np.intersect1d(rows, own).size:
            found.setdefault(tuple(rows.tolist()), other)
    return list(found.values())
