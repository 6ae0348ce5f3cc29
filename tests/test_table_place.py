"""A table about one place answers claims that name the place without a column for it.

The tables here are synthetic: small figures made up for the test, laid out like a
national statistics office's monthly series.
"""

from __future__ import annotations

import pytest

from claimcheck.api import check
from claimcheck.catalog import load_catalog
from claimcheck.table_place import table_place

SERIES = "month,rate\n2019-01-01,4.0\n2019-02-01,3.8\n2019-03-01,3.8\n"


@pytest.mark.parametrize(
    ("file_name", "title", "subject", "place"),
    [
        ("us-unemployment", "", None, "United States"),  # an abbreviation in the file name
        ("uk_gdp", "", None, "United Kingdom"),
        ("rates", "Unemployment rate, Russian Federation, monthly", None, "Russia"),
        ("rates", "", "Iowa", "Iowa"),  # metadata names any place
    ],
)
def test_the_place_comes_from_metadata_title_or_file_name(file_name, title, subject, place):
    assert table_place(file_name, title, subject)[0] == place


@pytest.mark.parametrize(
    ("file_name", "title"),
    [
        ("population", "Population by country"),  # no country
        ("nile", ""),  # a name that is no country is left to metadata
        ("trade", "Trade between the United States and the United Kingdom"),  # two
        ("business", ""),  # "us" inside a word is no abbreviation
    ],
)
def test_near_misses_name_no_place(file_name, title):
    assert table_place(file_name, title, None) == ()


def verdict(tmp_path, sentence: str, toml: str | None = None, name: str = "us-unemployment"):
    (tmp_path / f"{name}.csv").write_text(SERIES, encoding="utf-8")
    if toml is not None:
        (tmp_path / f"{name}.toml").write_text(toml, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    (found,) = check([article], data=tmp_path, timestamp=False).results[0].verdicts
    return found


def test_a_claim_naming_the_tables_place_is_checked_against_the_whole_table(tmp_path):
    found = verdict(tmp_path, "The US unemployment rate was 3.8% in February 2019.")
    assert found.verdict == "supported", found.explanation


def test_a_wrong_figure_for_the_tables_place_is_contradicted(tmp_path):
    found = verdict(tmp_path, "The U.S. unemployment rate was 4.5% in February 2019.")
    assert found.verdict == "contradicted", found.explanation


def test_a_claim_naming_another_place_is_not_checked_against_it(tmp_path):
    found = verdict(tmp_path, "Britain's unemployment rate was 3.8% in February 2019.")
    assert found.verdict == "unverifiable", found.explanation


def test_metadata_names_the_place(tmp_path):
    found = verdict(
        tmp_path,
        "Iowa's unemployment rate was 3.8% in February 2019.",
        'subject = "Iowa"\n',
        name="unemployment",
    )
    assert found.verdict == "supported", found.explanation
    (table,) = load_catalog(tmp_path / "unemployment.csv").tables
    assert table.place == ("Iowa",)
