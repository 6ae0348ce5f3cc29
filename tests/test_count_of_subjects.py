"""Counts of subjects meeting a condition ("Six states had murder rates above 7"),
checked against the real tables of testdata/realdata-dev/data (statecrime: the 50
states and the District of Columbia, 2009; fertility: World Bank births per woman).

The counts below were taken from those tables (testdata/realdata-dev/compute_truth.py
computes the ones the benchmark's articles state).
"""

from __future__ import annotations

from claimcheck.model import Kind, Verdict
from tests.conftest import judged


def count(nlp, realdata_catalog, sentence: str) -> Verdict:
    """The verdict on the sentence's first count of subjects."""
    return next(
        v for v in judged(nlp, realdata_catalog, sentence) if v.kind is Kind.COUNT_OF_SUBJECTS
    )


def test_a_count_above_a_threshold_is_supported(nlp, realdata_catalog):
    verdict = count(nlp, realdata_catalog, "Seven states had murder rates above 7 per 100,000.")
    assert verdict.verdict == "supported"
    assert "Louisiana" in verdict.checks[0].formula  # 12.3, among the seven
    assert len(verdict.checks[0].cells) == 7


def test_more_than_the_whole_column_meets_is_contradicted(nlp, realdata_catalog):
    verdict = count(nlp, realdata_catalog, "Nine states had murder rates above 7 per 100,000.")
    assert verdict.verdict == "contradicted"
    assert verdict.checks[0].computed == 7


def test_fewer_than_the_column_may_leave_out_what_is_no_state(nlp, realdata_catalog):
    # The column holds the District of Columbia (24.2): six states, less the District.
    verdict = count(nlp, realdata_catalog, "Six states had murder rates above 7 per 100,000.")
    assert verdict.verdict == "unverifiable"
    assert "7 of the 51 values of state meet it" in verdict.explanation


def test_a_group_from_the_metadata_is_counted_both_ways(nlp, realdata_catalog):
    # South (with the District): Alabama, DC, Louisiana, Maryland, Tennessee are above 7.
    right = count(
        nlp, realdata_catalog, "Five southern states had murder rates above 7 per 100,000."
    )
    wrong = count(
        nlp, realdata_catalog, "Four southern states had murder rates above 7 per 100,000."
    )
    assert (right.verdict, wrong.verdict) == ("supported", "contradicted")


def test_a_narrowing_the_data_does_not_define_is_unverifiable(nlp, realdata_catalog):
    verdict = count(
        nlp, realdata_catalog, "Five coastal states had murder rates above 7 per 100,000."
    )
    assert verdict.verdict == "unverifiable"
    assert "a group the data does not define" in verdict.explanation


def test_a_count_of_rises_over_a_span(nlp, realdata_catalog):
    text = "{} countries saw their fertility rates rise between 2000 and 2011."
    assert count(nlp, realdata_catalog, text.format("49")).verdict == "supported"
    assert count(nlp, realdata_catalog, text.format("70")).verdict == "contradicted"


def test_a_count_the_members_without_figures_could_make_right_is_unverifiable(
    nlp, realdata_catalog
):
    # 49 rose; 17 countries lack a figure for 2000 or 2011, so 60 may be right.
    text = "60 countries saw their fertility rates rise between 2000 and 2011."
    verdict = count(nlp, realdata_catalog, text)
    assert verdict.verdict == "unverifiable"
    assert "49 with figures meet it, and 17 have no figure" in verdict.explanation


def test_members_without_a_figure_are_left_out_and_said(nlp, realdata_catalog):
    verdict = count(nlp, realdata_catalog, "Twenty-four countries had rates above five in 2011.")
    assert verdict.verdict == "supported"
    assert "without a figure left out" in verdict.explanation


def test_a_condition_that_is_no_rise_fall_or_threshold_is_unverifiable(nlp, realdata_catalog):
    verdict = count(nlp, realdata_catalog, "In 1960 just five countries were below that line.")
    assert verdict.verdict == "unverifiable"
    assert "'were below that line' is no rise, fall or threshold" in verdict.explanation


def test_a_kind_no_table_has_a_column_of_is_unverifiable(nlp, realdata_catalog):
    verdict = count(nlp, realdata_catalog, "Twelve players had murder rates above 7 in 2009.")
    assert verdict.verdict == "unverifiable"
    assert "no table has one column of 'players'" in verdict.explanation
