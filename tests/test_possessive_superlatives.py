"""A superlative over a group named as its owner ("the South's second-highest murder
rate"), ranked within the group the metadata defines, on the real statecrime table of
testdata/realdata-dev/data (murders per 100,000 in 2009; the Census South includes the
District of Columbia, 24.2, then Louisiana, 12.3, and Maryland, 7.7; of all states,
New Mexico, 10, and Illinois, 8.4, come before Maryland).
"""

from __future__ import annotations

from claimcheck.model import Kind, Verdict
from tests.conftest import judged


def rank(nlp, realdata_catalog, sentence: str) -> Verdict:
    return next(v for v in judged(nlp, realdata_catalog, sentence) if v.kind is Kind.RANK)


def test_the_owner_is_the_group_ranked_within(nlp, realdata_catalog):
    second = rank(
        nlp, realdata_catalog, "In 2009 Louisiana had the South's second-highest murder rate."
    )
    first = rank(nlp, realdata_catalog, "In 2009 Louisiana had the South's highest murder rate.")
    assert (second.verdict, first.verdict) == ("supported", "contradicted")
    assert "District of Columbia" in first.explanation  # a member of the South, 24.2


def test_states_outside_the_group_are_not_ranked(nlp, realdata_catalog):
    # Fifth of all states (New Mexico, 10, and Illinois, 8.4, are above it), third of the South.
    verdict = rank(
        nlp, realdata_catalog, "In 2009 Maryland had the South's third-highest murder rate."
    )
    assert verdict.verdict == "supported"
    assert "New Mexico" not in verdict.explanation
