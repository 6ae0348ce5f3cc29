"""A superlative over a group named as its owner: "the South's highest murder rate",
"Europe's most populous country", "the region's second-lowest rate".

    "Louisiana had the South's second-highest murder rate"
        -> rank: max, place 2, within the group "the South"

`ranks` reads a superlative after "the", "its" or "their"; here the word before it is
a possessive ("'s"), and the name that owns it is the group the ranking is within,
as "in the South" is for `ranks`. Without it the ranking was not read at all, or was
read over the whole table, where a correct claim about a region is wrong.

Not read here: "Germany's highest rate came in 1990" (the sentence names no one else:
the owner's own best figure over time, not a place in a group), "the South's biggest
fall" (a change ranked, which `ranks` reads its way).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from claimcheck.extract.constructions.ranks import place_before
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS
from claimcheck.model import Extreme, Kind
from claimcheck.peers import points_at_own_group

EXTREMES = {"RANK_MAX": Extreme.MAX, "RANK_MIN": Extreme.MIN}
NOUN_REACH = 3  # "the South's highest murder rate": the noun within three words


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in EXTREMES or taken.cue(cue.start):
            continue
        place, possessive = place_before(view, cue)  # "the South's second-highest"
        if possessive <= view.sent.start or view.doc[possessive].tag_ != "POS":
            continue
        owner = _owner(view, possessive)
        if owner is None:
            continue
        words = view.doc[cue.end : min(cue.end + NOUN_REACH, view.sent.end)]
        noun = next((t for t in words if t.pos_ == "NOUN"), None)
        if noun is None or noun.lemma_.lower() in CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS:
            continue  # "the South's biggest fall": a change, which ranks reads its way
        if any(t.is_punct for t in view.doc[cue.end : noun.i]) or not _ranked(view, owner):
            continue
        end = noun.i + 1
        while end < view.sent.end and view.doc[end].pos_ == "NOUN":
            end += 1  # "murder rate"
        draft = view.claim(
            Kind.RANK,
            view.doc[owner.start : end],
            extreme=EXTREMES[cue.label_],
            metric="value",
            position=place,
            periods=refs(view.all_periods()),
            group_hint=mention(owner),
        )
        yield Candidate(draft, cues=(cue.start,))


def _ranked(view: SentenceView, owner: Span) -> bool:
    """Whether the sentence names something besides the owner to rank ("Germany is
    Europe's most populous country"); with none, "Germany's highest rate" is the
    owner's own figure, not a place in a group."""
    return any(
        (n.end <= owner.start or n.start >= owner.end)
        and not view.in_period(n.start)
        and n.root.ent_type_ != "DATE"  # "came in May"
        for n in view.names
    )


def _owner(view: SentenceView, possessive: int) -> Span | None:
    """The group before "'s": a name of the sentence ("Europe", "the South") or a
    noun that points at the subject's own group ("the region")."""
    before = view.doc[possessive - 1]
    for name in view.names:
        if name.end == possessive:
            start = name.start - 1 if view.doc[name.start - 1].lower_ == "the" else name.start
            return view.doc[max(start, view.sent.start) : name.end]
    start = possessive - 2 if possessive - 2 >= view.sent.start else possessive - 1
    phrase = view.doc[start:possessive]
    if before.pos_ == "NOUN" and points_at_own_group(phrase.text):
        return phrase
    return None


CONSTRUCTION = Construction(
    name="possessive_superlatives", kinds=(Kind.RANK,), priority=102, propose=propose
)
