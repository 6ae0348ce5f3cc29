"""Which of the measures a phrase fits it names by their own words.

    >>> own_words("violent Rate per 100,000 population")
    frozenset({'violent'})
    >>> says_own_words("the unemployment rate", ("unemployment1948", "unemployment"))
    True
    >>> says_own_words("the unemployment rate", ("violent Rate per 100,000 population",))
    False

"The unemployment rate averaged 6.2%", against a catalog that holds a state table of
crime rates per 100,000 and a table of unemployment: `measure_score` rates every
measure whose header says "rate" above the one the phrase calls by its name, so the
claim was matched to the crime rates and left unverifiable ("the claim names no
state"). A measure whose own words (a header's words before any "per", other than
words such as "rate" or "total" that any measure may carry) the phrase says is the
one it names; measures with words of their own that the phrase does not say come in
only where no measure is named by its own words (`out_named`). Two measures the
phrase names equally ("murder rate" and "violent crime rate" both in "the violent
crime and murder rates") stay two readings.

"Alpha had a violent crime rate of 500.5 and a murder rate of 10.5": 500.5 was checked
against the murder rate, the measure named nearest to it, and contradicted. A measure
phrase followed by a figure with only linking words between ("of", "was", "at") names
that figure (`named_figure`); a figure so named takes that phrase, and no other
figure's.
"""

from __future__ import annotations

import re

from claimcheck.names import GENERIC_WORDS, words


def own_words(entry: str) -> frozenset[str]:
    """A measure name's words that say what it measures: before any "per", and not
    generic ("rate", "total") or a figure ("100,000")."""
    said = words(entry)
    if "per" in said:
        said = said[: said.index("per")]
    return frozenset(w for w in said if w not in GENERIC_WORDS and not w[0].isdigit())


def says_own_words(phrase: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether the phrase says a word that is one of the measure's own."""
    said = set(words(phrase))
    return any(said & own_words(entry) for entry in vocabulary)


def out_named(phrase: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether a measure has words of its own and the phrase says none of them: where
    the phrase names another measure by its own words, this one is not meant. A
    measure with none ("Rate per 100,000 population", the rate of what the table
    counts) is never out-named: "the lowest infection rate" is that rate.

        >>> out_named("the unemployment rate", ("violent Rate per 100,000 population",))
        True
        >>> out_named("the lowest infection rate", ("Rate per 100,000 population",))
        False
    """
    return any(own_words(entry) for entry in vocabulary) and not says_own_words(phrase, vocabulary)


# A measure's name and its figure: "a murder rate of 10.5", "Alaska's rate was 632.6",
# "its murder rate, 6.9", "at 12.3"; a hedge may stand before the figure.
_LINK_WORDS = frozenset(
    {"of", "at", "was", "is", "were", "stood", "reached", "hit", "about", "around", "nearly"}
    | {"almost", "just", "over", "under", "some", "roughly"}
)
_FIGURE = re.compile(r"[$£€]?\d[\d,.]*")


def named_figure(sentence: str, phrase: tuple[int, int]) -> int | None:
    """Where the figure a measure phrase names starts: the one right before it ("18
    points"), or else the one that follows it with nothing but linking words between
    ("a murder rate of 10.5"); None when none does. Offsets are within the sentence.

        >>> text = "Alpha had a violent crime rate of 500.5 and a murder rate of 10.5."
        >>> murder = (text.index("a murder"), text.index(" of 10.5"))
        >>> named_figure(text, murder) == text.index("10.5")
        True
        >>> named_figure(text, (0, 5)) is None
        True
        >>> text = "a double-double of 18 points, 10 rebounds"
        >>> named_figure(text, (text.index("points"), text.index(","))) == text.index("18")
        True
    """
    before = [m for m in _FIGURE.finditer(sentence, 0, phrase[0]) if m.end() <= phrase[0]]
    if before and not sentence[before[-1].end() : phrase[0]].strip():
        return before[-1].start()  # "18 points, 10 rebounds": the noun after its figure
    after = _FIGURE.search(sentence, phrase[1])
    if after is None:
        return None
    gap = sentence[phrase[1] : after.start()]
    between = re.findall(r"[^\W\d_]+", gap.lower())
    if len(between) > 2 or not set(between) <= _LINK_WORDS or ";" in gap:
        return None
    return after.start()
