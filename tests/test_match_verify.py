"""Matching and verification on small tables: every way a check can fail honestly."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.api import check


def article(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def data(tmp_path: Path, csv: str, toml: str | None = None) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "crime.csv").write_text(csv, encoding="utf-8")
    if toml is not None:
        (directory / "crime.toml").write_text(toml, encoding="utf-8")
    return directory


def verdicts(tmp_path, text, csv, toml=None):
    report = check([article(tmp_path, text)], data=data(tmp_path, csv, toml), timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


CSV = "area,year,offences\nNorth,2016,100\nNorth,2017,130\nSouth,2016,0\nSouth,2017,50\n"


def test_right_value_is_supported_and_wrong_one_contradicted(tmp_path):
    found = verdicts(
        tmp_path, "North recorded 130 offences in 2017. South recorded 60 offences in 2017.", CSV
    )
    assert found["130"].verdict == "supported"
    assert found["60"].verdict == "contradicted"
    assert found["60"].primary.computed == 50
    assert found["60"].primary.cells[0].row == 5


def test_percent_change_with_zero_base_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "South saw offences rise by 50% in 2017.", CSV)
    claim = found["rise by 50%"]
    assert claim.verdict == "unverifiable"
    assert "zero" in claim.explanation


def test_percent_change_formula_shows_the_cells(tmp_path):
    found = verdicts(tmp_path, "North saw offences rise by 30% in 2017.", CSV)
    claim = found["rise by 30%"]
    assert claim.verdict == "supported"
    assert claim.primary.formula == "(130 - 100) / 100 = 30%"


def test_missing_cell_is_unverifiable_never_zero(tmp_path):
    csv = "area,year,offences\nNorth,2016,100\nNorth,2017,[c]\n"
    found = verdicts(tmp_path, "North recorded 0 offences in 2017.", csv)
    assert found["0"].verdict == "unverifiable"
    assert "suppressed" in found["0"].explanation


def test_duplicate_rows_are_ambiguous_never_summed(tmp_path):
    csv = "area,year,offences\nNorth,2017,100\nNorth,2017,100\n"
    found = verdicts(tmp_path, "North recorded 200 offences in 2017.", csv)
    assert found["200"].verdict == "unverifiable"
    assert "2 rows" in found["200"].explanation


def test_period_outside_the_table_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "North recorded 130 offences in 2019.", CSV)
    assert found["130"].verdict == "unverifiable"
    assert "2019 is not covered" in found["130"].explanation


def test_unknown_entity_is_unverifiable_with_its_name(tmp_path):
    found = verdicts(tmp_path, "Thames Valley Police recorded 130 offences in 2017.", CSV)
    assert found["130"].verdict == "unverifiable"
    assert "Thames Valley Police" in found["130"].explanation


def test_unmeasured_noun_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "North made 130 arrests in 2017.", CSV)
    assert found["130"].explanation == "no table measures 'arrests'"


def test_group_total_sums_its_members(tmp_path):
    toml = "[groups.Country]\nmembers = ['North', 'South']\n"
    found = verdicts(tmp_path, "The Country recorded 180 offences in 2017.", CSV, toml)
    claim = found["180"]
    assert (claim.verdict, claim.kind) == ("supported", "total")
    assert claim.primary.formula == "130 + 50 = 180"


def test_rank_of_rises_uses_the_change_in_number(tmp_path):
    found = verdicts(tmp_path, "The largest rise in offences was recorded by South in 2017.", CSV)
    claim = found["The largest rise"]
    assert claim.verdict == "supported"
    assert "South (+50; next North +30)" in claim.explanation


def test_rank_contradicted_suggests_the_leader(tmp_path):
    found = verdicts(tmp_path, "The largest number of offences in 2017 was in South.", CSV)
    claim = found["The largest number"]
    assert claim.verdict == "contradicted"
    assert claim.primary.suggestion == "North"


def test_internal_check_needs_no_data(tmp_path):
    path = article(tmp_path, "Offences rose 25% from 100 in 2016 to 130 in 2017.")
    report = check([path], data=None, timestamp=False)
    claim = next(v for v in report.results[0].verdicts if v.kind == "percent_change")
    assert claim.verdict == "contradicted"
    assert claim.checks[1].formula == "(130 - 100) / 100 = 30%"


@pytest.mark.parametrize("text", ["It rose 30% from 100 to 130.", "It rose 29.5% from 100 to 130."])
def test_internal_percent_within_rounding_is_supported(tmp_path, text):
    report = check([article(tmp_path, text)], data=None, timestamp=False)
    claim = next(v for v in report.results[0].verdicts if v.kind == "percent_change")
    assert claim.verdict == ("supported" if "30%" in text else "contradicted")


def test_between_two_numbers_is_one_interval(tmp_path):
    found = verdicts(tmp_path, "North recorded between 120 and 140 offences in 2017.", CSV)
    claim = found["between 120 and 140"]
    assert claim.verdict == "supported"
    assert (claim.claim.quantity.interval.low, claim.claim.quantity.interval.high) == (119.5, 140.5)


def test_hyphenated_numbers_without_a_declared_pair_are_never_checked_alone(tmp_path):
    found = verdicts(tmp_path, "South recorded 40-45 offences in 2017.", CSV)
    assert [found[t].verdict for t in ("40", "45")] == ["unverifiable", "unverifiable"]


RATES = (
    'area,year,infections,"Rate per 100,000 population"\nNorth,2023,655,24.6\nSouth,2023,980,17.2\n'
)


def test_a_figure_per_100000_is_checked_against_the_rate_not_the_count(tmp_path):
    found = verdicts(
        tmp_path,
        "North had 24.6 infections per 100,000 people in 2023. "
        "South had a rate of 19.1 per 100,000 in 2023.",
        RATES,
    )
    assert "100,000" not in found  # the base of a rate is no figure of its own
    assert found["24.6"].verdict == "supported"
    assert found["19.1"].verdict == "contradicted", found["19.1"].explanation
    assert "17.2" in found["19.1"].explanation


def test_a_figure_per_1000_without_such_a_measure_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "North had 6.5 infections per 1,000 people in 2023.", RATES)
    assert found["6.5"].verdict == "unverifiable"
    assert "per 1,000" in found["6.5"].explanation


@pytest.mark.parametrize("base", ["on 2016", "from the year before", "compared with 2016"])
def test_a_change_against_a_period_named_last_starts_there(tmp_path, base):
    found = verdicts(tmp_path, f"North recorded 130 offences in 2017, up 30% {base}.", CSV)
    assert found["up 30%"].verdict == "supported", found["up 30%"].explanation


RATES_BY_YEAR = (
    'area,year,infections,"Rate per 100,000 population"\n'
    "North,2022,600,20.0\nNorth,2023,900,21.0\nSouth,2022,300,15.0\nSouth,2023,1000,18.0\n"
)


def test_a_rate_is_checked_against_the_measure_headed_rate_not_the_count(tmp_path):
    found = verdicts(tmp_path, "The infection rate in North rose by 5% in 2023.", RATES_BY_YEAR)
    assert found["rose by 5%"].verdict == "supported", found["rose by 5%"].explanation


def test_a_ranking_of_a_compound_noun_ranks_its_head(tmp_path):
    found = verdicts(tmp_path, "South had the lowest infection rate in 2023.", RATES_BY_YEAR)
    claim = found["the lowest infection rate"]
    assert claim.verdict == "supported", claim.explanation


def test_a_count_is_not_checked_against_a_percentage_column(tmp_path):
    csv = "area,year,votes,Vote share (%)\nNorth,2023,600,60.0\nSouth,2023,400,40.0\n"
    found = verdicts(tmp_path, "North won 600 votes in 2023.", csv)
    assert found["600"].verdict == "supported", found["600"].explanation


def test_a_majority_is_a_margin_never_the_winners_count(tmp_path):
    csv = "area,party,votes\nNorth,Red,600\nNorth,Blue,400\n"
    found = verdicts(tmp_path, "Red won North with 600 votes, a majority of 600.", csv)
    assert found["600"].verdict == "unverifiable", found["600"].explanation  # the majority
    assert "majority" in found["600"].explanation


QUARTERS = "area,year,quarter,revenue\n" + "".join(
    f"North,{year},{q},{value}\n"
    for year, values in ((2023, (100, 100, 100, 100)), (2024, (110, 120, 150, 130)))
    for q, value in zip((1, 2, 3, 4), values, strict=True)
)


def test_a_change_in_one_quarter_without_its_base_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "North's revenue rose 25% in the third quarter of 2024.", QUARTERS)
    assert found["rose 25%"].verdict == "unverifiable"  # on the quarter before; 50% on a year
    assert "a year earlier" in found["rose 25%"].explanation


PARTIES = (
    "seat,party,votes\nNorth,Red,600\nNorth,Reform,400\nNorth,Green,100\n"
    "South,Red,300\nSouth,Reform,200\nSouth,Green,500\n"
)


def test_a_place_in_a_seat_ranks_the_other_name_not_the_seat(tmp_path):
    found = verdicts(tmp_path, "Reform came second in North with 400 votes.", PARTIES)
    assert found["second"].verdict == "supported", found["second"].explanation
    assert "Reform is number 2" in found["second"].explanation


def test_a_share_the_table_states_as_a_percentage_is_checked_as_that_figure(tmp_path):
    csv = "seat,party,votes,Vote share (%)\nNorth,Red,600,54.5\nNorth,Blue,500,45.5\n"
    text = "Red won North with 54.5% of the vote. Blue took 40% of the vote in North."
    found = verdicts(tmp_path, text, csv)
    assert found["54.5%"].verdict == "supported", found["54.5%"].explanation
    assert found["40%"].verdict == "contradicted", found["40%"].explanation
