"""Counts of subjects: how many rows of a table meet a condition.

    "12 states saw a fall in unemployment"  -> 12 states, condition: a fall
    "Six states had murder rates above 7"    -> 6 states, condition: murder rate > 7
    "Eighteen of the EU's 27 members saw their rates rise"
                                             -> 18 members, condition: a rise; and
                                                27 members of the EU (no condition)
    "the 40 countries in the table"          -> 40 countries (no condition)

Read as values, such numbers were checked against a figure of the table ("the 40
countries" as a life expectancy of 40). Here the number counts a kind of subject (a
plural noun of SUBJECT_KINDS) that is the subject of its clause, and the clause says
the condition: a rise or fall, or a threshold ("above 7", "fewer than 2.1"). A count
whose clause says something else ("were below that line") is still a count, with its
condition kept so that the check can say it cannot read it. A definite description
("the 27 members", "all four forces") counts the group itself.

Not counts: "12 points" (not a kind of subject), "in 12 states" (where something
happened), "12 states' budgets" (the budgets are the subject).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Span, Token

from claimcheck.binding import POINTING_NOUNS
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.view import SentenceView
from claimcheck.model import Direction, Kind, Mention, PeriodRef

# Nouns that name a kind of subject a table has rows for (singular lemmas): the ones an
# article points back with ("the state") and others it counts.
SUBJECT_KINDS = frozenset(
    POINTING_NOUNS
    | {
        "member", "player", "sector", "area", "district", "authority", "council",
        "constituency", "party", "club", "school", "hospital", "university", "prison",
        "industry", "department", "municipality",
    }
)  # fmt: skip
DEFINITE = {"the", "all", "these", "those"}
DIRECTIONS = {"UP": Direction.UP, "DOWN": Direction.DOWN}
MODIFIERS = {"amod", "compound", "poss", "nmod", "npadvmod"}
# The hedges of a threshold ("above 7", "at least 5", "fewer than 2.1", "up to 3"), by
# their rule in claimcheck.quantities.HEDGES; "almost 7" and "about 7" are no threshold.
THRESHOLDS = {"above", "at_least", "under", "at_most"}
CLAUSE_ENDS = {",", ";", ":", ".", "!", "?"}  # the condition is the clause up to one


def propose(view: SentenceView, taken: Taken) -> Iterator[Candidate]:
    """Each count of subjects in the sentence, taking its number and its threshold's."""
    used = {q.start for q in view.quantities if taken.quantity(q.start)}
    for q in view.quantities:
        if q.start in used:
            continue
        before = set(used)
        fields = _count(q, view.sent, view.quantities, view.cues, view.periods, used)
        if fields is not None:
            kind, anchor = fields.pop("kind"), fields.pop("anchor")
            yield Candidate(view.claim(kind, anchor, **fields), quantities=tuple(used - before))


def _count(
    q: Span,
    sentence: Span,
    quantities: Sequence[Span],
    cues: Sequence[Span],
    periods: Sequence[Span],
    used: set[int],
) -> dict[str, Any] | None:
    quantity = q._.quantity
    if quantity.unit != "number" or not float(quantity.value).is_integer():
        return None
    noun, partitive = _counted_noun(q.root)
    if noun is None or any(c.dep_ == "case" for c in noun.children) or noun.dep_ == "poss":
        return None  # "12 states' budgets": the budgets are what the sentence is about
    inner = noun.dep_ == "pobj" and not partitive
    if inner and not _of_a_number(noun):
        return None  # "in 12 states": where something happened, not what is counted
    last = max([noun, *noun.conjuncts], key=lambda t: t.i)
    phrase = q.doc[_phrase_start(noun, q) : last.i + 1]
    nouns = q.doc[noun.i : last.i + 1]
    fields: dict[str, Any] = {
        "kind": Kind.COUNT_OF_SUBJECTS,
        "anchor": q.doc[q.start : last.i + 1],
        "quantity": quantity,
        "counted_subjects": _mention(nouns),
        "group_hint": _qualifier(noun, q),
        "subject_hints": (),
        "measure_hints": (),
        "periods": tuple(PeriodRef(_mention(p), p._.period) for p in periods),
    }
    used.add(q.start)
    subject = q.root if partitive else noun
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if not partitive and determiners & {"the", "these", "those"} and not _placed(noun):
        used.discard(q.start)
        return None  # "the two countries": those named before, not a count of a column
    if inner or (not partitive and (determiners & DEFINITE or _owned(noun))):
        return fields  # "the EU's 27 members", "all four forces": the group itself
    if subject.dep_ not in {"nsubj", "nsubjpass"} or any(
        c.dep_ in {"relcl", "acl"} for c in noun.children
    ):
        used.discard(q.start)
        return None  # "visited 12 states": a count, but of what the sentence does not say
    after = [t for t in subject.head.subtree if t.i >= max(phrase.end, q.end)]
    clause = next((i for i, t in enumerate(after) if t.text in CLAUSE_ENDS), len(after))
    if not clause:
        used.discard(q.start)
        return None
    condition = q.doc[after[0].i : after[clause - 1].i + 1]
    fields["condition"] = _mention(condition)
    within = range(condition.start, condition.end)
    said = {DIRECTIONS[c.label_] for c in cues if c.label_ in DIRECTIONS and c.start in within}
    thresholds = [
        t
        for t in quantities
        if t.start in within and t.start not in used and t._.quantity.hedge in THRESHOLDS
    ]
    if len(said) == 1 and not thresholds:
        fields["direction"] = said.pop()
        stop = next(c.start for c in cues if c.start in within and c.label_ in DIRECTIONS)
    elif thresholds and not said:
        fields["threshold"] = thresholds[0]._.quantity
        used.add(thresholds[0].start)
        stop = thresholds[0].start
    else:
        return fields  # a condition that is neither: unverifiable, and the check says why
    fields["counted"] = _measure_words(condition, stop, cues)
    return fields


