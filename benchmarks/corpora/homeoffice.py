"""News-style articles about the real Home Office file (tests/fixtures/homeoffice/, see
the header of each), every claim with the truth worked out from the CSV with pandas, and
the verdict claimcheck gives when it is right.

    >>> CLAIMS["knives.md"][1]
    (8, '3,173', 'supported', 'supported')

An expected verdict of None marks a claim claimcheck cannot settle yet (unverifiable
where the data could settle it): its truth still counts on the scoreboard.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.corpora import C, S
from benchmarks.testdata import HOME_OFFICE, HOME_OFFICE_CSV, ROOT
from claimcheck import check
from claimcheck.model import ArticleResult

ARTICLES = ROOT / "tests" / "fixtures" / "homeoffice"
DATA = HOME_OFFICE

# article: (line, claim text, truth, claimcheck's verdict when it is right, else None)
CLAIMS = {
    "knives.md": [
        (6, "the fewest in Wales", S, None),  # 86 < 90, 180, 327; no group without metadata
        (8, "3,173", S, S),
        (8, "the highest", S, S),  # next Greater Manchester 1,243
        (10, "1,243", S, S),  # "such offences": the offence is the sentence before's
        (10, "964", S, S),
        # 3,173 / 1,243 = 2.55; "the Met" is not a name in the data
        (12, "more than two and a half times that of Greater Manchester", S, None),
        (14, "412", C, None),  # 377; "knife possession" is not the data's wording
        (16, "327", S, S),
        (16, "86", S, S),
        (18, "90", S, S),
        (18, "falling", S, S),
        (18, "29", S, S),
        (18, "16", S, S),
        (20, "rise by more than half", C, C),  # from 38 to 54: +42%
        (20, "38", S, S),
        (20, "54", S, S),
        (22, "364", S, S),
        (24, "17,944", S, None),  # the 43 territorial forces; no England and Wales group
    ],
    "shoplifting.md": [
        (7, "46,293", S, S),
        (7, "the highest", S, S),
        (9, "fell", S, S),
        (9, "11,790", S, None),  # "the Met"
        (9, "11,235", S, None),
        (11, "19,883", S, S),
        (11, "the second highest", S, S),  # after the Met's 46,293
        (13, "more than 20,000", C, C),  # 18,556
        (15, "1,846", S, S),
        (15, "the lowest", C, C),  # London, City of 738
        (17, "1,123", S, S),
        (17, "896", S, S),
        (17, "drop of about a fifth", S, S),  # -20.2%
        (19, "10,290", S, S),
        (19, "3,888", S, S),
        (21, "11,290", S, S),
        (23, "rose by a tenth", C, C),  # 3,204 -> 2,508, -21.7%
        (25, "8,967", S, S),
    ],
    "stalking.md": [
        (8, "1,006", S, S),
        (8, "second only to", S, S),  # the Met 1,056, then Northumbria 713
        (8, "1,056", S, S),
        (10, "tripled", S, S),  # 13 -> 39
        (10, "13", S, S),
        (10, "39", S, S),
        (12, "almost doubled", C, C),  # 16 -> 25, 1.56 times
        (12, "16", S, S),
        (12, "25", S, S),
        (14, "46", S, S),
        (16, "nearly doubled", S, S),  # 311 -> 605, 1.95 times
        (16, "311", S, S),
        (16, "605", S, S),
        (18, "2,836", C, C),  # 2,386
        (20, "more malicious communications offences than West Yorkshire", C, C),  # 12,648 < 12,796
        (22, "562", S, S),
    ],
    "wales-grooming.md": [
        (9, "175", S, S),
        (9, "the highest", S, S),
        (11, "57", S, S),
        (11, "42", S, S),
        (11, "33", S, S),
        (13, "307", S, S),
        (15, "more than half", S, None),  # 175 / 307 = 57%
        (17, "378", S, S),
        (17, "more than South Wales", C, C),  # 568
        (19, "the only Welsh force where obscene publications offences fell", C, C),
        (21, "61", S, S),
        (23, "216", S, S),
        (23, "fewer than Gwent", S, S),  # 223
    ],
    "bicycles.md": [
        (8, "fell by more than half", S, S),  # 6,620 -> 3,199 (-51.7%)
        (8, "6,620", S, S),
        (8, "3,199", S, S),
        (10, "6,868", S, S),
        (10, "the second highest", S, S),  # after the Met's 20,332
        (12, "176", S, S),
        (12, "the fewest", S, S),  # next Gwent 310
        (14, "4,340", S, S),
        (16, "fell by almost 45%", S, S),  # 1,351 -> 747, -44.7%
        (18, "rose", S, S),
        (18, "rise of more than a third", S, S),  # 82 -> 111, +35%
        (18, "82", S, S),
        (18, "111", S, S),
        (20, "524", S, S),
        (22, "fewer bicycle thefts than West Midlands", C, C),  # 3,443 > 3,227
        (24, "the only force where bicycle thefts rose", C, C),  # Humberside rose too
    ],
}
# These are checked with tests/fixtures/homeoffice/catalog.toml beside the data: the
# group Wales, and the words reporters use for an offence the file spells officially.
WITH_CATALOG = {"wales-grooming.md", "bicycles.md"}


def check_articles(work: Path) -> dict[str, ArticleResult]:
    """Each article's result by file name: the plain ones against the file alone, the
    others with catalog.toml beside a copy of it in `work` (an empty directory)."""
    shutil.copy(HOME_OFFICE_CSV, work)
    shutil.copy(ARTICLES / "catalog.toml", work)
    plain = [ARTICLES / name for name in CLAIMS if name not in WITH_CATALOG]
    catalogued = [ARTICLES / name for name in sorted(WITH_CATALOG)]
    results = [
        *check(plain, data=DATA, timestamp=False).results,
        *check(catalogued, data=work, timestamp=False).results,
    ]
    return {r.article.path.name: r for r in results}
