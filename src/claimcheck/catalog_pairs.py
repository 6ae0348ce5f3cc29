"""Two numbers written as one, recognised from a table's headers with no metadata.

    >>> [p.measures for p in header_pairs(["field goals made", "field goals attempted"])]
    [('field goals made', 'field goals attempted')]

"7-of-14 shooting" is made and attempted; "(32-18)" is won and lost; "a 3-1 scoreline"
is for and against. A box score exported with its own column names says which
columns pair: "X made" beside "X attempted", "wins" beside "losses", "goals for"
beside "goals against". Metadata pairs (docs/catalog.md) still win.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.metadata import Pair

# (first, second) suffixes of one stem: "field goals made" / "field goals attempted"
_SUFFIXES = (("made", "attempted"), ("made", "attempts"), ("for", "against"))
# Whole headers that pair: a team's record
_RECORDS = (("wins", "losses"), ("won", "lost"), ("w", "l"))
# What a contest between two sides is scored in, and the words for its result: "won
# 113-107" is the subject's points, then the other side's.
_SCORES = ("points", "goals", "runs", "score")
SCORE_WORDS = ("win", "victory", "loss", "defeat", "score", "scoreline", "margin", "lead")


def header_pairs(measures: Sequence[str], sides: int = 0) -> tuple[Pair, ...]:
    """The pairs the headers of `measures` show, in the order of their first column;
    with two `sides` (a game's two teams), "113-107" is a score in points."""
    by_key = {_key(m): m for m in measures}
    pairs = []
    score = next((by_key[k] for k in _SCORES if k in by_key), None)
    if sides == 2 and score is not None:
        pairs.append(Pair("score", (score,), SCORE_WORDS, versus=True))
    for first, second in _RECORDS:
        if first in by_key and second in by_key:
            pairs.append(
                Pair("record", (by_key[first], by_key[second]), ("record",), bracketed=True)
            )
            break
    for header in measures:
        for first, second in _SUFFIXES:
            stem = _stem(_key(header), first)
            if stem and f"{stem} {second}" in by_key:
                words = (stem, *_singular(stem))
                pairs.append(Pair(stem, (header, by_key[f"{stem} {second}"]), words))
    return tuple(pairs)


def _key(header: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", header.lower()).split())


def _stem(key: str, suffix: str) -> str | None:
    return key[: -len(suffix) - 1] if key.endswith(f" {suffix}") else None


def _singular(stem: str) -> tuple[str, ...]:
    """ "field goals" is also "field goal" ("field goal shooting")."""
    return (stem[:-1],) if stem.endswith("s") and not stem.endswith("ss") else ()
