"""Five domains claimcheck was not developed on, shaped like statistical releases and
newsroom spreadsheets (tests/fixtures/domains/; every figure invented, see each data
directory's README or metadata): each article's claims with the truth, worked out from
the data with pandas, and the verdict claimcheck gives when it is right (else None).

    >>> CLAIMS["waiting"][1]
    (6, 'up', 'supported', 'supported')
"""

from __future__ import annotations

from benchmarks.corpora import C, S
from benchmarks.testdata import ROOT
from claimcheck import check
from claimcheck.model import ArticleResult

DOMAINS = ROOT / "tests" / "fixtures" / "domains"

# domain: (line, claim text, truth, claimcheck's verdict when it is right, else None)
CLAIMS = {
    "waiting": [  # no metadata; the title row says what is counted, the file name not
        (6, "845,200", S, None),  # North East and Yorkshire 2023; "patients" names nothing
        (6, "up", S, S),
        (6, "812,900", S, None),  # 2022; the article says March, the columns are years
        (8, "968,700", S, None),  # Midlands, the largest of 2023
        (10, "the only region where the waiting list fell", S, S),  # London -11,400
        (12, "more than doubled", C, C),  # South West 355,900 -> 515,600: 1.45 times
        (14, "rose by 44%", S, S),  # North West 480,200 -> 690,300: +43.75%
        (16, "almost 5.1 million", S, None),  # England 5,013,100
        (18, "560,100", S, None),  # East of England; the shortest is the South West's
        (20, "561,200", C, C),  # London 2020: 571,200
        (22, "grew by around 3%", S, S),  # South East +3.42%
        (22, "712,800", S, S),
    ],
    "unemployment": [  # no metadata; a long table of rates (%) and counts (thousands)
        (6, "4.0%", S, None),  # United Kingdom 2023; "UK" is not in the data
        (6, "up 0.2 percentage points", S, None),  # 3.8 -> 4.0
        (8, "jumped by 0.9 percentage points", S, S),  # Scotland 3.3 -> 4.2
        (8, "4.2%", S, S),
        (10, "the highest unemployment rate", C, C),  # West Midlands 4.9 > North East 4.7
        (10, "4.7%", S, S),
        (12, "the only area where the unemployment rate fell", C, C),  # North East, NI too
        (14, "Some 1.38 million", S, None),  # 1,378 thousand
        (16, "239,000", S, S),  # London, 239 thousand
        (18, "rose by 17%", S, S),  # West Midlands 126 -> 148 thousand: +17.46%
        (18, "148,000", S, S),
        (20, "2.4%", S, S),  # Northern Ireland
        (20, "the lowest", S, S),  # next Wales 3.1
        (22, "fell by a quarter", C, C),  # Wales 55 -> 47 thousand: -14.5%
    ],
    "election": [  # results.toml: aliases, units
        (7, "18,432", S, S),  # Labour, Ashford Vale
        (7, "41.9%", S, S),
        (7, "3,222", S, None),  # 18,432 - 15,210: a margin, no column holds it
        (9, "second", S, None),  # Conservatives 15,210; two measures, neither named
        (11, "21,045", S, S),
        (11, "45%", C, C),  # 41.6%
        (13, "second", S, S),  # Reform UK 8,040 after Labour 25,310
        (13, "8,040", S, S),
        (15, "19,870", S, S),
        (15, "more than 3,000", C, None),  # majority 19,870 - 17,640 = 2,230
        (17, "4,830", S, S),
        (17, "more than 10%", S, S),  # 10.2%
        (19, "25,310", S, S),
        (19, "more than half", S, None),  # 53.2%
        (21, "fourth", C, C),  # Labour third in Castlebridge
        (23, "5,210", S, S),
    ],
    "company": [  # a .toml per table: title, aliases, synonyms
        # the headline: Halden's operating profit 98 -> 236 (2.41 times) a year on
        (5, "more than double as Corvane", S, None),
        (7, "rose 12%", S, None),  # 3,036 -> 3,402 a year on (+12.06%); 8% on Q2
        (7, "£3.4bn", S, S),
        (9, "more than doubled", S, None),  # 98 -> 236 a year on; 1.38 times on Q2
        (9, "£236m", S, S),
        (11, "£13.2bn", S, S),  # 13,182
        (11, "up 9%", C, C),  # 11,991 -> 13,182: +9.93%
        (13, "£3.61bn", S, S),
        (13, "its highest in the period", S, None),
        (15, "£822m.", S, S),
        (17, "$5.64 billion", S, S),
        (17, "up 15%", C, C),  # 5.02 -> 5.64: +12.35%
        (19, "fell by around a fifth", S, None),  # 0.38 -> 0.30 a year on: -21%
        (21, "$700 million", S, S),
        (23, "5.1 billion", S, S),  # "billion dollars"
    ],
    "infections": [  # infections.toml: entity, total, synonyms, alias
        (6, "24.6", S, S),  # North East, per 100,000
        (8, "the only region where the infection rate fell", S, S),  # North West 20.8 -> 20.1
        (10, "the lowest infection rate", S, S),  # London 16.2, next South West 17.7
        (10, "16.2", S, S),
        (12, "rose by 7%", S, S),  # Midlands 2,010 -> 2,150: +6.97%
        (12, "2,150", S, S),
        (14, "1,180", S, S),
        (14, "21.9", C, C),  # 21.2
        (16, "the second-lowest infection rate", S, S),  # South West 17.7 after London
        (18, "19.3", S, S),  # England
        (20, "rose by more than 10%", C, C),  # South East 1,610 -> 1,702: +5.7%
        (22, "rose by 5%", S, S),  # London rate 15.4 -> 16.2: +5.19%
        (24, "the highest number", C, C),  # Midlands 2,150
    ],
}


def check_domains() -> dict[str, ArticleResult]:
    """Each domain's article.md checked against its own data/, by domain."""
    return {
        domain: check(
            [DOMAINS / domain / "article.md"], data=DOMAINS / domain / "data", timestamp=False
        ).results[0]
        for domain in CLAIMS
    }
