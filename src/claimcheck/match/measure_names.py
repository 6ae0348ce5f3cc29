"""How an article's words name a measure: "the murder rate" is "murder Rate per
100,000 population", "the poverty rate" is "poverty Percent", and which measures come
next when the best-named ones' tables lack the claim's subject.

    >>> measure_score("murder rate", ("murder Rate per 100,000 population",))
    4
    >>> measure_score("murder rate", ("violent Rate per 100,000 population",))
    3
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.catalog import Measure, Table
from claimcheck.names import GENERIC_WORDS, RATIO_WORDS, words
from claimcheck.quantities import rate_base

RATIO_HEADS = RATIO_WORDS | {"percent"}  # header words of a measure that is a ratio


@lru_cache(maxsize=8192)  # every claim scores its phrases against every measure
def measure_score(phrase: str, vocabulary: tuple[str, ...], ratio_measure: bool = False) -> int:
    """How well a phrase names a measure: 0 not at all, more for more shared words.
    `ratio_measure`: the measure is a percentage or a rate, whatever its words say."""
    said = words(phrase)
    if not said:
        return 0
    # "Rebounding was the biggest factor": the activity names its measure.
    forms = set(said) | {w[:-3] for w in said if w.endswith("ing") and len(w) > 6}
    best = 0
    for entry in vocabulary:
        entry_words = words(entry)
        content = [w for w in entry_words if w not in GENERIC_WORDS]
        if not content:
            continue
        # "the lowest infection rate": a ratio's head word in the header outweighs the
        # word it shares with a count ("Infections"); a percentage is a rate too ("the
        # poverty rate" is "poverty Percent"). Among ratios, the one whose own words the
        # phrase says wins ("murder rate": "murder Rate per 100,000", not "violent Rate
        # per 100,000").
        ratio = said[-1] in RATIO_WORDS and (ratio_measure or bool(RATIO_HEADS & set(entry_words)))
        if ratio or set(content) <= forms or said[-1] == entry_words[-1]:
            best = max(best, 1 + len(set(content) & forms) + 2 * ratio)
    return best


def is_ratio(measure: Measure) -> bool:
    """A measure whose figures cannot be added: a percentage, or a rate per some base."""
    return measure.unit == "percent" or rate_base(measure.name) is not None


def next_best(
    phrase: str, pairs: list[tuple[Table, Measure]], best: list[tuple[Table, Measure]]
) -> list[list[tuple[Table, Measure]]]:
    """The measures after the best that share a content word with the phrase, in tiers
    of equal score, best first."""
    said = set(words(phrase))
    shared = [
        (measure_score(phrase, m.vocabulary, is_ratio(m)), t, m)
        for t, m in pairs
        if (t, m) not in best
        and any(said & set(words(entry)) - GENERIC_WORDS for entry in m.vocabulary)
    ]
    scores = sorted({s for s, _, _ in shared if s}, reverse=True)
    return [[(t, m) for s, t, m in shared if s == score] for score in scores]
