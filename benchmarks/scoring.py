"""The scoreboard's arithmetic: labels' truth against what claimcheck predicted, added up.

    >>> line = tally("tiny", ["supported", "contradicted"],
    ...              [Outcome("supported", "contradicted"), Outcome("contradicted", "missed")])
    >>> (line.false_alarms, line.caught, line.missed, line.coverage)
    (1, 0, 1, 0.5)

A corpus is its claims (every claim claimcheck found, with its verdict) and its labels
(every figure a fact-checker would check, with its truth: "supported" = right,
"contradicted" = wrong, "unverifiable" = the data cannot settle it). A label's
prediction is the verdict of the claims covering it by realdata-dev's score.py rule
(`predict`), or "missed" when no claim covers it. Kept free of claimcheck and spaCy, so
that tests/test_scoreboard.py can feed it made-up verdicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields

from benchmarks.corpora import C, S, U
from benchmarks.realdata import score_py

MISSED = "missed"
VERDICTS = (S, C, U)


def predict(verdicts: Iterable[str]) -> str:
    """The prediction for one label from the verdicts of the claims that cover it:
    realdata-dev's score.py rule (contradicted if any is, else supported if any is, else
    unverifiable; MISSED when there is none)."""
    return score_py().predict([{"verdict": verdict} for verdict in verdicts])


@dataclass(frozen=True)
class Outcome:
    """One label: its truth and claimcheck's prediction (a verdict, or MISSED)."""

    truth: str
    predicted: str


@dataclass(frozen=True)
class Scoreline:
    """One row of the scoreboard. Every field is a count, so rows add up."""

    claims: int  # claims claimcheck found, labelled or not
    supported: int
    contradicted: int
    unverifiable: int
    labels: int  # figures with a truth
    wrong: int  # labels whose truth is contradicted
    caught: int  # wrong labels predicted contradicted
    false_alarms: int  # labels predicted contradicted whose truth is not (worst)
    false_passes: int  # labels predicted supported whose truth is not
    missed: int  # labels no claim covers
    settled: int  # labels predicted supported or contradicted

    @property
    def coverage(self) -> float:
        """The share of labels claimcheck settled with the data, right or wrong."""
        return self.settled / self.labels if self.labels else 0.0

    def as_dict(self) -> dict[str, int | float]:
        return {**asdict(self), "coverage": round(self.coverage, 4)}

    @classmethod
    def from_dict(cls, row: dict[str, int | float]) -> Scoreline:
        return cls(**{f.name: int(row[f.name]) for f in fields(cls)})


def tally(corpus: str, verdicts: Sequence[str], outcomes: Sequence[Outcome]) -> Scoreline:
    """The scoreline of one corpus (`corpus` names it in errors only)."""
    unknown = {v for v in verdicts if v not in VERDICTS} | {
        o.truth for o in outcomes if o.truth not in VERDICTS
    }
    if unknown:
        raise ValueError(f"{corpus}: not a verdict: {sorted(unknown)}")
    return Scoreline(
        claims=len(verdicts),
        supported=verdicts.count(S),
        contradicted=verdicts.count(C),
        unverifiable=verdicts.count(U),
        labels=len(outcomes),
        wrong=sum(o.truth == C for o in outcomes),
        caught=sum(o.truth == C and o.predicted == C for o in outcomes),
        false_alarms=sum(o.truth != C and o.predicted == C for o in outcomes),
        false_passes=sum(o.truth != S and o.predicted == S for o in outcomes),
        missed=sum(o.predicted == MISSED for o in outcomes),
        settled=sum(o.predicted in (S, C) for o in outcomes),
    )


def total(lines: Iterable[Scoreline]) -> Scoreline:
    """The total row: every count summed (coverage is then of all labels)."""
    lines = list(lines)
    return Scoreline(**{f.name: sum(getattr(x, f.name) for x in lines) for f in fields(Scoreline)})
