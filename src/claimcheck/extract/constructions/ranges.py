"""A range of two figures: "between 200 and 300 offences" is one claim, the interval
from one to the other (its value the middle, its hedge "range").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind
from claimcheck.quantities import Interval, Quantity


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for first, second in pairwise(view.quantities):
        if taken.quantity(first.start) or taken.quantity(second.start) or first.start == 0:
            continue
        joint = [t.lower_ for t in view.doc[first.end : second.start]]
        low, high = first._.quantity, second._.quantity
        if (
            view.doc[first.start - 1].lower_ != "between"
            or joint != ["and"]
            or (low.unit != high.unit or low.value > high.value)
        ):
            continue
        anchor = view.doc[first.start - 1 : second.end]
        interval = Interval(low.exact.low, high.exact.high)
        quantity = Quantity(
            anchor.text,
            (low.value + high.value) / 2,
            low.unit,
            interval,
            interval,
            hedge="range",
        )
        draft = view.claim(
            "value",
            anchor,
            quantity=quantity,
            periods=refs(view.periods_for(second)),
            counted=view.counted_after(second),
        )
        yield Candidate(draft, quantities=(first.start, second.start))


CONSTRUCTION = Construction(name="ranges", kinds=(Kind.VALUE,), priority=20, propose=propose)
