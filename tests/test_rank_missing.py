"""A ranking over members some of which have no figure, and a ranking within a group the
sentence names after it.

The tables here are synthetic (figures made up for the test, in the layout of the
World Bank's fertility table, where small territories have empty cells).
"""

from __future__ import annotations

from tests.builders import verdicts_by_text

FERTILITY = (
    "country,year,fertility rate (births per woman)\n"
    "Niger,2011,7.6\nMali,2011,6.9\nChad,2011,6.5\nSomalia,2011,6.8\n"
    "American Samoa,2011,\nMacao,2011,1.0\nHungary,2011,1.2\n"
)


def verdicts(tmp_path, text: str) -> dict:
    return verdicts_by_text(tmp_path, {"fertility.csv": FERTILITY}, text)


def test_the_highest_is_ranked_among_those_with_a_figure_and_says_who_has_none(tmp_path):
    found = verdicts(tmp_path, "Niger had the highest fertility rate in 2011.")
    claim = found["the highest fertility rate"]
    assert claim.verdict == "supported", claim.explanation
    assert "no figure for American Samoa: ranked among those with one" in claim.explanation


def test_a_member_without_a_figure_cannot_make_the_wrong_one_first(tmp_path):
    found = verdicts(tmp_path, "Mali had the highest fertility rate in 2011.")
    claim = found["the highest fertility rate"]
    assert claim.verdict == "contradicted", claim.explanation
    assert "Niger" in claim.explanation


def test_a_place_a_missing_figure_could_explain_is_unverifiable(tmp_path):
    # Chad is fourth among those with a figure; American Samoa's could put it fifth
    found = verdicts(tmp_path, "Chad had the fifth-highest fertility rate in 2011.")
    claim = next(v for text, v in found.items() if "fifth" in text)
    assert claim.verdict == "unverifiable", claim.explanation
    assert "could be number 5" in claim.explanation


def test_a_place_no_missing_figure_could_explain_is_contradicted(tmp_path):
    found = verdicts(tmp_path, "Chad had the second-highest fertility rate in 2011.")
    claim = next(v for text, v in found.items() if "second" in text)
    assert claim.verdict == "contradicted", claim.explanation


def test_a_ranking_within_a_group_the_data_does_not_define_is_unverifiable(tmp_path):
    found = verdicts(tmp_path, "Hungary had the lowest fertility rate in the European Union.")
    claim = found["the lowest fertility rate"]
    assert claim.verdict == "unverifiable"
    assert "compares within 'European Union'" in claim.explanation


def test_a_name_further_on_in_the_sentence_is_no_group_of_the_ranking(tmp_path):
    found = verdicts(
        tmp_path,
        "Niger had the highest fertility rate in 2011, according to figures compiled in "
        "the World Development Indicators.",
    )
    assert found["the highest fertility rate"].verdict == "supported"


def test_the_subjects_own_missing_figure_leaves_nothing_to_rank(tmp_path):
    found = verdicts(tmp_path, "American Samoa had the highest fertility rate in 2011.")
    claim = found["the highest fertility rate"]
    assert claim.verdict == "unverifiable", claim.explanation
    assert "the figure for American Samoa, 2011 is missing" in claim.explanation
