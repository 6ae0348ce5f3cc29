"""Quarters written the way reporters write them: "in the fourth quarter", "between the
first and third quarters of 2017/18", against a table of quarterly rows."""

from __future__ import annotations

from claimcheck.api import check

CSV = (
    "year,quarter,force,offences\n"
    "2017/18,1,Gwent,13\n2017/18,2,Gwent,31\n2017/18,3,Gwent,39\n2017/18,4,Gwent,30\n"
)


def verdicts(tmp_path, text: str) -> dict:
    (tmp_path / "crime.csv").write_text(CSV, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    report = check([article], data=tmp_path / "crime.csv", timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


def test_a_quarter_without_a_year_is_one_of_the_year_the_sentence_names(tmp_path):
    found = verdicts(
        tmp_path,
        "Gwent recorded 13 offences in the first quarter of 2017/18, rising to 30 in the "
        "fourth quarter.",
    )
    assert found["30"].verdict == "supported", found["30"].explanation
    assert found["30"].primary.computed == 30


def test_a_change_over_a_year_compares_the_quarters_the_sentence_names(tmp_path):
    found = verdicts(
        tmp_path,
        "Offences in Gwent more than doubled over 2017/18, from 13 in the first quarter to "
        "30 in the fourth quarter.",
    )
    change = found["more than doubled"]
    assert change.verdict == "supported", change.explanation
    assert "2017/18 Q1 to 2017/18 Q4" in change.explanation
    assert [found[n].primary.computed for n in ("13", "30")] == [13, 30]


def test_a_change_between_two_quarters_of_a_year(tmp_path):
    found = verdicts(
        tmp_path,
        "Offences in Gwent tripled between the first and third quarters of 2017/18, from 13 to 39.",
    )
    assert found["tripled"].verdict == "supported", found["tripled"].explanation
    assert found["13"].verdict == "supported", found["13"].explanation
    assert found["39"].verdict == "supported", found["39"].explanation


def test_a_rise_between_quarters_that_was_a_fall_is_contradicted(tmp_path):
    found = verdicts(
        tmp_path,
        "Offences in Gwent rose by a tenth between the third and fourth quarters of 2017/18.",
    )
    assert found["rose by a tenth"].verdict == "contradicted"


def test_a_quarter_in_a_sentence_without_a_year_is_no_period(nlp):
    claims = list(nlp("Butler scored 12 points in the first quarter.")._.claims)
    assert [c.periods for c in claims] == [()]
