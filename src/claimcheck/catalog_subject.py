"""What a table is about when no column says it: its file name, title and label columns.

    >>> subject_words("unemployment1948")
    ('unemployment',)
    >>> indicator_label("Fertility rate, total (births per woman)")
    ('Fertility rate', 'births per woman')

Published tables often name their measure only once: in the file name
(`population.csv`, `unemployment1948.csv`), in a title ("...by state: 2009"), or in an
indicator column that repeats one label on every row (World Bank's "Indicator Name").
Those words name a generic value column ("Value", "OBS_VALUE") or a wide table's
figures, so that "the unemployment rate" or "the population" find them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A column whose header says it holds the figure, not what the figure is of.
GENERIC_VALUE_HEADERS = frozenset(
    {"value", "values", "obs_value", "obs value", "number", "figure", "amount", "count", "data"}
)
# A column whose rows name what is measured (its single value names the whole table).
_LABEL_HEADER = re.compile(
    r"(?i)^(?:indicator|measure|variable|series|statistic|subject)(?:[\s_]?(?:name|label))?$"
)
_BRACKET = re.compile(r"\s*\((?P<unit>[^()]*)\)\s*$")


def is_generic_value(header: str) -> bool:
    """Whether a header names no measure: "Value", "OBS_VALUE", "Number"."""
    return " ".join(header.lower().split()) in GENERIC_VALUE_HEADERS


def is_label_header(header: str) -> bool:
    """Whether a column names what each row measures: "Indicator Name", "series"."""
    return _LABEL_HEADER.match(header.strip()) is not None


def subject_words(file_name: str) -> tuple[str, ...]:
    """The words of a file name, without numbers: "us-employment" is "us employment"."""
    text = " ".join(re.sub(r"[\d_\-.]+", " ", file_name).split())
    return (text,) if re.search(r"[^\W\d_]{3}", text) else ()


def indicator_label(label: str) -> tuple[str, str | None]:
    """A label's name and its bracketed unit: the name stops at a qualifier after a
    comma ("Fertility rate, total" is the fertility rate)."""
    unit = None
    if found := _BRACKET.search(label):
        unit, label = found["unit"].strip(), label[: found.start()]
    return label.split(",")[0].strip(), unit


@dataclass(frozen=True)
class About:
    """What a table is about: words that name its figures, and the unit a label gives."""

    words: tuple[str, ...] = ()
    unit: str | None = None


def table_about(name: str, labels: dict[str, list[str]]) -> About:
    """The subject of table `name` from the values of its dimensions (`labels`: each
    dimension's distinct values); a label column with one value names the figures."""
    words: list[str] = []
    unit = None
    for header, values in labels.items():
        if is_label_header(header) and len(values) == 1:
            label, unit = indicator_label(values[0])
            words += [label, values[0]]
    words += subject_words(name)
    return About(tuple(dict.fromkeys(w for w in words if w)), unit)
