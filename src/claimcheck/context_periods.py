"""The period an article's context gives a claim that states none of its own.

    >>> text = "Crime in 2017/18\\n\\nGwent recorded 1,500 drug offences."
    >>> headline = PeriodRef(Mention("2017/18", 9, 16), PeriodExpr("split_year", 2017))
    >>> context = ArticleContext(text, (headline,))
    >>> [(c.written, c.reach.name, c.settled) for c in context.carried(18, 52)]
    [('2017/18', 'HEADLINE', True)]

"Gwent Police recorded 1,500 drug offences", under a headline about "the 2017/18
figures", was checked against the latest quarter of a quarterly file and contradicted
(issue 12): a claim that states no period means the period the article is about, not
the data's latest. The candidates, nearest first, are the periods named in earlier
sentences of the claim's paragraph, then the headline's, then those of earlier
paragraphs; the matcher takes the first the table covers as a CARRIED reading.

Whether a carried period settles the claim on its own (`CarriedPeriod.settled`): the
one period the claim's paragraph names before it is what the paragraph is about, and
the one period the whole article names before it (in the headline, say) what the
article is about; either gives a verdict. Where the paragraph or the article names
several, the paragraph's nearest or the headline's is a guess, and the data's latest
stays beside it as a second reading, so that a verdict needs the two to agree
(`readings.decide_readings`); an earlier paragraph's, among several, is no candidate:
articles move between periods from one paragraph to the next.

The article's date (`--date`) is no candidate: it already keeps out of the default the
periods that had not ended when the article was published (`match._latest`), and the
year it falls in had not ended then either.

A sentence that points at the present or the future ("now", "today", "will") carries
nothing: its figure is not the earlier sentence's period's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from spacy.tokens import Doc

from claimcheck.doc_spans import PERIODS
from claimcheck.model import Claim, Mention, PeriodRef
from claimcheck.periods import PeriodExpr

# The kinds of period a figure can be about as a whole: not "since 2010" (open), "the
# past two years" (relative to the data) or "the year before" (relative to another).
CARRIED_KINDS = frozenset({"year", "split_year", "month", "quarter", "year_to"})
# Words by which a sentence says its figure is of another time than the one before.
NOW_WORDS = frozenset(
    {
        "now",
        "today",
        "currently",
        "latest",
        "will",
        "projected",
        "forecast",
        "expected",
        "since",
        "recent",
        "recently",
    }
)
_NOW = re.compile(r"(?i)\b(?:" + "|".join(sorted(NOW_WORDS)) + r")\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = ".!?:;\"'”’)"


class Reach(Enum):
    """Where a carried period was named, nearest first."""

    PARAGRAPH = "an earlier sentence of the paragraph"
    HEADLINE = "the headline"
    ARTICLE = "an earlier paragraph"


@dataclass(frozen=True)
class CarriedPeriod:
    """A period the context gives a claim: what was written, where, and whether it
    settles the claim on its own (see the module's docstring)."""

    expr: PeriodExpr
    written: str
    reach: Reach
    settled: bool

    @property
    def note(self) -> str:
        """ "period not stated; 2017/18 is carried from the headline" """
        return f"period not stated; {self.written} is carried from {self.reach.value}"


@dataclass(frozen=True)
class ArticleContext:
    """Every period an article names, in order of where it stands in the text."""

    text: str
    periods: tuple[PeriodRef, ...]

    @classmethod
    def of(cls, text: str, periods: Iterable[PeriodRef]) -> ArticleContext:
        """The context from period mentions in any order, each place once."""
        unique = {(p.mention.start, p.mention.end): p for p in periods}
        return cls(text, tuple(unique[k] for k in sorted(unique)))

    def within(self, start: int, end: int) -> list[PeriodRef]:
        """The periods named between two offsets (a sentence's), in order."""
        return [p for p in self.periods if start <= p.mention.start and p.mention.end <= end]

    def carried(self, sentence_start: int, sentence_end: int) -> list[CarriedPeriod]:
        """The periods the context offers the sentence at these offsets, nearest first;
        none when the sentence names a period of its own or points at another time."""
        if any(sentence_start <= p.mention.start < sentence_end for p in self.periods):
            return []
        if _NOW.search(self.text, sentence_start, sentence_end):
            return []
        paragraph = self._paragraph_start(sentence_start)
        headline = self._headline()
        before = [
            p
            for p in self.periods
            if p.mention.end <= sentence_start and p.expr.kind in CARRIED_KINDS
        ]
        own = [p for p in before if p.mention.start >= paragraph]
        in_headline = [p for p in before if headline[0] <= p.mention.start < headline[1]]
        earlier = [p for p in before if p not in own and p not in in_headline]
        # One period named in the paragraph: what it is about; one in the whole article
        # before the claim: what the article is about. Two: which one is a guess.
        one_in_paragraph = len({p.expr for p in own}) == 1
        one_in_article = len({p.expr for p in before}) == 1
        found = [
            *(_carried(p, Reach.PARAGRAPH, one_in_paragraph) for p in reversed(own)),
            *(_carried(p, Reach.HEADLINE, one_in_article) for p in in_headline),
            # an earlier paragraph's period, among others, is too far to be more than noise
            *(_carried(p, Reach.ARTICLE, True) for p in reversed(earlier) if one_in_article),
        ]
        return [c for i, c in enumerate(found) if c.expr not in {f.expr for f in found[:i]}]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        """Where each paragraph starts, found once (an article has many claims)."""
        return [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(self.text))]

    def _paragraph_start(self, offset: int) -> int:
        starts = self._paragraph_starts
        return starts[bisect_right(starts, offset) - 1]

    def _headline(self) -> tuple[int, int]:
        """The first paragraph, when it is one line that does not end a sentence
        ((0, 0) when there is none)."""
        stripped = self.text.lstrip()
        start = len(self.text) - len(stripped)
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        line = self.text[start:end].rstrip()
        if not line or line[-1] in _SENTENCE_END:
            return (0, 0)
        return (start, end)


def _carried(ref: PeriodRef, reach: Reach, settled: bool) -> CarriedPeriod:
    return CarriedPeriod(ref.expr, ref.mention.text, reach, settled)


def context_of(text: str, claims: Iterable[Claim], doc: Doc | None = None) -> ArticleContext:
    """The context from every period the parsed document names (a headline's too), or,
    without the document, from the periods the claims themselves name."""
    if doc is not None and PERIODS in doc.spans:
        refs = [
            PeriodRef(Mention(s.text, s.start_char, s.end_char), s._.period)
            for s in doc.spans[PERIODS]
            if s._.period is not None
        ]
    else:
        refs = [ref for claim in claims for ref in claim.periods]
    return ArticleContext.of(text, refs)


NO_CONTEXT = ArticleContext("", ())
