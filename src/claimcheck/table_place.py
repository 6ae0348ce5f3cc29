"""The one place a table is about when no column names it: a national series.

    >>> table_place("us-employment", "", None)
    ('United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America')
    >>> table_place("employment", "Employees on payrolls, UK, 2010 to 2020", None)[0]
    'United Kingdom'
    >>> table_place("population", "Population of the world's countries", None)
    ()

Why: a table of US payrolls has no column saying "United States", and an article says
"US employers added 3 million jobs"; the table answers it as a claim that names no one
would be. The place comes from metadata (`subject = "United States"`, any name), else
from a country the title names, or an abbreviation that is a whole word of the file
name ("us-employment", "uk_gdp"), through the lexicon of `country_names`. A title or
file name that names two countries names none; a name that is no country ("nile",
"population") is left to metadata.
"""

from __future__ import annotations

import re
from functools import cache

from claimcheck.country_names import COUNTRIES, other_names, written_in_capitals
from claimcheck.names import NameIndex, key
from claimcheck.targets import Target


def table_place(file_name: str, title: str, subject: str | None) -> tuple[str, ...]:
    """Every name of the place a table is about (its metadata subject first), or ()."""
    if subject:
        return (subject, *other_names(subject))
    found = {f.target.name for f in _countries().find(title)}
    if not found:
        tokens = {key(t) for t in re.split(r"[\W_\d]+", file_name) if t}
        found = {
            row[0]
            for row in COUNTRIES
            for name in row
            if written_in_capitals(name) and key(name) in tokens
        }
    if len(found) != 1:
        return ()
    (country,) = found
    return (country, *other_names(country))


@cache
def _countries() -> NameIndex:
    """Every name of every country in the lexicon, each to the country's first name."""
    pairs = [
        (name, Target.value(row[0]))
        for row in COUNTRIES
        for name in row
        if not written_in_capitals(name)
    ]
    capitals = [
        (name, Target.value(row[0]))
        for row in COUNTRIES
        for name in row
        if written_in_capitals(name)
    ]
    return NameIndex(pairs, capitals)
