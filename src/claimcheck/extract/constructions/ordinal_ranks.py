"""An ordinal place after a verb of placing: "Kyrie Irving was second on the team, as he
accrued 29 points", "Gwent ranked third among Welsh forces". A rank, within the group
after "on" or "among", by the measure named after "in" or by the first one the
sentence counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import ORDINALS
from claimcheck.model import Kind

PLACING_VERBS = {"be", "finish", "rank", "come", "place", "end", "sit", "stand", "trail"}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for token in view.parts.ordinals(view.sent):
        place = ORDINALS[token.lower_]
        if token.i + 2 >= view.sent.end or token.i == view.sent.start:
            continue
        prep = view.doc[token.i + 1]
        if (
            prep.lower_ not in {"on", "among", "in"}
            or view.doc[token.i - 1].lemma_.lower() not in PLACING_VERBS
        ):
            continue
        start = prep.i + 1
        while start < view.sent.end and view.doc[start].pos_ in {"DET", "PRON"}:
            start += 1  # "on the team", "on his team"
        group = view.noun_run(start, view.sent.end) if prep.lower_ != "in" else None
        named = next(
            (
                n
                for n in view.names
                if n.start == prep.i + 1
                or (n.start == prep.i + 2 and view.doc[prep.i + 1].lower_ == "the")
            ),
            None,
        )
        group = mention(named) if named is not None else group
        after = next((q for q in view.quantities if q.start > token.i), None)
        scored_in = next(
            (
                t
                for t in view.doc[token.i + 1 : view.sent.end]
                if t.lower_ == "in" and t.i + 1 < view.sent.end
            ),
            None,
        )
        counted = view.noun_run(scored_in.i + 1, view.sent.end) if scored_in else None
        if counted is None and after is not None:
            counted = view.counted_after(after)
        draft = view.claim(
            "rank",
            view.doc[token.i : token.i + 1],
            extreme="max",
            metric="value",
            position=place,
            group_hint=group,
            counted=counted,
        )
        yield Candidate(draft)


CONSTRUCTION = Construction(name="ordinal_ranks", kinds=(Kind.RANK,), priority=110, propose=propose)
