"""Readings and the verdict they give: a contradiction never rests on a guess.

The tables here are synthetic (small figures made up for the test, in the layout of the
Home Office's police-recorded-crime file); no figure is presented as real.
"""

from __future__ import annotations

import pytest

from claimcheck.api import check
from claimcheck.readings import (
    Aggregation,
    Part,
    Provenance,
    Reading,
    decide_readings,
    origins,
)
from claimcheck.report.html import render as render_html
from claimcheck.report.json import to_dict
from tests.builders import verdicts_by_text
from tests.conftest import ROOT

STATED = origins()
LATEST = origins(guessed=(Part.PERIOD,), period=Provenance.DEFAULTED)
ONLY_PERIOD = origins(period=Provenance.DEFAULTED)  # defaulted, but the only one there is


def reading(verdict: str, value: float, where=STATED, table: str = "crime") -> Reading:
    return Reading(
        table, "offences", "Gwent", (), ("2017/18",), Aggregation.ONE, where, value, verdict,
        f"{value:g} ({verdict})",
    )  # fmt: skip


def test_the_preferred_reading_supporting_alone_supports():
    decision = decide_readings((reading("supported", 1200),))
    assert (decision.verdict, decision.reading) == ("supported", reading("supported", 1200))


def test_a_stated_reading_contradicting_alone_contradicts():
    assert decide_readings((reading("contradicted", 310),)).verdict == "contradicted"


def test_a_contradiction_resting_on_a_guessed_period_is_unverifiable_and_says_so():
    decision = decide_readings((reading("contradicted", 310, LATEST),))
    assert decision.verdict == "unverifiable"
    assert decision.reading is None
    assert "period is a guess" in decision.explanation
    assert "310 (contradicted)" in decision.explanation


def test_a_default_with_no_alternative_is_no_guess():
    assert decide_readings((reading("contradicted", 310, ONLY_PERIOD),)).verdict == "contradicted"


def test_a_support_resting_on_a_default_still_supports():
    assert decide_readings((reading("supported", 1200, LATEST),)).verdict == "supported"


def test_readings_that_disagree_leave_the_claim_unverifiable_with_each_listed():
    decision = decide_readings(
        (reading("supported", 1200), reading("contradicted", 310, table="quarterly"))
    )
    assert decision.verdict == "unverifiable"
    assert "crime, offences, Gwent, 2017/18 gives 1,200, which supports it" in (
        decision.explanation
    )
    assert "quarterly, offences, Gwent, 2017/18 gives 310, which contradicts it" in (
        decision.explanation
    )


def test_readings_that_contradict_with_different_figures_are_not_one_contradiction():
    decision = decide_readings((reading("contradicted", 310), reading("contradicted", 6.7)))
    assert decision.verdict == "unverifiable"


def test_readings_that_agree_on_the_figure_decide_together():
    both = (reading("contradicted", 310), reading("contradicted", 310, table="quarterly"))
    assert decide_readings(both).verdict == "contradicted"


def test_readings_that_settle_nothing_give_the_preferred_reason():
    missing = Reading(
        "crime", "offences", "Gwent", (), (), Aggregation.ONE, STATED, None, "unverifiable",
        "no figure for Gwent",
    )  # fmt: skip
    decision = decide_readings((missing, reading("supported", 1200, table="quarterly")))
    assert decision.verdict == "supported"
    assert decide_readings((missing,)).explanation == "no figure for Gwent"


# -- end to end, on synthetic tables ---------------------------------------------------

TWO_YEARS = "force,year,offences\nGwent,2016/17,259\nGwent,2017/18,267\nDyfed-Powys,2017/18,275\n"
ONE_YEAR = "force,year,offences\nGwent,2017/18,267\nDyfed-Powys,2017/18,275\n"


def verdicts(tmp_path, table: str, text: str) -> dict:
    return verdicts_by_text(tmp_path, {"crime.csv": table}, text)


def test_a_figure_for_an_unstated_period_is_not_contradicted_by_the_latest(tmp_path):
    found = verdicts(tmp_path, TWO_YEARS, "Gwent Police recorded 250 offences.")["250"]
    assert found.verdict == "unverifiable"
    assert "period is a guess" in found.explanation
    (only,) = found.checks[0].readings
    assert only.origins.of(Part.PERIOD) is Provenance.DEFAULTED
    assert only.origins.of(Part.SUBJECT) is Provenance.STATED
    assert only.guessed == (Part.PERIOD,)
    assert found.checks[0].suggestion is None


