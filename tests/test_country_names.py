"""Countries as statistical agencies publish them, found under the names articles use.

The tables here are synthetic: rates made up for the test, laid out like the World
Bank's and the UN's country tables (their published names, invented figures).
"""

from __future__ import annotations

import pytest

from claimcheck.api import check
from claimcheck.catalog import load_catalog
from claimcheck.country_names import other_names, written_in_capitals
from claimcheck.names import NameIndex
from claimcheck.report.catalog import render_catalog
from claimcheck.targets import Target
from claimcheck.written_forms import written_forms

WORLD_BANK = (  # synthetic rates under the World Bank's names
    "Country Name,2011\n"
    "China,1.6\n"
    '"Hong Kong SAR, China",1.1\n'
    '"Korea, Rep.",1.2\n'
    '"Korea, Dem. Rep.",2.0\n'
    "Russian Federation,1.5\n"
    "United States,1.9\n"
    "United Kingdom,1.8\n"
    '"Egypt, Arab Rep.",2.9\n'
    '"Venezuela, RB",2.4\n'
    "Guinea,5.0\n"
    "Papua New Guinea,3.8\n"
    "Guinea-Bissau,4.9\n"
    "Niger,7.6\n"
    "Nigeria,6.0\n"
    "Dominica,2.1\n"
    "Dominican Republic,2.5\n"
)
UN = (  # synthetic rates under the UN's names
    "Location,2011\n"
    "China,1.6\n"
    '"China, Hong Kong SAR",1.1\n'
    '"China, Macao SAR",0.9\n'
    "Republic of Korea,1.2\n"
    "Dem. People's Republic of Korea,2.0\n"
    "Russian Federation,1.5\n"
    "United States of America,1.9\n"
    "Viet Nam,1.8\n"
    "Iran (Islamic Republic of),1.7\n"
    "Congo,4.5\n"
    "Democratic Republic of the Congo,6.3\n"
    "Latin America and the Caribbean,2.2\n"
)


def verdict(tmp_path, table: str, sentence: str, figure: str):
    (tmp_path / "fertility.csv").write_text(table, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    report = check([article], data=tmp_path / "fertility.csv", timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}[figure]


@pytest.mark.parametrize(
    ("table", "sentence", "figure", "value"),
    [
        # an exact name wins over longer names that contain it
        (WORLD_BANK, "China's fertility rate was 1.6 in 2011.", "1.6", "China"),
        (UN, "China's fertility rate was 1.6 in 2011.", "1.6", "China"),
        # common short names of official and inverted forms
        (WORLD_BANK, "Russia's fertility rate was 1.5 in 2011.", "1.5", "Russian Federation"),
        (UN, "Russia's fertility rate was 1.5 in 2011.", "1.5", "Russian Federation"),
        (WORLD_BANK, "South Korea's fertility rate was 1.2 in 2011.", "1.2", "Korea, Rep."),
        (UN, "South Korea's fertility rate was 1.2 in 2011.", "1.2", "Republic of Korea"),
        (WORLD_BANK, "North Korea's fertility rate was 2.0 in 2011.", "2.0", "Korea, Dem. Rep."),
        (WORLD_BANK, "The US fertility rate was 1.9 in 2011.", "1.9", "United States"),
        (UN, "The U.S. fertility rate was 1.9 in 2011.", "1.9", "United States of America"),
        (UN, "In the United States the fertility rate was 1.9 in 2011.", "1.9", "America"),
        (WORLD_BANK, "Britain's fertility rate was 1.8 in 2011.", "1.8", "United Kingdom"),
        (WORLD_BANK, "Egypt's fertility rate was 2.9 in 2011.", "2.9", "Egypt, Arab Rep."),
        (WORLD_BANK, "Venezuela's fertility rate was 2.4 in 2011.", "2.4", "Venezuela, RB"),
        (UN, "Vietnam's fertility rate was 1.8 in 2011.", "1.8", "Viet Nam"),
        (UN, "Iran's fertility rate was 1.7 in 2011.", "1.7", "Iran (Islamic Republic of)"),
        (UN, "Hong Kong's fertility rate was 1.1 in 2011.", "1.1", "China, Hong Kong SAR"),
        (UN, "Macau's fertility rate was 0.9 in 2011.", "0.9", "China, Macao SAR"),
        # "Congo" is the one value written so; the other is found by its full name
        (UN, "Congo's fertility rate was 4.5 in 2011.", "4.5", "Congo"),
        (UN, "DR Congo's fertility rate was 6.3 in 2011.", "6.3", "Democratic Republic of"),
    ],
)
def test_a_country_is_found_under_the_name_a_newsroom_writes(
    tmp_path, table, sentence, figure, value
):
    found = verdict(tmp_path, table, sentence, figure)
    assert found.verdict == "supported", found.explanation
    assert value in found.explanation


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # near misses: a name inside a longer one is not the longer one
        ("Guinea's fertility rate was 5.0 in 2011.", "5.0", "Guinea"),
        ("Niger's fertility rate was 7.6 in 2011.", "7.6", "Niger"),
        ("Dominica's fertility rate was 2.1 in 2011.", "2.1", "Dominica"),
    ],
)
def test_a_short_country_name_is_not_a_longer_one_that_contains_it(
    tmp_path, sentence, figure, value
):
    found = verdict(tmp_path, WORLD_BANK, sentence, figure)
    assert found.verdict == "supported", found.explanation
    for longer in ("Papua New Guinea", "Guinea-Bissau", "Nigeria", "Dominican Republic"):
        assert longer not in found.explanation


