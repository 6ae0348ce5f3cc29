"""Timing claims: a figure that is the highest or lowest since a named year.

    "Italy's rate rose to 1.42 in 2008, its highest since 1984"
        -> record: max of Italy's figure in 2008 over the periods since 1984
    "1969 brought the lowest flow since 1941"  -> record: min, 1969, since 1941
    "the lowest annual figure since 2007"      -> record: min, since 2007

Read as ranks, these were checked against the other subjects of the table ("the
lowest flow" of every river), when they compare one subject's figure with its own
past. A superlative ("highest", "lowest") after "the", "its" or "their", with at most
three words between it and a period that starts with "since", is a record; the claim's
own period is the sentence's other period nearest to it (or, when there is none, the
one the matcher carries or defaults to). Its cue is recorded so that `ranks` leaves it.

Not records: "the largest fall since 1984" (a change ranked over time, which no check
reads yet; `ranks` keeps it), "the highest in the region" (no "since"), "has risen
since 1971" (no superlative).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from claimcheck.extract.constructions.ranks import DETERMINERS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS
from claimcheck.model import Extreme, Kind, PeriodRef

GAP = 3  # words between the superlative and "since": "annual figure", "monthly reading"
EXTREMES = {"RANK_MAX": Extreme.MAX, "RANK_MIN": Extreme.MIN}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in EXTREMES or cue.start == view.sent.start:
            continue
        if view.doc[cue.start - 1].lower_ not in DETERMINERS:
            continue
        since = _since_after(view, cue)
        if since is None:
            continue
        between = view.doc[cue.end : since.start]
        if any(t.lemma_.lower() in CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS for t in between):
            continue  # "the biggest fall since 1984": a change, not a level
        if any(t.is_punct or t.pos_ not in {"NOUN", "ADJ", "PROPN"} for t in between):
            continue
        own = _own_period(view, cue, since)
        draft = view.claim(
            Kind.RECORD,
            view.doc[cue.start - 1 : since.end],
            extreme=EXTREMES[cue.label_],
            periods=refs([own]),
            since=PeriodRef(refs([since])[0].mention, since._.period.inner[0]),
        )
        yield Candidate(draft, cues=(cue.start,))


def _since_after(view: SentenceView, cue: Span) -> Span | None:
    """The "since 1984" period right after the superlative, within GAP words."""
    for period in view.periods:
        gap = period.start - cue.end
        expr = period._.period
        if 0 <= gap <= GAP and expr is not None and expr.kind == "since" and expr.inner:
            return period
    return None


def _own_period(view: SentenceView, cue: Span, since: Span) -> Span | None:
    """The figure's period: the sentence's other period nearest the superlative."""
    others = [p for p in view.periods if p.start != since.start and p._.period is not None]
    if not others:
        return None
    return min(others, key=lambda p: abs(p.start - cue.start))


CONSTRUCTION = Construction(name="records", kinds=(Kind.RECORD,), priority=95, propose=propose)
