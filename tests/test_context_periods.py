"""A claim that states no period is about the period its context names (issue 12).

The tables here are synthetic (small figures made up for the test, in the layout of the
Home Office's quarterly police-recorded-crime file); no figure is presented as real.
"""

from __future__ import annotations

from claimcheck.context_periods import ArticleContext, Reach
from claimcheck.model import Mention, PeriodRef
from claimcheck.periods import PeriodExpr
from claimcheck.readings import Part, Provenance
from tests.builders import verdicts_by_text

QUARTERLY = "force,quarter,offences\n" + "".join(
    f"{force},{year} Q{q},{value}\n"
    for force, year, values in (
        ("Gwent", "2017/18", (300, 400, 500, 300)),
        ("Gwent", "2018/19", (310, 410, 510, 310)),
        ("Dyfed-Powys", "2017/18", (200, 200, 200, 300)),
        ("Dyfed-Powys", "2018/19", (210, 210, 210, 310)),
    )
    for q, value in zip(range(1, 5), values, strict=True)
)
ONE_YEAR = "force,year,offences\nGwent,2017/18,1500\nDyfed-Powys,2017/18,900\n"


def verdicts(tmp_path, text: str, table: str = QUARTERLY) -> dict:
    return verdicts_by_text(tmp_path, {"crime.csv": table}, text)


# -- examples that must pass --------------------------------------------------------


def test_the_period_of_an_earlier_sentence_of_the_paragraph_is_carried_and_summed(tmp_path):
    found = verdicts(tmp_path, "In 2017/18 crime rose. Gwent Police recorded 1,500 offences.")
    claim = found["1,500"]
    assert claim.verdict == "supported", claim.explanation
    (reading,) = claim.checks[0].readings
    assert reading.periods == ("2017/18 Q1 to 2017/18 Q4",)
    assert reading.origins.of(Part.PERIOD) is Provenance.CARRIED
    assert "2017/18 is carried from an earlier sentence of the paragraph" in claim.explanation


def test_a_settled_carried_period_contradicts(tmp_path):
    found = verdicts(tmp_path, "In 2017/18 crime rose. Gwent Police recorded 1,600 offences.")
    assert found["1,600"].verdict == "contradicted", found["1,600"].explanation
    assert found["1,600"].checks[0].readings[0].guessed == ()


def test_the_headline_of_an_article_about_one_period_gives_the_period(tmp_path):
    found = verdicts(
        tmp_path, "Drug offences in Wales: the 2017/18 figures\n\nGwent Police recorded 1,500."
    )
    assert found["1,500"].verdict == "supported", found["1,500"].explanation
    assert "carried from the headline" in found["1,500"].explanation


def test_the_one_period_of_an_earlier_paragraph_is_carried(tmp_path):
    found = verdicts(
        tmp_path, "Forces published their 2017/18 figures.\n\nDyfed-Powys Police recorded 900."
    )
    assert found["900"].verdict == "supported", found["900"].explanation


# -- near misses that must not ------------------------------------------------------


def test_one_of_two_periods_in_the_paragraph_is_a_guess_beside_the_latest(tmp_path):
    found = verdicts(
        tmp_path,
        "Gwent recorded 1,540 offences in 2018/19 and 1,500 in 2017/18. "
        "Dyfed-Powys Police recorded 800.",
    )
    claim = found["800"]
    assert claim.verdict == "unverifiable", claim.explanation
    carried, latest = claim.checks[0].readings
    assert carried.origins.of(Part.PERIOD) is Provenance.CARRIED
    assert latest.origins.of(Part.PERIOD) is Provenance.DEFAULTED
    assert Part.PERIOD in carried.guessed and Part.PERIOD in latest.guessed
    assert "the article does not say which" in claim.explanation


def test_a_headline_among_other_periods_never_contradicts_alone(tmp_path):
    found = verdicts(
        tmp_path,
        "Crime in 2017/18 and 2018/19\n\nGwent Police recorded 1,600 offences.",
    )
    assert found["1,600"].verdict == "unverifiable", found["1,600"].explanation


def test_a_sentence_about_now_carries_no_earlier_period(tmp_path):
    found = verdicts(tmp_path, "In 2017/18 crime rose. Gwent Police now records 1,600 offences.")
    claim = found["1,600"]
    assert claim.verdict == "unverifiable"
    (reading,) = claim.checks[0].readings[:1]
    assert reading.origins.of(Part.PERIOD) is Provenance.DEFAULTED


def test_an_earlier_paragraph_among_several_periods_carries_nothing(tmp_path):
    found = verdicts(
        tmp_path,
        "Gwent recorded 1,540 offences in 2018/19.\n\nIn 2017/18 it was 1,500."
        "\n\nDyfed-Powys Police recorded 800.",
    )
    (reading,) = found["800"].checks[0].readings[:1]
    assert reading.origins.of(Part.PERIOD) is Provenance.DEFAULTED


def test_a_table_of_one_period_leaves_nothing_to_carry(tmp_path):
    found = verdicts(tmp_path, "In 2016/17 crime rose. Gwent Police recorded 1,500.", ONE_YEAR)
    reading = found["1,500"].checks[0].readings[0]
    assert reading.origins.of(Part.PERIOD) is Provenance.DEFAULTED
    assert found["1,500"].verdict == "supported"


def test_a_rate_per_person_is_not_checked_as_a_rate_per_day(tmp_path):
    table = "country,year,fertility (births per woman)\nNiger,2010,7.5\nNiger,2011,7.6\n"
    found = verdicts(
        tmp_path,
        "In 2011 fewer than one woman in five could read in Niger. Niger had 7.6 births per woman.",
        table,
    )
    assert found["7.6 births per woman"].verdict != "contradicted"


# -- the context itself ----------------------------------------------------------------


def ref(text: str, article: str, expr: PeriodExpr) -> PeriodRef:
    start = article.index(text)
    return PeriodRef(Mention(text, start, start + len(text)), expr)


def test_a_sentence_with_a_period_of_its_own_is_offered_none():
    text = "In 2017 it rose. In 2018 it was 5."
    context = ArticleContext.of(
        text,
        [ref("2017", text, PeriodExpr("year", 2017)), ref("2018", text, PeriodExpr("year", 2018))],
    )
    assert context.carried(text.index("In 2018"), len(text)) == []


def test_the_paragraphs_nearest_period_comes_before_the_headlines():
    text = "Figures for 2016\n\nIn 2017 it rose, as in 2018. It was 5."
    context = ArticleContext.of(
        text,
        [ref(y, text, PeriodExpr("year", int(y))) for y in ("2016", "2017", "2018")],
    )
    offered = context.carried(text.index("It was"), len(text))
    assert [(c.written, c.reach, c.settled) for c in offered] == [
        ("2018", Reach.PARAGRAPH, False),
        ("2017", Reach.PARAGRAPH, False),
        ("2016", Reach.HEADLINE, False),
    ]
