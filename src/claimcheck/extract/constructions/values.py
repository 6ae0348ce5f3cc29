"""Every number left, last: a count for an entity and a period, or a total over a group.

"528 and 543 offences in 2016/17 and 2017/18 (respectively)" -> one period each
"A total of 2,895 offences in 2016/17 and 2017/18"           -> the span of both
"In total, 2,895 offences - 1,437 in 2016/17 and 1,458 in 2017/18" -> a total, its parts
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.period_hints import PREVIOUS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind, PeriodRef


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    remaining = [q for q in view.quantities if not taken.quantity(q.start)]
    respectively = any(c.label_ == "RESPECTIVELY" for c in view.cues)
    # "528 and 543 offences in 2016/17 and 2017/18 (respectively)": in turn.
    paired = len(remaining) == len(view.periods) >= 2 and (
        respectively or (view.is_list(remaining) and view.is_list(view.periods))
    )
    total = any(c.label_ == "TOTAL" for c in view.cues)
    joined = view.joined_periods() if not paired and (total or len(remaining) == 1) else None
    parts = view.parts_of_total(remaining) if total and not paired else {}
    for index, q in enumerate(remaining):
        periods = (view.periods[index],) if paired else view.periods_for(q)
        implied = taken.implied(q.start)
        found = refs(periods) or tuple(filter(None, [implied]))
        if implied is not None and implied.expr != PREVIOUS and not paired:
            found = (implied,)  # "up 30% from 287": the year before the one named
        if joined is not None:
            found = (joined,)
        elif len(found) == 1 and found[0].expr.kind == "since":
            found = view.relative_time(q, found[0])
        elif q.start in parts and not found and len(view.periods) >= 2:
            found = (view.span_of_periods(),)  # the total over the parts' periods
        before = view.doc[q.start - 1].lower_ if q.start > view.sent.start else ""
        if before in {"from", "to"} and found and found[0].expr.kind == "range":
            # "grew between 2015 and 2020 to 9 million": the level at the end;
            # "... between the first and third quarters, from 13 to 39": each end's.
            end = found[0].expr.inner[0 if before == "from" else -1]
            found = (PeriodRef(found[0].mention, end),)
        draft = view.claim(
            "total" if total else "value",
            q,
            quantity=q._.quantity,
            periods=found,
            counted=view.margin_before(q) or view.counted_after(q),
            per=view.bases[q.start].text if q.start in view.bases else None,
            operands=parts.get(q.start, ()),
        )
        yield Candidate(draft, quantities=(q.start,))


CONSTRUCTION = Construction(
    name="values", kinds=(Kind.VALUE, Kind.TOTAL), priority=170, propose=propose
)
