"""A draft article with errors in it: each error must come out contradicted."""

from __future__ import annotations

import pytest

from claimcheck import check
from tests.conftest import FIXTURES, ROOT

DRAFT = FIXTURES / "articles" / "draft_with_errors.txt"


@pytest.fixture(scope="module")
def draft():
    report = check([DRAFT], data=ROOT / "data", timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("more than 3,000", "2,895"),  # the two years total 2,895
        ("about five offences a day", "3.97"),  # 2,895 / 730
        ("up 24%", "29.97%"),  # 287 -> 373
        ("276", "267"),  # Gwent 2017/18
        ("The largest fall", "Dyfed-Powys Police"),  # not Gwent
        ("both saw rises", "Dyfed-Powys Police did not"),
        ("257", "275"),  # Dyfed-Powys 2017/18
    ],
)
def test_each_error_is_contradicted(draft, text, why):
    verdict = draft[text]
    assert verdict.verdict == "contradicted"
    assert why in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "287",
        "373",
        "259",
        "363",
        "the biggest increase",
        "the largest number",
        "the only Welsh force to record a fall",
    ],
)
def test_right_figures_in_the_draft_are_supported(draft, text):
    assert draft[text].verdict == "supported"


def test_contradicted_percentage_suggests_the_right_one(draft):
    assert draft["up 24%"].primary.suggestion == "up 30%"