def test_a_figure_for_an_unstated_period_in_a_table_of_one_period_is_contradicted(tmp_path):
    found = verdicts(tmp_path, ONE_YEAR, "Gwent Police recorded 259 offences.")["259"]
    assert found.verdict == "contradicted", found.explanation
    assert found.checks[0].readings[0].guessed == ()


def test_a_figure_for_a_stated_period_is_contradicted(tmp_path):
    found = verdicts(tmp_path, TWO_YEARS, "Gwent Police recorded 259 offences in 2017/18.")
    assert found["259"].verdict == "contradicted", found["259"].explanation
    assert found["259"].checks[0].readings[0].origins.of(Part.PERIOD) is Provenance.STATED


def test_a_subject_from_an_earlier_sentence_is_carried(tmp_path):
    found = verdicts(
        tmp_path, TWO_YEARS, "Gwent Police published its figures. It recorded 267 in 2017/18."
    )
    reading_ = found["267"].checks[0].readings[0]
    assert reading_.origins.of(Part.SUBJECT) is Provenance.CARRIED
    assert found["267"].verdict == "supported", found["267"].explanation


# -- kinds, measures and subjects that must fit --------------------------------------

RATES = (
    "state,region,violent rate per 100000,murder rate per 100000,poverty (%)\n"
    "Alpha,North,500.5,10.5,12.5\nBeta,North,300.5,2.5,9.5\nGamma,South,250.5,4.5,20.5\n"
)


def test_a_rate_named_by_its_own_word_is_that_rate(tmp_path):
    found = verdicts(tmp_path, RATES, "Alpha had a murder rate of 10.5 per 100,000.")
    assert found["10.5"].verdict == "supported", found["10.5"].explanation


def test_a_percentage_is_a_rate_too(tmp_path):
    found = verdicts(tmp_path, RATES, "Beta had the lowest poverty rate, 9.5%.")
    assert found["the lowest poverty rate"].verdict == "supported"


def test_a_group_rate_is_not_the_sum_of_its_members_rates(tmp_path):
    (tmp_path / "crime.toml").write_text(
        '[groups.North]\nmembers = ["Alpha", "Beta"]\n', encoding="utf-8"
    )
    found = verdicts(tmp_path, RATES, "North had a violent crime rate of 801 per 100,000.")
    assert found["801"].verdict == "unverifiable"
    assert "does not add up" in found["801"].explanation


def test_a_subject_the_sentence_names_but_the_data_lacks_is_never_replaced(tmp_path):
    found = verdicts(
        tmp_path,
        ONE_YEAR,
        "Gwent Police recorded 267 offences in 2017/18. "
        "Thames Valley Police recorded 373 offences in 2017/18.",
    )
    assert found["373"].verdict == "unverifiable"
    assert "'Thames Valley Police' is not in the data" in found["373"].explanation


def test_a_round_figure_is_read_as_rounded_and_says_so(tmp_path):
    table = "force,year,offences\nGwent,2017/18,306812\nDyfed-Powys,2017/18,2896\n"
    found = verdicts(
        tmp_path, table, "Gwent recorded 307,000 offences and Dyfed-Powys 2,895 in 2017/18."
    )
    assert found["307,000"].verdict == "supported", found["307,000"].explanation
    assert found["307,000"].primary.by_rounding
    assert "rounded to the nearest 1,000" in found["307,000"].explanation
    assert found["2,895"].verdict == "contradicted"  # no trailing zero: exact


def test_the_periods_that_would_fit_are_listed_beside_the_guess(tmp_path):
    found = verdicts(tmp_path, TWO_YEARS, "Gwent Police recorded 259 offences.")["259"]
    latest, fitting = found.checks[0].readings
    assert (latest.periods, latest.verdict) == (("2017/18",), "contradicted")
    assert (fitting.periods, fitting.verdict) == (("2016/17",), "supported")
    assert "2016/17 gives 259, which supports it" in found.explanation
    assert found.explanation.endswith("the article does not say which")


# -- the contract: JSON v2 and the evidence panel ------------------------------------


