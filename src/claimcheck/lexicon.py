"""Every word list claimcheck reads prose with, defined once for code and patterns alike.

    >>> "gain" in CHANGE_UP_NOUNS and "gain" in CHANGE_UP_WORDS
    True
    >>> pattern_list("change_down")[:3]
    ['cut', 'decline', 'decrease']

Why one place: the lists used to be kept twice or more (change words in extract.py and
in patterns/cues.jsonl, quantifiers three times, ordinals twice, number words in five
patterns and in quantities.py) and drifted: "a gain of 86" found no change because
"gain" was a change noun but no cue. Code imports these names; a JSONL pattern names
a list with `{"LOWER": {"IN": "@change_up"}}`, which `expand_pattern` fills in from
PATTERN_LISTS when the patterns are read.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from typing import Any

# Words of change. A noun of change is also a cue word (the cue finds it; the handler
# then reads what changed); the other cue words are verbs and particles only.
CHANGE_UP_NOUNS = frozenset(
    {"rise", "increase", "growth", "jump", "gain", "climb", "surge", "hike", "spike", "leap"}
)
CHANGE_DOWN_NOUNS = frozenset(
    {
        "fall",
        "drop",
        "decrease",
        "decline",
        "reduction",
        "cut",
        "dip",
        "slump",
        "plunge",
        "tumble",
        "slide",
    }
)
CHANGE_UP_WORDS = CHANGE_UP_NOUNS | {"grow", "soar", "rocket", "swell", "up"}
CHANGE_DOWN_WORDS = CHANGE_DOWN_NOUNS | {"reduce", "shrink", "down", "lower"}

# Quantifiers over a group: "all four forces", "each side": each member, not the sum.
EACH = frozenset({"all", "both", "each", "every"})
# "more than any other force": the most. "both" names two, so never "every other".
EVERY_OTHER = (EACH - {"both"}) | {"any"}

# Places and ordinal words, by their number; "zeroth" keeps the index equal to the place.
ORDINAL_WORDS = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def _in_digits(place: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "21st": an ordinal written in digits."""
    if 10 <= place % 100 <= 20:
        return f"{place}th"
    return f"{place}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(place % 10, 'th') }"


# Places to 100 in digits: "ranked 10th", "the 50th-highest".
ORDINALS = {word: place for place, word in enumerate(ORDINAL_WORDS) if place} | {
    _in_digits(place): place for place in range(1, 101)
}

# Number words, by value.
UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# What a number is multiplied by: "1.2 million", "£3bn", "40k".
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
# "hundreds of": the smallest and largest values the plural allows.
VAGUE = {
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 1_000),
    "thousands": (2_000, 1_000_000),
    "tens of thousands": (20_000, 100_000),
    "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, 1_000_000_000),
    "billions": (2_000_000_000, 1_000_000_000_000),
}
SCALE_ABBREVIATIONS = frozenset(w for w in SCALE_WORDS if len(w) <= 2)  # "£3bn", "40k"
# The denominator a fraction word names: "a quarter", "two-fifths" (ordinals from third).
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    form: place
    for place, word in enumerate(ORDINAL_WORDS)
    if place >= 3
    for form in (word, word + "s")
}
# Multiplier words, approximate ("doubled" is within 10% of 2).
MULTIPLIERS = {
    "doubled": 2,
    "double": 2,
    "doubling": 2,
    "twice": 2,
    "tripled": 3,
    "triple": 3,
    "trebled": 3,
    "treble": 3,
    "tripling": 3,
    "thrice": 3,
    "quadrupled": 4,
    "quadruple": 4,
    "halved": 0.5,
    "halving": 0.5,
}
# The bare and -ing forms are a multiplier only as a verb ("the figure will double",
# "almost tripling", not "double figures" or "a doubling time").
MULTIPLIER_VERBS = frozenset(w for w in MULTIPLIERS if w + "d" in MULTIPLIERS)
MULTIPLIER_GERUNDS = frozenset(w for w in MULTIPLIERS if w.endswith("ing"))
MULTIPLIERS_ALONE = frozenset(
    w for w in MULTIPLIERS if w.endswith("ed") or w in {"twice", "thrice"}
)

# Nouns whose number is the difference between two sides, not a count: "a 30-point win".
MARGIN_NOUNS = frozenset(
    {"win", "victory", "loss", "defeat", "lead", "margin", "deficit", "gap", "majority"}
)
CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
CURRENCY_NOUNS = frozenset({"pounds", "dollars", "euros", "sterling", "pound", "dollar", "euro"})
# Comparison: "more than", "the highest".
MORE_WORDS = frozenset({"more", "higher", "larger", "greater", "bigger"})
FEWER_WORDS = frozenset({"fewer", "less", "lower", "smaller"})
MOST_WORDS = frozenset(
    {"largest", "biggest", "highest", "greatest", "most", "steepest", "sharpest", "fastest"}
)
LEAST_WORDS = frozenset({"smallest", "lowest", "fewest", "least", "slowest"})
# What a rate is per: "per day", "each week", "every match".
RATE_WORDS = frozenset({"per", "each", "every"})
# Determiners that point back at a subject already named: "its region", "their last game".
POINTING = frozenset({"the", "its", "their", "his", "her"})
# Pronouns that stand for a subject named before: "He added 13 rebounds", "Its rate fell".
POINTING_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "its", "they", "their", "them"})
# The time units a rate is per: "four offences a day".
RATE_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "hour", "minute"})


