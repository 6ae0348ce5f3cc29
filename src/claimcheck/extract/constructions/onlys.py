"""The only one of a group to rise, fall or pass a threshold: "X was the only Welsh
force to log a drop", "the only force to record fewer than 50".
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ != "ONLY":
            continue
        head = next(
            (t for t in view.doc[cue.end : min(cue.end + 4, view.sent.end)] if t.pos_ == "NOUN"),
            None,
        )
        direction_cue = next(
            (
                c
                for c in view.cues
                if c.label_ in {"UP", "DOWN"} and cue.end <= c.start <= cue.end + 8
            ),
            None,
        )
        end = (
            direction_cue.end
            if direction_cue is not None
            else (head.i + 1 if head is not None else cue.end)
        )
        group = [
            t
            for t in view.doc[cue.end : head.i if head is not None else cue.end]
            if t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.is_title)
        ]
        group_hint = mention(view.doc[group[0].i : group[-1].i + 1]) if group else None
        direction = None
        threshold = None
        read: tuple[int, ...] = ()
        if direction_cue is not None:
            read = (direction_cue.start,)
            direction = "up" if direction_cue.label_ == "UP" else "down"
        else:  # "the only force to record fewer than 50": a threshold
            threshold = next(
                (q for q in view.quantities if cue.end <= q.start <= cue.end + 8), None
            )
            end = max(end, threshold.start) if threshold is not None else end
        draft = view.claim(
            "only",
            view.doc[cue.start : end],
            direction=direction,
            quantity=threshold._.quantity if threshold is not None else None,
            group_hint=group_hint,
            periods=(
                view.change_refs() if threshold is None else refs(view.periods_for(threshold))
            ),
            counted=view.changed_noun(direction_cue)
            if direction_cue
            else (view.counted_after(threshold) if threshold is not None else None),
        )
        yield Candidate(draft, cues=read)


CONSTRUCTION = Construction(name="onlys", kinds=(Kind.ONLY,), priority=130, propose=propose)