@pytest.mark.parametrize("table", [WORLD_BANK, UN])
def test_korea_alone_names_neither_korea(tmp_path, table):
    found = verdict(tmp_path, table, "Korea's fertility rate was 1.2 in 2011.", "1.2")
    assert found.verdict == "unverifiable"
    assert "ambiguous" in found.explanation


def test_a_wrong_figure_for_a_short_name_is_contradicted(tmp_path):
    found = verdict(tmp_path, UN, "Russia's fertility rate was 2.5 in 2011.", "2.5")
    assert found.verdict == "contradicted", found.explanation


def test_a_region_written_with_an_ampersand_is_the_region_written_with_and(tmp_path):
    table = "Country Name,2011\nLatin America & Caribbean (all income levels),2.2\nChile,1.8\n"
    sentence = "In Latin America and the Caribbean the fertility rate was 2.2 in 2011."
    found = verdict(tmp_path, table, sentence, "2.2")
    assert found.verdict == "supported", found.explanation


def test_an_abbreviation_is_found_only_in_capitals():
    pairs, capitals = written_forms([{"United States", "Canada"}], {})
    index = NameIndex(pairs, capitals)
    assert [f.target for f in index.find("The US rate fell.")] == [Target.value("United States")]
    assert [f.target for f in index.find("The U.S. rate fell.")] == [Target.value("United States")]
    assert index.find("It told us the rate fell.") == []
    assert index.lookup("US") == {Target.value("United States")}
    assert index.lookup("us") == set()


def test_forms_that_differ_only_in_articles_find_each_others_values():
    # one table writes "Gambia, The" (found as "the Gambia"), another "Gambia"
    pairs, capitals = written_forms([{"Gambia, The"}, {"Gambia"}], {})
    index = NameIndex(pairs, capitals)
    targets = {f.target for f in index.find("In the Gambia the rate fell.")}
    assert targets == {Target.value("Gambia, The"), Target.value("Gambia")}


def test_the_lexicon_gives_no_name_two_countries_share():
    assert other_names("Korea") == ()
    assert other_names("Congo") == ()
    assert other_names("Guinea") == ()
    assert "Russia" in other_names("Russian Federation")
    assert "United States" in other_names("United States of America")


def test_only_short_capitalised_names_are_abbreviations():
    assert written_in_capitals("U.S.") and written_in_capitals("DRC")
    assert not written_in_capitals("Us") and not written_in_capitals("KOREAN")


def test_the_catalog_shows_names_found_only_in_capitals(tmp_path):
    # synthetic figures: the table only has to name the United States
    (tmp_path / "jobs.csv").write_text(
        "Country,2014\nUnited States,1\nCanada,2\n", encoding="utf-8"
    )
    shown = render_catalog(load_catalog(tmp_path / "jobs.csv"))
    assert "  us -> United States (written in capitals)" in shown.splitlines()
    assert "  canada -> Canada" in shown.splitlines()
