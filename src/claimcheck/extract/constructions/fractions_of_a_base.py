"""A fraction of another subject's figure: "Maine ..., less than a fifth of Nevada's
rate", "Iceland's population is about a sixth of Denmark's". A comparison of the
clause's subject with the named base, its size the ratio between them (as "twice that
of Gwent" is, in `ratios`).

Only when the sentence's subject is someone else: in "half of Gwent's offences were
online" the fraction is a part of Gwent's own whole, a share (`shares`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind, Mention


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        quantity = q._.quantity
        if taken.quantity(q.start) or quantity.unit != "fraction" or quantity.value >= 1:
            continue
        if q.end + 2 >= view.sent.end or view.doc[q.end].lower_ != "of":
            continue
        base = view.name_at(view.doc[q.end + 1])
        if base is None or base.start != q.end + 1 or view.doc[base.end].tag_ != "POS":
            continue  # "a sixth of Denmark's": the base's own figure, not a part of it
        hints = view.subject_hints(q)
        if not hints or hints[0].start == base.start_char:
            continue  # "half of Gwent's offences were online": a part of Gwent's whole
        draft = view.claim(
            "comparison",
            view.doc[q.start : base.end],
            direction="down",
            quantity=replace(quantity, unit="times"),
            other=mention(base),
            periods=refs(view.all_periods()[:1]),
            counted=_figure_before(view, q) or view.noun_run(base.end + 1, view.sent.end),
        )
        yield Candidate(draft, quantities=(q.start,))


def _figure_before(view: SentenceView, q: Span) -> Mention | None:
    """ "with 119.9 violent crimes per 100,000, less than a fifth of Nevada's rate": the
    figure the fraction stands in apposition to (a comma between) says what is compared."""
    bases = {base.start for base in view.bases.values()}  # "per 100,000"
    before = [f for f in view.quantities if f.end <= q.start and f.start not in bases]
    if not before or "," not in view.doc[before[-1].end : q.start].text:
        return None
    return view.counted_after(before[-1])


CONSTRUCTION = Construction(
    name="fractions_of_a_base", kinds=(Kind.COMPARISON,), priority=145, propose=propose
)
