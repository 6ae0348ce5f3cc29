"""A wide and a long table with no metadata at all, and an article written about them.

The figures in fixtures/regions are made up for this test.
"""

from __future__ import annotations

import pytest

from claimcheck import check
from tests.conftest import FIXTURES

ARTICLE = """---
date: 2021-03-01
---
Unemployment in the North East rose to 6.6% in 2020, the highest of any region.

London's unemployment rate jumped from 4.5% in 2019 to 6.1% in 2020.

Scotland had the lowest unemployment rate in 2019, at 3.5%.

Wales was the only region where unemployment fell in 2019.

London's population grew by almost 4% between 2015 and 2020, to just over 9 million.

Unemployment in Wales rose by 0.5 percentage points in 2020.
"""


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    article = tmp_path_factory.mktemp("regions") / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    report = check([article], data=FIXTURES / "regions", timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("6.6%", "supported"),
        ("the highest", "supported"),  # North East 6.6, next London 6.1
        ("4.5%", "supported"),
        ("6.1%", "supported"),
        ("the lowest unemployment rate", "supported"),
        ("the only region where unemployment fell", "contradicted"),  # London and Scotland too
        ("grew by almost 4%", "supported"),  # 8,666,900 -> 9,002,500 = +3.87%
        ("just over 9 million", "supported"),  # the level in 2020, the end of the range
        ("rose by 0.5 percentage points", "supported"),  # 3.9 -> 4.4
    ],
)
def test_claims_about_tables_without_metadata(verdicts, text, verdict):
    assert verdicts[text].verdict == verdict, verdicts[text].explanation


def test_only_names_every_region_that_also_fell(verdicts):
    explanation = verdicts["the only region where unemployment fell"].explanation
    assert "London, Scotland, Wales" in explanation


ADMISSIONS = """Asthma admissions at Northshire fell by 10% in 2022-23, to 1,080.

Asthma accounted for more than a quarter of all admissions at Northshire NHS Trust in 2022-23.

Southvale's admissions rose 15% year on year, to 2,300.

Diabetes admissions at Southvale dropped from 400 to 380.

Roughly one in five admissions at Southvale were for asthma in 2022/23.
"""


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("fell by 10%", "supported"),  # 1,200 -> 1,080
        ("1,080", "supported"),
        ("more than a quarter", "supported"),  # 1,080 of 4,100 = 26.3%
        ("rose 15%", "supported"),  # 2,000 -> 2,300: "year on year" is not a duration
        ("400", "supported"),  # the figure a change starts from: the period before
        ("380", "supported"),
        ("Roughly one in five", "contradicted"),  # 690 of 2,300 = 30%
    ],
)
def test_categories_and_totals_rows(tmp_path, text, verdict):
    article = tmp_path / "admissions.txt"
    article.write_text(ADMISSIONS, encoding="utf-8")
    report = check([article], data=FIXTURES / "admissions", timestamp=False)
    found = {v.claim.text: v for v in report.results[0].verdicts}
    assert found[text].verdict == verdict, found[text].explanation
