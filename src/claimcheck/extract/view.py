"""A read-only view of one sentence: what every construction reads, found once.

    view = SentenceView(sentence, context, parts)
    view.quantities        # the sentence's quantity spans, by their start
    view.subject_hints(q)  # names that may be q's subject, most likely first
    view.claim(Kind.VALUE, q, quantity=q._.quantity)  # a draft claim with its hints

The view is built once a sentence; its answers are cached (cached_property) and backed
by the Doc's indexes (doc_index.py). What a construction may ask is here and in the
mixins it is made of, one module each: names and subjects (subject_hints.py), what a
figure counts (measure_hints.py), periods (period_hints.py) and the links between one
claim and another (links.py). The view never records what constructions took: that is
the resolver's (resolver.py).
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import Any

from spacy.tokens import Span, Token

from claimcheck.doc_spans import CUES, PERIODS, QUANTITIES
from claimcheck.extract.doc_index import DocParts
from claimcheck.extract.links import Links
from claimcheck.extract.measure_hints import MeasureHints
from claimcheck.extract.period_hints import PeriodHints
from claimcheck.extract.registry import Draft, Taken
from claimcheck.extract.spans import governing_verb, mention
from claimcheck.extract.subject_hints import SubjectHints
from claimcheck.model import Kind, Mention
from claimcheck.quantities import opposite

# Kinds whose figure is a size, its direction said in words ("fell by", "lower than"):
# a sign written as well ("fell by -2%") is dropped.
SIZE_KINDS = {Kind.CHANGE, Kind.PERCENT_CHANGE, Kind.COMPARISON}
ANAPHORIC_DETERMINERS = {"such", "these", "those"}  # "such offences": the ones just named


class SentenceView(SubjectHints, MeasureHints, PeriodHints, Links):
    """One sentence, with the sentences before it that a claim may borrow from."""

    def __init__(self, sentence: Span, context: list[Span], parts: DocParts) -> None:
        self.sent = sentence
        self.doc = sentence.doc
        self.context = context
        self.parts = parts
        self.quantities = parts.spans(QUANTITIES, sentence)
        self.periods = parts.spans(PERIODS, sentence)
        self._anchor_previous_periods()
        self._anchor_yearless_quarters()
        self.cues = parts.spans(CUES, sentence)
        self.bases = self._rate_bases()
        self.names = list(self._find_names())
        self._hints: dict[tuple[int, int], tuple[Mention, ...]] = {}

    def _rate_bases(self) -> dict[int, Span]:
        """ "24.6 infections per 100,000 people", "a rate of 21.9 per 100,000": the number
        after "per" is the base of the figure before it, not a figure of its own (it
        was checked as a count and contradicted); by the figure's start token."""
        bases = {}
        for figure, base in pairwise(self.quantities):
            per = self.doc[base.start - 1]
            if per.lower_ == "per" and base.start - figure.end <= 4 and per.i >= figure.end:
                bases[figure.start] = base
        return bases

    def claim(self, kind: str, anchor: Span, **fields: Any) -> Draft:
        """A claim of the sentence on the words `anchor`, with the hints not given found
        (its subjects and measures) and what every claim says of the sentence."""
        quantity = fields.get("quantity")
        if kind in SIZE_KINDS and quantity is not None and quantity.value < 0:
            fields["quantity"] = opposite(quantity)  # "fell by -2%": a fall of 2%
        if "subject_hints" not in fields:
            fields["subject_hints"] = self.subject_hints(anchor)
        if "measure_hints" not in fields:
            fields["measure_hints"] = self.measure_hints(anchor)
        start, end = anchor.start_char, anchor.end_char
        return Draft(
            start,
            end,
            dict(
                kind=kind,
                text=anchor.text,
                start=start,
                end=end,
                **self.sentence_fields,
                **fields,
            ),
        )

    @cached_property
    def sentence_fields(self) -> dict[str, Any]:
        """What every claim of the sentence says about the sentence."""
        anaphor = self._anaphor()
        borrows = self.context and (anaphor is not None or not self.has_own_subject())
        return {
            "sentence": self.parts.text_of(self.sent).rstrip(),
            "sentence_start": self.sent.start_char,
            "context_start": self.context[0].start_char if borrows else self.sent.start_char,
            "anaphor": anaphor,
        }

    def _anaphor(self) -> Mention | None:
        """ "recorded 1,243 such offences": a noun that points back ("such", "these",
        "those" or "the same" before it) to a category an earlier sentence named. Whether
        the noun is what the data counts is the matcher's to say. "The offence" is not
        read so: "the" before a singular noun is too often no pointer at all ("the game",
        "the team"), and carrying a category there lost true findings on the INLG set."""
        for token in self.sent:
            if token.pos_ != "NOUN" or token.i == self.sent.start:
                continue
            before = self.doc[token.i - 1].lower_
            pointing = before in ANAPHORIC_DETERMINERS
            if pointing or (before == "same" and self.doc[token.i - 2].lower_ == "the"):
                return mention(self.doc[token.i : token.i + 1])
        return None

    def name_at(self, token: Token) -> Span | None:
        return next((n for n in self.names if n.start <= token.i < n.end), None)

    def verb_lemma(self, number: Span) -> str:
        return governing_verb(number).lemma_.lower()

    def in_period(self, i: int) -> bool:
        return any(p.start <= i < p.end for p in self.periods)

    def cue_before(self, index: int, labels: set[str], reach: int, taken: Taken) -> Span | None:
        """The nearest cue with one of `labels` in the `reach` tokens before `index`,
        that no kept claim has read."""
        found = [
            c
            for c in self.cues
            if c.label_ in labels and index - reach <= c.start < index and not taken.cue(c.start)
        ]
        return found[-1] if found else None

    def cue_after(self, q: Span, taken: Taken) -> Span | None:
        """A noun of rising or falling right after a figure ("20% increase"), unread."""
        return next(
            (
                c
                for c in self.cues
                if c.label_ in {"UP", "DOWN"}
                and q.end <= c.start <= q.end + 1
                and c[0].pos_ == "NOUN"
                and not taken.cue(c.start)
            ),
            None,
        )

    def quantity_attached(self, token: Token) -> bool:
        window = range(token.i - 3, token.i + 4)
        return any(q.start in window or (q.end - 1) in window for q in self.quantities)

    def is_list(self, spans: list[Span]) -> bool:
        """Whether spans follow one another with only "and" or commas between them."""
        return all(
            {t.lower_ for t in self.doc[before.end : after.start]} <= {"and", ","}
            and after.start > before.end
            for before, after in pairwise(spans)
        )

    def place_group(self) -> Mention | None:
        """The set a ranking is within, when the sentence names it: "in Wales", "among
        English forces", "of the Welsh forces"."""
        for name in self.names:
            before = self.doc[name.start - 1].lower_ if name.start > self.sent.start else ""
            if before in {"in", "across", "among", "amongst"} and name.root.dep_ == "pobj":
                return mention(name)
        return None
