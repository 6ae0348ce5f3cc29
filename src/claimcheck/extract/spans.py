"""Small functions on spaCy spans and tokens that every part of the extractor uses.

    >>> mention(doc[3:5])
    Mention(text='373 offences', start=17, end=29)

They read the parse and nothing else, so they live apart from the sentence view.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from claimcheck.model import Mention, PeriodRef


def mention(span: Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char)


def refs(spans: Iterable[Span | None]) -> tuple[PeriodRef, ...]:
    """The periods of the spans given (None skipped), as the claim records them."""
    return tuple(PeriodRef(mention(s), s._.period) for s in spans if s is not None)


def strip_edges(span: Span) -> Span:
    """Drop determiners, possessives and punctuation at the edges of a name."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end]


def governing_verb(span: Span) -> Token:
    """The verb a phrase depends on (the root, if no verb is above it)."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def in_prepositional_phrase(span: Span) -> bool:
    """Whether a phrase hangs from its verb through a preposition: in "dropped 19 points
    on 5-of-11 shooting" the pair is how he scored, not what the verb dropped."""
    token, verb = span.root, governing_verb(span)
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False
