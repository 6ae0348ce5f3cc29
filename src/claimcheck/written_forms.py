"""Every way an article may write a table's names, with the name itself preferred.

    >>> pairs, capitals = written_forms([{"China", "China, Hong Kong SAR"}], {})
    >>> sorted(f for f, t in pairs if t == Target.value("China, Hong Kong SAR"))
    ['China, Hong Kong SAR', 'Hong Kong', 'Hong Kong SAR, China']
    >>> sorted(capitals)
    []

A value is found as written, in its short forms (`names.short_forms`: "Iran" for "Iran,
Islamic Rep.") and under the other names of the country it names
(`country_names.other_names`: "Russia" for "Russian Federation", "US" for "United
States"), and by its people (`demonyms`: "Canadians", "Japanese"). Why the name
itself wins: a column that holds "China" and "China, Hong Kong SAR" means "China" by
"China", as a header "rebounds" is not "offensive rebounds"; a
short form is a way to find a value only where no value of its column is written so.
A form two values of a column share otherwise ("Korea" for "Korea, Rep." and "Korea,
Dem. Rep.") is kept for both, and a claim that uses it is ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from claimcheck.country_names import other_names, written_in_capitals
from claimcheck.demonyms import demonyms
from claimcheck.names import key, short_forms
from claimcheck.targets import Target

Pairs = list[tuple[str, Target]]


def written_forms(columns: Iterable[Set[str]], ambiguous: dict[str, Target]) -> tuple[Pairs, Pairs]:
    """(form, target) pairs for every name of every column, and those found only in
    capitals; `ambiguous` maps a value to the target that names the values it is
    written like (`names.same_names`)."""
    pairs: Pairs = []
    capitals: Pairs = []
    for values in columns:
        exact = {key(v) for v in values}
        for value in values:
            if not _is_name(value):
                continue  # codes such as "86" would match the article's own numbers
            target = ambiguous.get(value, Target.value(value))
            pairs.append((value, target))
            for form in (*short_forms(value), *other_names(value), *demonyms(value)):
                if key(form) in exact and key(form) != key(value):
                    continue  # another value of the column is written so
                (capitals if written_in_capitals(form) else pairs).append((form, target))
    return pairs, capitals


def _is_name(value: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2}", value))
