"""Shared fixtures: the pipeline is loaded once per test session (it takes ~1 s)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from benchmarks.testdata import REALDATA_DEV, ROOT, TESTDATA

FIXTURES = Path(__file__).resolve().parent / "fixtures"

__all__ = ["FIXTURES", "ROOT", "TESTDATA"]


@pytest.fixture(scope="session")
def nlp():
    from claimcheck.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_report():
    from benchmarks.corpora import seed
    from claimcheck import check

    return check([seed.ARTICLE], data=seed.DATA, timestamp=False)


@pytest.fixture(scope="session")
def realdata_catalog():
    """The real public tables of realdata-dev, loaded once for the tests that use them."""
    from claimcheck.catalog import load_catalog

    return load_catalog(REALDATA_DEV / "data")


def claims_of(nlp, text: str):
    """The claims the pipeline extracts from a text."""
    return list(nlp(text)._.claims)


def judged(nlp, catalog, sentence: str):
    """The verdicts on a one-sentence article checked against `catalog`."""
    from claimcheck.judging import judge
    from claimcheck.model import Article

    article = Article(Path("article.txt"), sentence)
    return judge(article, claims_of(nlp, sentence), catalog).verdicts


# Hypothesis profiles (tests/test_fuzz.py). "ci", the default, keeps the suite fast;
# "long" is the fuzz run recorded in docs/limits.md:
#     HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py --hypothesis-show-statistics
FUZZ_EXAMPLES = {
    "ci": {"quantities": 300, "extractor": 60, "catalog": 100, "markup": 30, "toml": 30},
    "long": {
        "quantities": 50_000,
        "extractor": 20_000,
        "catalog": 30_000,
        "markup": 5_000,
        "toml": 3_000,
    },
}
FUZZ_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.register_profile("ci", deadline=None, print_blob=True)
settings.register_profile(
    "long", deadline=None, print_blob=True, suppress_health_check=list(HealthCheck)
)
settings.load_profile(FUZZ_PROFILE)


def fuzz_examples(target: str) -> int:
    """How many inputs a fuzz test generates under the current profile."""
    return FUZZ_EXAMPLES[FUZZ_PROFILE][target]


def assert_against_truth(found, truth: str, expected: str | None) -> None:
    """A claim of a test article: the verdict claimcheck is expected to give, or (where
    it cannot settle the claim yet) at least never the wrong one: a true claim is not
    contradicted and a false one is not supported."""
    if expected is not None:
        assert found.verdict == expected, found.explanation
    elif truth == "supported":
        assert found.verdict != "contradicted", found.explanation
    else:
        assert found.verdict != "supported", found.explanation
