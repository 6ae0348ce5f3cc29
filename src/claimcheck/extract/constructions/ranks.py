"""A superlative over a noun: "the largest rise was recorded by X", "the second highest
number of offences", "the lowest infection rate", "the biggest percentage increase".

A rank claim: its extreme (max/min, turned round for a fall), what it is ranked by
(value, change or percent change), its place (2 in "the second highest") and, when the
sentence names it, the group it is within ("in Wales", "of any region").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.lexicon import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS, ORDINALS
from claimcheck.model import Kind
from claimcheck.peers import points_at_own_group

DETERMINERS = {"the", "its", "their"}  # before a superlative: "the highest", "its lowest"
RELATIVE_NOUNS = {"percentage", "percent", "proportional", "relative"}
VALUE_NOUNS_SKIPPED = {
    "number",
    "figure",
    "figures",
    "total",
    "amount",
    "level",
    "count",
    "proportion",
    "share",
    "percentage",
    "rate",
}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for cue in view.cues:
        if cue.label_ not in {"RANK_MAX", "RANK_MIN"} or cue.start == 0 or taken.cue(cue.start):
            continue  # a cue taken: "the lowest since 1971" is a record (records.py)
        place, determiner = place_before(view, cue)  # "the second highest"
        if determiner < view.sent.start or view.doc[determiner].lower_ not in DETERMINERS:
            continue
        noun = next(
            (
                t
                for t in view.doc[cue.end : min(cue.end + 3, view.sent.end)]
                if t.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        metric, extreme = "value", "max" if cue.label_ == "RANK_MAX" else "min"
        following = view.doc[noun.i + 1] if noun.i + 1 < view.sent.end else None
        if (
            lemma in RELATIVE_NOUNS
            and following is not None
            and following.lemma_.lower() in CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS
        ):  # "the biggest percentage increase": ranked by the change in percent
            noun, lemma, metric = following, following.lemma_.lower(), "percent_change"
        if lemma in CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS:
            if metric == "value":
                metric = "change"
            if lemma in CHANGE_DOWN_NOUNS:  # "the largest fall" is the most negative change
                extreme = "min" if extreme == "max" else "max"
        read = tuple(c.start for c in view.cues if cue.start <= c.start <= noun.i)
        end = _compound_end(view, noun)
        anchor = view.doc[determiner:end]
        counted = (
            None
            if lemma in VALUE_NOUNS_SKIPPED | CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS
            else mention(view.doc[noun.i : end])
        )
        group_hint = view.place_group()
        if view.doc[cue.end].lower_ == "of":  # "the highest of any region": the peers
            anchor, counted = view.doc[determiner : cue.end], None
        elif view.doc[cue.end].lower_ in {"in", "among", "across"} and points_at_own_group(
            view.doc[cue.end + 1 : end].text
        ):  # "was the highest in the region": where the ranking is, not what it ranks
            anchor, counted = view.doc[determiner : cue.end], None
            group_hint = group_hint or mention(view.doc[cue.end + 1 : end])
        draft = view.claim(
            "rank",
            anchor,
            extreme=extreme,
            metric=metric,
            position=place,
            periods=refs(view.all_periods()),
            counted=counted or view.changed_noun(noun),
            group_hint=group_hint,
        )
        yield Candidate(draft, cues=read)


def _compound_end(view: SentenceView, noun: Token) -> int:
    """Where the noun phrase a noun begins ends: "the lowest infection rate" ranks
    rates, not infections, so the compound's head belongs to what is ranked."""
    end = noun.i + 1
    while (
        end < view.sent.end
        and view.doc[end - 1].dep_ == "compound"
        and view.doc[end].pos_ == "NOUN"
    ):
        end += 1
    return end


def place_before(view: SentenceView, cue: Span) -> tuple[int, int]:
    """The place an ordinal gives a superlative (2 in "the second highest" and "the
    second-lowest", else 1) and where the determiner before them should be."""
    i = cue.start - 1
    if i > view.sent.start and view.doc[i].text in {"-", "\u2013"}:
        i -= 1  # "second-lowest"
    word = view.doc[i].lower_ if i >= view.sent.start else ""
    if word in ORDINALS:
        return ORDINALS[word], i - 1
    return 1, cue.start - 1


CONSTRUCTION = Construction(name="ranks", kinds=(Kind.RANK,), priority=100, propose=propose)
