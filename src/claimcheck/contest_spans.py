"""The pieces a part of a contest is made of, when the data holds it in pieces.

    >>> quarters = ["full game", "first quarter", "second quarter", "third quarter",
    ...             "fourth quarter"]
    >>> span_of("in the first half", quarters)
    Span(name='first half', pieces=('first quarter', 'second quarter'))
    >>> span_of("after three quarters", quarters).pieces
    ('first quarter', 'second quarter', 'third quarter')
    >>> span_of("at half-time", quarters).name
    'first half'
    >>> span_of("in the third quarter", quarters) is None  # one quarter is a value itself
    True

A box score gives points per quarter; an article says "led 55-48 at half-time" or
"outscored them 60-41 in the second half". A half is no quarter, but it is the sum of
two: the first half is the first and second quarters, the second half the third and
fourth (overtime is part of neither), and a score "after three quarters" is the sum of
the first three. The pieces are found by the ordinal words of their own names ("first
quarter", or "first quarter points" where the quarters are columns), so a table that
names its pieces otherwise, or lacks one of them, gives no span, and the score stays
unverifiable with its reason (claimcheck.match). Whether the pieces may be added up at
all is the measure's to say (claimcheck.summing.why_not_summed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.names import words

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
ORDINALS |= {"fourth": 4, "4th": 4}
_COUNTS = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
MEASURE = "_measure"  # the column of each row's measure: pieces that are columns
_PIECE = "quarter"
_PIECES = 4
_HALF = _PIECES // 2
# a preposition that places a score at the end of a stretch: the sum up to it
_UP_TO = {"after", "through", "by", "at", "entering", "into"}
_FIRST = {"first", "1st", "opening"}
_SECOND = {"second", "2nd", "final", "last", "closing"}


@dataclass(frozen=True)
class Span:
    """A part of a contest and the pieces of the data it is the sum of."""

    name: str
    pieces: tuple[str, ...]


def span_of(part: str, names: Iterable[str]) -> Span | None:
    """The span the words `part` name, over the pieces among `names`; None when they
    name one piece by its own name, nothing the pieces make up, or the names do not
    hold every piece once."""
    pieces = ordered_pieces(names)
    if pieces is None:
        return None
    said = words(part)
    wanted = _wanted(said)
    if wanted is None:
        return None
    first, last = wanted
    if first == last and _ordinal(said) is not None and not _UP_TO & set(said):
        return None  # "in the third quarter": a value of the data, found by its name
    return Span(_label(first, last), pieces[first - 1 : last])


def ordered_pieces(names: Iterable[str]) -> tuple[str, ...] | None:
    """The names of the pieces, first to last ("first quarter" ... "fourth quarter",
    or "first quarter points" ...): each once, all the rest of each name alike."""
    found: dict[int, str] = {}
    rests = set()
    for name in names:
        said = words(name)
        number = _ordinal(said)
        if number is None or _PIECE not in said:
            continue
        if number in found:
            return None
        found[number] = name
        rests.add(tuple(w for w in said if w not in ORDINALS and w != _PIECE))
    if sorted(found) != list(range(1, _PIECES + 1)) or len(rests) != 1:
        return None
    return tuple(found[n] for n in sorted(found))


def _wanted(said: list[str]) -> tuple[int, int] | None:
    """The first and last piece (1-based) that the words name, or None."""
    present = set(said)
    half = "half" in present or "halftime" in present
    if half:
        if present & _SECOND:
            return _HALF + 1, _PIECES
        if present & _FIRST or present & _UP_TO:  # "at half-time", "by the half"
            return 1, _HALF
        return None
    if _PIECE not in present:
        return None
    count = next((_COUNTS[w] for w in said if w in _COUNTS), None)
    ordinal = _ordinal(said)
    if count is not None:
        if present & {"final", "last", "closing"}:
            return _PIECES - count + 1, _PIECES  # "the final two quarters"
        if present & (_UP_TO | {"first", "opening"}):
            return 1, count  # "after three quarters", "the first three quarters"
        return None
    if ordinal is not None and present & _UP_TO - {"at", "into", "entering"}:
        return 1, ordinal  # "after the third quarter": the score at its end
    if ordinal is not None:
        return ordinal, ordinal
    return None


def _ordinal(said: Iterable[str]) -> int | None:
    return next((ORDINALS[w] for w in said if w in ORDINALS), None)


def _label(first: int, last: int) -> str:
    """ "first half", "second half", "first three quarters", "third quarter"."""
    names = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    if (first, last) == (1, _HALF):
        return "first half"
    if (first, last) == (_HALF + 1, _PIECES):
        return "second half"
    if first == last:
        return f"{names[first]} {_PIECE}"
    counts = {2: "two", 3: "three", 4: "four"}
    which = "first" if first == 1 else "last"
    return f"{which} {counts[last - first + 1]} {_PIECE}s"


def pieces_of(measure: str, pieces: tuple[str, ...]) -> bool:
    """Whether the pieces are pieces of this measure: one of them, or the measure
    their names share ("points" for "first quarter points" ...).

    >>> pieces = ("first quarter points", "second quarter points")
    >>> pieces_of("points", pieces), pieces_of("rebounds", pieces)
    (True, False)
    """
    rest = [w for w in words(pieces[0]) if w not in ORDINALS and w != _PIECE]
    return measure in pieces or words(measure) == rest


def spanned(
    filters: tuple[tuple[str, str], ...], span: tuple[str, Span] | None
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The filters with the span's dimension fixed to the span, and the pieces summed
    for it (`Query.pieces`); a one-piece span is that piece's own value.

    >>> spanned((("quarter", "full game"),), ("quarter", Span("first half", ("q1", "q2"))))
    ((('quarter', 'first half'),), (('first half', ('q1', 'q2')),))
    """
    if span is None:
        return filters, ()
    dim, found = span
    if dim == MEASURE and len(found.pieces) == 1:
        return filters, ()  # "after one quarter": the measure itself
    value = found.pieces[0] if len(found.pieces) == 1 else found.name
    kept = tuple((d, value if d == dim else v) for d, v in filters)
    if dim not in {d for d, _ in filters}:
        kept += ((dim, value),)
    pieces = ((found.name, found.pieces),) if len(found.pieces) > 1 else ()
    return kept, pieces
