"""Units, scales and additivity of a table's measures.

    >>> unit_scale("thousands of jobs")
    ('jobs', 1000.0)
    >>> additive_words("Fertility rate, total (births per woman)")
    False

A metadata unit may state a scale the file never shows ("thousands of jobs": 140,400
in the file is 140.4 million jobs); figures are scaled once, when the table is read,
so that they read as articles write them. Counts and amounts add up over periods and
entities; rates, shares, averages, per-person figures, life expectancies, prices and
indices do not, and a measure that does not add up is never summed (`Measure.additive`).
"""

from __future__ import annotations

import re

from claimcheck.quantities import SCALE_WORDS

_SCALED_UNIT = re.compile(
    r"^(?:in\s+)?(?P<scale>hundreds?|thousands?|millions?|billions?|trillions?)"
    r"(?:\s+of)?(?:\s+(?P<unit>.+))?$",
    re.I,
)
_POWER_UNIT = re.compile(r"^(?:in\s+)?10\s*\^\s*(?P<power>\d{1,2})\s*,?\s*(?P<unit>.*)$", re.I)
# "100 million cubic metres", "1,000 tonnes": a power of ten, perhaps with a scale word
_COUNTED_UNIT = re.compile(
    r"^(?:in\s+)?(?P<number>[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d*)"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?\s+(?:of\s+)?"
    r"(?P<unit>[^\W\d_].*)$",
    re.I,
)
# Words that make a measure a level, not an amount that adds up.
_NOT_ADDITIVE = re.compile(
    r"(%|\b(?:rates?|per|percent|per cent|percentage|proportion|share|ratio|average|mean"
    r"|median|index|indices|price|prices|expectancy|density|births per woman)\b)",
    re.I,
)


def unit_scale(unit: str) -> tuple[str, float]:
    """The unit without its scale, and the scale: "thousands of jobs" is jobs, times
    1,000; "10^8 m^3" and "100 million m^3" are cubic metres times 10^8; a unit with no
    scale is times 1."""
    text = " ".join(unit.split())
    if found := _SCALED_UNIT.match(text):
        word = found["scale"].lower().rstrip("s")
        return (found["unit"] or "").strip(), float(SCALE_WORDS[word])
    if found := _POWER_UNIT.match(text):
        return found["unit"].strip(), 10.0 ** int(found["power"])
    found = _COUNTED_UNIT.match(text)
    number = found["number"].replace(",", "") if found else ""
    if found and re.fullmatch(r"10*", number):  # "2019 prices" is no scale
        scale = SCALE_WORDS[found["scale"].lower()] if found["scale"] else 1
        return found["unit"].strip(), float(int(number) * scale)
    return text, 1.0


def additive_words(*texts: str | None) -> bool:
    """Whether a measure named and measured by these words adds up: no word of a rate,
    share, average, price or index among them."""
    return not any(text and _NOT_ADDITIVE.search(text) for text in texts)


# Words of a level (a stock counted at a moment), and of a change in one (a flow).
_LEVEL = re.compile(
    r"\b(?:employ\w*|payrolls?|population|residents|stock|levels?|balance|headcount"
    r"|workforce|in work|inventor(?:y|ies))\b",
    re.I,
)
_CHANGE = re.compile(r"(?:\b|_)(?:change|changes|added|gains?|growth|new|net|flows?)(?:\b|_)", re.I)


def flow_words(*texts: str | None) -> bool:
    """Whether a measure so named is a flow, whose year is the sum of its months
    ("offences", "jobs added"), not a level ("employees on payrolls", "population"),
    whose year is an average or the year's end, never a sum."""
    said = [t for t in texts if t]
    level = any(_LEVEL.search(t) for t in said)
    return not level or any(_CHANGE.search(t) for t in said)


# A unit written after a measure's name in one header, often a units row merged into
# the header above it: "violent Rate per 100,000 population", "poverty Percent".
_TRAILING_UNIT = re.compile(
    r"^(?P<label>.*?[^\W\d_].*?)[\s,_(]+(?P<unit>(?:rate\s+)?per\s+[\d,]+(?:\s+[a-z]+)*"
    r"|per\s*cent|percent|percentage|%)\)?$",
    re.I,
)


def header_unit(header: str) -> tuple[str, str | None]:
    """A header's measure words and the unit written after them, if any:
    "violent Rate per 100,000 population" is "violent", in a rate per 100,000."""
    found = _TRAILING_UNIT.match(header.strip())
    if found is None:
        return header, None
    return found["label"].strip(), found["unit"]