def report_of(tmp_path, table: str, text: str):
    (tmp_path / "crime.csv").write_text(table, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    return check([article], data=tmp_path / "crime.csv", timestamp=False)


def test_json_v2_gives_each_claims_readings_with_their_provenance(tmp_path):
    payload = to_dict(report_of(tmp_path, TWO_YEARS, "Gwent Police recorded 259 offences."))
    assert payload["version"] == 2
    (claim,) = payload["articles"][0]["claims"]
    assert claim["verdict"] == "unverifiable" and claim["suggestion"] is None  # v1 fields
    latest, fitting = claim["readings"]
    assert latest["provenance"]["period"] == "defaulted"
    assert latest["provenance"]["subject"] == "stated"
    assert latest["guessed"] == ["period"]
    assert (latest["periods"], latest["value"], latest["verdict"]) == (
        ["2017/18"],
        267,
        "contradicted",
    )
    assert (fitting["periods"], fitting["value"], fitting["verdict"]) == (
        ["2016/17"],
        259,
        "supported",
    )
    assert latest["aggregation"] == "one figure"


def test_the_evidence_panel_lists_the_readings_of_an_ambiguous_claim(tmp_path):
    page = render_html(report_of(tmp_path, TWO_YEARS, "Gwent Police recorded 259 offences."))
    assert '<table class="readings">' in page
    assert "period: defaulted (a guess)" in page


def test_a_claim_with_one_stated_reading_shows_no_readings_table(tmp_path):
    page = render_html(
        report_of(tmp_path, TWO_YEARS, "Gwent Police recorded 259 offences in 2016/17.")
    )
    assert '<table class="readings">' not in page


def test_a_measure_whose_table_has_the_subject_wins_over_a_better_named_one(tmp_path):
    (tmp_path / "fertility.csv").write_text(
        "country,code,fertility\nNiger,NER,7.6\nAndorra,AND,1.2\n", encoding="utf-8"
    )
    (tmp_path / "crime.csv").write_text(
        "state,violent rate per 100000\nAlpha,500.5\nBeta,300.5\n", encoding="utf-8"
    )
    article = tmp_path / "article.txt"
    article.write_text("Niger had the highest fertility rate, at 7.6 births per woman.\n")
    (found,) = [v for v in check([article], data=tmp_path).results[0].verdicts if v.kind == "rank"]
    assert found.verdict == "supported", found.explanation
    assert found.checks[0].readings[0].measure == "fertility"


def test_a_code_in_capitals_is_no_name_in_lower_case(tmp_path):
    (tmp_path / "fertility.csv").write_text(
        "country,code,fertility\nNiger,NER,7.6\nAndorra,AND,1.2\n", encoding="utf-8"
    )
    article = tmp_path / "article.txt"
    article.write_text("Niger's fertility was high. It stood at 7.6, high and rising.\n")
    found = {v.claim.text: v for v in check([article], data=tmp_path).results[0].verdicts}
    assert found["7.6"].verdict == "supported", found["7.6"].explanation  # not Andorra's


# -- peers -----------------------------------------------------------------------------

REGIONS = '[groups.North]\nmembers = ["Alpha", "Beta"]\n[groups.South]\nmembers = ["Gamma"]\n'


def test_the_region_is_the_subjects_own_group(tmp_path):
    (tmp_path / "crime.toml").write_text(REGIONS, encoding="utf-8")
    found = verdicts(tmp_path, RATES, "Beta's violent crime rate was the highest in the region.")
    rank = found["the highest"]
    assert rank.verdict == "contradicted", rank.explanation  # Alpha, in the North, is higher
    assert rank.explanation == "Beta is not first: Alpha (500.5; next Beta 300.5)"


def test_the_region_of_a_subject_in_no_group_is_unverifiable(tmp_path):
    (tmp_path / "crime.toml").write_text('[groups.North]\nmembers = ["Alpha"]\n', encoding="utf-8")
    found = verdicts(tmp_path, RATES, "Gamma's violent crime rate was the lowest in the region.")
    assert found["the lowest"].verdict == "unverifiable"
    assert "'the region' is the group of Gamma" in found["the lowest"].explanation


# -- issue 14 (2a, 2d), on the seed's real data ----------------------------------------


def seed_verdicts(tmp_path, text: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    report = check([article], data=ROOT / "data", timestamp=False)
    return {(v.line, v.claim.text): v for v in report.results[0].verdicts}


def test_the_base_of_a_change_is_checked_against_the_year_before(tmp_path):
    found = seed_verdicts(
        tmp_path, "North Wales Police recorded 373 offences in 2017/18, up 30% from 287."
    )
    assert found[1, "287"].verdict == "supported", found[1, "287"].explanation
    assert found[1, "287"].checks[0].readings[0].periods == ("2016/17",)


def test_a_force_the_data_lacks_is_not_replaced_by_one_named_before(tmp_path):
    found = seed_verdicts(
        tmp_path,
        "Gwent Police recorded 267 offences in 2017/18.\n\n"
        "Thames Valley Police recorded 373 offences in 2017/18.",
    )
    assert found[3, "373"].verdict == "unverifiable"
    assert found[3, "373"].explanation == "'Thames Valley Police' is not in the data"


# -- kinds: what was added is a change; names joined by "together" are a sum ----------

PEOPLE = (  # synthetic, rounded in the shape of the UN's figures
    "country,year,people\nBrazil,2000,175000000\nBrazil,2010,195000000\n"
    "Mexico,2000,98000000\nMexico,2010,114000000\n"
)


def test_what_was_added_over_a_span_is_a_change(tmp_path):
    found = verdicts(tmp_path, PEOPLE, "Brazil added 20 million people between 2000 and 2010.")
    added = found["added 20 million"]
    assert (added.kind, added.verdict) == ("change", "supported"), added.explanation
    assert added.primary.computed == 20_000_000


def test_added_without_a_span_is_no_change(tmp_path):
    found = verdicts(tmp_path, PEOPLE, "Brazil added 20 million people in 2010.")
    assert found["20 million"].kind == "value"


def test_names_joined_by_together_are_summed(tmp_path):
    found = verdicts(
        tmp_path, PEOPLE, "Brazil and Mexico together were home to 309 million people in 2010."
    )
    assert found["309 million"].verdict == "supported", found["309 million"].explanation
    assert found["309 million"].primary.computed == 309_000_000


def test_the_two_together_are_the_two_names_before(tmp_path):
    found = verdicts(
        tmp_path,
        PEOPLE,
        "Brazil had 195 million people in 2010 and Mexico 114 million. "
        "The two countries together had 309 million people in 2010.",
    )
    summed = found["309 million"]
    assert summed.verdict == "supported", summed.explanation
    assert summed.checks[0].readings[0].origins.of(Part.SUBJECT) is Provenance.CARRIED


def test_a_figure_before_together_is_its_own_names(tmp_path):
    found = verdicts(
        tmp_path,
        PEOPLE,
        "Brazil had 195 million people and Mexico 114 million in 2010, together 309 million.",
    )
    assert found["114 million"].primary.computed == 114_000_000


# -- pronouns and definite descriptions ---------------------------------------------


def test_its_and_the_country_point_back_to_the_subject_named_before(tmp_path):
    found = verdicts(
        tmp_path,
        PEOPLE,
        "Brazil is large. Its people numbered 195 million in 2010.\n\n"
        "Mexico grew fast. The country had 114 million people in 2010.",
    )
    for figure in ("195 million", "114 million"):
        assert found[figure].verdict == "supported", found[figure].explanation
        reading_ = found[figure].checks[0].readings[0]
        assert reading_.origins.of(Part.SUBJECT) is Provenance.CARRIED


def test_its_after_two_names_is_a_guess_that_never_contradicts(tmp_path):
    found = verdicts(
        tmp_path,
        PEOPLE,
        "Mexico and Brazil were both large. Its people numbered 114 million in 2010.",
    )
    assert found["114 million"].verdict == "unverifiable"
    assert "subject is a guess" in found["114 million"].explanation


def test_a_measure_named_in_another_clause_is_that_clauses(tmp_path):
    table = (
        "country,year,people,gdp per person\n"
        "Brazil,2010,195000000,11300\nMexico,2010,114000000,9300\n"
    )
    found = verdicts(
        tmp_path,
        table,
        "Brazil had 195 million people in 2010, while its GDP per person was $11,300.",
    )
    assert found["195 million"].verdict == "supported", found["195 million"].explanation
    assert found["$11,300"].verdict == "supported", found["$11,300"].explanation


CAPITAL = (  # synthetic rates, laid out like the Statistical Abstract's state table
    "state,murder rate per 100000\nLouisiana,12.3\nNew Mexico,10.0\n"
    "District of Columbia,24.2\nMaine,2.0\n"
)


def test_of_any_state_leaves_out_what_the_article_says_is_not_a_state(tmp_path):
    (tmp_path / "crime.toml").write_text(
        '[groups.South]\nmembers = ["Louisiana", "District of Columbia"]\n', encoding="utf-8"
    )
    found = verdicts(
        tmp_path,
        CAPITAL,
        "The District of Columbia, which is not a state, had a murder rate of 24.2. "
        "Louisiana had the highest murder rate of any state.",
    )
    assert found["the highest murder rate"].verdict == "supported"


@pytest.mark.parametrize(
    "kind",
    ["of any state", "of any U.S. state by far", "of any American state", "of any other state"],
)
def test_of_any_kind_is_named_by_its_head_noun_past_modifiers(tmp_path, kind):
    found = verdicts(
        tmp_path,
        CAPITAL,
        "The District of Columbia, which is not a state, had a murder rate of 24.2. "
        f"Louisiana had the highest murder rate {kind}.",
    )
    assert found["the highest murder rate"].verdict == "supported", found[
        "the highest murder rate"
    ].explanation


def test_of_any_state_is_read_with_and_without_a_member_whose_name_says_another_kind(
    tmp_path,
):
    """The data does not say whether the District of Columbia is a state: Louisiana is
    first without it and second with it, so the rank is unverifiable, both readings
    shown."""
    found = verdicts(tmp_path, CAPITAL, "Louisiana had the highest murder rate of any state.")
    rank = found["the highest murder rate"]
    assert rank.verdict == "unverifiable", rank.explanation
    assert "Louisiana is not first" in rank.explanation
    assert "read without District of Columbia" in rank.explanation
    assert [r.verdict for r in rank.checks[0].readings] == ["contradicted", "supported"]


def test_of_any_state_is_contradicted_when_it_fails_with_and_without_that_member(tmp_path):
    found = verdicts(tmp_path, CAPITAL, "Maine had the highest murder rate of any state.")
    assert found["the highest murder rate"].verdict == "contradicted"  # Louisiana either way


def test_of_any_state_is_not_the_subjects_region(tmp_path):
    (tmp_path / "crime.toml").write_text(
        '[groups.South]\nmembers = ["Maine", "New Mexico"]\n', encoding="utf-8"
    )
    found = verdicts(tmp_path, CAPITAL, "New Mexico had the highest murder rate of any state.")
    assert found["the highest murder rate"].verdict == "contradicted"  # highest in its group


# -- names written two ways, contrasted clauses, the "to" of "from ... to" ---------------

FERTILITY = (  # synthetic rates, laid out like the World Bank's wide table
    "Country Name,1990,2011\n"
    '"Iran, Islamic Rep.",4.8,1.9\n'
    "Bangladesh,4.5,2.2\n"
    '"Korea, Rep.",1.6,1.2\n'
    '"Korea, Dem. People\'s Rep.",2.3,2.0\n'
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Iran's rate was 4.8 in 1990.", "4.8"),  # the name before a statistical qualifier
        ("In Iran the rate fell to 1.9 in 2011, while Bangladesh's halved.", "1.9"),
    ],
)
def test_a_name_before_a_qualifier_is_the_value_and_a_contrasted_clause_is_not_its_subject(
    tmp_path, sentence, figure
):
    found = verdicts(tmp_path, FERTILITY, sentence)[figure]
    assert found.verdict == "supported", found.explanation
    assert "Iran, Islamic Rep." in found.explanation


def test_a_short_form_two_values_share_names_neither(tmp_path):
    found = verdicts(tmp_path, FERTILITY, "Korea's rate was 1.2 in 2011.")["1.2"]
    assert found.verdict == "unverifiable", found.explanation


def test_the_second_figure_of_from_to_does_not_take_the_firsts_period(tmp_path):
    # 1.9 is Iran's 2011 rate, not its 1990 one: the sentence gives 1.9 no period
    found = verdicts(tmp_path, FERTILITY, "In Iran the rate fell from 4.8 in 1990 to 1.9.")
    assert found["4.8"].verdict == "supported", found["4.8"].explanation
    assert found["1.9"].verdict != "contradicted", found["1.9"].explanation
