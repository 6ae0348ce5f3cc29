"""Two numbers written as one: "7-14 FG", "8-of-18 shooting", "13-for-19 from the
field", "(32-18)" after a name, "won 113-107". Each number is a value claim with its
place in the pair (`pair_role`); which measures they are is the data's to say
(metadata [pairs]).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.spans import governing_verb, in_prepositional_phrase, mention, refs
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind, Mention

# What may join the two numbers of a pair: "7-14", "8-of-18", "13-for-19", "8 of 18".
PAIR_JOINTS = [["-"], ["–"], ["-", "of", "-"], ["-", "for", "-"], ["of"], ["for"]]
LOSING_VERBS = {"lose", "fall", "drop", "succumb", "trail"}


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    for first, second in pairwise(view.quantities):
        if taken.quantity(first.start) or taken.quantity(second.start):
            continue
        joint = [t.lower_ for t in view.doc[first.end : second.start]]
        if joint not in PAIR_JOINTS or not all(
            q._.quantity.unit == "number" and q._.quantity.hedge is None for q in (first, second)
        ):
            continue
        before = view.doc[first.start - 1] if first.start > view.sent.start else None
        after = view.doc[second.end] if second.end < view.sent.end else None
        owner = _bracket_owner(view, before) if after is not None and after.text == ")" else None
        bracketed = owner is not None
        # The pair's name follows it at once: "7-14 FG", "8-of-18 shooting".
        counted = None if bracketed else view.noun_run(second.end, view.sent.end)
        other = None if bracketed else _versus_other(view, first)
        loser = (
            not bracketed
            and view.verb_lemma(first) in LOSING_VERBS
            and not in_prepositional_phrase(first)  # "dropped 19 on 5-of-11 shooting"
        )
        hints = view.subject_hints(first)
        if owner is not None:  # "the Orlando Magic (19-15)": the name just before's
            hints = (mention(owner), *(h for h in hints if h.start != owner.start_char))
        for role, quantity in enumerate((first, second)):
            draft = view.claim(
                "value",
                quantity,
                quantity=quantity._.quantity,
                periods=() if bracketed else refs(view.periods_for(second)),
                counted=counted,
                pair_role=1 - role if loser else role,
                bracketed=bracketed,
                other=other,
                subject_hints=hints,
            )
            # The first of the two claims takes both numbers.
            yield Candidate(draft, quantities=(first.start, second.start) if role == 0 else ())


def _bracket_owner(view: SentenceView, bracket: Token | None) -> Span | None:
    """The name right before "(": a name found in the sentence, or a capitalised
    word the parser did not see as one ("the Warriors (40-18)")."""
    if bracket is None or bracket.text != "(" or bracket.i == view.sent.start:
        return None
    named = next((n for n in view.names if n.end == bracket.i), None)
    word = view.doc[bracket.i - 1]
    if named is None and word.is_title and word.is_alpha:
        return view.doc[word.i : word.i + 1]
    return named


def _versus_other(view: SentenceView, number: Span) -> Mention | None:
    """The other side of a score: "beat the Lakers 113-107", "a win over Boston"."""
    verb = governing_verb(number)
    for name in view.names:
        root = name.root
        if root.dep_ == "dobj" and root.head == verb:
            return mention(name)
        if root.dep_ == "pobj" and root.head.lower_ in {"over", "against", "to", "past"}:
            return mention(name)
    return None


CONSTRUCTION = Construction(name="pairs", kinds=(Kind.VALUE,), priority=30, propose=propose)
