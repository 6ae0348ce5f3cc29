"""A part of a whole: "nearly two-thirds of all activity", "42% of respondents"; a
percentage that is not "of" something ("unemployment rose to 4.2%") is a value.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        if taken.quantity(q.start) or q._.quantity.unit not in {"percent", "fraction"}:
            continue
        following = view.doc[q.end].lower_ if q.end < view.sent.end else ""
        if following != "of" and q._.quantity.unit == "percent":
            continue
        draft = view.claim(
            "share",
            q,
            quantity=q._.quantity,
            periods=refs(view.periods_for(q)),
            measure_hints=view.measure_hints(q, whole=view.counted_after(q)),
        )
        yield Candidate(draft, quantities=(q.start,))


CONSTRUCTION = Construction(name="shares", kinds=(Kind.SHARE,), priority=150, propose=propose)