# Conjunctions that set one clause against another: "fell to 1.9, while Bangladesh's
# more than halved". A figure, name or period on the other side is not this clause's.
CONTRASTS = frozenset({"while", "whereas", "but"})

# Periods: month names ("Sept" too), the units of a period with their days, and the
# words of a quarter ("the final quarter" is the fourth).
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
UNIT_DAYS = {
    "day": 1,
    "week": 7,
    "fortnight": 14,
    "month": 365.25 / 12,
    "quarter": 365.25 / 4,
    "year": 365.25,
    "decade": 3652.5,
}
QUARTER_WORDS = {word: n for n, word in enumerate(ORDINAL_WORDS[1:5], 1)} | {"final": 4, "last": 4}
QUARTER_WORDS_ALONE = frozenset(QUARTER_WORDS) - {"last"}  # "the last quarter": of what?


def _with_plurals(words: Iterable[str]) -> frozenset[str]:
    return frozenset(form for word in words for form in (word, word + "s"))


# The lists a JSONL pattern may name as "@name".
PATTERN_LISTS: dict[str, frozenset[str]] = {
    "change_up": CHANGE_UP_WORDS,
    "change_down": CHANGE_DOWN_WORDS,
    "each": EACH,
    "rate_units": RATE_UNITS,
    "rate_words": RATE_WORDS,
    "pointing": POINTING,
    "more_words": MORE_WORDS,
    "fewer_words": FEWER_WORDS,
    "most_words": MOST_WORDS,
    "least_words": LEAST_WORDS,
    "scale_words": frozenset(w for w in SCALE_WORDS if len(w) > 2),
    "vague_plurals": frozenset(w for w in VAGUE if " " not in w),
    "number_words": frozenset(UNITS_WORDS | TENS_WORDS),
    "counts_from_two": frozenset(w for w, n in (UNITS_WORDS | TENS_WORDS).items() if n >= 2),
    "one_to_nine": frozenset(w for w, n in UNITS_WORDS.items() if 1 <= n <= 9),
    "two_to_nine": frozenset(w for w, n in UNITS_WORDS.items() if 2 <= n <= 9),
    "tens_words": frozenset(TENS_WORDS),
    "fraction_words": frozenset(DENOMINATORS),
    "multipliers_alone": MULTIPLIERS_ALONE,
    "multiplier_verbs": MULTIPLIER_VERBS,
    "multiplier_gerunds": MULTIPLIER_GERUNDS,
    # "tenfold", "twelvefold": from three ("twofold" is as often "of two parts").
    "fold_words": frozenset(w + "fold" for w, n in (UNITS_WORDS | TENS_WORDS).items() if n >= 3),
    "months": frozenset(MONTHS),
    "period_units": _with_plurals(UNIT_DAYS),
    "years_or_months": _with_plurals(("year", "month")),
    "quarter_words": frozenset(QUARTER_WORDS),
    "quarter_words_alone": QUARTER_WORDS_ALONE,
    "counts_to_twelve": frozenset(w for w, n in UNITS_WORDS.items() if 1 <= n <= 12),
}


def pattern_list(name: str) -> list[str]:
    """The words of the list a pattern names, sorted (patterns stay deterministic)."""
    try:
        return sorted(PATTERN_LISTS[name])
    except KeyError:
        raise ValueError(f"a pattern names an unknown word list: @{name}") from None


def expand_pattern(pattern: list[dict[str, Any]] | str) -> list[dict[str, Any]] | str:
    """A token pattern with each `{"IN": "@name"}` replaced by that list's words (a
    regular expression, as page furniture is written, is returned as it is).

    >>> expand_pattern([{"LOWER": {"IN": "@each"}}])
    [{'LOWER': {'IN': ['all', 'both', 'each', 'every']}}]
    """
    if isinstance(pattern, str):
        return pattern
    return [{key: _expand(value) for key, value in token.items()} for token in pattern]


def _expand(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("IN"), str | list):
        words = value["IN"]
        words = [words] if isinstance(words, str) else words
        return {**value, "IN": _flatten(words)}
    return value


def _flatten(words: Iterable[str]) -> list[str]:
    """A list may be one "@name" or mix words and names: ["@tens_words", "hundred"]."""
    out: list[str] = []
    for word in words:
        out += pattern_list(word[1:]) if word.startswith("@") else [word]
    return out
