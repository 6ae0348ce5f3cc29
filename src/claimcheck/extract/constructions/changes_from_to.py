"""Changes between two stated figures.

    "down from 363 in 2016/2017 to 275 in 2017/2018"  -> change, operands (363, 275)
    "up 30% from 287 to 373"                           -> percent_change "up 30%"
    "276 offences in 2017/18, up from 259 the year before"

The figures themselves stay values (of their periods); the change records them
(`stated`) for a change named right after them, and the period it implies for the
first ("from 287" with no year of its own is of the year before).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.period_hints import PREVIOUS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind, PeriodRef


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for i, first in enumerate(view.quantities):
        if first.start == 0 or view.doc[first.start - 1].lower_ != "from":
            continue
        cue = view.cue_before(first.start - 1, {"UP", "DOWN"}, reach=6, taken=taken)
        if cue is None:
            continue
        second = next(
            (q for q in view.quantities[i + 1 :] if view.doc[q.start - 1].lower_ == "to"), None
        )
        if second is None:  # "X, up from Y": the new figure came first
            second = next(
                (
                    q
                    for q in reversed(view.quantities[:i])
                    if q.end <= cue.start
                    and not taken.quantity(q.start)
                    and q._.quantity.unit == first._.quantity.unit
                ),
                None,
            )
            if second is None:
                continue
            periods = (view.period_after(first), view.period_after(second, cue.start))
        elif first._.quantity.unit != second._.quantity.unit:
            continue
        else:
            periods = (view.period_after(first, second.start), view.period_after(second))
        implied: tuple[tuple[int, PeriodRef], ...] = ()
        if periods == (None, None):  # "dropped from 400 to 380": the last two periods
            where = mention(view.doc[first.start - 1 : first.start])
            implied = ((first.start, PeriodRef(where, PREVIOUS)),)
        elif periods[0] is None and periods[1] is not None:
            implied = view.year_before(first, periods[1])
        percent = next(
            (
                q
                for q in view.quantities
                if cue.end <= q.start < first.start
                and q._.quantity.unit in {"percent", "times", "fraction"}
            ),
            None,
        )
        operands = (first._.quantity, second._.quantity)
        stated = (cue.start, (operands, max(first.end, second.end)))
        direction = "up" if cue.label_ == "UP" else "down"
        if percent is not None:
            draft = view.claim(
                "percent_change",
                view.doc[cue.start : percent.end],
                quantity=percent._.quantity,
                direction=direction,
                operands=operands,
                periods=refs(periods),
                counted=view.changed_noun(cue),
            )
        else:
            draft = view.claim(
                "change",
                cue,
                direction=direction,
                operands=operands,
                periods=refs(periods),
                counted=view.changed_noun(cue),
            )
        claimed = (percent.start,) if percent is not None else ()
        yield Candidate(draft, claimed, (cue.start,), stated, implied)


CONSTRUCTION = Construction(
    name="changes_from_to",
    kinds=(Kind.CHANGE, Kind.PERCENT_CHANGE),
    priority=10,
    propose=propose,
)
