"""A phrase names the measure whose own words it says, before those it fits only by a
word any measure may carry ("rate").

The tables here are synthetic (figures made up for the test, in the layouts of the
Statistical Abstract's state crime rates and the BLS's annual unemployment series).
"""

from __future__ import annotations

from claimcheck.api import check
from claimcheck.match.measure_choice import own_words, says_own_words
from tests.builders import verdicts_by_text

CRIME = (
    "state,year,violent rate per 100000,murder rate per 100000\n"
    "Alpha,2014,500.5,10.5\nBeta,2014,300.5,2.5\n"
)
JOBLESS = "year,unemployment\n2013,7.4\n2014,6.2\n"


def verdicts(tmp_path, text: str) -> dict:
    return verdicts_by_text(tmp_path, {"crime.csv": CRIME, "jobless.csv": JOBLESS}, text)


def test_the_measure_named_by_its_own_word_beats_rates_named_only_by_rate(tmp_path):
    found = verdicts(tmp_path, "The unemployment rate averaged 6.2% in 2014.")
    assert found["6.2%"].verdict == "supported", found["6.2%"].explanation
    assert found["6.2%"].checks[0].readings[0].measure == "unemployment"


def test_a_wrong_figure_for_the_named_measure_is_contradicted(tmp_path):
    found = verdicts(tmp_path, "The unemployment rate averaged 7.4% in 2014.")
    assert found["7.4%"].verdict == "contradicted", found["7.4%"].explanation


def test_a_rate_named_by_no_own_word_still_reads_every_rate(tmp_path):
    found = verdicts(tmp_path, "Alpha's rate was 10.5.")
    measures = {r.measure for r in found["10.5"].checks[0].readings}
    assert len(measures) > 1, found["10.5"].explanation
    assert found["10.5"].verdict != "contradicted"


def test_two_measures_a_sentence_names_bind_each_figure_to_its_own(tmp_path):
    found = verdicts(tmp_path, "Alpha had a violent crime rate of 500.5 and a murder rate of 10.5.")
    assert found["500.5"].verdict == "supported", found["500.5"].explanation
    assert found["10.5"].verdict == "supported", found["10.5"].explanation


def test_a_measure_named_before_each_figure_binds_to_it(tmp_path):
    found = verdicts(tmp_path, "Alpha's violent crime rate was 500.5, and its murder rate 10.5.")
    assert found["500.5"].verdict == "supported", found["500.5"].explanation
    assert found["10.5"].verdict == "supported", found["10.5"].explanation


def test_a_wrong_figure_beside_another_measure_is_still_contradicted(tmp_path):
    found = verdicts(tmp_path, "Alpha had a violent crime rate of 600.5 and a murder rate of 10.5.")
    assert found["600.5"].verdict == "contradicted", found["600.5"].explanation
    assert found["600.5"].checks[0].readings[0].measure == "violent rate per 100000"


def test_own_words_leave_out_the_base_of_a_rate_and_generic_words():
    assert own_words("murder Rate per 100,000 population") == {"murder"}
    assert own_words("Total") == frozenset()
    assert not says_own_words("the population", ("violent Rate per 100,000 population",))


def test_a_noun_after_its_figure_is_that_figures_in_a_list(tmp_path):
    (tmp_path / "stats.csv").write_text(
        "player,points,rebounds\nAriza,18,10\nHarden,30,5\n", encoding="utf-8"
    )
    article = tmp_path / "article.txt"
    article.write_text("Ariza finished with a double-double of 18 points, 10 rebounds.\n")
    report = check([article], data=tmp_path / "stats.csv", timestamp=False)
    found = {v.claim.text: v for v in report.results[0].verdicts}
    assert found["18"].verdict == "supported", found["18"].explanation
    assert found["10"].verdict == "supported", found["10"].explanation
