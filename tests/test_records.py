"""Timing claims ("its highest since 1976"), checked against the real World Bank
fertility table of testdata/realdata-dev/data (births per woman, 1960 to 2011).

The figures below were read from that table: France 1.89 in 1978, 2.01 in 1976 and
2.09 in 1975, 1.85 in 1980, 2.0 in 2006 (and every year from 1977 to 2005 below 2.0);
Sweden 1.66 in 1984 and 1.73 in 1995, every year from 1985 to 1994 above 1.73.
"""

from __future__ import annotations

from claimcheck.model import Kind, Verdict
from tests.conftest import judged


def record(nlp, realdata_catalog, sentence: str) -> Verdict:
    """The verdict on the sentence's timing claim."""
    return next(v for v in judged(nlp, realdata_catalog, sentence) if v.kind is Kind.RECORD)


def test_the_highest_since_the_last_year_as_high_is_supported(nlp, realdata_catalog):
    verdict = record(
        nlp,
        realdata_catalog,
        "France's fertility rate reached 2.0 in 2006, its highest since 1976.",
    )
    assert verdict.verdict == "supported"
    assert verdict.checks[0].formula == "1976: 2.01"
    assert len(verdict.checks[0].cells) == 1 + 29 + 1  # 2006, 1977 to 2005, and 1976


def test_a_higher_year_after_the_one_named_contradicts(nlp, realdata_catalog):
    verdict = record(
        nlp,
        realdata_catalog,
        "France's fertility rate reached 2.0 in 2006, its highest since 1970.",
    )
    assert verdict.verdict == "contradicted"
    assert "it is the highest since 1976" in verdict.explanation  # 2.01, the latest as high


def test_a_named_year_that_did_not_reach_it_leaves_the_reading_open(nlp, realdata_catalog):
    # 1981 to 2005 were all below 2.0, and 1980 (1.85) too: the highest of the years
    # from 1980 on, but not "the last time as high", which was 1976.
    verdict = record(
        nlp,
        realdata_catalog,
        "France's fertility rate reached 2.0 in 2006, its highest since 1980.",
    )
    assert verdict.verdict == "unverifiable"
    assert "1980 itself 1.85" in verdict.explanation


def test_the_lowest_since_is_read_the_other_way_round(nlp, realdata_catalog):
    right = record(
        nlp,
        realdata_catalog,
        "Sweden's fertility rate fell to 1.73 in 1995, its lowest since 1984.",
    )
    wrong = record(
        nlp,
        realdata_catalog,
        "Sweden's fertility rate fell to 1.73 in 1995, its lowest since 1978.",
    )
    assert (right.verdict, wrong.verdict) == ("supported", "contradicted")
    assert "it is the lowest since 1984" in wrong.explanation


def test_a_year_before_the_data_cannot_be_counted_from(nlp, realdata_catalog):
    verdict = record(
        nlp,
        realdata_catalog,
        "France's fertility rate reached 2.0 in 2006, its highest since 1950.",
    )
    assert verdict.verdict == "unverifiable"
    assert "no 1950 to count from" in verdict.explanation
