"""One subject's figure as a multiple of another's: "The Met's figure was two and a half
times that of Greater Manchester", "twice as many offences as Gwent Police". A
comparison, not a change over time ("that" is the other's figure, a name after "of").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        if taken.quantity(q.start) or q._.quantity.unit != "times":
            continue
        if view.doc[q.end - 1].lower_ in {"that", "those"}:
            other = next((n for n in view.names if q.end < n.start <= q.end + 2), None)
        else:  # "twice as many offences as Gwent Police"
            other = _as_name(view, q)
            if other is None:
                continue
        end = other.end if other is not None else q.end
        draft = view.claim(
            "comparison",
            view.doc[q.start : end],
            direction="down" if q._.quantity.value < 1 else "up",
            quantity=q._.quantity,
            other=mention(other) if other is not None else None,
            periods=refs(view.all_periods()[:1]),
        )
        yield Candidate(draft, quantities=(q.start,))


def _as_name(view: SentenceView, q: Span) -> Span | None:
    """The name after the second "as" of "twice as many offences as Gwent Police"."""
    window = view.doc[q.end : min(q.end + 6, view.sent.end)]
    second = next((t for t in reversed(window) if t.lower_ == "as"), None)
    if second is None:
        return None
    return next((n for n in view.names if second.i < n.start <= second.i + 2), None)


CONSTRUCTION = Construction(name="ratios", kinds=(Kind.COMPARISON,), priority=40, propose=propose)
