"""The parts of a contest a sentence names: "in the third quarter", "after one
quarter", "in the first half", "over the final 12 minutes".

    >>> [p.group() for p in parts_named("jumped out to a 33-19 lead after one quarter")]
    ['after one quarter']
    >>> parts_named("The Celtics beat the Lakers 113-107 on Friday.")
    []
    >>> [p.group() for p in parts_named("had a strong first half where they led 29-19")]
    ['first half']
    >>> measures = ["points", "first quarter points", "third quarter points"]
    >>> measure_of_part("in the third quarter", measures)
    'third quarter points'
    >>> measure_of_part("after one quarter", measures) is None
    True

A score is of the whole contest unless the sentence says it is of a part: "a 33-19
lead after one quarter" is not the final score, and checked against the table's
points it contradicted a correct figure. A table may give some parts ("first quarter
points"): a score whose part is what names its measure is checked there; any other
part the sentence names leaves the score's part unsettled (claimcheck.match).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.names import words

# the nouns that name a stretch of play, and what may stand between them and the
# preposition that places a score in one ("the", "the final 12", "one", "the third")
PART_NOUNS = (
    "quarters?",
    "halves",
    "halftime",
    "half",
    "periods?",
    "minutes",
    "innings?",
    "overtime",
)
_PREPOSITIONS = ("in", "after", "over", "during", "through", "for", "at", "by", "to")
_ORDINALS = "first|second|third|fourth|fifth|final|last|opening|closing|next"
_BEFORE = rf"(?:(?:the|a|an|and|{_ORDINALS}|one|two|three|four|\d+)\s+)*"
_PART = re.compile(
    rf"(?:\b(?:{'|'.join(_PREPOSITIONS)})\s+{_BEFORE}|\b(?:{_ORDINALS})\s+(?:\d+\s+)?)"
    rf"(?:{'|'.join(PART_NOUNS)})\b(?!\s+of\b)",  # "the first half of the season": no part
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Part:
    """A part of a contest named in an article: where, and in which words."""

    start: int
    end: int
    text: str


def part_of_score(text: str, low: int, high: int, at: int) -> Part | None:
    """The part of the contest the score at `at` is of, in the clause `low`-`high` of
    `text` (see `nearest`); None when the clause names none."""
    found = nearest(parts_named(text[low:high]), at - low)
    return Part(low + found.start(), low + found.end(), found.group()) if found else None


def nearest(parts: list[re.Match[str]], at: int) -> re.Match[str] | None:
    """The part a score at `at` is of: the first named after it, else the last before
    ("led for the entirety of the second half, as they outscored the Pacers, 30-16, in
    the third quarter": the third quarter).

    >>> text = "led in the second half, outscoring them 30-16 in the third quarter"
    >>> nearest(parts_named(text), text.index("30")).group()
    'in the third quarter'
    """
    after = [p for p in parts if p.start() >= at]
    return after[0] if after else (parts[-1] if parts else None)


def parts_named(sentence: str) -> list[re.Match[str]]:
    """Each phrase of the sentence that places something in a part of a contest."""
    return list(_PART.finditer(sentence))


_NOT_NAMING = {*_PREPOSITIONS, "the", "a", "an"}


def measure_of_part(part: str, measures: Iterable[str]) -> str | None:
    """The one measure whose name holds every word of the part ("the third quarter":
    "third quarter points"); None when no measure or several do."""
    said = set(words(part)) - _NOT_NAMING
    named = [m for m in measures if said <= set(words(m))]
    return named[0] if len(named) == 1 else None
