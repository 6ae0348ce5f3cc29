"""A place in the ranking of the figure just before, by what that figure counts:
"Sussex recorded 1,006 stalking offences, second only to the Met's 1,056".
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import ORDINALS
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for token in view.parts.ordinals(view.sent):
        following = [t.lower_ for t in view.doc[token.i + 1 : token.i + 3]]
        if following != ["only", "to"] or token.i + 3 > view.sent.end:
            continue
        before = [q for q in view.quantities if q.end <= token.i]
        counted = view.counted_after(before[-1]) if before else None
        draft = view.claim(
            "rank",
            view.doc[token.i : token.i + 3],
            extreme="max",
            metric="value",
            position=ORDINALS[token.lower_],
            periods=refs(view.periods_for(before[-1]) if before else view.all_periods()),
            counted=counted,
        )
        yield Candidate(draft)


CONSTRUCTION = Construction(
    name="second_only_to", kinds=(Kind.RANK,), priority=120, propose=propose
)
