"""Averages: "averaging 16 points and six rebounds", over games or years, which a table
of single figures cannot check (each is listed, unverifiable: a rate per "average").
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        if taken.quantity(q.start) or view.verb_lemma(q) != "average":
            continue
        draft = view.claim(
            "rate", q, quantity=q._.quantity, per="average", counted=view.counted_after(q)
        )
        yield Candidate(draft, quantities=(q.start,))


CONSTRUCTION = Construction(name="averages", kinds=(Kind.RATE,), priority=80, propose=propose)
