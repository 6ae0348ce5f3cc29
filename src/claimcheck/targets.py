"""What a name found in an article resolves to: a value, a group, or why it is neither.

    >>> Target.value("Gwent Police")
    Target(kind=<TargetKind.VALUE: 'value'>, name='Gwent Police', values=())
    >>> Target.together(("Brazil", "Mexico")).name
    'Brazil and Mexico'

Targets were strings ("value:Gwent Police", "group:Wales") taken apart wherever they
were read; typed, a misspelt kind is an error at import, not a name that never matches.
They sort by kind, then name, as the strings did, so that matching stays deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TargetKind(StrEnum):
    """What a name stands for in the data."""

    VALUE = "value"  # one value of a dimension: "Gwent Police"
    GROUP = "group"  # a group of values from the metadata: "Wales"
    AMBIGUOUS = "ambiguous"  # words that name two values equally well: never a guess
    EVERYONE = "everyone"  # no name at all: the table as a whole
    TOGETHER = "together"  # named values summed: "Brazil and Mexico together"


@dataclass(frozen=True, order=True)
class Target:
    """A resolved name: its kind, and the value, group or candidates it names.

    `name` is the value or group; for AMBIGUOUS the candidates as shown to the user
    ("'Gwent  Police' or 'Gwent Police'"); for TOGETHER the values joined by "and",
    which `values` holds one by one.
    """

    kind: TargetKind
    name: str = ""
    values: tuple[str, ...] = ()

    @classmethod
    def value(cls, name: str) -> Target:
        return cls(TargetKind.VALUE, name)

    @classmethod
    def group(cls, name: str) -> Target:
        return cls(TargetKind.GROUP, name)

    @classmethod
    def ambiguous(cls, candidates: str) -> Target:
        return cls(TargetKind.AMBIGUOUS, candidates)

    @classmethod
    def together(cls, values: tuple[str, ...]) -> Target:
        return cls(TargetKind.TOGETHER, " and ".join(values), values)


EVERYONE_TARGET = Target(TargetKind.EVERYONE)


@dataclass(frozen=True)
class Found:
    """A name found in text: where, and which entry of the vocabulary it is."""

    start: int
    end: int
    target: Target
