"""A figure per unit of time: "almost four child abuse images offences a day". "1,437
a year earlier" names when, not what per.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        if taken.quantity(q.start) or q._.quantity.unit != "number":
            continue
        cue = next(
            (
                c
                for c in view.cues
                if c.label_ == "RATE"
                and q.end <= c.start <= q.end + 6
                and not view.in_period(c.start)  # "1,437 a year earlier": a period
                and not _names_a_time(view, c)
                and not any(t.pos_ in {"ADP", "AUX", "PUNCT"} for t in view.doc[q.end : c.start])
            ),
            None,
        )
        if cue is None:
            continue
        draft = view.claim(
            "rate",
            view.doc[q.start : cue.end],
            quantity=q._.quantity,
            per=cue[-1].lemma_.lower(),
            periods=refs(view.all_periods()),
            counted=view.counted_after(q),
        )
        yield Candidate(draft, quantities=(q.start,))


def _names_a_time(view: SentenceView, cue: Span) -> bool:
    """ "up from 812,900 a year earlier": "a year" before "earlier" or "ago" is when
    the figure was, not what it is per."""
    following = view.doc[cue.end].lower_ if cue.end < view.sent.end else ""
    return following in {"earlier", "ago", "before", "previously", "later"}


CONSTRUCTION = Construction(name="rates", kinds=(Kind.RATE,), priority=90, propose=propose)
