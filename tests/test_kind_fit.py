"""What a claim counts must be what the measure counts (issue 12, "kinds must fit").

The tables here are synthetic (figures made up for the test, in the layouts of a
national population series and the World Bank's GDP per person); none is real.
"""

from __future__ import annotations

from tests.builders import verdicts_by_text

POPULATION = "country,year,people\nJapan,2020,125000000\nBrazil,2010,195000000\n"
GDP = "country,year,GDP per person (US$)\nVietnam,2005,700\nVietnam,2010,1300\n"


def verdicts(tmp_path, table: str, text: str) -> dict:
    return verdicts_by_text(tmp_path, {"table.csv": table}, text)


def test_people_of_an_age_are_not_the_whole_population(tmp_path):
    found = verdicts(tmp_path, POPULATION, "Japan had more than 50,000 people aged 100 in 2020.")
    claim = found["more than 50,000"]
    assert claim.verdict == "unverifiable", claim.explanation
    assert "'people aged 100' counts a part of them" in claim.explanation


def test_people_with_no_qualifier_are_the_population(tmp_path):
    found = verdicts(tmp_path, POPULATION, "Japan had more than 100 million people in 2020.")
    assert found["more than 100 million"].verdict == "supported"


def test_the_economy_is_not_gdp_per_person(tmp_path):
    found = verdicts(tmp_path, GDP, "Vietnam's economy grew by 7% in 2010.")
    claim = found["grew by 7%"]
    assert claim.verdict == "unverifiable", claim.explanation
    assert "the economy as a whole" in claim.explanation


def test_gdp_per_person_is_gdp_per_person(tmp_path):
    found = verdicts(tmp_path, GDP, "Vietnam's GDP per person rose by 86% between 2005 and 2010.")
    claim = next(v for text, v in found.items() if "86%" in text)
    assert claim.verdict == "supported", claim.explanation


def test_a_sum_of_money_is_not_a_head_count(tmp_path):
    found = verdicts(tmp_path, POPULATION, "Brazil's output was worth $195 million in 2010.")
    claim = next(v for text, v in found.items() if "195" in text)
    assert claim.verdict == "unverifiable", claim.explanation
    assert "a sum of money is not a number of people" in claim.explanation


def test_over_after_a_noun_that_counts_no_people_is_no_subgroup(tmp_path):
    table = "player,points,minutes\nGreen,4,14\nWade,15,30\n"
    found = verdicts(tmp_path, table, "Green had four points over 14 minutes.")
    assert found["four"].verdict == "supported", found["four"].explanation
