"""News-style articles about the real Home Office file, written for testing (see the
header of each in tests/fixtures/homeoffice/): every claim with the truth, worked out
from the CSV with pandas, and what claimcheck says (benchmarks/corpora/homeoffice.py,
which the scoreboard also reads).

A claim claimcheck gets right is asserted exactly. For the others (unverifiable where
the data could settle it) only the promise is asserted: a correct claim is never
contradicted and a wrong one never supported.
"""

from __future__ import annotations

import pytest

from benchmarks.corpora.homeoffice import CLAIMS, check_articles
from tests.conftest import assert_against_truth


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    """Each article's verdicts by (line, claim text)."""
    results = check_articles(tmp_path_factory.mktemp("homeoffice"))
    return {name: {(v.line, v.claim.text): v for v in r.verdicts} for name, r in results.items()}


CASES = [(name, *claim) for name, claims in CLAIMS.items() for claim in claims]


@pytest.mark.parametrize(("article", "line", "text", "truth", "expected"), CASES)
def test_claim_in_a_homeoffice_article(verdicts, article, line, text, truth, expected):
    found = verdicts[article][line, text]
    assert_against_truth(found, truth, expected)


def test_no_correct_claim_is_contradicted_and_no_wrong_one_supported(verdicts):
    wrong = [
        (name, line, text, verdicts[name][line, text].verdict)
        for name, line, text, truth, _ in CASES
        if verdicts[name][line, text].verdict not in (truth, "unverifiable")
    ]
    assert wrong == []
