"""The catalog's model of real tables as published: layouts, periods, units, additivity,
hierarchies and subjects, inferred with no metadata (tests/fixtures/layouts/README.md
gives each fixture's source)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.api import check
from claimcheck.catalog import Table, load_catalog
from claimcheck.catalog_hierarchy import aggregates
from claimcheck.catalog_layout import LayoutKind
from claimcheck.catalog_units import additive_words, flow_words, header_unit, unit_scale
from claimcheck.cli import main
from claimcheck.period_binding import nearer_figure
from claimcheck.table_periods import Frequency, cell_period, column_periods, title_period
from tests.builders import write_xlsx
from tests.conftest import ROOT

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"


def table(folder: str) -> Table:
    return load_catalog(LAYOUTS / folder).tables[0]


def verdicts(tmp_path: Path, folder: str, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], data=LAYOUTS / folder, timestamp=False)
    return {v.claim.text: (v.verdict, v.explanation) for v in report.results[0].verdicts}


# -- periods of cells and headers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "header", "label"),
    [
        ("2017-Q1", "", "2017 Q1"),
        ("2017 Q3", "", "2017 Q3"),
        ("2017M03", "", "March 2017"),
        ("Jan-18", "", "January 2018"),
        ("2006-01-15", "", "2006-01-15"),
        ("2006-01-15T00:00:00", "", "2006-01-15"),
        ("2011-01", "", "January 2011"),
        ("2011-12", "", "2011/12"),  # a financial year more often than December 2011
        ("1871", "year", "1871"),
        ("2100", "Year", "2100"),
        ("2016", "", "2016"),
    ],
)
def test_a_cell_or_header_is_read_as_its_period(text, header, label):
    expr = cell_period(text, header)
    assert expr is not None and expr.resolve().label == label


@pytest.mark.parametrize(
    ("text", "header"),
    [("1871", "volume"), ("2006-13", ""), ("2006-02-30", ""), ("Q5 2017", ""), ("Jan", "")],
)
def test_near_misses_are_not_periods(text, header):
    expr = cell_period(text, header)
    assert expr is None or expr.resolve() is None


def test_a_calendar_year_is_never_a_financial_year():
    period = cell_period("2016").resolve(4)
    assert (period.start.month, period.end.month) == (1, 12)


@pytest.mark.parametrize(
    ("cells", "labels"),
    [
        (["2001-01-01", "2002-01-01"], ["2001", "2002"]),  # one date a year: years
        (["2006-01-01", "2006-02-01"], ["January 2006", "February 2006"]),
        (
            ["2017-01-01", "2017-04-01", "2017-07-01", "2017-10-01"],
            ["2017 Q1", "2017 Q2", "2017 Q3", "2017 Q4"],
        ),
        (["2006-01-01", "2006-01-15"], ["2006-01-01", "2006-01-15"]),  # days stay days
    ],
)
def test_a_column_of_dates_is_read_with_its_frequency(cells, labels):
    assert [e.resolve().label for e in column_periods(cells)] == labels


def test_a_title_gives_its_table_a_period():
    title = "Table 1. Crime rates and selected social indicators, by state: 2009"
    assert title_period(title).resolve().label == "2009"
    assert title_period("Crime rates by state") is None


# -- units and additivity -----------------------------------------------------------------


def test_a_stated_scale_is_split_from_its_unit():
    assert unit_scale("thousands of jobs") == ("jobs", 1000.0)
    assert unit_scale("thousand megawatt-hours") == ("megawatt-hours", 1000.0)
    assert unit_scale("10^8 m^3") == ("m^3", 1e8)
    assert unit_scale("offences") == ("offences", 1.0)


def test_a_unit_row_merged_into_a_header_is_split_from_the_measure():
    assert header_unit("violent Rate per 100,000 population") == (
        "violent",
        "Rate per 100,000 population",
    )
    assert header_unit("poverty Percent") == ("poverty", "Percent")
    assert header_unit("Offences") == ("Offences", None)


@pytest.mark.parametrize(
    ("words", "adds"),
    [
        ("Number of Offences", True),
        ("Fertility rate, total (births per woman)", False),
        ("Rate per 100,000 population", False),
        ("Life expectancy at birth", False),
        ("Average house price", False),
        ("Consumer price index", False),
        ("Vote share (%)", False),
    ],
)
def test_rates_shares_averages_prices_and_indices_do_not_add_up(words, adds):
    assert additive_words(words) is adds


def test_a_level_is_not_summed_over_time_but_a_change_in_it_is():
    assert not flow_words("nonfarm", "Employees on nonfarm payrolls")
    assert flow_words("nonfarm_change", "Employees on nonfarm payrolls")
    assert flow_words("Number of Offences")


# -- layouts --------------------------------------------------------------------------------


def test_months_as_columns_are_months_of_the_rows_year_and_annual_is_the_year():
    months = table("months")
    assert months.layout is LayoutKind.WIDE_MONTHS
    assert months.frequency is Frequency.MONTHLY
    labels = {p.label for p in months.periods}
    assert {"January 2014", "December 2016", "2016"} <= labels
    assert "Jan" not in {m.name for m in months.measures}
    (measure,) = months.measures
    assert "unemployment" in measure.vocabulary  # named by the file, unemployment1948.csv
    # Annual is the mean of the months, by arithmetic: a rate, never summed over a year
    assert not measure.over_time


def test_a_year_of_a_monthly_rate_is_its_published_annual_figure(tmp_path):
    found = verdicts(
        tmp_path,
        "months",
        "The unemployment rate was 4.9% in 2016. "
        "The unemployment rate was 4.5% in December 2016. "
        "The unemployment rate was 5.3% in December 2015.",
    )
    assert found["4.9%"][0] == "supported", found["4.9%"]
    assert found["4.5%"][0] == "supported", found["4.5%"]
    assert found["5.3%"][0] == "contradicted", found["5.3%"]  # December 2015 was 4.8


def test_a_value_column_is_named_by_the_file_and_its_parts_add_up(tmp_path):
    population = table("population")
    assert [m.name for m in population.measures] == ["Value"]  # LocID, AgeGrpStart are codes
    assert "population" in population.measures[0].vocabulary
    assert {"Sex", "AgeGrp"} <= population.additive  # parts with no total row
    found = verdicts(tmp_path, "population", "Iceland's population was 366,617 in 2020.")
    assert found["366,617"][0] == "supported", found["366,617"]  # 42 rows added up


def test_a_rows_figure_is_never_a_part_of_a_duplicate(tmp_path):
    found = verdicts(tmp_path, "population", "Iceland's population was 300,000 in 2020.")
    verdict, why = found["300,000"]
    assert verdict == "contradicted" and "duplicate" not in why


def test_a_nineteenth_century_year_column_dates_the_figures():
    nile = table("nile")
    assert [p.label for p in nile.periods] == ["1871", "1872", "1873", "1874", "1875"]
    assert nile.frequency is Frequency.ANNUAL
    assert [m.name for m in nile.measures] == ["volume"]


def test_iso_dated_monthly_rows_are_months_and_a_stated_scale_applies(tmp_path):
    payrolls = table("payrolls")
    assert payrolls.frequency is Frequency.MONTHLY
    assert payrolls.periods[0].label == "January 2006"
    nonfarm = next(m for m in payrolls.measures if m.name == "nonfarm")
    assert nonfarm.unit == "jobs" and not nonfarm.over_time
    found = verdicts(
        tmp_path,
        "payrolls",
        "There were 135.45 million nonfarm jobs in January 2006. "
        "There were 136.1 million nonfarm jobs in the first quarter of 2006.",
    )
    assert found["135.45 million"][0] == "supported", found["135.45 million"]
    # a level over three months is not their sum: unverifiable, and says why
    verdict, why = found["136.1 million"]
    assert verdict == "unverifiable" and "level" in why, why


def test_a_wide_table_of_years_is_named_by_its_single_indicator_label():
    fertility = table("fertility")
    assert fertility.layout is LayoutKind.WIDE_PERIODS
    assert fertility.frequency is Frequency.ANNUAL
    (measure,) = fertility.measures
    assert "Fertility rate" in measure.vocabulary
    assert measure.unit == "births per woman" and not measure.additive


def test_codes_that_pair_with_names_are_not_names():
    catalog = load_catalog(LAYOUTS / "fertility")
    assert catalog.tables[0].codes == {"Country Code": "Country Name"}
    assert "per" not in catalog.names.targets  # Peru's code would match "per 100,000"
    assert "peru" in catalog.names.targets


# -- hierarchies ------------------------------------------------------------------------


def test_nested_dimensions_are_found_from_the_data():
    offences = table("offences")
    assert offences.parents["Offence Description"] == "Offence Subgroup"
    assert offences.parents["Offence Subgroup"] == "Offence Group"
    assert offences.frequency is Frequency.QUARTERLY


def test_a_group_adds_up_the_descriptions_under_it(tmp_path):
    found = verdicts(
        tmp_path,
        "offences",
        "Gwent Police recorded 1,369 drug offences in 2017/18. "
        "Dyfed-Powys Police recorded 5,000 drug offences in 2017/18.",
    )
    assert found["1,369"][0] == "supported", found["1,369"]  # includes a real -1 adjustment
    assert found["5,000"][0] == "contradicted", found["5,000"]


def test_a_claim_naming_no_level_of_a_split_stays_ambiguous(tmp_path):
    found = verdicts(tmp_path, "offences", "Gwent Police recorded 1,400 offences in 2017/18.")
    verdict, why = found["1,400"]
    assert verdict == "unverifiable" and "Offence" in why, why


# -- what `claimcheck data` shows ---------------------------------------------------------------


def test_claimcheck_data_shows_layout_frequency_additivity_and_nesting():
    result = CliRunner().invoke(main, ["data", str(LAYOUTS)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "layout: wide: months as columns, with a period column" in out
    assert "(3, monthly)" in out or "monthly)" in out
    assert "does not add up" in out
    assert "adds up over entities, not over time" in out
    assert "nests in 'Offence Group'" in out
    assert "codes 'Country Name', not names" in out
    assert "years starting in month" not in out  # calendar years are not financial years


# -- headers that pair, and headers that join a dimension's value to a measure ----------------

# Synthetic (invented for testing): a box score exported with readable column names.
BOX_SCORE = (
    "team,first quarter points,second quarter points,third quarter points,"
    "fourth quarter points,points,rebounds,offensive rebounds,field goals made,"
    "field goals attempted,wins,losses\n"
    "Heat,20,30,25,28,103,40,9,38,80,10,5\n"
    "Magic,25,22,19,30,96,38,12,35,85,4,11\n"
)


def box_score(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    data = tmp_path / "data"
    data.mkdir()
    (data / "teams.csv").write_text(BOX_SCORE, encoding="utf-8")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], data=data, timestamp=False)
    return {v.claim.text: (v.verdict, v.explanation) for v in report.results[0].verdicts}


def test_made_attempted_and_won_lost_headers_pair_with_no_metadata(tmp_path):
    teams = load_catalog(_box_score_dir(tmp_path)).tables[0]
    pairs = {p.name: p.measures for p in teams.pairs}
    assert pairs["field goals"] == ("field goals made", "field goals attempted")
    assert pairs["record"] == ("wins", "losses")
    assert pairs["score"] == ("points",)  # two sides: "won 103-96"


def _box_score_dir(tmp_path: Path) -> Path:
    (tmp_path / "teams.csv").write_text(BOX_SCORE, encoding="utf-8")
    return tmp_path


def test_quarter_points_in_headers_are_points_by_quarter(tmp_path):
    teams = load_catalog(_box_score_dir(tmp_path)).tables[0]
    assert teams.layout is LayoutKind.WIDE_JOINED
    assert "quarter" in teams.dims and teams.totals["quarter"] == "all quarters"
    assert [m.name for m in teams.measures if "points" in m.name] == ["points"]


def test_box_score_claims_read_the_joined_and_paired_columns(tmp_path):
    found = box_score(
        tmp_path,
        "The Heat (10-5) scored 30 points in the second quarter. "
        "The Heat scored 103 points. The Heat had 40 rebounds. "
        "The Heat beat the Magic 104-96.",
    )
    # a game's two sides: the score is points, the second number the other side's
    assert found["104"][0] == "contradicted", found["104"]
    assert found["96"][0] == "supported", found["96"]
    assert found["30"][0] == "supported", found["30"]
    assert found["103"][0] == "supported", found["103"]  # all quarters, not one of them
    # "rebounds" is the exact header, never "offensive rebounds": no disagreement
    assert found["40"][0] == "supported", found["40"]
    assert found["10"][0] == "supported" and found["5"][0] == "supported"


# -- contradictions never rest on a period or subject the sentence does not give the claim ----


def test_a_period_beside_another_figure_is_not_the_claims_own():
    text = "It peaked at 750 million in 2015 and will fall below 600 million."
    claim = (text.index("600"), text.index("600") + len("600 million"))
    period = (text.index("2015"), text.index("2015") + 4)
    assert nearer_figure(text, claim, period)
    near_miss = "It will fall below 600 million in 2100, from 750 million."
    claim = (near_miss.index("600"), near_miss.index("600") + len("600 million"))
    period = (near_miss.index("2100"), near_miss.index("2100") + 4)
    assert not nearer_figure(near_miss, claim, period)


def test_a_figure_is_not_contradicted_by_another_figures_period(tmp_path):
    found = verdicts(
        tmp_path,
        "population",
        "Iceland's population was 366,617 in 2020 and is projected to pass 500,000.",
    )
    assert found["366,617"][0] == "supported", found["366,617"]
    verdict, why = next(v for k, v in found.items() if "500,000" in k)
    assert verdict == "unverifiable", why


def test_a_carried_subject_settles_a_claim_only_when_a_pronoun_points_to_it(tmp_path):
    found = verdicts(
        tmp_path,
        "population",
        "Iceland's population was 366,617 in 2020. "
        "Across the Nordic countries, 27 million people lived in 2020. "
        "Iceland grew quickly. Its population was 300,000 in 2020.",
    )
    verdict, why = found["27 million"]
    assert verdict == "unverifiable", why  # not Iceland's: the sentence names no one
    assert found["300,000"][0] == "contradicted", found["300,000"]  # "its" is Iceland


def test_aggregate_rows_among_countries_are_groups_not_peers():
    values = [
        "Chile",
        "Peru",
        "OECD members",
        "Latin America & Caribbean (all income levels)",
        "Sub-Saharan Africa (IFC classification)",
        "Other small states",
        "World",
        "United States",  # a near miss: "States" alone makes no group
        "Trinidad and Tobago",
    ]
    assert aggregates(values) == {
        "OECD members",
        "Latin America & Caribbean (all income levels)",
        "Sub-Saharan Africa (IFC classification)",
        "Other small states",
        "World",
    }


def test_metadata_that_contradicts_the_data_names_the_file_the_key_and_the_cell(tmp_path):
    (tmp_path / "crime.csv").write_text("area,year,offences\nNorth,2016,10\nSouth,soon,20\n")
    (tmp_path / "crime.toml").write_text('[columns.year]\nrole = "period"\n')
    result = CliRunner().invoke(main, ["data", str(tmp_path)])
    assert result.exit_code == 2
    line = result.output.strip()
    assert "crime.toml: columns.year.role" in line and "row 3" in line and "'soon'" in line
    assert "\n" not in line


def test_a_rate_per_woman_is_checked_against_the_measure_in_births_per_woman(tmp_path):
    found = verdicts(
        tmp_path,
        "fertility",
        "Peru's fertility rate was 2.48 children per woman in 2011. "
        "Chile's fertility rate was 2.5 births per woman in 2011.",
    )
    assert found["2.48 children per woman"][0] == "supported", found["2.48 children per woman"]
    assert found["2.5 births per woman"][0] == "contradicted", found["2.5 births per woman"]


def test_a_sheets_title_row_dates_the_table_and_a_units_row_gives_units(tmp_path):
    # Real rows of the Statistical Abstract's 2009 state crime table as statsmodels 0.15.0
    # publishes them (statecrime.csv), laid out as a statistical release: a title row,
    # the header, a row of units under it.
    write_xlsx(
        tmp_path / "crime.xlsx",
        {
            "Table 1": [
                ["Table 1. Crime rates and selected social indicators, by state: 2009"],
                ["state", "violent", "murder", "poverty"],
                [None, "Rate per 100,000 population", "Rate per 100,000 population", "Percent"],
                ["Alabama", 459.9, 7.1, 17.5],
                ["Alaska", 632.6, 3.2, 9],
                ["Arizona", 423.2, 5.5, 16.5],
            ]
        },
    )
    crime = load_catalog(tmp_path).tables[0]
    assert [p.label for p in crime.periods] == ["2009"]
    assert crime.title.startswith("Crime rates and selected social indicators")
    violent = next(m for m in crime.measures if m.name.startswith("violent"))
    assert violent.vocabulary[0] == "violent" and not violent.additive
    found = verdicts_in(tmp_path, "Alaska's violent crime rate was 632.6 per 100,000 in 2009.")
    assert found["632.6"][0] == "supported", found["632.6"]


def verdicts_in(data: Path, text: str) -> dict[str, tuple[str, str]]:
    path = data.parent / f"{data.name}-article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], data=data, timestamp=False)
    return {v.claim.text: (v.verdict, v.explanation) for v in report.results[0].verdicts}
