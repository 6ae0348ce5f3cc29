"""A superlative with no noun after it, the complement of "to be": "Poland, at 1.30, was
the second-lowest.", "Its rate was the highest." A rank of the clause's subject by the
measure the sentence (or the one before) names, like "the second-lowest rate".

Only before a full stop, a comma or the end: "the highest since 1982" is a timing claim
and "the highest in the region" has its noun, for `ranks`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.constructions.ranks import DETERMINERS, place_before
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import governing_verb, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in {"RANK_MAX", "RANK_MIN"} or cue.start == 0 or taken.cue(cue.start):
            continue
        place, determiner = place_before(view, cue)  # "the second-lowest"
        if determiner < view.sent.start or view.doc[determiner].lower_ not in DETERMINERS:
            continue
        after = view.doc[cue.end] if cue.end < view.sent.end else None
        if after is not None and not (after.is_punct and after.text not in {"-", "–"}):
            continue
        if governing_verb(cue).lemma_.lower() != "be":
            continue  # "won the most." has an object of its own to count
        draft = view.claim(
            "rank",
            view.doc[determiner : cue.end],
            extreme="max" if cue.label_ == "RANK_MAX" else "min",
            metric="value",
            position=place,
            periods=refs(view.all_periods()),
            group_hint=view.place_group(),
        )
        yield Candidate(draft, cues=(cue.start,))


CONSTRUCTION = Construction(
    name="bare_superlatives", kinds=(Kind.RANK,), priority=105, propose=propose
)
