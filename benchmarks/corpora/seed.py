"""The seed: the BBC's NSPCC story (articles/nspcc.txt) against data/, every claim with
its truth and, where the data settles it, the kind and value claimcheck must compute.

    >>> [c.text for c in CLAIMS if c.truth == U][:2]
    ['15% increase', 'the most common offence']

The article is real and published: none of its claims is wrong, and five are figures
data/ cannot settle (grooming, the types of offence in Wales, vague or unrelated).
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.corpora import S, U
from benchmarks.testdata import ROOT

ARTICLE = ROOT / "articles" / "nspcc.txt"
DATA = ROOT / "data"


@dataclass(frozen=True)
class SeedClaim:
    text: str  # the claim's text, unique in the article
    truth: str
    kind: str | None = None  # where the data settles it
    computed: float | None = None  # the value the data gives, where there is one


CLAIMS = (
    SeedClaim("almost four child abuse images offences a day", S, "rate", 2895 / 730),
    SeedClaim("2,895", S, "total", 2895),
    SeedClaim("15% increase", U),  # grooming: no table measures it
    SeedClaim("all saw increases", S, "direction"),
    SeedClaim("The largest rise", S, "rank"),
    SeedClaim("up 30%", S, "percent_change", 86 / 287 * 100),
    SeedClaim("287", S, "value", 287),
    SeedClaim("373", S, "value", 373),
    SeedClaim("the largest number", S, "rank"),
    SeedClaim("528", S, "value", 528),
    SeedClaim("543", S, "value", 543),
    SeedClaim("the only Welsh force to log a drop", S, "only"),
    SeedClaim("down", S, "change", 275 - 363),
    SeedClaim("363", S, "value", 363),
    SeedClaim("275", S, "value", 275),
    SeedClaim("the most common offence", U),  # no figures for Wales by type
    SeedClaim("nearly two-thirds", U),
    SeedClaim("hundreds", U),  # vague
    SeedClaim("five", U),  # "five unequivocal demands": not in the data
)