def _counted_noun(number: Token) -> tuple[Token | None, bool]:
    """The plural noun a number counts, and whether it is counted through "of"
    ("Eighteen of the EU's members"); (None, False) when it counts no kind of subject."""
    candidates = []
    if number.dep_ == "nummod":
        candidates.append((number.head, False))
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            candidates += [(c, True) for c in prep.children if c.dep_ == "pobj"]
    for noun, partitive in candidates:
        if noun.tag_ == "NNS" and noun.lemma_.lower() in SUBJECT_KINDS:
            return noun, partitive
    return None, False


def _of_a_number(noun: Token) -> bool:
    """ "Eighteen of the 27 members": the noun is what a number before "of" counts."""
    prep = noun.head
    return prep.lower_ == "of" and prep.head.like_num


def _owned(noun: Token) -> bool:
    """ "the EU's 27 members", "its 43 forces": a group's members, by their owner."""
    return any(c.dep_ == "poss" for c in noun.children)


def _placed(noun: Token) -> bool:
    """ "the 40 countries in the table", "the 27 countries of the EU": a definite count
    that says where its members are, not one that points back to names before."""
    return _owned(noun) or any(c.dep_ == "prep" and c.lower_ in {"in", "of"} for c in noun.children)


def _phrase_start(noun: Token, number: Span) -> int:
    """Where the noun phrase begins: its determiner, owner or first modifier."""
    left = [c.left_edge.i for c in noun.lefts]
    return min([number.start, *left])


def _qualifier(noun: Token, number: Span) -> Mention | None:
    """The words that narrow the kind ("Welsh", "the EU's", "major"); None for a bare
    noun, which counts every value of its column."""
    words = [
        t
        for c in noun.lefts
        if c.dep_ in MODIFIERS
        for t in c.subtree
        if not (number.start <= t.i < number.end)
    ]
    if not words:
        return None
    doc = noun.doc
    return _mention(doc[min(t.i for t in words) : noun.i + 1])


def _measure_words(condition: Span, stop: int, cues: Sequence[Span]) -> Mention | None:
    """What the condition is on: "murder rates" in "had murder rates above 7", "rates"
    in "saw their rates rise", "unemployment" in "saw a fall in unemployment"."""
    cue_tokens = {i for c in cues for i in range(c.start, c.end)}
    nouns = [
        t
        for t in condition
        if t.pos_ in {"NOUN", "PROPN"} and t.i not in cue_tokens and not t.like_num
    ]
    before = [t for t in nouns if t.i < stop]
    chosen = before or [t for t in nouns if t.i > stop]
    if not chosen:
        return None
    head = chosen[0] if not before else before[-1]
    start = min((c.i for c in head.lefts if c.dep_ in {"compound", "amod"}), default=head.i)
    return _mention(condition.doc[start : head.i + 1])


def _mention(span: Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char)


CONSTRUCTION = Construction(
    name="count_of_subjects",
    kinds=(Kind.COUNT_OF_SUBJECTS,),
    priority=165,
    propose=propose,
)
