"""Turn a parsed article into atomic claims: one checkable statement each.

The `claimcheck_claims` component reads the span groups that `claimcheck_mentions`
left on the Doc (periods, quantities, cue words) and the parse, and decides, sentence
by sentence, what each number asserts:

    "up 30% from 287 in 2016/2017 to 373 in 2017/2018"
        -> percent_change "up 30%" (operands 287, 373; periods 2016/17 -> 2017/18)
        -> value "287" (2016/17), value "373" (2017/18)

It names subjects, measures and periods only as hints (words and offsets); linking
them to a dataset is the matcher's job, so extraction works with no data at all.

Why this module is long (about 1,750 lines): `_SentenceReader` runs every construction
in a fixed order over shared state. Issue 13 moves each construction into a module of
its own under `extract/constructions/`, with its examples (tests/constructions/); the
lexicon (`lexicon.py`) and the corpus are the first steps, already done.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_LOWER, IS_TITLE, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimcheck.binding import (
    apposition_owner,
    bound_owner,
    contrasted,
    in_relative_clause_of,
    points_back,
)
from claimcheck.count_claims import count_claims
from claimcheck.doc_spans import CUES, PERIODS, QUANTITIES, doc_text
from claimcheck.lexicon import (
    CHANGE_DOWN_NOUNS,
    CHANGE_UP_NOUNS,
    CONTRASTS,
    CURRENCY_NOUNS,
    EVERY_OTHER,
    MARGIN_NOUNS,
    ORDINALS,
)
from claimcheck.model import Claim, Mention, PeriodRef
from claimcheck.peers import points_at_own_group
from claimcheck.periods import PeriodExpr
from claimcheck.quantities import Interval, Quantity, opposite

CONTEXT_SENTENCES = 3  # how far back a claim may borrow its subject, measure or period
ENTITY_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON", "PRODUCT", "EVENT"}
REPORTING_VERBS = {
    "see",
    "record",
    "report",
    "log",
    "show",
    "have",
    "post",
    "experience",
    "suffer",
    "register",
    "witness",
    "enjoy",
}
# Kinds whose figure is a size, its direction said in words ("fell by", "lower than"):
# a sign written as well ("fell by -2%") is dropped.
SIZE_KINDS = {"change", "percent_change", "comparison"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PLURAL_TAGS = {"NNS", "NNPS"}
RELATIVE_NOUNS = {"percentage", "percent", "proportional", "relative"}
NAME_JOINS = ("-", "&")  # "Dyfed-Powys", "Trinidad & Tobago": one name
PREVIOUS = PeriodExpr("previous", count=1, unit="year")  # the period before the latest
# What may join the two numbers of a pair: "7-14", "8-of-18", "13-for-19", "8 of 18".
PAIR_JOINTS = [["-"], ["–"], ["-", "of", "-"], ["-", "for", "-"], ["of"], ["for"]]
PLACING_VERBS = {"be", "finish", "rank", "come", "place", "end", "sit", "stand", "trail"}
# Verbs whose figure belongs to their object: "held Orlando to 43 percent".
OBJECT_VERBS = {"hold", "limit", "restrict", "keep", "force", "restrain"}
# "the lowest rate, followed by Alaska at 9.0%": whoever such a participle's agent is
# comes after the figure in an order; the figure is not theirs.
ADDING_VERBS = {"add", "gain"}  # "added 20 million people since 2000": a change
ORDERING_VERBS = {"follow", "trail", "chase", "succeed"}
# "fell from 6.5 to 1.9, while Bangladesh's more than halved": a new clause begins.
CLAUSE_MARKS = CONTRASTS | {"and", "although", "though", "when"}
LOSING_VERBS = {"lose", "fall", "drop", "succumb", "trail"}
# Subjects that point back to an earlier sentence's subject.
ANAPHORIC_NOUNS = {
    "figure",
    "number",
    "total",
    "rate",
    "force",
    "area",
    "region",
    "team",
    "player",
    "county",
    "country",
    "council",
    "city",
    "side",
    "club",
    "rise",
    "increase",
    "fall",
    "drop",
    "decrease",
    "decline",
    "change",
    "level",
}
ANAPHORIC_DETERMINERS = {"such", "these", "those"}  # "such offences": the ones just named
# The word before a period that a figure is compared with: "up 8 on 2016/17", "than in
# 2016/17", "compared with 2016/17", "up 15% from a year earlier".
BASE_WORDS = {"on", "than", "against", "compared", "from", "with", "versus", "vs"}
STOP_POS = {"DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SPACE"}
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


@Language.factory("claimcheck_claims", requires=["doc.spans"], assigns=["doc._.claims"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()


class ClaimsComponent:
    """Builds `Doc._.claims` from the mentions and the parse."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = tuple(build_claims(doc))
        return doc


def build_claims(doc: Doc) -> list[Claim]:
    """Every claim of the Doc, in text order, with ids c1, c2, ..."""
    parts = _DocParts(doc)
    sentences = [s for s in doc.sents if parts.text_of(s).strip() and not _is_furniture(doc, s)]
    drafts: list[_Draft] = []
    for index, sentence in enumerate(sentences):
        context = sentences[max(0, index - CONTEXT_SENTENCES) : index]
        drafts.extend(_SentenceReader(sentence, context, parts).claims())
    drafts.sort(key=lambda d: (d.start, d.end))
    return [Claim(id=f"c{i}", **draft.fields) for i, draft in enumerate(drafts, 1)]


@dataclass(frozen=True)
class _Draft:
    """A claim before its id, which is its place in the whole article: each Claim is
    built once, when every sentence has been read."""

    start: int
    end: int
    fields: dict[str, Any]


def _is_furniture(doc: Doc, sentence: Span) -> bool:
    return any(
        (start <= sentence.start_char and sentence.end_char <= end + 1)
        or start <= sentence.start_char < end
        for start, end in doc._.furniture
    )


def mention(span: Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char)


