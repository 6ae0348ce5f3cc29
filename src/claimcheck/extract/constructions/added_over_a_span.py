"""What was added over a span of time is a change: "Brazil added 20 million people
between 2000 and 2010", "has gained 3 million since 1990", never a level summed over
the span's years. Only with a span: "added 20 points" in a game is a count.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind

ADDING_VERBS = {"add", "gain"}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    spans = [p for p in view.periods if p._.period.kind in {"since", "range"}]
    for q in view.quantities:
        if not spans or taken.quantity(q.start) or q._.quantity.unit != "number":
            continue
        noun = q.root.head if q.root.dep_ == "nummod" else q.root
        verb = noun.head if noun.dep_ == "dobj" else noun
        if verb.lemma_.lower() not in ADDING_VERBS or not verb.i < q.start:
            continue
        draft = view.claim(
            "change",
            view.doc[verb.i : q.end],
            quantity=q._.quantity,
            direction="up",
            periods=refs(spans[:1]),
            counted=view.counted_after(q),
        )
        yield Candidate(draft, quantities=(q.start,))


CONSTRUCTION = Construction(
    name="added_over_a_span", kinds=(Kind.CHANGE,), priority=70, propose=propose
)
