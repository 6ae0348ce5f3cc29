"""A rise or fall with no figure, of every subject named before it: "A, B and C all
saw increases", "Gwent also recorded an increase".
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind

REPORTING_VERBS = {
    "see",
    "record",
    "report",
    "log",
    "show",
    "have",
    "post",
    "experience",
    "suffer",
    "register",
    "witness",
    "enjoy",
}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in {"UP", "DOWN"} or taken.cue(cue.start):
            continue
        token = cue[0]
        as_object = token.pos_ == "NOUN" and token.head.lemma_.lower() in REPORTING_VERBS
        as_verb = token.pos_ == "VERB" and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        )
        if not (as_object or as_verb) or view.quantity_attached(token):
            continue
        if not any(name.end_char <= cue.start_char for name in view.names):
            continue
        quantifier = next(
            (c for c in view.cues if c.label_ == "ALL" and cue.start - 6 <= c.start < cue.start),
            None,
        )
        start = (
            quantifier.start if quantifier is not None else (token.head.i if as_object else token.i)
        )
        start = min(start, cue.start)  # a verb after its object ("rise ... saw") too
        direction = "up" if cue.label_ == "UP" else "down"
        subjects = tuple(mention(n) for n in view.names if n.end_char <= cue.start_char)
        draft = view.claim(
            "direction",
            view.doc[start : cue.end],
            direction=direction,
            periods=view.change_refs(),
            subject_hints=subjects,
            counted=view.changed_noun(cue),
        )
        yield Candidate(draft, cues=(cue.start,))


CONSTRUCTION = Construction(
    name="directions", kinds=(Kind.DIRECTION,), priority=140, propose=propose
)
