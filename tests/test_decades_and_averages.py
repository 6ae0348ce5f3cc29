"""Years beyond 1900-2099, decades and averages over periods (issue 12, realdata-dev).

The tables here are synthetic (figures made up for the test, in the layouts of the UN's
population projections and the BLS's annual unemployment rates); no figure is real.
"""

from __future__ import annotations

from claimcheck.readings import Aggregation
from tests.builders import verdicts_by_text

PROJECTIONS = "region,year,population\n" + "".join(
    f"Africa,{year},{value}\n"
    for year, value in ((2025, 1_500_000_000), (2050, 2_500_000_000), (2100, 3_800_000_000))
)
YEARLY = "region,year,population\n" + "".join(
    f"World,{year},{10_000_000_000 + 10_000_000 * (year - 2080)}\n" for year in range(2080, 2090)
)
RATE_BY_YEAR = (6.8, 5.5, 5.5, 6.7, 5.5, 5.7, 5.2, 4.5, 3.8, 3.8, 3.6, 3.5)  # 1958 to 1969
RATES = "year,unemployment rate (%)\n" + "".join(
    f"{year},{rate}\n" for year, rate in zip(range(1958, 1970), RATE_BY_YEAR, strict=True)
)


def verdicts(tmp_path, table: str, text: str) -> dict:
    return verdicts_by_text(tmp_path, {"table.csv": table}, text)


# -- a year after 2099 binds to its own figure ---------------------------------------


def test_by_a_year_after_2099_is_the_period_of_its_own_figure(tmp_path):
    found = verdicts(
        tmp_path,
        PROJECTIONS,
        "Africa's population is set to reach 2.5 billion by 2050 and 3.8 billion by 2100.",
    )
    assert found["3.8 billion"].verdict == "supported", found["3.8 billion"].explanation
    assert found["2.5 billion"].verdict == "supported", found["2.5 billion"].explanation
    assert "2100" not in found  # a year, not a figure to check


def test_a_figure_bound_to_the_wrong_far_year_is_contradicted(tmp_path):
    found = verdicts(tmp_path, PROJECTIONS, "Africa's population will reach 2.5 billion by 2100.")
    assert found["2.5 billion"].verdict == "contradicted", found["2.5 billion"].explanation


def test_a_number_the_parser_does_not_call_a_date_stays_a_figure(tmp_path):
    found = verdicts(tmp_path, PROJECTIONS, "Sales rose by 1850 units to 2100.")
    assert "2100" in found


# -- decades ---------------------------------------------------------------------------


def test_a_vague_part_of_a_decade_is_unverifiable_and_says_why(tmp_path):
    found = verdicts(
        tmp_path, YEARLY, "World population will peak at about 10.05 billion in the mid-2080s."
    )
    claim = found["about 10.05 billion"]
    assert claim.verdict == "unverifiable"
    assert "a vague period: some years of the 2080s" in claim.explanation


def test_an_average_over_a_decade_is_the_mean_of_its_years(tmp_path):
    found = verdicts(tmp_path, RATES, "Over the 1960s, unemployment averaged 4.8%.")
    claim = found["4.8%"]
    assert claim.verdict == "supported", claim.explanation  # 47.8 / 10 = 4.78
    assert claim.primary.formula.startswith("mean of 1960 5.5, 1961 6.7")
    assert claim.primary.formula.endswith("/ 10 = 4.78")
    assert claim.checks[0].readings[0].aggregation is Aggregation.MEAN


def test_a_wrong_average_over_a_decade_is_contradicted(tmp_path):
    found = verdicts(tmp_path, RATES, "Over the 1960s, unemployment averaged 5.8%.")
    assert found["5.8%"].verdict == "contradicted", found["5.8%"].explanation


def test_a_years_average_is_its_annual_figure(tmp_path):
    found = verdicts(tmp_path, RATES, "In 1958 unemployment averaged 6.8%.")
    assert found["6.8%"].verdict == "supported", found["6.8%"].explanation


def test_an_average_whose_period_is_another_clauses_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, RATES, "In 1965 the rate was 4.5%, and unemployment averaged 4.8%.")
    claim = found["4.8%"]
    assert claim.verdict == "unverifiable"
    assert "an average over several games or periods" in claim.explanation
