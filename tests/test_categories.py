"""Categories named by an article's nouns: "524 bicycle thefts" counts a category of a
table's offence column with the table's one measure, and "such offences" in the next
sentence is the same category."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import check

CRIMES = (
    "force,offence,year,number of offences\n"
    "Gwent,Theft of a pedal cycle,2017/18,310\n"
    "Gwent,Shoplifting,2017/18,3888\n"
    "Kent,Theft of a pedal cycle,2017/18,900\n"
    "Kent,Shoplifting,2017/18,9000\n"
)
ALIASES = '[aliases]\n"Theft of a pedal cycle" = ["bicycle thefts"]\n'


@pytest.fixture
def verdicts(tmp_path: Path):
    def run(text: str) -> dict:
        data = tmp_path / "data"
        data.mkdir(exist_ok=True)
        (data / "crimes.csv").write_text(CRIMES, encoding="utf-8")
        (data / "catalog.toml").write_text(ALIASES, encoding="utf-8")
        article = tmp_path / "a.txt"
        article.write_text(text, encoding="utf-8")
        report = check([article], data=data, timestamp=False)
        return {v.claim.text: v for v in report.results[0].verdicts}

    return run


def test_a_counted_category_is_a_filter_on_the_tables_one_measure(verdicts):
    found = verdicts("Gwent recorded 310 bicycle thefts in 2017/18.")["310"]
    assert found.verdict == "supported", found.explanation
    assert found.primary.cells[0].label.startswith("Gwent, Theft of a pedal cycle")
    wrong = verdicts("Kent recorded 310 bicycle thefts in 2017/18.")["310"]
    assert wrong.verdict == "contradicted", wrong.explanation


def test_such_offences_keep_the_category_of_the_sentence_before(verdicts):
    found = verdicts(
        "Kent recorded 9,000 shoplifting offences in 2017/18.\n\n"
        "Gwent recorded 3,888 such offences in 2017/18."
    )["3,888"]
    assert found.verdict == "supported", found.explanation
    assert found.primary.cells[0].label.startswith("Gwent, Shoplifting")


def test_offences_with_no_word_pointing_back_are_still_ambiguous(verdicts):
    found = verdicts(
        "Kent recorded 9,000 shoplifting offences in 2017/18.\n\n"
        "Gwent recorded 3,888 offences in 2017/18."
    )["3,888"]
    assert found.verdict == "unverifiable"
    assert "ambiguous" in found.explanation
