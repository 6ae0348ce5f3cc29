"""What a figure counts, or what changed: the noun phrases a claim's measure may be.

    "528 and 543 crimes"          counted_after(528) -> "crimes"
    "a drop in the number of offences"  changed_noun(drop) -> "offences"
    "a majority of 3,222"         margin_before(3,222) -> "majority"

A mixin of the sentence view (view.py). The small English model often tags a plural
noun after other nouns as a verb, so a run of content words is read, not a noun chunk.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimcheck.extract.doc_index import DocParts
from claimcheck.extract.spans import mention
from claimcheck.lexicon import CURRENCY_NOUNS, MARGIN_NOUNS
from claimcheck.model import Mention

STOP_POS = {"DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SPACE"}


class MeasureHints:
    """The sentence view's measures (a mixin of SentenceView, whose other parts give
    `name_at` and `in_period`)."""

    doc: Doc
    sent: Span
    context: list[Span]
    parts: DocParts
    quantities: list[Span]

    def measure_hints(self, anchor: Span, whole: Mention | None = None) -> tuple[Mention, ...]:
        """Noun phrases that may name the measure: this sentence's, then earlier ones'."""
        hints: list[Mention] = [whole] if whole is not None else []
        own = sorted(self.parts.noun_phrases(self.sent), key=lambda c: abs(c[0] - anchor.start))
        hints += [m for _, m in own]
        return (*hints, *self._context_hints)

    @cached_property
    def _context_hints(self) -> tuple[Mention, ...]:
        """The noun phrases of the sentences before, nearest first."""
        return tuple(
            m for sentence in reversed(self.context) for _, m in self.parts.noun_phrases(sentence)
        )

    def margin_before(self, q: Span) -> Mention | None:
        """ "a majority of 3,222", "a lead of 12": the number is a margin between two
        figures, which the matcher finds only in a column of margins; it was checked as
        the winner's own count (the sentence's other noun, "votes")."""
        if q.start - 2 < self.sent.start or self.doc[q.start - 1].lower_ != "of":
            return None
        noun = self.doc[q.start - 2]
        return (
            mention(noun.doc[noun.i : noun.i + 1]) if noun.lemma_.lower() in MARGIN_NOUNS else None
        )

    def counted_after(self, q: Span) -> Mention | None:
        """The noun a number counts: "528 and 543 crimes", "2,895 of the sex crimes",
        "a 16-point, 13-rebound double-double" (but "a 30-point win" is a margin)."""
        i = q.end
        limit = min(self.sent.end, q.end + 8)
        if i + 1 < limit and self.doc[i].text in {"-", "–"} and self.doc[i + 1].is_alpha:
            head = self.doc[i + 2] if i + 2 < limit else None
            if head is not None and head.lemma_.lower() in MARGIN_NOUNS:
                return None
            return mention(self.doc[i + 1 : i + 2])
        while i < limit and (
            self.doc[i].lower_
            in {
                "of",
                "the",
                "these",
                "those",
                "and",
                "or",
                ",",
                "all",
                "last",
                "next",
                "past",
                "first",
                "previous",
            }
            or self.doc[i].tag_ == "PRP$"
            or (
                self.doc[i].pos_ in {"NUM", "ADV"}
                and (self.doc[i].like_num or self.doc[i].pos_ == "ADV")
                and not self.starts_compound(i, limit)
            )
            or any(s.start == i for s in self.quantities)
        ):
            quantity = next((s for s in self.quantities if s.start == i), None)
            i = quantity.end if quantity is not None else i + 1
        if i > q.end and i < limit and self.name_at(self.doc[i]) is not None:
            return None  # "North Wales 42 and Dyfed Powys 33": the next item of a list
        if i < limit and self.doc[i].lower_ in CURRENCY_NOUNS:
            return None  # "5.1 billion dollars": the amount's currency, not what it counts
        return self.noun_run(i, limit)

    def noun_run(self, i: int, limit: int) -> Mention | None:
        """The words of a noun phrase from token i: what a number counts or what changed.

        The small English model often tags a plural noun after other nouns as a verb
        ("child abuse images offences/VBZ"), so a run of content words is taken and
        only finite verbs of the clause ("recorded", "was") end it. Hyphenated words
        stay whole ("three-point"), and a phrase may start with "from" ("42 percent
        from the field"), the way rates and percentages say what they are of.
        """
        start = i
        source = i < limit and self.doc[i].lower_ == "from"
        if source:
            i += 1
            while i < limit and self.doc[i].lower_ in {"the", "a", "an", "beyond"}:
                i += 1
        tokens = []
        while i < limit:
            token = self.doc[i]
            hyphen = (
                token.text in {"-", "–"} and tokens and i + 1 < limit and (self.doc[i + 1].is_alpha)
            ) or self.starts_compound(i, limit)
            if not hyphen and (
                (token.pos_ in STOP_POS and not (token.pos_ == "NUM" and not token.like_num))
                or (token.tag_ in {"VBD", "VBN", "MD"} and not self._adjectival(token, limit))
                or not any(c.isalpha() for c in token.text)
                or self.in_period(i)
                or token.ent_type_ in {"GPE", "ORG"}
            ):
                break
            tokens.append(token)
            i += 1
        while tokens and not (
            tokens[-1].pos_ in {"NOUN", "PROPN"}
            or tokens[-1].tag_ in {"VBZ", "VBG"}
            or (tokens[-1].pos_ == "NUM" and not tokens[-1].like_num)  # "3Pt"
            or (source and len(tokens) == 1 and tokens[0].pos_ in {"ADJ", "ADV"})  # "from deep"
        ):
            tokens.pop()
        if not tokens:
            return None
        first = start if source else tokens[0].i
        return mention(self.doc[first : tokens[-1].i + 1])

    def _adjectival(self, token: Token, limit: int) -> bool:
        """ "blocked shots", "recorded crimes": a participle before its noun."""
        following = self.doc[token.i + 1] if token.i + 1 < limit else None
        return token.tag_ == "VBN" and following is not None and following.pos_ == "NOUN"

    def starts_compound(self, i: int, limit: int) -> bool:
        """ "three-point", "free-throw": a word joined by a hyphen to the next one."""
        return (
            i + 2 < limit
            and self.doc[i + 1].text in {"-", "–"}
            and (self.doc[i].is_alpha and self.doc[i + 2].is_alpha)
        )

    def changed_noun(self, cue: Span | Token | None) -> Mention | None:
        """What rose or fell: "an increase in grooming", "a drop in the number of offences"."""
        if cue is None:
            return None
        end = cue.end if isinstance(cue, Span) else cue.i + 1
        limit = min(self.sent.end, end + 8)
        i = end
        if i < limit and self.doc[i].lower_ in {"in", "of"}:
            i += 1
            while i < limit and self.doc[i].lower_ in {
                "the",
                "a",
                "an",
                "number",
                "of",
                "total",
                "amount",
                "level",
                "count",
            }:
                i += 1
            return self.noun_run(i, limit)
        return None
