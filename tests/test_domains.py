"""Five domains claimcheck was not developed on, shaped like statistical releases and
newsroom spreadsheets (tests/fixtures/domains/; every figure invented, see each data
directory's README or metadata): a wide workbook with a title row and a source note,
a long table of rates and counts in thousands, election results, quarterly company
results in £m and $bn, and rates per 100,000. Each article's claims are listed with the
truth, worked out from the data with pandas, and what claimcheck says.

A claim claimcheck gets right is asserted exactly. For the others (unverifiable where
the data could settle it) only the promise is asserted: a correct claim is never
contradicted and a wrong one never supported. The truth is in
benchmarks/corpora/domains.py, which the scoreboard also reads.
"""

from __future__ import annotations

import pytest

from benchmarks.corpora import U
from benchmarks.corpora.domains import CLAIMS, check_domains
from tests.conftest import assert_against_truth


@pytest.fixture(scope="module")
def verdicts():
    """Each domain's verdicts by (line, claim text)."""
    return {
        domain: {(v.line, v.claim.text): v for v in result.verdicts}
        for domain, result in check_domains().items()
    }


CASES = [(domain, *claim) for domain, claims in CLAIMS.items() for claim in claims]


@pytest.mark.parametrize(("domain", "line", "text", "truth", "expected"), CASES)
def test_claim_in_a_domain_article(verdicts, domain, line, text, truth, expected):
    found = verdicts[domain][line, text]
    assert_against_truth(found, truth, expected)


def test_every_claim_of_the_articles_is_listed(verdicts):
    listed = {
        domain: {(line, text) for line, text, *_ in claims} for domain, claims in CLAIMS.items()
    }
    assert {domain: set(found) for domain, found in verdicts.items()} == listed


def test_no_correct_claim_is_contradicted_and_no_wrong_one_supported(verdicts):
    wrong = [
        (domain, line, text, verdicts[domain][line, text].verdict)
        for domain, line, text, truth, _ in CASES
        if verdicts[domain][line, text].verdict not in (truth, U)
    ]
    assert wrong == []
