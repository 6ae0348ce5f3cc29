"""The plain records passed between stages: article -> claims -> verdicts -> report.

Offsets are character offsets into the article's text as read (after HTML or
Markdown is turned into text), so `claim.text == article.text[claim.start:claim.end]`.
Lines and columns are those of the file (`Article.line_col` maps back through markup).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from claimcheck.lexicon import UNIT_DAYS
from claimcheck.periods import PeriodExpr
from claimcheck.quantities import Quantity
from claimcheck.readings import Reading


class Kind(StrEnum):
    """What a claim asserts (see Claim). A StrEnum: `claim.kind == "value"` still holds."""

    VALUE = "value"
    TOTAL = "total"
    CHANGE = "change"
    PERCENT_CHANGE = "percent_change"
    RATE = "rate"
    SHARE = "share"
    RANK = "rank"
    ONLY = "only"
    DIRECTION = "direction"
    COMPARISON = "comparison"
    COUNT_OF_SUBJECTS = "count_of_subjects"  # "12 states saw a fall": rows meeting a condition
    RECORD = "record"  # "the lowest since 1971": an extreme over the periods since a year


class Direction(StrEnum):
    """Which way a change or comparison goes: "rose" is up, "fewer than" is down."""

    UP = "up"
    DOWN = "down"


class Extreme(StrEnum):
    """Which end a rank is at: "the highest" is max, "the fewest" is min."""

    MAX = "max"
    MIN = "min"


class Metric(StrEnum):
    """What a rank orders by: "the largest number" (value), "the largest rise" (change)."""

    VALUE = "value"
    CHANGE = "change"
    PERCENT_CHANGE = "percent_change"


class Judgement(StrEnum):
    """A verdict's outcome, in the order reports count them."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"


KINDS = tuple(Kind)
VERDICTS = tuple(Judgement)
# What fails a run: only contradicted claims (the default), or also unverifiable ones.
FAIL_ON = {"contradicted": ("contradicted",), "unverifiable": ("contradicted", "unverifiable")}


@dataclass(frozen=True)
class Article:
    """An article's text as claimcheck reads it, and where it came from.

    For Markdown and HTML, `source` is the file's text and `origin[i]` the offset in it
    of `text[i]`; for plain text both are None (the text is the file).
    `ignored_lines` are the file's lines silenced by a `claimcheck: ignore` marker.
    """

    path: Path
    text: str
    date: str | None = None  # ISO date of publication, when known
    source: str | None = field(default=None, compare=False, repr=False)
    origin: tuple[int, ...] | None = field(default=None, compare=False, repr=False)
    ignored_lines: frozenset[int] = frozenset()

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column, in the file, of a character offset into `text`."""
        text = self.text if self.source is None else self.source
        if self.origin is not None:
            origin = self.origin
            offset = origin[offset] if offset < len(origin) else (origin[-1] + 1 if origin else 0)
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Line and column of the first character and of the one after the last, in the file."""
        line, col = self.line_col(start)
        end_line, end_col = self.line_col(max(end - 1, start))
        return line, col, end_line, end_col + (1 if end > start else 0)


