"""One subject against another, or one period against another, with "more"/"fewer ...
than":

    "Gwent recorded more grooming offences than Dyfed-Powys"  -> comparison
    "50 more offences than Gwent", "more than twice Nevada's rate"  -> with its size
    "88 fewer offences in 2017/18 than in 2016/17"  -> a change between the periods
    "more offences than any other Welsh force"      -> a rank (the most of the group)

"More than 2,000" with no name or period after "than" is a hedge, no comparison.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from claimcheck.extract.registry import Candidate, Construction, Draft, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import EVERY_OTHER
from claimcheck.model import Kind
from claimcheck.quantities import Quantity


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in {"MORE", "FEWER"} or view.name_at(cue[0]) is not None:
            continue  # "Greater Manchester Police recorded more ...": one comparison
        window = view.doc[cue.end : min(cue.end + 8, view.sent.end)]
        than = next((t for t in window if t.lower_ == "than"), None)
        if than is None:
            continue
        other = next((n for n in view.names if than.i < n.start <= than.i + 3), None)
        if than.i + 1 < view.sent.end and view.doc[than.i + 1].lower_ in EVERY_OTHER:
            yield Candidate(_superlative(view, cue, than, other), cues=(cue.start,))
            continue
        change = _between_periods(view, than) if other is None else None
        if other is None and change is None:
            continue  # "more than 2,000" is a hedge, not a comparison
        difference = next(
            (q for q in view.quantities if q.end == cue.start and not taken.quantity(q.start)),
            None,
        )
        multiple, claimed = (
            _multiple_after_than(view, taken, than, other) if difference is None else (None, ())
        )
        start = cue.start
        if difference is not None:
            claimed = (difference.start,)
            start = difference.start
        counted = view.noun_run(cue.end, than.i)
        if change is not None:  # "88 fewer offences in 2017/18 than in 2016/17"
            base, named = change
            percent = difference is not None and difference._.quantity.unit == "percent"
            draft = view.claim(
                "percent_change" if percent else "change",
                view.doc[start : base.end if base.start <= than.i + 2 else than.i + 1],
                quantity=difference._.quantity if difference else None,
                direction="up" if cue.label_ == "MORE" else "down",
                periods=refs((base, named)),  # from the period compared with
                counted=counted,
            )
            yield Candidate(draft, quantities=claimed, cues=(cue.start,))
            continue
        draft = view.claim(
            "comparison",
            view.doc[start : other.end],
            direction="up" if cue.label_ == "MORE" else "down",
            quantity=difference._.quantity if difference else multiple,
            other=mention(other),
            counted=counted,
            periods=refs(view.all_periods()[:1]),
        )
        yield Candidate(draft, quantities=claimed)


def _multiple_after_than(
    view: SentenceView, taken: Taken, than: Token, other: Span | None
) -> tuple[Quantity | None, tuple[int, ...]]:
    """ "more than twice Nevada's rate", "more than 15 times New Hampshire's": the
    multiple between "than" and the name is what the comparison claims (a ratio,
    hedged by "more than"), not a bare "more"; with the number it takes, when "times"
    is a word of its own (the multiple is the claim's, no value of its own)."""
    for span in view.quantities:
        if other is None or not than.i < span.end <= other.start:
            continue
        quantity = span._.quantity
        if quantity.unit == "times":
            return quantity, ()
        if span.end < view.sent.end and view.doc[span.end].lower_ == "times":
            free = () if taken.quantity(span.start) else (span.start,)
            return replace(quantity, unit="times"), free
    return None, ()


def _between_periods(view: SentenceView, than: Token) -> tuple[Span, Span] | None:
    """ "88 fewer offences in 2017/18 than in 2016/17", "30% more than the 287 it
    recorded in 2016/17": the period compared with (after "than") and the period
    named before it; a change from the first to the second, in that order, whichever
    is earlier ("fewer in 2016/17 than in 2017/18" is a fall from 2017/18)."""
    compared = next((p for p in view.periods if than.i < p.start <= than.i + 8), None)
    named = next((p for p in reversed(view.periods) if p.end <= than.i), None)
    if (
        compared is None
        or named is None
        or any(n.start < compared.start and n.start > than.i for n in view.names)
    ):
        return None  # "more than Gwent in 2016/17" compares names, not periods
    return compared, named


def _superlative(view: SentenceView, cue: Span, than: Token, group: Span | None) -> Draft:
    """ "recorded more offences than any other Welsh force": the most of the group
    (or of everyone the data holds, when no group is named), a ranking."""
    end = group.end if group is not None else min(than.i + 3, view.sent.end)
    return view.claim(
        "rank",
        view.doc[cue.start : end],
        extreme="max" if cue.label_ == "MORE" else "min",
        metric="value",
        periods=refs(view.all_periods()),
        counted=view.noun_run(cue.end, than.i),
        group_hint=mention(group) if group is not None else None,
    )


CONSTRUCTION = Construction(
    name="comparisons",
    kinds=(Kind.COMPARISON, Kind.CHANGE, Kind.PERCENT_CHANGE, Kind.RANK),
    priority=160,
    propose=propose,
)
