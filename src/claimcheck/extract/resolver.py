"""The one resolver: which of the constructions' candidates a sentence keeps.

    drafts = first_by_priority(view, CONSTRUCTIONS)

The policy, "first by priority":

1. The rate bases ("per 100,000") are taken before any construction runs: the figure
   after "per" belongs to the one before it and is no claim of its own.
2. Constructions run one at a time, lowest `priority` first (today's order of the
   handlers: changes between stated figures, ranges, pairs, ratios, ... values last).
3. A construction's candidates are taken in the order it proposes them (text order).
   Each is kept unless it claims a quantity token a kept candidate took already; the
   first to claim a quantity has it. A kept candidate's quantities, cues, stated
   figures and implied periods are recorded in `taken` at once, before the construction
   proposes its next: a construction reads `taken` afresh at each step, so its later
   candidates see what its earlier ones took.
4. A cue is recorded, not exclusive: the constructions that look for a word of rising
   or falling as their own skip one `taken` has (changes, directions); a rank, an
   "only" or a comparison reads its own words whatever was recorded before.
5. Every kept claim records the construction that made it (`rule`).

Why so simple: the constructions were written to this order, each leaving what the
ones before it took; a candidate that loses its quantity has no other reading to fall
back on, so scoring candidates against each other would only reorder the same choices.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.extract.registry import Construction, Draft, Taken
from claimcheck.extract.view import SentenceView


def first_by_priority(view: SentenceView, constructions: Iterable[Construction]) -> list[Draft]:
    """The drafts a sentence keeps, construction by construction, in priority order."""
    taken = Taken(base.start for base in view.bases.values())
    kept: list[Draft] = []
    for construction in sorted(constructions, key=lambda c: c.priority):
        for candidate in construction.propose(view, taken):
            if taken.clashes(candidate):
                continue
            taken.record(candidate)
            draft = candidate.draft
            kept.append(Draft(draft.start, draft.end, draft.fields | {"rule": construction.name}))
    return kept
