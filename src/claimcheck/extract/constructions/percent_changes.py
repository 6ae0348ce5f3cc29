"""A change in percent, as a fraction or as a multiple: "a 15% increase in grooming",
"rose by a third", "doubled since 2010", "almost tripling", "more than twelvefold".
"Rose to 4.2%" states the new level, no change.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS
from claimcheck.model import Kind

CHANGE_UNITS = {"percent", "times", "fraction", "points"}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for q in view.quantities:
        quantity = q._.quantity
        if taken.quantity(q.start) or quantity.unit not in CHANGE_UNITS:
            continue
        if quantity.unit == "times":
            if _of_parts(view, q):
                continue
            cue = q
            direction = "down" if quantity.value < 1 else "up"
        else:
            if q.start > 0 and view.doc[q.start - 1].lower_ in {"to", "at"}:
                continue  # "rose to 4.2%" states the new level, not the change
            cue = view.cue_before(q.start, {"UP", "DOWN"}, reach=3, taken=taken)
            cue = cue or view.cue_after(q, taken)
            if cue is None:
                continue
            direction = "up" if cue.label_ == "UP" else "down"
        anchor = view.doc[min(cue.start, q.start) : max(cue.end, q.end)]
        draft = view.claim(
            "percent_change",
            anchor,
            quantity=quantity,
            direction=direction,
            operands=view.stated_before(anchor, taken),
            periods=view.change_refs(),
            counted=view.changed_noun(cue),
        )
        yield Candidate(draft, quantities=(q.start,), cues=(cue.start,))


def _of_parts(view: SentenceView, q: Span) -> bool:
    """ "a threefold strategy": a "-fold" word before a noun other than a change ("a
    threefold increase") says how many parts, not how many times."""
    if not q[-1].lower_.endswith("fold") or q.end >= view.sent.end:
        return False
    noun = view.doc[q.end]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS


CONSTRUCTION = Construction(
    name="percent_changes", kinds=(Kind.PERCENT_CHANGE,), priority=50, propose=propose
)
