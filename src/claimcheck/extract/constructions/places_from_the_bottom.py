"""A place counted from the bottom: "Wales was second-to-last in the table", "came third
from bottom", "Gwent finished last.", "was at the bottom of the table". A rank at the
low end (extreme min), its place counted from there (2 for "second-to-last").

Only after a verb of placing ("was", "came", "finished", "ranked"): "the second-to-last
game" names a game, and "was last seen" or "last year" no place at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimcheck.extract.constructions.ordinal_ranks import PLACING_VERBS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import ORDINALS
from claimcheck.model import Kind

# The words after an ordinal that count it from the bottom.
FROM_THE_BOTTOM = (["-", "to", "-", "last"], ["to", "last"], ["from", "bottom"])
# What may follow "last" or "at the bottom" for it to be a place: the end of the clause,
# or where the ranking is ("last in the league", "bottom of the table").
AFTER_A_PLACE = {",", ".", ";", "in", "among", "on", "of", "with", "at"}
BOTTOM_WORDS = {"last", "bottom"}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    ends = [t for t in view.sent if t.lower_ in BOTTOM_WORDS]
    places = [_from_the_bottom(view, t) for t in view.parts.ordinals(view.sent)]
    places += [_at_the_bottom(view, t) for t in ends]
    for found in sorted(p for p in places if p is not None):
        start, end, place = found
        if not _placed(view, start):
            continue
        draft = view.claim(
            "rank",
            view.doc[start:end],
            extreme="min",
            metric="value",
            position=place,
            periods=refs(view.all_periods()),
            group_hint=view.place_group(),
        )
        yield Candidate(draft)


def _from_the_bottom(view: SentenceView, token: Token) -> tuple[int, int, int] | None:
    """ "second-to-last", "third from bottom": (start, end, place)."""
    for words in FROM_THE_BOTTOM:
        if _words_after(view, token, len(words)) == words:
            return token.i, token.i + 1 + len(words), ORDINALS[token.lower_]
    return None


def _at_the_bottom(view: SentenceView, token: Token) -> tuple[int, int, int] | None:
    """ "last", "at the bottom": (start, end, 1) when the clause ends or says where."""
    if (_words_after(view, token, 1) or ["."])[0] not in AFTER_A_PLACE:
        return None
    if token.lower_ == "last":
        return token.i, token.i + 1, 1
    before = [t.lower_ for t in view.doc[max(view.sent.start, token.i - 2) : token.i]]
    return (token.i - 2, token.i + 1, 1) if before == ["at", "the"] else None


def _words_after(view: SentenceView, token: Token, n: int) -> list[str]:
    return [t.lower_ for t in view.doc[token.i + 1 : min(token.i + 1 + n, view.sent.end)]]


def _placed(view: SentenceView, start: int) -> bool:
    """Whether a verb of placing comes right before: "was", "came", "finished"."""
    if start == view.sent.start:
        return False
    verb = view.doc[start - 1]
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in PLACING_VERBS


CONSTRUCTION = Construction(
    name="places_from_the_bottom", kinds=(Kind.RANK,), priority=117, propose=propose
)