@dataclass(frozen=True)
class Mention:
    """A stretch of article text: a subject, a measure, a group or a period."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PeriodRef:
    """A period named in the article, with its parse."""

    mention: Mention
    expr: PeriodExpr


@dataclass(frozen=True)
class Claim:
    """One checkable statement, anchored on the words that assert it.

    Kind-specific fields are left at their defaults where they do not apply:
    - value/total: `quantity`, `periods` (one)
    - change: `direction`, `periods` (from, to), `from_to` (the stated from/to numbers)
    - percent_change: as change, `quantity` is the stated percentage (or multiplier)
    - rate: `quantity` and `time_unit` ("day"); `periods` the period the rate is over;
      or `per_base` ("1.23 children per woman"), or `averaged` ("averaged 25 points")
    - share: `quantity` (percent or fraction) of the whole named by `counted`
    - rank: `extreme` ("max"/"min"), `metric` ("value", "change" or "percent_change"),
      `periods`
    - only: `direction` ("up"/"down"), `periods` (from, to)
    - direction: `direction`, `periods` (from, to or the latest); every subject must agree
    - comparison: `direction` ("up": more than, "down": fewer than) against `other`;
      `quantity` is the stated difference when there is one ("50 more ... than")
    - value/total with `parts`: the parts the sentence lists after a total ("2,895 -
      1,437 in 2016/17 and 1,458 in 2017/18"), which must add up to it; with `per_base`,
      what the figure is per ("24.6 per 100,000")
    - count_of_subjects: `quantity` counts the values of the column `counted_subjects`
      names ("states"), narrowed by `group_hint` ("Welsh"), that meet the `condition`:
      a `direction` over `periods`, a `threshold` ("above 7") on the measure `counted`
      names, or no condition at all ("the 40 countries")
    - record: `extreme` of the subject's figure in `periods` (one) over every period
      `since` names up to it ("its highest since 1984")
    - value with `pair_role`: one number of a pair ("7-14 FG", "(32-18)", "won
      113-107"); `counted` names the pair when the article does
    `subject_hints` are the names near the claim that may be its subject (nearest first);
    `counted` is the noun the number counts ("528 crimes"), when the sentence says it;
    `measure_hints` are other noun phrases that may say what is counted (nearest first,
    then from the sentences before).

    The extractor sets `per` and `operands`, words that mean different things by kind;
    read them through `time_unit`, `per_base`, `averaged`, `from_to` and `parts`, which
    each mean one thing. `kind`, `direction`, `extreme` and `metric` may be given as
    their strings: they are made the enums (which compare and serialise as the strings).
    """

    id: str
    kind: Kind
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    context_start: int
    quantity: Quantity | None = None
    periods: tuple[PeriodRef, ...] = ()
    subject_hints: tuple[Mention, ...] = ()
    counted: Mention | None = None
    measure_hints: tuple[Mention, ...] = ()
    direction: Direction | None = None
    extreme: Extreme | None = None
    metric: Metric | None = None
    per: str | None = None  # the extractor's word after "a"/"per": read the properties below
    operands: tuple[Quantity, ...] = ()  # from/to figures or a total's parts: see below
    group_hint: Mention | None = None
    other: Mention | None = None
    position: int = 1  # a rank's place: "second on the team" is 2
    pair_role: int | None = None  # 0 or 1: the first or second number of "7-14 FG"
    bracketed: bool = False  # the pair is a bare "(32-18)" right after a name
    # "such offences", "these offences", "the offence": the sentence's noun that points
    # back to what an earlier sentence counted (its category, for the matcher)
    anaphor: Mention | None = None
    # count_of_subjects: the subjects counted ("states"), the threshold their figures
    # pass ("above 7"), and the words of the condition ("had murder rates above 7")
    counted_subjects: Mention | None = None
    threshold: Quantity | None = None
    condition: Mention | None = None
    # record: the period since which the figure is the `extreme` ("since 1971")
    since: PeriodRef | None = None
    # The construction that read the claim ("absolute_changes"): its module under
    # extract/constructions/ and its examples in tests/constructions/; "" when none did.
    rule: str = ""

    def __post_init__(self) -> None:
        for name, kind in _TYPED_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                object.__setattr__(self, name, kind(value))

    @property
    def averaged(self) -> bool:
        """ "averaged 25 points a game": a mean over periods, which no table holds."""
        return self.kind is Kind.RATE and self.per == AVERAGE

    @property
    def time_unit(self) -> str | None:
        """The unit of time a rate is per: "day" in "nearly 4 a day"."""
        return self.per if self.kind is Kind.RATE and self.per in UNIT_DAYS else None

    @property
    def per_base(self) -> str | None:
        """What a figure is per, other than time: "woman" in "1.23 children per woman",
        "100,000" in "24.6 per 100,000 people"."""
        if self.per is None or self.averaged or self.time_unit is not None:
            return None
        return self.per

    @property
    def from_to(self) -> tuple[Quantity, Quantity] | None:
        """The figures a change states it went from and to ("from 1,437 to 1,458")."""
        if self.kind in {Kind.CHANGE, Kind.PERCENT_CHANGE} and len(self.operands) == 2:
            return self.operands[0], self.operands[1]
        return None

    @property
    def parts(self) -> tuple[Quantity, ...]:
        """The parts a total's sentence lists, which must add up to it."""
        return self.operands if self.kind in {Kind.VALUE, Kind.TOTAL} else ()


AVERAGE = "average"  # the extractor's `per` for "averaged 25 points"
# The Claim fields given as strings and kept as enums.
_TYPED_FIELDS = (
    ("kind", Kind),
    ("direction", Direction),
    ("extreme", Extreme),
    ("metric", Metric),
)


@dataclass(frozen=True)
class Cell:
    """A value read from a table, with where it is and where it came from."""

    table: str
    row: int  # line number in the file (header = 1) or the sheet's row number
    column: str
    value: float | None
    label: str  # what the cell is: "North Wales Police, 2016/17, offences"
    source: str
    url: str | None = None


@dataclass(frozen=True)
class Check:
    """One way of checking a claim: against data, or against the article's own numbers."""

    method: str  # "data" or "internal"
    verdict: str
    explanation: str
    computed: float | None = None
    formula: str | None = None
    cells: tuple[Cell, ...] = ()
    by_rounding: bool = False
    suggestion: str | None = None
    # The words `suggestion` replaces when they are not the claim's own: a rank claim's
    # wrong name ("Gwent Police" -> "Dyfed-Powys Police").
    replaces: str | None = None
    # Every reading of the claim the data check weighed, preferred first (data checks).
    readings: tuple[Reading, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """A claim with the outcome of every check made on it."""

    claim: Claim
    verdict: str
    explanation: str
    checks: tuple[Check, ...]
    line: int
    col: int
    kind: Kind  # the claim's kind, refined by matching (a value over a group is a total)
    end_line: int = 0  # where the claim's words end in the file (column after the last)
    end_col: int = 0

    @property
    def primary(self) -> Check | None:
        """The check that decided the verdict."""
        for check in self.checks:
            if check.verdict == self.verdict:
                return check
        return None


@dataclass(frozen=True)
class ArticleResult:
    """Every claim of one article with its verdict.

    `suppressed` holds the claims silenced by a `claimcheck: ignore` marker, with the
    verdict they would have had; they are neither counted nor failed.
    """

    article: Article
    verdicts: tuple[Verdict, ...]
    suppressed: tuple[Verdict, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for verdict in self.verdicts:
            counts[verdict.verdict] += 1
        return counts

    def failures(self, fail_on: str = "contradicted") -> tuple[Verdict, ...]:
        """The claims that fail a run under `fail_on` (see FAIL_ON)."""
        failing = FAIL_ON[fail_on]
        return tuple(v for v in self.verdicts if v.verdict in failing)


@dataclass(frozen=True)
class Source:
    """A citation for figures in the data catalog."""

    key: str
    title: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Report:
    """The result of one run: what `claimcheck.check` returns and every renderer reads."""

    results: tuple[ArticleResult, ...]
    sources: tuple[Source, ...] = ()
    data_path: str | None = None
    generated_at: str | None = None
    tables: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for result in self.results:
            for key, value in result.summary.items():
                counts[key] += value
        return counts

    @property
    def suppressed_count(self) -> int:
        return sum(len(result.suppressed) for result in self.results)

    def failures(self, fail_on: str = "contradicted") -> tuple[Verdict, ...]:
        """Every claim that fails the run: what turns the exit code to 1."""
        return tuple(v for result in self.results for v in result.failures(fail_on))
