"""Whether what a claim counts is what a measure counts (issue 12, "kinds must fit").

    >>> why_unfit("Vietnam's economy grew by 7% in 2010", None, "", None,
    ...           ("GDP per person (US$)",))
    "the claim is about the economy as a whole; 'GDP per person (US$)' is per person"
    >>> why_unfit("Japan had 50,000 people aged 100", "people", " aged 100", None,
    ...           ("population",))
    "'people aged 100' counts a part of them; 'population' counts them all"
    >>> why_unfit("Brazil's GDP was $2.2 trillion", None, "", "USD", ("population",))
    "a sum of money is not a number of people ('population')"
    >>> why_unfit("Its GDP per person grew by 7%", None, "", None, ("GDP per person",))
    >>> why_unfit("Green had four points over 14 minutes", "points", " over 14 minutes",
    ...           None, ("points",))

Each of these was checked and given a verdict: "Vietnam's economy grew by 7% in 2010"
against a five-year change in GDP per person, "more than 50,000 people aged 100"
*supported* against the whole population of the country, a dollar total against a head
count. A claim about the whole economy is not about a figure per person; a count of
people of some age, or of people over or under one, is a part of a population, not all
of it; a sum of money is no number of people. Each makes the claim unverifiable, with
the reason, rather than checked against the wrong kind of figure.
"""

from __future__ import annotations

import re

_PER_PERSON = re.compile(r"(?i)\bper (?:person|capita|head|inhabitant|resident)\b|\ba head\b")
_ECONOMY = re.compile(r"(?i)\beconom(?:y|ies)\b")
# after a counted noun: "people aged 100", "those over 65", "children under five"
_SUBGROUP = re.compile(
    r"(?i)\s*(?:aged|ages|over|under|older than|younger than)\s+(?:\d+|[a-z]+teen|[a-z]+ty|five)\b"
)
_HEADS = frozenset({"population", "people", "persons", "residents", "inhabitants"})
# Nouns that count people, whose age a qualifier after them may narrow ("people aged
# 100"); "four points over 14 minutes" is no part of the points.
_PEOPLE = _HEADS | {"children", "adults", "women", "men", "workers", "pensioners", "citizens"}


def why_unfit(
    clause: str,
    counted: str | None,
    after: str,
    currency: str | None,
    vocabulary: tuple[str, ...],
) -> str | None:
    """Why a claim (its clause, the noun it counts and the words after that noun, the
    currency of its figure) cannot be checked against a measure (its names), or None
    when nothing says it cannot."""
    name = vocabulary[0] if vocabulary else "the measure"
    per_person = any(_PER_PERSON.search(entry) for entry in vocabulary)
    if per_person and _ECONOMY.search(clause) and not _PER_PERSON.search(clause):
        return f"the claim is about the economy as a whole; {name!r} is per person"
    counts_people = counted is not None and counted.split()[-1].lower() in _PEOPLE
    qualifier = _SUBGROUP.match(after) if counts_people else None
    if qualifier is not None:
        said = f"{counted} {qualifier.group().strip()}"
        return f"{said!r} counts a part of them; {name!r} counts them all"
    words = {w for entry in vocabulary for w in re.findall(r"[a-z]+", entry.lower())}
    if currency is not None and words & _HEADS and not per_person:
        return f"a sum of money is not a number of people ({name!r})"
    return None
