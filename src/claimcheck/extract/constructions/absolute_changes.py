"""A change by a count: "rose by 86", "an increase of 86", "up 86 on 2016/17"."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        if taken.quantity(q.start) or q._.quantity.unit != "number" or q.start < 2:
            continue
        before = view.doc[q.start - 1].lower_
        cue = view.cue_before(q.start, {"UP", "DOWN"}, reach=2, taken=taken)
        adverb = cue is not None and cue.end == q.start and before in {"up", "down"}
        if cue is None or not (before in {"by", "of"} or adverb):  # "up 86 on 2016/17"
            continue
        direction = "up" if cue.label_ == "UP" else "down"
        anchor = view.doc[cue.start : q.end]
        draft = view.claim(
            "change",
            anchor,
            quantity=q._.quantity,
            direction=direction,
            operands=view.stated_before(anchor, taken),
            periods=view.change_refs(),
            counted=view.changed_noun(cue),
        )
        yield Candidate(draft, quantities=(q.start,), cues=(cue.start,))


CONSTRUCTION = Construction(
    name="absolute_changes", kinds=(Kind.CHANGE,), priority=60, propose=propose
)
