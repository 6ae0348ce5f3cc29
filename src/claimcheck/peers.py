"""Who a ranking compares a subject with: the group the sentence names, or the
subject's own parent group when the sentence only points at it.

    "Alaska's rate was the highest in the region" -> the West, Alaska's Census region
    "the lowest in its region"                      -> the same
    "the highest in Wales" (a group named)          -> the match resolves the name

`parents_of` is the one place that says which groups hold a value. Today it reads the
metadata's [groups]; a hierarchy found in the data (world > continent > country rows)
can answer through the same function without the matcher changing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from claimcheck.lexicon import POINTING
from claimcheck.metadata import Group
from claimcheck.names import words

# Nouns that point at the subject's own group without naming it: "in the region".
GROUP_NOUNS = {"region", "continent", "bloc", "area", "neighbourhood", "neighborhood"}


def points_at_own_group(phrase: str) -> bool:
    """ "the region", "its region", "the continent": a group given by the subject."""
    said = phrase.lower().split()
    head = words(said[-1]) if len(said) >= 2 else []
    return bool(head) and said[0] in POINTING and head[-1] in GROUP_NOUNS


def parents_of(value: str, groups: dict[str, Group]) -> list[Group]:
    """The groups that hold a value, in the metadata's order."""
    return [group for group in groups.values() if value in group.members]


_COPULA = r"(?:is|was|isn't|wasn't)"
# "the highest rate of any state", "more than any other force", "of any U.S. state in
# 2009", "of any major sector": every value of a kind, named by the last word before a
# preposition or a clause's punctuation (an abbreviation's full stop is no end).
ANY_KIND = re.compile(
    r"\b(?i:of|than|among) (?i:any) (?i:other )?([\w.' -]+?)"
    r"(?=\s+(?i:in|on|at|for|with|of|since|by|during|after|before)\b|[,;:!?)]|(?<![A-Z])\.|$)"
)


def any_kind(sentence: str) -> str | None:
    """The kind "of any state" ranks over, singular ("state"); None if not said.

    >>> any_kind("the highest rate of any U.S. state in 2009"), any_kind("of any major sector.")
    ('state', 'sector')
    """
    found = ANY_KIND.search(sentence)
    kind = words(found.group(1)) if found else []
    return kind[-1] if kind else None


def said_not_to_be(text: str, kind: str, values: list[str]) -> set[str]:
    """The values the article itself says are not of a kind: "The District of Columbia,
    which is not a state" takes it out of "the highest rate of any state". `kind` is a
    singular noun ("state"); a name is matched as the data writes it."""
    noun = re.escape(kind.lower())
    out = set()
    for value in values:
        pattern = rf"{re.escape(value)}\b[^.]{{0,40}}?\b{_COPULA}\s+(?:not\s+)?an?\s+{noun}\b"
        for found in re.finditer(pattern, text, re.IGNORECASE):
            if "not" in found.group().lower().split() or "n't" in found.group().lower():
                out.add(value)
    return out


# Nouns that say what kind of place or body a value is: a value whose name holds one
# other than the kind a ranking names ("the District of Columbia" among states, "Euro
# area" among countries) is not known to be of that kind.
KIND_NOUNS = {
    "state", "country", "nation", "district", "territory", "province", "region",
    "county", "city", "area", "zone", "union", "world", "total", "average",
    "dependency", "commonwealth", "municipality",
}  # fmt: skip


def named_as_another_kind(kind: str, values: list[str]) -> set[str]:
    """The values whose own names say they are of another kind than `kind`: "the
    highest share of any state" may or may not count the District of Columbia, and the
    data does not say which; the ranking is read both ways (claimcheck.match).

    >>> sorted(named_as_another_kind("state", ["Texas", "District of Columbia"]))
    ['District of Columbia']
    >>> named_as_another_kind("state", ["New York State", "Ohio"])
    set()
    >>> named_as_another_kind("force", ["London, City of", "Gwent"])  # a force's place
    set()
    """
    if kind not in KIND_NOUNS:  # "any force": its members are named by their places
        return set()
    out = set()
    for value in values:
        nouns = set(words(value)) & KIND_NOUNS
        if nouns and kind not in nouns:
            out.add(value)
    return out


class Named(Protocol):
    """A peer of a ranking (match.Subject): what it is called."""

    name: str


P = TypeVar("P", bound=Named)


def without_other_kinds(
    sentence: str, peers: Sequence[P], subjects: set[str]
) -> tuple[tuple[P, ...], str] | None:
    """The peers of "of any <kind>" without those named as another kind, and a note
    saying so; None when the sentence names no kind or no peer is doubtful."""
    kind = any_kind(sentence)
    names = [p.name for p in peers if p.name not in subjects]
    doubtful = named_as_another_kind(kind, names) if kind else set()
    if not doubtful:
        return None
    note = f"read without {', '.join(sorted(doubtful))}, which the data does not call a {kind}"
    return tuple(p for p in peers if p.name not in doubtful), note
