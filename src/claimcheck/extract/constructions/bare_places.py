"""A place with no group after it: "Chad came third, at 6.5, behind Mali.", "Arkansas
came second, at 18.8%". A rank of the clause's subject, by the measure the figure after
it counts or the sentence (or the one before) names.

Only after a verb of placing and before a comma or the end: "the third quarter" and
"for the first time" are no places, and "came third in 2010" or "second on the team"
are `ordinal_ranks`'.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.constructions.ordinal_ranks import PLACING_VERBS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import ORDINALS
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for token in view.parts.ordinals(view.sent):
        if token.i == view.sent.start or view.doc[token.i - 1].lemma_.lower() not in PLACING_VERBS:
            continue
        if view.doc[token.i - 1].pos_ not in {"VERB", "AUX"}:
            continue
        after = view.doc[token.i + 1] if token.i + 1 < view.sent.end else None
        if after is not None and after.text not in {",", ".", ";"}:
            continue
        figure = next((q for q in view.quantities if q.start > token.i), None)
        counted = view.counted_after(figure) if figure is not None else None
        draft = view.claim(
            "rank",
            view.doc[token.i : token.i + 1],
            extreme="max",
            metric="value",
            position=ORDINALS[token.lower_],
            periods=refs(view.all_periods()),
            counted=counted,
        )
        yield Candidate(draft)


CONSTRUCTION = Construction(name="bare_places", kinds=(Kind.RANK,), priority=115, propose=propose)