class _SentenceReader:
    """Reads one sentence: which words assert what, about whom, when."""

    def __init__(self, sentence: Span, context: list[Span], parts: _DocParts) -> None:
        self.sent = sentence
        self.doc = sentence.doc
        self.context = context
        self.parts = parts
        self.quantities = parts.spans(QUANTITIES, sentence)
        self.periods = parts.spans(PERIODS, sentence)
        self._anchor_previous_periods()
        self._anchor_yearless_quarters()
        self.cues = parts.spans(CUES, sentence)
        self.used: set[int] = set()  # quantity start tokens already given a role
        self.bases = self._rate_bases()
        self.used.update(base.start for base in self.bases.values())
        self.implied: dict[int, PeriodRef] = {}  # periods a number's role implies
        # The figures a change is between, by its cue, with where they end in the sentence.
        self.stated: dict[int, tuple[tuple[Quantity, Quantity], int]] = {}
        self.used_cues: set[int] = set()
        self.names = list(self._names())
        self._hints: dict[tuple[int, int], tuple[Mention, ...]] = {}

    def _anchor_previous_periods(self) -> None:
        """ "the year before" is one year before the other period the sentence names."""
        for span in self.periods:
            if span._.period.kind != "previous":
                continue
            others = [
                p._.period.shifted(-1)
                for p in self.periods
                if p is not span and p._.period.kind != "previous"
            ]
            shifted = next((e for e in others if e is not None), None)
            if shifted is not None:
                span._.period = shifted

    def _anchor_yearless_quarters(self) -> None:
        """ "in 2017/18 ... in the fourth quarter": a quarter written without its year is
        a quarter of the year the sentence names. In a sentence that names no year it is
        no period: "scored 12 points in the first quarter" names a part of a game, which
        a table may hold as a value of a column."""
        years = [
            p._.period.inner[0] if p._.period.kind == "quarter" else p._.period
            for p in self.periods
            if p._.period.kind in {"year", "split_year"}
            or (p._.period.kind == "quarter" and p._.period.inner)
        ]
        for span in self.periods:
            if span._.period.yearless and years:
                span._.period = span._.period.in_year(years[0])
        self.periods = [p for p in self.periods if not p._.period.yearless]

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

    # -- the claims -------------------------------------------------------------------

    def claims(self) -> list[_Draft]:
        out: list[_Draft] = []
        out += self._changes_from_to()
        out += self._ranges()
        out += self._pairs()
        out += self._ratios()
        out += self._percent_changes()
        out += self._absolute_changes()
        out += self._added_over_a_span()
        out += self._averages()
        out += self._rates()
        out += self._ranks()
        out += self._ordinal_ranks()
        out += self._second_only_to()
        out += self._onlys()
        out += self._directions()
        out += self._shares()
        out += self._comparisons()
        out += [
            self._claim(**f)
            for f in count_claims(self.sent, self.quantities, self.cues, self.periods, self.used)
        ]
        out += self._values()
        return out

    def _claim(self, kind: str, anchor: Span, **fields) -> _Draft:
        quantity = fields.get("quantity")
        if kind in SIZE_KINDS and quantity is not None and quantity.value < 0:
            fields["quantity"] = opposite(quantity)  # "fell by -2%": a fall of 2%
        if "subject_hints" not in fields:
            fields["subject_hints"] = self._subject_hints(anchor)
        if "measure_hints" not in fields:
            fields["measure_hints"] = self._measure_hints(anchor)
        start, end = anchor.start_char, anchor.end_char
        return _Draft(
            start,
            end,
            dict(
                kind=kind,
                text=anchor.text,
                start=start,
                end=end,
                **self._sentence_fields,
                **fields,
            ),
        )

    @cached_property
    def _sentence_fields(self) -> dict[str, Any]:
        """What every claim of the sentence says about the sentence."""
        anaphor = self._anaphor()
        borrows = self.context and (anaphor is not None or not self._has_own_subject())
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

    def _changes_from_to(self) -> Iterator[_Draft]:
        """Changes between two stated figures.

        "down from 363 in 2016/2017 to 275 in 2017/2018", "up 30% from 287 to 373",
        and "276 offences in 2017/18, up from 259 the year before".
        """
        for i, first in enumerate(self.quantities):
            if first.start == 0 or self.doc[first.start - 1].lower_ != "from":
                continue
            cue = self._cue_before(first.start - 1, {"UP", "DOWN"}, reach=6)
            if cue is None:
                continue
            second = next(
                (q for q in self.quantities[i + 1 :] if self.doc[q.start - 1].lower_ == "to"), None
            )
            if second is None:  # "X, up from Y": the new figure came first
                second = next(
                    (
                        q
                        for q in reversed(self.quantities[:i])
                        if q.end <= cue.start
                        and q.start not in self.used
                        and q._.quantity.unit == first._.quantity.unit
                    ),
                    None,
                )
                if second is None:
                    continue
                periods = (self._period_after(first), self._period_after(second, cue.start))
            elif first._.quantity.unit != second._.quantity.unit:
                continue
            else:
                periods = (self._period_after(first, second.start), self._period_after(second))
            if periods == (None, None):  # "dropped from 400 to 380": the last two periods
                self.implied[first.start] = PeriodRef(
                    mention(self.doc[first.start - 1 : first.start]), PREVIOUS
                )
            elif periods[0] is None and periods[1] is not None:
                self._year_before(first, periods[1])
            percent = next(
                (
                    q
                    for q in self.quantities
                    if cue.end <= q.start < first.start
                    and q._.quantity.unit in {"percent", "times", "fraction"}
                ),
                None,
            )
            operands = (first._.quantity, second._.quantity)
            self.stated[cue.start] = (operands, max(first.end, second.end))
            direction = "up" if cue.label_ == "UP" else "down"
            self.used_cues.add(cue.start)
            if percent is not None:
                self.used.add(percent.start)
                anchor = self.doc[cue.start : percent.end]
                yield self._claim(
                    "percent_change",
                    anchor,
                    quantity=percent._.quantity,
                    direction=direction,
                    operands=operands,
                    periods=_refs(periods),
                    counted=self._changed_noun(cue),
                )
            else:
                yield self._claim(
                    "change",
                    cue,
                    direction=direction,
                    operands=operands,
                    periods=_refs(periods),
                    counted=self._changed_noun(cue),
                )

    def _year_before(self, first: Span, then: Span) -> None:
        """ "373 offences in 2017/18, up 30% from 287": the figure a yearly change starts
        from is of the year before the one named, not of the sentence's own year."""
        if then._.period.kind not in {"year", "split_year"}:
            return
        before = then._.period.shifted(-1)
        if before is not None:
            where = mention(self.doc[first.start - 1 : first.start])
            self.implied[first.start] = PeriodRef(where, before)

    def _ranges(self) -> Iterator[_Draft]:
        """ "between 200 and 300 offences": one claim, the interval from one to the other."""
        for first, second in pairwise(self.quantities):
            if first.start in self.used or second.start in self.used or first.start == 0:
                continue
            joint = [t.lower_ for t in self.doc[first.end : second.start]]
            low, high = first._.quantity, second._.quantity
            if (
                self.doc[first.start - 1].lower_ != "between"
                or joint != ["and"]
                or (low.unit != high.unit or low.value > high.value)
            ):
                continue
            self.used.update({first.start, second.start})
            anchor = self.doc[first.start - 1 : second.end]
            interval = Interval(low.exact.low, high.exact.high)
            quantity = Quantity(
                anchor.text,
                (low.value + high.value) / 2,
                low.unit,
                interval,
                interval,
                hedge="range",
            )
            yield self._claim(
                "value",
                anchor,
                quantity=quantity,
                periods=_refs(self._periods_for(second)),
                counted=self._counted_after(second),
            )

    def _pairs(self) -> Iterator[_Draft]:
        """Two numbers written as one: "7-14 FG", "8-of-18 shooting", "13-for-19 from the
        field", "(32-18)" after a name, "won 113-107". Each number is a claim; which
        measures they are is the data's to say (metadata [pairs])."""
        for first, second in pairwise(self.quantities):
            if first.start in self.used or second.start in self.used:
                continue
            joint = [t.lower_ for t in self.doc[first.end : second.start]]
            if joint not in PAIR_JOINTS or not all(
                q._.quantity.unit == "number" and q._.quantity.hedge is None
                for q in (first, second)
            ):
                continue
            before = self.doc[first.start - 1] if first.start > self.sent.start else None
            after = self.doc[second.end] if second.end < self.sent.end else None
            owner = self._bracket_owner(before) if after is not None and after.text == ")" else None
            bracketed = owner is not None
            # The pair's name follows it at once: "7-14 FG", "8-of-18 shooting".
            counted = None if bracketed else self._noun_run(second.end, self.sent.end)
            other = None if bracketed else self._versus_other(first)
            loser = (
                not bracketed
                and self._verb_lemma(first) in LOSING_VERBS
                and not _in_prepositional_phrase(first)  # "dropped 19 on 5-of-11 shooting"
            )
            hints = self._subject_hints(first)
            if owner is not None:  # "the Orlando Magic (19-15)": the name just before's
                hints = (mention(owner), *(h for h in hints if h.start != owner.start_char))
            self.used.update({first.start, second.start})
            for role, quantity in enumerate((first, second)):
                yield self._claim(
                    "value",
                    quantity,
                    quantity=quantity._.quantity,
                    periods=() if bracketed else _refs(self._periods_for(second)),
                    counted=counted,
                    pair_role=1 - role if loser else role,
                    bracketed=bracketed,
                    other=other,
                    subject_hints=hints,
                )

    def _bracket_owner(self, bracket: Token | None) -> Span | None:
        """The name right before "(": a name found in the sentence, or a capitalised
        word the parser did not see as one ("the Warriors (40-18)")."""
        if bracket is None or bracket.text != "(" or bracket.i == self.sent.start:
            return None
        named = next((n for n in self.names if n.end == bracket.i), None)
        word = self.doc[bracket.i - 1]
        if named is None and word.is_title and word.is_alpha:
            return self.doc[word.i : word.i + 1]
        return named

    def _versus_other(self, number: Span) -> Mention | None:
        """The other side of a score: "beat the Lakers 113-107", "a win over Boston"."""
        verb = _governing_verb(number)
        for name in self.names:
            root = name.root
            if root.dep_ == "dobj" and root.head == verb:
                return mention(name)
            if root.dep_ == "pobj" and root.head.lower_ in {"over", "against", "to", "past"}:
                return mention(name)
        return None

    def _verb_lemma(self, number: Span) -> str:
        return _governing_verb(number).lemma_.lower()

    def _ratios(self) -> Iterator[_Draft]:
        """ "The Met's figure was two and a half times that of Greater Manchester": one
        subject's figure as a multiple of another's, a comparison, not a change over
        time ("that" is the other's figure, a name after "of")."""
        for q in self.quantities:
            if q.start in self.used or q._.quantity.unit != "times":
                continue
            if self.doc[q.end - 1].lower_ in {"that", "those"}:
                other = next((n for n in self.names if q.end < n.start <= q.end + 2), None)
            else:  # "twice as many offences as Gwent Police"
                other = self._as_name(q)
                if other is None:
                    continue
            self.used.add(q.start)
            end = other.end if other is not None else q.end
            yield self._claim(
                "comparison",
                self.doc[q.start : end],
                direction="down" if q._.quantity.value < 1 else "up",
                quantity=q._.quantity,
                other=mention(other) if other is not None else None,
                periods=_refs(self._all_periods()[:1]),
            )

    def _as_name(self, q: Span) -> Span | None:
        """The name after the second "as" of "twice as many offences as Gwent Police"."""
        window = self.doc[q.end : min(q.end + 6, self.sent.end)]
        second = next((t for t in reversed(window) if t.lower_ == "as"), None)
        if second is None:
            return None
        return next((n for n in self.names if second.i < n.start <= second.i + 2), None)

    def _percent_changes(self) -> Iterator[_Draft]:
        """ "a 15% increase in grooming", "rose by a third", "doubled since 2010"."""
        for q in self.quantities:
            quantity = q._.quantity
            if q.start in self.used or quantity.unit not in {
                "percent",
                "times",
                "fraction",
                "points",
            }:
                continue
            if quantity.unit == "times":
                cue = q
                direction = "down" if quantity.value < 1 else "up"
            else:
                if q.start > 0 and self.doc[q.start - 1].lower_ in {"to", "at"}:
                    continue  # "rose to 4.2%" states the new level, not the change
                cue = self._cue_before(q.start, {"UP", "DOWN"}, reach=3) or self._cue_after(q)
                if cue is None:
                    continue
                direction = "up" if cue.label_ == "UP" else "down"
            self.used.add(q.start)
            self.used_cues.add(cue.start)
            anchor = self.doc[min(cue.start, q.start) : max(cue.end, q.end)]
            yield self._claim(
                "percent_change",
                anchor,
                quantity=quantity,
                direction=direction,
                operands=self._stated_before(anchor),
                periods=self._change_refs(),
                counted=self._changed_noun(cue),
            )

    def _absolute_changes(self) -> Iterator[_Draft]:
        """ "rose by 86", "an increase of 86"."""
        for q in self.quantities:
            if q.start in self.used or q._.quantity.unit != "number" or q.start < 2:
                continue
            before = self.doc[q.start - 1].lower_
            cue = self._cue_before(q.start, {"UP", "DOWN"}, reach=2)
            adverb = cue is not None and cue.end == q.start and before in {"up", "down"}
            if cue is None or not (before in {"by", "of"} or adverb):  # "up 86 on 2016/17"
                continue
            self.used.add(q.start)
            self.used_cues.add(cue.start)
            direction = "up" if cue.label_ == "UP" else "down"
            yield self._claim(
                "change",
                self.doc[cue.start : q.end],
                quantity=q._.quantity,
                direction=direction,
                operands=self._stated_before(self.doc[cue.start : q.end]),
                periods=self._change_refs(),
                counted=self._changed_noun(cue),
            )

    def _added_over_a_span(self) -> Iterator[_Draft]:
        """ "Brazil added 20 million people between 2000 and 2010", "has gained 3 million
        since 1990": what was added over a span of time is a change, never a level summed
        over the span's years. Only with a span: "added 20 points" in a game is a count."""
        spans = [p for p in self.periods if p._.period.kind in {"since", "range"}]
        for q in self.quantities:
            if not spans or q.start in self.used or q._.quantity.unit != "number":
                continue
            noun = q.root.head if q.root.dep_ == "nummod" else q.root
            verb = noun.head if noun.dep_ == "dobj" else noun
            if verb.lemma_.lower() not in ADDING_VERBS or not verb.i < q.start:
                continue
            self.used.add(q.start)
            yield self._claim(
                "change",
                self.doc[verb.i : q.end],
                quantity=q._.quantity,
                direction="up",
                periods=_refs(spans[:1]),
                counted=self._counted_after(q),
            )

    def _averages(self) -> Iterator[_Draft]:
        """ "averaging 16 points and six rebounds": averages over games or years, which
        a table of single figures cannot check (each is listed, unverifiable)."""
        for q in self.quantities:
            if q.start in self.used or self._verb_lemma(q) != "average":
                continue
            self.used.add(q.start)
            yield self._claim(
                "rate", q, quantity=q._.quantity, per="average", counted=self._counted_after(q)
            )

    def _rates(self) -> Iterator[_Draft]:
        """ "almost four child abuse images offences a day"."""
        for q in self.quantities:
            if q.start in self.used or q._.quantity.unit != "number":
                continue
            cue = next(
                (
                    c
                    for c in self.cues
                    if c.label_ == "RATE"
                    and q.end <= c.start <= q.end + 6
                    and not self._in_period(c.start)  # "1,437 a year earlier": a period
                    and not self._names_a_time(c)
                    and not any(
                        t.pos_ in {"ADP", "AUX", "PUNCT"} for t in self.doc[q.end : c.start]
                    )
                ),
                None,
            )
            if cue is None:
                continue
            self.used.add(q.start)
            yield self._claim(
                "rate",
                self.doc[q.start : cue.end],
                quantity=q._.quantity,
                per=cue[-1].lemma_.lower(),
                periods=_refs(self._all_periods()),
                counted=self._counted_after(q),
            )

    def _names_a_time(self, cue: Span) -> bool:
        """ "up from 812,900 a year earlier": "a year" before "earlier" or "ago" is when
        the figure was, not what it is per."""
        following = self.doc[cue.end].lower_ if cue.end < self.sent.end else ""
        return following in {"earlier", "ago", "before", "previously", "later"}

    def _ranks(self) -> Iterator[_Draft]:
        """ "the largest rise was recorded by X", "the largest number ... was by X"."""
        for cue in self.cues:
            if cue.label_ not in {"RANK_MAX", "RANK_MIN"} or cue.start == 0:
                continue
            place, determiner = self._place_before(cue)  # "the second highest"
            if determiner < self.sent.start or self.doc[determiner].lower_ not in {
                "the",
                "its",
                "their",
            }:
                continue
            noun = next(
                (
                    t
                    for t in self.doc[cue.end : min(cue.end + 3, self.sent.end)]
                    if t.pos_ in {"NOUN", "PROPN"}
                ),
                None,
            )
            if noun is None:
                continue
            lemma = noun.lemma_.lower()
            metric, extreme = "value", "max" if cue.label_ == "RANK_MAX" else "min"
            following = self.doc[noun.i + 1] if noun.i + 1 < self.sent.end else None
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
            self.used_cues.update(c.start for c in self.cues if cue.start <= c.start <= noun.i)
            end = self._compound_end(noun)
            anchor = self.doc[determiner:end]
            counted = (
                None
                if lemma in VALUE_NOUNS_SKIPPED | CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS
                else mention(self.doc[noun.i : end])
            )
            group_hint = self._place_group()
            if self.doc[cue.end].lower_ == "of":  # "the highest of any region": the peers
                anchor, counted = self.doc[determiner : cue.end], None
            elif self.doc[cue.end].lower_ in {"in", "among", "across"} and points_at_own_group(
                self.doc[cue.end + 1 : end].text
            ):  # "was the highest in the region": where the ranking is, not what it ranks
                anchor, counted = self.doc[determiner : cue.end], None
                group_hint = group_hint or mention(self.doc[cue.end + 1 : end])
            yield self._claim(
                "rank",
                anchor,
                extreme=extreme,
                metric=metric,
                position=place,
                periods=_refs(self._all_periods()),
                counted=counted or self._changed_noun(noun),
                group_hint=group_hint,
            )

    def _compound_end(self, noun: Token) -> int:
        """Where the noun phrase a noun begins ends: "the lowest infection rate" ranks
        rates, not infections, so the compound's head belongs to what is ranked."""
        end = noun.i + 1
        while (
            end < self.sent.end
            and self.doc[end - 1].dep_ == "compound"
            and self.doc[end].pos_ == "NOUN"
        ):
            end += 1
        return end

    def _place_before(self, cue: Span) -> tuple[int, int]:
        """The place an ordinal gives a superlative (2 in "the second highest" and "the
        second-lowest", else 1) and where the determiner before them should be."""
        i = cue.start - 1
        if i > self.sent.start and self.doc[i].text in {"-", "\u2013"}:
            i -= 1  # "second-lowest"
        word = self.doc[i].lower_ if i >= self.sent.start else ""
        if word in ORDINALS:
            return ORDINALS[word], i - 1
        return 1, cue.start - 1

    def _second_only_to(self) -> Iterator[_Draft]:
        """ "Sussex recorded 1,006 stalking offences, second only to the Met's 1,056": a
        place in the ranking of the figure just before, by what that figure counts."""
        for token in self.parts.ordinals(self.sent):
            following = [t.lower_ for t in self.doc[token.i + 1 : token.i + 3]]
            if following != ["only", "to"] or token.i + 3 > self.sent.end:
                continue
            before = [q for q in self.quantities if q.end <= token.i]
            counted = self._counted_after(before[-1]) if before else None
            yield self._claim(
                "rank",
                self.doc[token.i : token.i + 3],
                extreme="max",
                metric="value",
                position=ORDINALS[token.lower_],
                periods=_refs(self._periods_for(before[-1]) if before else self._all_periods()),
                counted=counted,
            )

    def _ordinal_ranks(self) -> Iterator[_Draft]:
        """ "Kyrie Irving was second on the team, as he accrued 29 points": a place in a
        ranking, within the group after "on" or "among", by the measure named after "in"
        or by the first one the sentence counts."""
        for token in self.parts.ordinals(self.sent):
            place = ORDINALS[token.lower_]
            if token.i + 2 >= self.sent.end or token.i == self.sent.start:
                continue
            prep = self.doc[token.i + 1]
            if (
                prep.lower_ not in {"on", "among", "in"}
                or self.doc[token.i - 1].lemma_.lower() not in PLACING_VERBS
            ):
                continue
            start = prep.i + 1
            while start < self.sent.end and self.doc[start].pos_ in {"DET", "PRON"}:
                start += 1  # "on the team", "on his team"
            group = self._noun_run(start, self.sent.end) if prep.lower_ != "in" else None
            named = next(
                (
                    n
                    for n in self.names
                    if n.start == prep.i + 1
                    or (n.start == prep.i + 2 and self.doc[prep.i + 1].lower_ == "the")
                ),
                None,
            )
            group = mention(named) if named is not None else group
            after = next((q for q in self.quantities if q.start > token.i), None)
            scored_in = next(
                (
                    t
                    for t in self.doc[token.i + 1 : self.sent.end]
                    if t.lower_ == "in" and t.i + 1 < self.sent.end
                ),
                None,
            )
            counted = self._noun_run(scored_in.i + 1, self.sent.end) if scored_in else None
            if counted is None and after is not None:
                counted = self._counted_after(after)
            yield self._claim(
                "rank",
                self.doc[token.i : token.i + 1],
                extreme="max",
                metric="value",
                position=place,
                group_hint=group,
                counted=counted,
            )

    def _place_group(self) -> Mention | None:
        """The set a ranking is within, when the sentence names it: "in Wales", "among
        English forces", "of the Welsh forces"."""
        for name in self.names:
            before = self.doc[name.start - 1].lower_ if name.start > self.sent.start else ""
            if before in {"in", "across", "among", "amongst"} and name.root.dep_ == "pobj":
                return mention(name)
        return None

    def _onlys(self) -> Iterator[_Draft]:
        """ "X was the only Welsh force to log a drop"."""
        for cue in self.cues:
            if cue.label_ != "ONLY":
                continue
            head = next(
                (
                    t
                    for t in self.doc[cue.end : min(cue.end + 4, self.sent.end)]
                    if t.pos_ == "NOUN"
                ),
                None,
            )
            direction_cue = next(
                (
                    c
                    for c in self.cues
                    if c.label_ in {"UP", "DOWN"} and cue.end <= c.start <= cue.end + 8
                ),
                None,
            )
            end = (
                direction_cue.end
                if direction_cue is not None
                else (head.i + 1 if head is not None else cue.end)
            )
            group = [
                t
                for t in self.doc[cue.end : head.i if head is not None else cue.end]
                if t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.is_title)
            ]
            group_hint = mention(self.doc[group[0].i : group[-1].i + 1]) if group else None
            direction = None
            threshold = None
            if direction_cue is not None:
                self.used_cues.add(direction_cue.start)
                direction = "up" if direction_cue.label_ == "UP" else "down"
            else:  # "the only force to record fewer than 50": a threshold
                threshold = next(
                    (q for q in self.quantities if cue.end <= q.start <= cue.end + 8), None
                )
                end = max(end, threshold.start) if threshold is not None else end
            yield self._claim(
                "only",
                self.doc[cue.start : end],
                direction=direction,
                quantity=threshold._.quantity if threshold is not None else None,
                group_hint=group_hint,
                periods=(
                    self._change_refs()
                    if threshold is None
                    else _refs(self._periods_for(threshold))
                ),
                counted=self._changed_noun(direction_cue)
                if direction_cue
                else (self._counted_after(threshold) if threshold is not None else None),
            )

    def _directions(self) -> Iterator[_Draft]:
        """ "A, B and C all saw increases", "Gwent also recorded an increase"."""
        for cue in self.cues:
            if cue.label_ not in {"UP", "DOWN"} or cue.start in self.used_cues:
                continue
            token = cue[0]
            as_object = token.pos_ == "NOUN" and token.head.lemma_.lower() in REPORTING_VERBS
            as_verb = token.pos_ == "VERB" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
            )
            if not (as_object or as_verb) or self._quantity_attached(token):
                continue
            if not any(name.end_char <= cue.start_char for name in self.names):
                continue
            quantifier = next(
                (
                    c
                    for c in self.cues
                    if c.label_ == "ALL" and cue.start - 6 <= c.start < cue.start
                ),
                None,
            )
            start = (
                quantifier.start
                if quantifier is not None
                else (token.head.i if as_object else token.i)
            )
            start = min(start, cue.start)  # a verb after its object ("rise ... saw") too
            self.used_cues.add(cue.start)
            direction = "up" if cue.label_ == "UP" else "down"
            subjects = tuple(mention(n) for n in self.names if n.end_char <= cue.start_char)
            yield self._claim(
                "direction",
                self.doc[start : cue.end],
                direction=direction,
                periods=self._change_refs(),
                subject_hints=subjects,
                counted=self._changed_noun(cue),
            )

    def _shares(self) -> Iterator[_Draft]:
        """ "nearly two-thirds of all activity", "42% of respondents"; a percentage that
        is not "of" something ("unemployment rose to 4.2%") is a value."""
        for q in self.quantities:
            if q.start in self.used or q._.quantity.unit not in {"percent", "fraction"}:
                continue
            following = self.doc[q.end].lower_ if q.end < self.sent.end else ""
            if following != "of" and q._.quantity.unit == "percent":
                continue
            self.used.add(q.start)
            yield self._claim(
                "share",
                q,
                quantity=q._.quantity,
                periods=_refs(self._periods_for(q)),
                measure_hints=self._measure_hints(q, whole=self._counted_after(q)),
            )

    def _comparisons(self) -> Iterator[_Draft]:
        """ "Gwent recorded more grooming offences than Dyfed-Powys" (and "50 more ... than")."""
        for cue in self.cues:
            if cue.label_ not in {"MORE", "FEWER"} or self._name_at(cue[0]) is not None:
                continue  # "Greater Manchester Police recorded more ...": one comparison
            window = self.doc[cue.end : min(cue.end + 8, self.sent.end)]
            than = next((t for t in window if t.lower_ == "than"), None)
            if than is None:
                continue
            other = next((n for n in self.names if than.i < n.start <= than.i + 3), None)
            if than.i + 1 < self.sent.end and self.doc[than.i + 1].lower_ in EVERY_OTHER:
                yield self._superlative(cue, than, other)
                continue
            change = self._between_periods(than) if other is None else None
            if other is None and change is None:
                continue  # "more than 2,000" is a hedge, not a comparison
            difference = next(
                (q for q in self.quantities if q.end == cue.start and q.start not in self.used),
                None,
            )
            multiple = self._multiple_after_than(than, other) if difference is None else None
            start = cue.start
            if difference is not None:
                self.used.add(difference.start)
                start = difference.start
            counted = self._noun_run(cue.end, than.i)
            if change is not None:  # "88 fewer offences in 2017/18 than in 2016/17"
                base, named = change
                self.used_cues.add(cue.start)
                percent = difference is not None and difference._.quantity.unit == "percent"
                yield self._claim(
                    "percent_change" if percent else "change",
                    self.doc[start : base.end if base.start <= than.i + 2 else than.i + 1],
                    quantity=difference._.quantity if difference else None,
                    direction="up" if cue.label_ == "MORE" else "down",
                    periods=_refs((base, named)),  # from the period compared with
                    counted=counted,
                )
                continue
            yield self._claim(
                "comparison",
                self.doc[start : other.end],
                direction="up" if cue.label_ == "MORE" else "down",
                quantity=difference._.quantity if difference else multiple,
                other=mention(other),
                counted=counted,
                periods=_refs(self._all_periods()[:1]),
            )

    def _multiple_after_than(self, than: Token, other: Span | None) -> Quantity | None:
        """ "more than twice Nevada's rate", "more than 15 times New Hampshire's": the
        multiple between "than" and the name is what the comparison claims (a ratio,
        hedged by "more than"), not a bare "more"."""
        for span in self.quantities:
            if other is None or not than.i < span.end <= other.start:
                continue
            quantity = span._.quantity
            if quantity.unit == "times":
                return quantity
            if span.end < self.sent.end and self.doc[span.end].lower_ == "times":
                self.used.add(span.start)  # the multiple is this claim's, no value of its own
                return replace(quantity, unit="times")
        return None

    def _between_periods(self, than: Token) -> tuple[Span, Span] | None:
        """ "88 fewer offences in 2017/18 than in 2016/17", "30% more than the 287 it
        recorded in 2016/17": the period compared with (after "than") and the period
        named before it; a change from the first to the second, in that order, whichever
        is earlier ("fewer in 2016/17 than in 2017/18" is a fall from 2017/18)."""
        compared = next((p for p in self.periods if than.i < p.start <= than.i + 8), None)
        named = next((p for p in reversed(self.periods) if p.end <= than.i), None)
        if (
            compared is None
            or named is None
            or any(n.start < compared.start and n.start > than.i for n in self.names)
        ):
            return None  # "more than Gwent in 2016/17" compares names, not periods
        return compared, named

    def _superlative(self, cue: Span, than: Token, group: Span | None) -> _Draft:
        """ "recorded more offences than any other Welsh force": the most of the group
        (or of everyone the data holds, when no group is named), a ranking."""
        self.used_cues.add(cue.start)
        end = group.end if group is not None else min(than.i + 3, self.sent.end)
        return self._claim(
            "rank",
            self.doc[cue.start : end],
            extreme="max" if cue.label_ == "MORE" else "min",
            metric="value",
            periods=_refs(self._all_periods()),
            counted=self._noun_run(cue.end, than.i),
            group_hint=mention(group) if group is not None else None,
        )

    def _values(self) -> Iterator[_Draft]:
        """Every number left: a count for an entity and a period (a total over a group)."""
        remaining = [q for q in self.quantities if q.start not in self.used]
        respectively = any(c.label_ == "RESPECTIVELY" for c in self.cues)
        # "528 and 543 offences in 2016/17 and 2017/18 (respectively)": in turn.
        paired = len(remaining) == len(self.periods) >= 2 and (
            respectively or (self._is_list(remaining) and self._is_list(self.periods))
        )
        total = any(c.label_ == "TOTAL" for c in self.cues)
        joined = self._joined_periods() if not paired and (total or len(remaining) == 1) else None
        parts = self._parts(remaining) if total and not paired else {}
        for index, q in enumerate(remaining):
            periods = (self.periods[index],) if paired else self._periods_for(q)
            implied = self.implied.get(q.start)
            refs = _refs(periods) or tuple(filter(None, [implied]))
            if implied is not None and implied.expr != PREVIOUS and not paired:
                refs = (implied,)  # "up 30% from 287": the year before the one named
            if joined is not None:
                refs = (joined,)
            elif len(refs) == 1 and refs[0].expr.kind == "since":
                refs = self._relative_time(q, refs[0])
            elif q.start in parts and not refs and len(self.periods) >= 2:
                refs = (self._span_of_periods(),)  # the total over the parts' periods
            before = self.doc[q.start - 1].lower_ if q.start > self.sent.start else ""
            if before in {"from", "to"} and refs and refs[0].expr.kind == "range":
                # "grew between 2015 and 2020 to 9 million": the level at the end;
                # "... between the first and third quarters, from 13 to 39": each end's.
                end = refs[0].expr.inner[0 if before == "from" else -1]
                refs = (PeriodRef(refs[0].mention, end),)
            yield self._claim(
                "total" if total else "value",
                q,
                quantity=q._.quantity,
                periods=refs,
                counted=self._margin_before(q) or self._counted_after(q),
                per=self.bases[q.start].text if q.start in self.bases else None,
                operands=parts.get(q.start, ()),
            )

    # -- the pieces -------------------------------------------------------------------

    def _names(self) -> Iterator[Span]:
        """Proper names in the sentence: NER entities and runs of proper nouns."""
        taken = {
            i
            for group in (self.periods, self.quantities)
            for s in group
            for i in range(s.start, s.end)
        }
        spans = [e for e in self.parts.ents(self.sent) if e.label_ in ENTITY_LABELS]
        proper, joins = self.parts.proper, self.parts.joins
        start, end = self.sent.start, self.sent.end
        run: list[int] = []
        for i in range(start, end + 1):
            joinable = i < end and (
                proper[i] or (joins[i] and run and i + 1 < end and proper[i + 1])
            )
            if joinable:
                run.append(i)
                continue
            if run:
                spans.append(self.doc[run[0] : run[-1] + 1])
            run = []
        seen: set[tuple[int, int]] = set()
        for span in sorted(spans, key=lambda s: (s.start, -len(s))):
            span = _strip_edges(span)
            if not span or (span.start, span.end) in seen or span.start in taken:
                continue
            if (
                span.start - 1 in taken
                and len(span) == 1
                and (span[0].is_upper or len(span[0]) <= 3)
            ):
                continue  # "5 FT", "14 FG": a unit after a number, not a name ("four Welsh")
            if any(s[0] <= span.start and span.end <= s[1] for s in seen):
                continue
            seen.add((span.start, span.end))
            yield span

    def _has_own_subject(self) -> bool:
        """Whether the sentence names its own subject ("The survey had 200 respondents"),
        so that it must not borrow one from the sentences before; "It rose to 373" and
        "The figure rose to 373" do borrow."""
        return any(
            t.head.dep_ == "ROOT"
            and t.pos_ == "NOUN"
            and t.lemma_.lower() not in ANAPHORIC_NOUNS
            and not points_back(t)  # "Its people", "the country's population" borrow
            for t in self.parts.subjects(self.sent)
        )

    def _subject_hints(self, anchor: Span) -> tuple[Mention, ...]:
        """Names that may be the claim's subject, most likely first: the owner of the
        counted noun ("Butler's 23 points"), the subject of the clause the claim is in
        (through "who" and "he" to the name they stand for), the sentence's subjects
        and agents, then the nearest names before the claim, then those after it.
        In a list ("23 points, nine rebounds and two assists") every number has the
        subject of the first, unless a name comes between them."""
        where = (anchor.start, anchor.end)
        if where not in self._hints:  # each number of a list asks for the first's
            self._hints[where] = self._find_subject_hints(anchor)
        return self._hints[where]

    def _find_subject_hints(self, anchor: Span) -> tuple[Mention, ...]:
        previous = [q for q in self.quantities if q.end <= anchor.start]
        owners = [
            n
            for n in (
                self._owner(anchor),
                self._participle_agent(anchor),
                self._name_just_before(anchor),
                bound_owner(anchor, previous[-1] if previous else None, self._name_at),
            )
            if n is not None
        ]
        # "the Raptors (44-29) with 18 points": a figure in apposition to a name is that
        # name's alone, and passes it on to no figure after it.
        previous = [q for q in previous if apposition_owner(q, self._name_at) is None]
        if (
            previous
            and not owners
            and not any(previous[-1].end <= n.start < anchor.start for n in self.names)
        ):
            return self._subject_hints(previous[-1])
        subjects, mentions = self._name_facts
        before = sorted(
            (n for n in self.names if n.end <= anchor.start), key=lambda n: anchor.start - n.end
        )
        after = sorted(
            (n for n in self.names if n.start >= anchor.end), key=lambda n: n.start - anchor.end
        )
        clause = self._clause_subject(anchor)
        first = owners + ([clause] if clause is not None else [])
        # "In Iran the rate fell to 1.9, while Bangladesh's more than halved": the subject
        # of a clause set against the claim's ("while", "whereas", "but", ";") is no
        # subject of the claim's; it stays a name after it, tried last.
        subjects = [n for n in subjects if not contrasted(self.doc, n, anchor)]
        ordered = dict.fromkeys((n.start, n.end) for n in first + subjects + before + after)
        return tuple(mentions[where] for where in ordered)

    @cached_property
    def _name_facts(self) -> tuple[list[Span], dict[tuple[int, int], Mention]]:
        """The names that are grammatical subjects or agents, and each name's mention:
        the same for every claim of the sentence."""
        subjects = [
            n
            for n in self.names
            if n.root.dep_ in SUBJECT_DEPS
            or (n.root.dep_ == "pobj" and n.root.head.dep_ == "agent")
        ]
        return subjects, {(n.start, n.end): mention(n) for n in self.names}

    def _name_at(self, token: Token) -> Span | None:
        return next((n for n in self.names if n.start <= token.i < n.end), None)

    def _owner(self, anchor: Span) -> Span | None:
        """ "Jimmy Butler's 23 points": the possessor of the noun a number counts."""
        head = anchor.root.head if anchor.root.dep_ == "nummod" else anchor.root
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return self._name_at(owner) if owner is not None else None

    def _participle_agent(self, anchor: Span) -> Span | None:
        """ "more than the 964 recorded by West Midlands Police": the agent of a participle
        that describes the number (or what it counts) is whose figure it is, not the
        subject of the sentence the number sits in."""
        head = anchor.root.head if anchor.root.dep_ == "nummod" else anchor.root
        for clause in (c for c in head.children if c.dep_ == "acl"):
            if clause.lemma_.lower() in ORDERING_VERBS:
                continue
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._name_at(pobj) is not None:
                    return self._name_at(pobj)
        return None

    def _name_just_before(self, anchor: Span) -> Span | None:
        """ "Gwent recorded 57, North Wales Police 42 and Dyfed Powys 33": in a list that
        leaves out the verb, a number the parser hangs on the name right before it is
        that name's. Only in a list (the name after "," or "and"): in "beat the host
        Dallas Mavericks 123-107" the score is not the Mavericks' alone."""
        if anchor.root.dep_ != "nummod" or anchor.start == self.sent.start:
            return None
        named = self._name_at(anchor.root.head)
        if named is None or named.end != anchor.start or named.start == self.sent.start:
            return None
        return named if self.doc[named.start - 1].lower_ in {",", "and"} else None

    def _clause_subject(self, anchor: Span) -> Span | None:
        """The subject of the clause the claim is in, climbing through verbs that share
        their subject ("who scored 27 points, to go along with four assists"). In "held
        Orlando to 43 percent" and "forced the Kings into 21 turnovers" the figure is
        the object's."""
        token, below = anchor.root, anchor.root
        for _ in range(12):
            if (
                token.pos_ == "VERB"
                and token.lemma_.lower() in OBJECT_VERBS
                and (below.lower_ in {"to", "into", "under", "below"})
            ):
                target = next((c for c in token.children if c.dep_ == "dobj"), None)
                if target is not None and self._name_at(target) is not None:
                    return self._name_at(target)
            if token.pos_ in {"VERB", "AUX"}:
                subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                if subject is not None:
                    named = self._resolve_pronoun(subject)
                    if named is not None:
                        return named
                    if agent is None:
                        return None
                if agent is not None:
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    return self._name_at(pobj) if pobj is not None else None
            if token.head.i == token.i:
                return None
            token, below = token.head, token
        return None

    def _resolve_pronoun(self, subject: Token) -> Span | None:
        """A name, or the name a relative or personal pronoun stands for."""
        named = self._name_at(subject)
        if named is not None:
            return named
        if subject.tag_ in {"WP", "WDT"} and subject.head.dep_ == "relcl":
            return self._name_at(subject.head.head)  # "DeRozan, who posted ..."
        if subject.lower_ in {"he", "she", "they", "it"}:
            earlier = [n for n in self.names if n.end <= subject.i]
            if subject.lower_ in {"he", "she"}:  # a person, not "the Thunder"
                people = [
                    n for n in earlier if n.label_ == "PERSON" or n.root.ent_type_ == "PERSON"
                ]
                subjects = [n for n in earlier if n.root.dep_ in SUBJECT_DEPS]
                # "he" is one: not "the Wizards", when the tagger calls Beal an ORG.
                singular = [n for n in earlier if n.root.tag_ not in PLURAL_TAGS]
                earlier = people or subjects or singular or earlier
            return earlier[-1] if earlier else None
        return None

    def _measure_hints(self, anchor: Span, whole: Mention | None = None) -> tuple[Mention, ...]:
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

    def _margin_before(self, q: Span) -> Mention | None:
        """ "a majority of 3,222", "a lead of 12": the number is a margin between two
        figures, which the matcher finds only in a column of margins; it was checked as
        the winner's own count (the sentence's other noun, "votes")."""
        if q.start - 2 < self.sent.start or self.doc[q.start - 1].lower_ != "of":
            return None
        noun = self.doc[q.start - 2]
        return (
            mention(noun.doc[noun.i : noun.i + 1]) if noun.lemma_.lower() in MARGIN_NOUNS else None
        )

    def _counted_after(self, q: Span) -> Mention | None:
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
                and not self._starts_compound(i, limit)
            )
            or any(s.start == i for s in self.quantities)
        ):
            quantity = next((s for s in self.quantities if s.start == i), None)
            i = quantity.end if quantity is not None else i + 1
        if i > q.end and i < limit and self._name_at(self.doc[i]) is not None:
            return None  # "North Wales 42 and Dyfed Powys 33": the next item of a list
        if i < limit and self.doc[i].lower_ in CURRENCY_NOUNS:
            return None  # "5.1 billion dollars": the amount's currency, not what it counts
        return self._noun_run(i, limit)

    def _noun_run(self, i: int, limit: int) -> Mention | None:
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
            ) or self._starts_compound(i, limit)
            if not hyphen and (
                (token.pos_ in STOP_POS and not (token.pos_ == "NUM" and not token.like_num))
                or (token.tag_ in {"VBD", "VBN", "MD"} and not self._adjectival(token, limit))
                or not any(c.isalpha() for c in token.text)
                or self._in_period(i)
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

    def _starts_compound(self, i: int, limit: int) -> bool:
        """ "three-point", "free-throw": a word joined by a hyphen to the next one."""
        return (
            i + 2 < limit
            and self.doc[i + 1].text in {"-", "–"}
            and (self.doc[i].is_alpha and self.doc[i + 2].is_alpha)
        )

    def _changed_noun(self, cue: Span | Token | None) -> Mention | None:
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
            return self._noun_run(i, limit)
        return None

    def _in_period(self, i: int) -> bool:
        return any(p.start <= i < p.end for p in self.periods)

    def _cue_before(self, index: int, labels: set[str], reach: int) -> Span | None:
        found = [
            c
            for c in self.cues
            if c.label_ in labels
            and index - reach <= c.start < index
            and c.start not in self.used_cues
        ]
        return found[-1] if found else None

    def _cue_after(self, q: Span) -> Span | None:
        return next(
            (
                c
                for c in self.cues
                if c.label_ in {"UP", "DOWN"}
                and q.end <= c.start <= q.end + 1
                and c[0].pos_ == "NOUN"
                and c.start not in self.used_cues
            ),
            None,
        )

    def _quantity_attached(self, token: Token) -> bool:
        window = range(token.i - 3, token.i + 4)
        return any(q.start in window or (q.end - 1) in window for q in self.quantities)

    def _period_after(self, q: Span, before: int | None = None) -> Span | None:
        """The first period after a number and before the next number (or `before`),
        unless it is what something is compared with ("275, down 88 on 2016/17")."""
        stop = before if before is not None else self.sent.end
        following = [s.start for s in self.quantities if s.start > q.start]
        if following:
            stop = min(stop, following[0])
        return next(
            (p for p in self.periods if q.end <= p.start < stop and not self._is_base(p)), None
        )

    def _is_base(self, period: Span) -> bool:
        """ "up 8 on 2016/17", "compared with 2016/17", "than in 2016/17": the period a
        figure is compared with, not the figure's own."""
        before = [t.lower_ for t in self.doc[max(self.sent.start, period.start - 2) : period.start]]
        return bool(before) and (
            before[-1] in BASE_WORDS
            or (before[-1] in {"in", "with", "to"} and before[0] in BASE_WORDS)
        )

    def _change_refs(self) -> tuple[PeriodRef, ...]:
        """The periods of a rise or fall: the sentence's two, or from the one it is
        compared with to the year after ("up 86 on the previous year")."""
        periods = self._change_periods()
        if len(periods) == 1 and periods[0] is not None and self._is_base(periods[0]):
            base = periods[0]
            if base._.period.kind == "previous":  # the year before the latest: the default
                return ()
            after = base._.period.shifted(1)
            if after is not None:
                return (PeriodRef(mention(base), base._.period), PeriodRef(mention(base), after))
        return _refs(periods)

    def _all_periods(self) -> tuple[Span, ...]:
        return tuple(self.periods)

    def _joined_periods(self) -> PeriodRef | None:
        """ "A total of 2,895 offences in 2016/17 and 2017/18": one figure over a list of
        periods is their sum, from the first to the last."""
        if len(self.periods) < 2 or not self._is_list(self.periods):
            return None
        return self._span_of_periods()

    def _span_of_periods(self) -> PeriodRef:
        """From the sentence's first period to its last."""
        first, last = self.periods[0], self.periods[-1]
        expr = PeriodExpr("range", inner=(first._.period, last._.period))
        return PeriodRef(mention(self.doc[first.start : last.end]), expr)

    def _parts(self, counts: list[Span]) -> dict[int, tuple[Quantity, ...]]:
        """ "In total, 2,895 offences - 1,437 in 2016/17 and 1,458 in 2017/18": a total
        followed by the figures it is made of (two or more counts, each with a period of
        its own), by the total's start."""
        numbers = [q for q in counts if q._.quantity.unit == "number"]
        if len(numbers) < 3:
            return {}
        first, rest = numbers[0], numbers[1:]
        own = self._period_after(first, rest[0].start)
        if own is not None and not self._opens_a_span(own):
            return {}  # "since 1 April 2016" is a span the parts can make up; a year is not
        dated = [
            self._period_after(q, following.start)
            for q, following in pairwise([*rest, self.doc[self.sent.end - 1 : self.sent.end]])
        ]
        if None in dated:
            return {}
        return {first.start: tuple(q._.quantity for q in rest)}

    def _opens_a_span(self, period: Span) -> bool:
        """ "since April 2016", "since 1 April 2016" (the day is no part of the period's
        words), "between 2016 and 2018": a period that runs on, which parts can make up."""
        before = {t.lower_ for t in self.doc[max(period.start - 2, self.sent.start) : period.start]}
        return period._.period.kind in {"since", "range"} or "since" in before

    def _stated_before(self, anchor: Span) -> tuple[Quantity, ...]:
        """The two figures a change names right after them, earlier first: "rose from
        287 to 373 last year, an increase of 25%", "259 in 2016/17 and 267 in 2017/18, a
        fall of 3%". Only an apposition (a comma and a few words between), so that the
        sentence's figures are never taken for another thing's change. A gap that opens
        a clause of its own ("while Bangladesh's more than halved") is no apposition."""
        pairs = [*self.stated.values(), *filter(None, [self._dated_pair])]
        for operands, end in pairs:
            gap = [t for t in self.doc[end : anchor.start] if not t.is_punct]
            new_clause = any(t.lower_ in CLAUSE_MARKS or self._name_at(t) is not None for t in gap)
            if (
                end <= anchor.start
                and len(gap) <= 4
                and not new_clause
                and "," in self.doc[end : anchor.start].text
            ):
                return operands
        return ()

    @cached_property
    def _dated_pair(self) -> tuple[tuple[Quantity, Quantity], int] | None:
        """Two counts of the sentence, each with a period of its own, earlier first (the
        same for every change the sentence states)."""
        counts = [q for q in self.quantities if q._.quantity.unit == "number"]
        if len(counts) != 2:
            return None
        periods = [self._period_after(q, next_q.start) for q, next_q in pairwise(counts)]
        periods.append(self._period_after(counts[1]))
        resolved = [p._.period.resolve() if p is not None else None for p in periods]
        if None in resolved or resolved[0].start == resolved[1].start:
            return None
        order = sorted(zip(resolved, counts, strict=True), key=lambda pair: pair[0].start)
        end = max(counts[1].end, periods[1].end)
        return (order[0][1]._.quantity, order[1][1]._.quantity), end

    def _is_list(self, spans: list[Span]) -> bool:
        """Whether spans follow one another with only "and" or commas between them."""
        return all(
            {t.lower_ for t in self.doc[before.end : after.start]} <= {"and", ","}
            and after.start > before.end
            for before, after in pairwise(spans)
        )

    def _relative_time(self, q: Span, since: PeriodRef) -> tuple[PeriodRef, ...]:
        """ "since 1960, when a newborn could expect to live to 58": a figure in the
        period's relative clause is of that time, not of the whole span since."""
        if in_relative_clause_of(q, self.periods) is None:
            return (since,)
        return (PeriodRef(since.mention, since.expr.inner[0]),)

    def _periods_for(self, q: Span) -> tuple[Span, ...]:
        after = self._period_after(q)
        if after is not None:
            return (after,)
        own = [p for p in self.periods if not self._is_base(p)]
        before = [p for p in own if p.end <= q.start and q.start - p.end <= 3]
        if before:
            return (before[-1],)
        return tuple(own) if len(own) == 1 else ()

    def _change_periods(self) -> tuple[Span | None, ...]:
        """The first and last periods the sentence names, earlier first, leaving out a
        year whose quarters it also names ("over 2017/18, from 311 in the first quarter
        to 605 in the fourth" is a change from the first quarter to the fourth)."""
        periods = [
            p
            for p in self.periods
            if not any(p._.period.encloses(o._.period) for o in self.periods)
        ]
        if len(periods) < 2:
            return tuple(periods)
        first, last = periods[0], periods[-1]
        # "373 in 2017/18, up from 287 the year before": a rise or fall runs forward in
        # time, whichever period the sentence names first; "up 15% from a year earlier",
        # which has no date of its own, starts from the period it is compared with.
        at = (first._.period.resolve(), last._.period.resolve())
        if at[0] is not None and at[1] is not None:
            return (last, first) if at[1].start < at[0].start else (first, last)
        if self._is_base(last) and not self._is_base(first):
            return (last, first)
        return (first, last)


class _DocParts:
    """What the reader of every sentence asks of the Doc, taken from it once and indexed
    by position: spaCy builds span groups, entities and noun chunks anew for the whole
    Doc at each ask, and filtering them once a sentence made extraction quadratic in
    the length of the article (a 40,000-character article took minutes; see
    docs/limits.md)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._spans: dict[str, _SpanIndex] = {}
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

    def _index(self, name: str) -> _SpanIndex:
        if name not in self._spans:
            if name == "ents":
                spans: Iterable[Span] = self.doc.ents
            elif name == "noun_chunks":
                spans = self.doc.noun_chunks
            else:
                spans = self.doc.spans[name]
            self._spans[name] = _SpanIndex(spans)
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


class _SpanIndex:
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


def _in_prepositional_phrase(span: Span) -> bool:
    """Whether a phrase hangs from its verb through a preposition: in "dropped 19 points
    on 5-of-11 shooting" the pair is how he scored, not what the verb dropped."""
    token, verb = span.root, _governing_verb(span)
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


def _governing_verb(span: Span) -> Token:
    """The verb a phrase depends on (the root, if no verb is above it)."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _refs(spans: Iterable[Span | None]) -> tuple[PeriodRef, ...]:
    return tuple(PeriodRef(mention(s), s._.period) for s in spans if s is not None)


def _strip_edges(span: Span) -> Span:
    """Drop determiners, possessives and punctuation at the edges of a name."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end]
