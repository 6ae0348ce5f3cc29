"""The contract between matching and verifying: a claim resolved against one table.

    >>> Query(table, measure, (Subject("Gwent Police", "force", ("Gwent Police",)),),
    ...       periods=((Period("2016/17", ...),),))

`claimcheck.match` builds a `Query` (or says why it cannot); `claimcheck.verify` reads
the figures it names. They live here so that neither stage imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.catalog import Measure, Table
from claimcheck.periods import Period
from claimcheck.readings import STATED_ORIGINS, Origins


@dataclass(frozen=True)
class Subject:
    """What a figure is about: a dimension value, or a group of values."""

    name: str
    dim: str
    values: tuple[str, ...]  # the values whose figures are summed
    members: tuple[str, ...] = ()  # a group's members: the peers of its members


EVERYONE = Subject("", "", ())  # a claim that names no one: the whole table


@dataclass(frozen=True)
class Query:
    """A claim resolved against one table; `periods` holds one tuple a role (from, to)."""

    table: Table
    measure: Measure
    subjects: tuple[Subject, ...]
    periods: tuple[tuple[Period, ...], ...]
    filters: tuple[tuple[str, str], ...] = ()
    part: tuple[str, str] | None = None
    peers: tuple[Subject, ...] = ()
    notes: tuple[str, ...] = ()
    alternatives: tuple[Query, ...] = ()  # other tables that fit; verify checks they agree
    stated: bool = False  # a share the table states in a column of percentages: a value
    origins: Origins = STATED_ORIGINS  # where each part came from (claimcheck.readings)
    # a filter's value that the data holds in pieces, and the pieces summed for it
    # ("first half": the first and second quarters; claimcheck.contest_spans)
    pieces: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Unmatched:
    """Why a claim cannot be linked to data."""

    reason: str


class NoMatch(Exception):
    """Raised inside matching with the reason; turned into Unmatched at the edge."""
