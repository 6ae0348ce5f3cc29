"""Clause binding: each figure binds to its own clause's name and time.

Examples that must bind, and near misses that must not. The sentences are written for
the test; their figures are not checked against any data here.
"""

from __future__ import annotations

import pytest

from claimcheck.pipeline import load_pipeline


@pytest.fixture(scope="module")
def claims_of():
    nlp = load_pipeline()

    def run(sentence: str) -> dict:
        return {c.text: c for c in nlp(sentence)._.claims}

    return run


BRAZIL = "Brazil was home to 190 million people and Mexico to 107 million."


def first_hint(claim) -> str:
    return claim.subject_hints[0].text


@pytest.mark.parametrize(
    ("sentence", "figure", "owner"),
    [
        # coordinated clauses with the verb left out of the second
        (BRAZIL, "107 million", "Mexico"),
        (BRAZIL, "190 million", "Brazil"),
        # listed names, each with its figure
        ("Chile, at 78.5, and Uruguay, at 76.2, had the longest lives.", "76.2", "Uruguay"),
        ("South Carolina (657.1) and Tennessee (666.0) came next.", "666.0", "Tennessee"),
        ("South Carolina (657.1) and Tennessee (666.0) came next.", "657.1", "South Carolina"),
        # a figure after a bracketed pair is the clause subject's, not the bracket's name
        ("DeMar DeRozan led the Raptors (44-29) with 18 points.", "18", "DeMar DeRozan"),
        # "followed by" names who comes next, not whose figure it is
        (
            "New Hampshire had the lowest poverty rate, 8.5%, followed by Alaska at 9.0%.",
            "the lowest poverty rate",
            "New Hampshire",
        ),
    ],
)  # fmt: skip
def test_a_figure_binds_to_its_own_clause(claims_of, sentence, figure, owner):
    assert first_hint(claims_of(sentence)[figure]) == owner


def test_a_name_after_a_preposition_is_no_new_conjunct(claims_of):
    """Near miss of the gapped conjunct: "in Gwent" does not open a clause."""
    found = claims_of("North Wales Police recorded 287 offences, up from 250 in Gwent.")
    assert first_hint(found["287"]) == "North Wales Police"


def test_a_relative_clause_time_binds_to_its_own_figure(claims_of):
    found = claims_of("Life expectancy in Chile has risen since 1960, when it was 58.")
    (period,) = found["58"].periods
    assert (period.expr.kind, period.expr.year) == ("year", 1960)


def test_a_figure_outside_the_relative_clause_keeps_the_span(claims_of):
    found = claims_of("Gwent recorded 2,895 offences since 2016.")
    assert found["2,895"].periods[0].expr.kind == "since"


def test_the_base_of_a_yearly_change_is_the_year_before(claims_of):
    found = claims_of("North Wales Police recorded 373 offences in 2017/18, up 30% from 287.")
    (period,) = found["287"].periods
    assert (period.expr.kind, period.expr.year) == ("split_year", 2016)
    assert found["373"].periods[0].expr.year == 2017


def test_a_change_stated_in_another_clause_is_not_this_ones(claims_of):
    found = claims_of(
        "In Iran the rate fell from 6.5 in 1990 to 1.9, while Bangladesh's more than halved."
    )
    assert found["more than halved"].operands == ()


def test_a_multiple_after_than_is_the_comparison_claimed(claims_of):
    found = claims_of("Louisiana had 12.3, more than 15 times New Hampshire's.")
    comparison = found["more than 15 times New Hampshire"]
    assert (comparison.kind, comparison.quantity.unit) == ("comparison", "times")
    assert comparison.quantity.value == 15
    assert "more than 15" not in found  # the multiple is no value of its own
