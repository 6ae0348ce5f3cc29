"""The per-Doc indexes every sentence's view reads: spans, names' tokens, noun phrases.

    parts = DocParts(doc)
    parts.spans(QUANTITIES, sentence)  # the sentence's quantities, by their start

spaCy builds span groups, entities and noun chunks anew for the whole Doc at each ask;
these are taken from the Doc once and found by bisection, so that extraction stays
linear in the length of the article (docs/limits.md).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cached_property

import numpy as np
from spacy.attrs import DEP, IS_LOWER, IS_TITLE, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from claimcheck.doc_spans import doc_text
from claimcheck.extract.spans import mention
from claimcheck.lexicon import ORDINALS
from claimcheck.model import Mention

ENTITY_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON", "PRODUCT", "EVENT"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_JOINS = ("-", "&")  # "Dyfed-Powys", "Trinidad & Tobago": one name


class DocParts:
    """What the reader of every sentence asks of the Doc, taken from it once and indexed
    by position: spaCy builds span groups, entities and noun chunks anew for the whole
    Doc at each ask, and filtering them once a sentence made extraction quadratic in
    the length of the article (a 40,000-character article took minutes; see
    docs/limits.md)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._spans: dict[str, SpanIndex] = {}
        self._phrases: dict[int, list[tuple[int, Mention]]] = {}

    @cached_property
    def proper(self) -> list[bool]:
        """Whether each token is a proper noun: tagged so, or a capitalised noun after a
        word in lower case ("while the Lakers went", which the tagger calls a common
        noun; a title in Title Case is not taken for names)."""
        pos, title, lower, start = self.doc.to_array([POS, IS_TITLE, IS_LOWER, SENT_START]).T
        strings = self.doc.vocab.strings
        proper = pos == strings["PROPN"]
        after_lower = np.zeros(len(pos), dtype=bool)
        after_lower[1:] = lower[:-1] == 1
        capitalised = (pos == strings["NOUN"]) & (title == 1) & after_lower & (start != 1)
        return (proper | capitalised).tolist()

    @cached_property
    def joins(self) -> list[bool]:
        """Whether each token may join two proper nouns into one name ("Dyfed-Powys")."""
        ids = [self.doc.vocab.strings[text] for text in NAME_JOINS]
        return np.isin(self.doc.to_array(ORTH), ids).tolist()

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    def text_of(self, span: Span) -> str:
        """`span.text`, cut from the Doc's text: Span.text joins its tokens' texts."""
        return self.text[span.start_char : span.end_char]

    @cached_property
    def _ordinals(self) -> list[int]:
        return self._where(LOWER, ORDINALS)

    @cached_property
    def _subjects(self) -> list[int]:
        return self._where(DEP, SUBJECT_DEPS)

    def _where(self, attr: int, strings: Iterable[str]) -> list[int]:
        """The tokens whose `attr` is one of `strings`, found without visiting each."""
        ids = [self.doc.vocab.strings[string] for string in strings]
        return np.flatnonzero(np.isin(self.doc.to_array(attr), ids)).tolist()

    def _tokens(self, positions: list[int], sentence: Span) -> list[Token]:
        low = bisect_left(positions, sentence.start)
        high = bisect_left(positions, sentence.end)
        return [self.doc[i] for i in positions[low:high]]

    def ordinals(self, sentence: Span) -> list[Token]:
        """The sentence's ordinal words ("second", "3rd")."""
        return self._tokens(self._ordinals, sentence)

    def subjects(self, sentence: Span) -> list[Token]:
        """The sentence's grammatical subjects (nsubj, nsubjpass)."""
        return self._tokens(self._subjects, sentence)

    def _index(self, name: str) -> SpanIndex:
        if name not in self._spans:
            if name == "ents":
                spans: Iterable[Span] = self.doc.ents
            elif name == "noun_chunks":
                spans = self.doc.noun_chunks
            else:
                spans = self.doc.spans[name]
            self._spans[name] = SpanIndex(spans)
        return self._spans[name]

    def spans(self, group: str, sentence: Span) -> list[Span]:
        """The spans of a span group inside the sentence, by their start."""
        return sorted(self._index(group).within(sentence), key=lambda s: s.start)

    def ents(self, sentence: Span) -> list[Span]:
        """`sentence.ents`, without walking the Doc's."""
        return self._index("ents").within(sentence)

    def noun_phrases(self, sentence: Span) -> list[tuple[int, Mention]]:
        """The sentence's noun phrases that may name a measure (not names, not dates),
        as (start token, mention): what `sentence.noun_chunks` filters from the Doc's."""
        if sentence.start not in self._phrases:
            chunks = [
                (chunk.start, mention(chunk))
                for chunk in self._index("noun_chunks").within(sentence)
                if chunk.root.pos_ != "PROPN"
                and chunk.root.ent_type_ not in ENTITY_LABELS | {"DATE"}
            ]
            # "Rebounding was decisive": an activity as the subject names a measure too.
            activities = [
                (t.i, mention(self.doc[t.i : t.i + 1]))
                for t in self.subjects(sentence)
                if t.tag_ == "VBG"
            ]
            self._phrases[sentence.start] = sorted(chunks + activities, key=lambda p: p[0])
        return self._phrases[sentence.start]


class SpanIndex:
    """Spans of a Doc indexed by their start, so that a sentence's are found by bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = list(spans)
        self.order = sorted(range(len(self.spans)), key=lambda i: self.spans[i].start)
        self.starts = [self.spans[i].start for i in self.order]

    def within(self, sentence: Span) -> list[Span]:
        """The spans inside the sentence, in their order in the Doc."""
        low = bisect_left(self.starts, sentence.start)
        high = bisect_right(self.starts, sentence.end)
        inside = sorted(i for i in self.order[low:high] if self.spans[i].end <= sentence.end)
        return [self.spans[i] for i in inside]
