"""Dimensions that nest, and dimensions that only split a figure into parts.

    >>> part_values(["Male", "Female"]), part_values(["0-4", "5-9", "100+"])
    (True, True)

Each Offence Description of the Home Office's file has one Offence Group: the
description nests in the group, so "drug offences" (a group) is the sum of the
descriptions under it. Nesting is found from the data, not declared: a dimension
nests in another when each of its values occurs with exactly one value of the other.
A sex or an age-band column with no total row only splits a figure into parts: a
count for the whole adds its parts up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np

from claimcheck.columns import Column

_SEXES = frozenset({"male", "female", "males", "females", "men", "women", "boys", "girls"})
_AGE_BAND = re.compile(
    r"^(?:aged? )?(?:\d+\s*(?:-|–|to)\s*\d+|\d+\s*\+|\d+ and (?:over|older)|under \d+)"
    r"(?: years?)?$",
    re.I,
)


def parents(columns: Mapping[str, Column], dims: Iterable[str]) -> dict[str, str]:
    """Each dimension that nests in another, with the nearest one it nests in (the
    parent with the most values): {"Offence Description": "Offence Group"}."""
    counts = {d: len(columns[d].present()) for d in dims}
    found: dict[str, str] = {}
    for child, many in counts.items():
        candidates = [
            parent
            for parent, few in counts.items()
            if parent != child
            and 2 <= few < many
            and many >= 3
            and _nests(columns[child], columns[parent], many)
        ]
        if candidates:
            found[child] = max(candidates, key=lambda p: (counts[p], p))
    return found


def _nests(child: Column, parent: Column, distinct: int) -> bool:
    """Whether each value of `child` occurs with one value of `parent` only."""
    rows = (child.codes >= 0) & (parent.codes >= 0)
    if not rows.any():
        return False
    pairs = np.unique(
        child.codes[rows].astype(np.int64) * (len(parent.values) + 1) + parent.codes[rows]
    )
    return len(pairs) == distinct


def part_values(values: Iterable[str]) -> bool:
    """Whether a dimension's values are parts of a whole: sexes, or age bands."""
    texts = [" ".join(v.lower().split()) for v in values]
    if not texts:
        return False
    return set(texts) <= _SEXES or all(_AGE_BAND.match(t) for t in texts)


def ancestors(dim: str, nesting: Mapping[str, str]) -> list[str]:
    """The dimensions a dimension nests in, nearest first."""
    chain: list[str] = []
    while dim in nesting and nesting[dim] not in chain:
        dim = nesting[dim]
        chain.append(dim)
    return chain


_CODE_SUFFIX = re.compile(r"(?:ID|Id|Code|code|No|Num|Key)$")


def codes_of(header: str, column: Column, dims: Mapping[str, Column]) -> str | None:
    """The dimension a numeric column only codes (World Population Prospects' `LocID`
    beside `Location`, `AgeGrpStart` beside `AgeGrp`): its values and the dimension's
    pair one to one, repeat across rows, and its header says so (a code suffix, or
    the dimension's own name as its start). Such a column is no measure."""
    distinct = len(column.present())
    if not distinct or distinct * 2 > len(column):
        return None
    for name, dim in dims.items():
        named = _CODE_SUFFIX.search(header) or (
            len(name) >= 3 and header.lower().startswith(name.lower()[:3])
        )
        if not named or len(dim.present()) != distinct:
            continue
        if _nests(column, dim, distinct) and _nests(dim, column, distinct):
            return name
    return None


def coded_dims(
    columns: Mapping[str, Column], coded: Iterable[str], dims: Iterable[str]
) -> dict[str, str]:
    """Each dimension in `coded` (a header such as "Country Code") whose values pair one
    to one with another dimension's: {"Country Code": "Country Name"}. Its codes ("PER",
    "AND", "ARE") are not names an article uses, and would match its words."""
    found: dict[str, str] = {}
    for code in coded:
        many = len(columns[code].present())
        for other in dims if many > 1 else ():
            if other == code or other in coded or len(columns[other].present()) != many:
                continue
            if _nests(columns[code], columns[other], many) and _nests(
                columns[other], columns[code], many
            ):
                found[code] = other
                break
    return found


def nested_in(dim: str, nesting: Mapping[str, str], fixed: Iterable[str]) -> bool:
    """Whether a dimension nests in one of the `fixed` dimensions: its values under
    the fixed value are parts of that value's figure."""
    chain = set(ancestors(dim, nesting))
    return any(d in chain for d in fixed)


# Names of rows that aggregate others among members: World Bank and UN regions and
# groups ("OECD members", "Latin America & Caribbean (all income levels)", "World").
_AGGREGATE = re.compile(
    r"(?i)^(?:world|total|all)$|\b(?:members|income|classification|aggregates?|small states"
    r"|countries|economies|(?:more|less|least) developed)\b|&|\((?:all|excluding)\b"
)


def aggregates(values: Iterable[str]) -> frozenset[str]:
    """The values of a dimension that are groups of its other values, by their names:
    they are not peers in a ranking of countries, and not members of one."""
    return frozenset(v for v in values if _AGGREGATE.search(v.strip()))
