"""Countries' common short names beside the names statistical agencies publish them under.

    >>> other_names("Russian Federation")
    ('Russia',)
    >>> other_names("Korea, Rep.")[0]
    'South Korea'
    >>> other_names("Korea"), other_names("Guinea")
    ((), ())

Why a list: a table from the World Bank says "Korea, Rep.", "Egypt, Arab Rep." and
"Venezuela, RB"; one from the UN says "Republic of Korea", "Russian Federation" and
"United States of America"; a newsroom writes "South Korea", "Russia" and "the US".
The general rules of `names.short_forms` (the part before a comma, "Republic of X")
find most of them; the names here are the ones only knowledge settles. Every row is one
country (or territory): the first name is the one newsrooms write, the rest are its
published forms, from the UN M49 country names (unstats.un.org/unsd/methodology/m49),
the World Bank's WDI country names (data.worldbank.org/country) and ISO 3166-1 short
names. A name shared by two countries ("Korea", "Congo", "Guinea") is in no row: it
stays ambiguous, or is the one value that is written so.

A name written in capitals ("US", "U.S.", "UK", "UAE", "DRC") is an abbreviation and is
found only in capitals: "us" and "uk" in running text are other words.
"""

from __future__ import annotations

from functools import cache

from claimcheck.names import key

# (the name newsrooms write, other common names..., published forms...)
COUNTRIES: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "United States of America"),
    (
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    ("Russia", "Russian Federation"),
    ("South Korea", "Korea, Rep.", "Republic of Korea", "Korea, Republic of"),
    (
        "North Korea",
        "Korea, Dem. Rep.",
        "Korea, Dem. People's Rep.",
        "Dem. People's Republic of Korea",
        "Democratic People's Republic of Korea",
    ),
    ("Egypt", "Egypt, Arab Rep."),
    ("Venezuela", "Venezuela, RB", "Venezuela (Bolivarian Republic of)"),
    ("Vietnam", "Viet Nam"),
    ("Syria", "Syrian Arab Republic"),
    ("Laos", "Lao PDR", "Lao People's Democratic Republic"),
    ("Turkey", "Türkiye", "Turkiye"),
    ("Czech Republic", "Czechia"),
    ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    ("Slovakia", "Slovak Republic"),
    ("Kyrgyzstan", "Kyrgyz Republic"),
    ("Brunei", "Brunei Darussalam"),
    ("Cape Verde", "Cabo Verde"),
    ("Eswatini", "Swaziland"),
    ("Myanmar", "Burma"),
    ("North Macedonia", "Macedonia", "Macedonia, FYR"),
    (
        "Democratic Republic of Congo",
        "DR Congo",
        "DRC",
        "Congo, Dem. Rep.",
        "Democratic Republic of the Congo",
    ),
    ("Republic of Congo", "Congo, Rep.", "Congo-Brazzaville"),
    ("Hong Kong", "Hong Kong SAR, China", "China, Hong Kong SAR"),
    ("Macau", "Macao", "Macao SAR, China", "China, Macao SAR"),
    ("Taiwan", "China, Taiwan Province of China", "Taiwan, China"),
    ("Palestine", "State of Palestine", "West Bank and Gaza"),
    ("Netherlands", "Holland"),
    ("Bosnia", "Bosnia and Herzegovina"),
    ("UAE", "United Arab Emirates"),
    ("East Timor", "Timor-Leste"),
)


@cache
def _rows() -> dict[str, tuple[str, ...]]:
    """Each name's key -> every name of its country."""
    return {key(name): row for row in COUNTRIES for name in row}


def other_names(value: str) -> tuple[str, ...]:
    """The other names of the country a table's value names, or () when it is none."""
    row = _rows().get(key(value), ())
    return tuple(name for name in row if key(name) != key(value))


def written_in_capitals(name: str) -> bool:
    """An abbreviation ("US", "U.S.", "DRC"): letters all capitals, at most four."""
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)
