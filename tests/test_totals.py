"""Total rows confirmed by arithmetic, shown, used, and refused when metadata is wrong.

The tables here are synthetic: small counts made up for the test, laid out like the
Home Office's tables by police force (a total row "England and Wales" among forces).
"""

from __future__ import annotations

from click.testing import CliRunner

from claimcheck.api import check
from claimcheck.catalog import load_catalog
from claimcheck.cli import main

BY_FORCE = (  # England and Wales is the sum of the four forces in both years
    "force,year,offences\n"
    "Gwent,2019,120\nGwent,2020,130\n"
    "Dyfed-Powys,2019,80\nDyfed-Powys,2020,95\n"
    "North Wales,2019,110\nNorth Wales,2020,90\n"
    "South Wales,2019,300\nSouth Wales,2020,310\n"
    "England and Wales,2019,610\nEngland and Wales,2020,625\n"
)


def load(tmp_path, text: str, toml: str | None = None):
    (tmp_path / "crime.csv").write_text(text, encoding="utf-8")
    if toml is not None:
        (tmp_path / "crime.toml").write_text(toml, encoding="utf-8")
    (table,) = load_catalog(tmp_path).tables
    return table


def test_a_value_that_is_the_sum_of_all_the_others_is_the_total(tmp_path):
    table = load(tmp_path, BY_FORCE)
    assert table.totals == {"force": "England and Wales"}
    found = table.total_checks["force"]
    assert (found.members, found.agree, found.compared) == (4, 2, 2)


def test_the_total_and_how_it_was_confirmed_are_shown(tmp_path):
    load(tmp_path, BY_FORCE)
    shown = CliRunner().invoke(main, ["data", str(tmp_path)]).output
    assert (
        "total row: 'England and Wales', equals the sum of its 4 members in 2 of 2 figures" in shown
    )


def test_a_largest_value_that_is_not_the_sum_is_no_total(tmp_path):
    table = load(
        tmp_path, BY_FORCE.replace("England and Wales,2020,625", "England and Wales,2020,700")
    )
    assert table.totals == {}


def test_a_rate_is_never_read_as_a_total(tmp_path):
    rates = BY_FORCE.replace("offences", "rate per 1000 people")
    assert load(tmp_path, rates).totals == {}


def test_the_total_by_arithmetic_is_no_peer_in_a_ranking(tmp_path):
    (tmp_path / "crime.csv").write_text(BY_FORCE, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("South Wales recorded the most offences in 2020.\n", encoding="utf-8")
    (found,) = check([article], data=tmp_path, timestamp=False).results[0].verdicts
    assert found.verdict == "supported", found.explanation


def test_a_named_total_is_checked_and_shown_even_when_it_is_more_than_its_parts(tmp_path):
    partial = (
        "condition,year,admissions\nAll conditions,2020,900\nAsthma,2020,300\nDiabetes,2020,200\n"
    )
    table = load(tmp_path, partial)
    assert table.totals == {"condition": "All conditions"}
    assert table.total_checks["condition"].describe() == (
        "not the sum of its 2 members in any of 1 figures (they are only some of its parts)"
    )


def test_a_declared_total_that_adds_up_nowhere_is_one_line_naming_the_cell(tmp_path):
    (tmp_path / "crime.csv").write_text(BY_FORCE, encoding="utf-8")
    (tmp_path / "crime.toml").write_text(
        '[columns.force]\nrole = "entity"\ntotal = "South Wales"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["data", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    line = result.output.strip()
    assert "\n" not in line
    assert "crime.toml: columns.force.total = 'South Wales'" in line
    assert "row 8, 300 against their sum 920" in line


def test_a_declared_total_that_adds_up_somewhere_is_kept_and_shown(tmp_path):
    table = load(
        tmp_path,
        BY_FORCE.replace("England and Wales,2020,625", "England and Wales,2020,700"),
        '[columns.force]\nrole = "entity"\ntotal = "England and Wales"\n',
    )
    assert table.totals == {"force": "England and Wales"}
    assert table.total_checks["force"].describe() == (
        "equals the sum of its 4 members in 1 of 2 figures"
    )


def test_a_declared_total_more_than_its_listed_parts_is_kept(tmp_path):
    # a game's points beside its four quarters: overtime is not listed
    game = (
        "team,quarter,points\n"
        "Celtics,full game,110\nCeltics,1,25\nCeltics,2,25\nCeltics,3,25\nCeltics,4,25\n"
        "Lakers,full game,108\nLakers,1,20\nLakers,2,28\nLakers,3,25\nLakers,4,25\n"
    )
    table = load(tmp_path, game, '[columns.quarter]\nrole = "dimension"\ntotal = "full game"\n')
    assert table.totals["quarter"] == "full game"
    assert table.total_checks["quarter"].agree == 0
