"""Matching a count of subjects: the column whose values are counted, and which count.

    >>> counted_dim(statecrime, claim)  # "Six states had murder rates above 7"
    'state'
    >>> len(members(statecrime, "state", None, catalog.groups))
    51

"states" counts the values of the table's `state` column, "countries and territories"
those of `Country Name` (never of its code column); the members are every value less
the table's total, its aggregates ("OECD members", "World") and the metadata's groups,
or, when the sentence narrows the kind ("Welsh forces", "the EU's members"), the members
of the group it names. A narrowing the data does not define is no group, and the claim
is unverifiable: counting every force for "Welsh forces" would be a guess.
"""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.catalog import Table
from claimcheck.metadata import Group
from claimcheck.model import Claim
from claimcheck.names import words
from claimcheck.query import NoMatch, Subject
from claimcheck.targets import Found, TargetKind


def counted_dim(table: Table, claim: Claim) -> str | None:
    """The one column of `table` whose header names what the claim counts; None if
    none does, or several do."""
    if claim.counted_subjects is None:
        return None
    said = set(words(claim.counted_subjects.text))
    fits = [
        dim
        for dim in table.dims
        if dim not in table.codes
        and said & {w for entry in table.dim_vocabulary.get(dim, (dim,)) for w in words(entry)}
    ]
    return fits[0] if len(fits) == 1 else None


def has_condition(claim: Claim) -> bool:
    """Whether the count is of the members meeting a condition the data can check."""
    return claim.direction is not None or claim.threshold is not None


def named_group(claim: Claim, found: list[Found], groups: Mapping[str, Group]) -> Group | None:
    """The group the count narrows to ("Welsh forces", "southern states"), or None when
    the noun stands alone ("states"). Raises NoMatch for a narrowing that names none."""
    hint, counted = claim.group_hint, claim.counted_subjects
    if hint is None or counted is None:
        return None
    named = [
        f
        for f in found
        if hint.start <= f.start < max(hint.end, counted.end) and f.target.kind is TargetKind.GROUP
    ]
    if not named:
        raise NoMatch(
            f"the claim counts {hint.text!r}, a group the data does not define; "
            f"list its members under [groups] in the metadata"
        )
    return groups[named[0].target.name]


def members(
    table: Table, dim: str, group: Group | None, groups: Mapping[str, Group]
) -> tuple[Subject, ...]:
    """The values counted: the group's members in the table, or every value that is
    not a total, an aggregate or a group of others."""
    if group is not None:
        values = [m for m in group.members if m in table.value_set(dim)]
    else:
        excluded = set(groups) | {table.totals.get(dim)} | table.aggregates.get(dim, frozenset())
        values = [v for v in table.values(dim) if v not in excluded]
    return tuple(Subject(v, dim, (v,)) for v in values)


def counted(claim: Claim, members: tuple[Subject, ...]) -> Subject:
    """What a count is about, as its reading names it: "Welsh forces", "states"."""
    said = claim.group_hint or claim.counted_subjects
    return Subject(said.text if said else "", members[0].dim, ())
