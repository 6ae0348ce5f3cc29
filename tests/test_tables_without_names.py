"""Tables with no entity column: a national series, and a row-level survey."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import check


def run(tmp_path: Path, table: str, csv: str, text: str) -> dict:
    data = tmp_path / "data"
    data.mkdir()
    (data / table).write_text(csv, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    report = check([article], data=data, timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


SERIES = "year,unemployment rate,claimant count\n2018,4.1,900000\n2019,3.8,1200000\n"


@pytest.mark.parametrize(
    ("text", "claim", "verdict", "computed"),
    [
        ("The unemployment rate fell to 3.8% in 2019.", "3.8%", "supported", 3.8),
        ("Unemployment rose to 4.2% in 2019.", "4.2%", "contradicted", 3.8),
        ("The claimant count rose by a third in 2019.", "rose by a third", "supported", 1 / 3),
        ("The claimant count doubled in 2019.", "doubled", "contradicted", 4 / 3),
    ],
)
def test_national_series_needs_no_entity(tmp_path, text, claim, verdict, computed):
    found = run(tmp_path, "labour.csv", SERIES, text)[claim]
    assert found.verdict == verdict, found.explanation
    assert found.primary.computed == pytest.approx(computed)


def survey() -> str:
    rows = ["respondent_id,region,feels_safe"]
    for i in range(1, 201):
        region = "North" if i <= 120 else "South"
        rows.append(f"{i},{region},{'Yes' if i % 5 in (1, 2) else 'No'}")
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("text", "claim", "verdict", "computed"),
    [
        ("40% of respondents said yes.", "40%", "supported", 40),  # 80 of 200
        ("In the North, 45% of respondents said yes.", "45%", "contradicted", 40),  # 48 of 120
        ("The survey had 200 respondents.", "200", "supported", 200),
        ("In the South, 75 respondents took part.", "75", "contradicted", 80),
    ],
)
def test_row_level_table_counts_rows(tmp_path, text, claim, verdict, computed):
    found = run(tmp_path, "respondents.csv", survey(), text)[claim]
    assert found.verdict == verdict, found.explanation
    assert found.primary.computed == pytest.approx(computed)


def test_counted_rows_are_evidence_with_their_condition(tmp_path):
    found = run(tmp_path, "respondents.csv", survey(), "40% of respondents said yes.")["40%"]
    part = found.primary.cells[0]
    assert (part.value, part.column, part.row) == (80, "(rows counted)", 2)
    assert "feels_safe = Yes" in part.label


def test_a_number_inside_a_name_of_the_data_is_not_a_figure(tmp_path):
    csv = "force,year,offences\nForce 7,1950,2676\nForce 8,1950,900\n"
    found = run(tmp_path, "forces.csv", csv, "Force 7 recorded 2,676 offences in 1950.")
    assert found["7"].verdict == "unverifiable"
    assert "part of the name 'Force 7'" in found["7"].explanation
    assert found["2,676"].verdict == "supported"
