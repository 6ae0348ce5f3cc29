"""Bad data never gives a verdict: a claim that needs a cell with no figure is unverifiable.

Missing, suppressed and non-numeric cells, zero bases, periods outside the table and
duplicated keys each make the claim "unverifiable" with the reason: never supported,
never contradicted, never computed as zero and never summed. One test per case, like
agate's `test_percent_change_nulls` and `test_percent_zeros`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.api import check

# North 2017 and South 2016 are filled in per test.
TABLE = (
    "area,year,offences\nNorth,2016,100\nNorth,2017,{north}\nSouth,2016,{south}\nSouth,2017,50\n"
)
MEASURE = '[columns.offences]\nrole = "measure"\n'  # so that a column of odd cells stays one


def verdict_of(tmp_path: Path, text: str, csv: str, toml: str | None = MEASURE, claim=None):
    """The verdict of the one claim (or the claim with text `claim`) of a one-line article."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "crime.csv").write_text(csv, encoding="utf-8")
    if toml is not None:
        (data / "crime.toml").write_text(toml, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    verdicts = check([article], data=data, timestamp=False).results[0].verdicts
    if claim is None:
        assert len(verdicts) == 1, [v.claim.text for v in verdicts]
        return verdicts[0]
    return next(v for v in verdicts if v.claim.text == claim)


def unverifiable(verdict, explanation: str) -> None:
    assert (verdict.verdict, verdict.explanation) == ("unverifiable", explanation)
    assert verdict.primary is None or verdict.primary.computed is None


VALUE = "North recorded 130 offences in 2017."


@pytest.mark.parametrize(
    ("cell", "status", "shown"),
    [
        ("", "missing", ""),
        ("[c]", "suppressed", "[c]"),
        ("c", "suppressed", "c"),
        ("*", "suppressed", "*"),
        ("..", "not available", ".."),
        (":", "not available", ":"),
        ("x", "not available", "x"),
        ("N/A", "not available", "N/A"),
    ],
)
def test_cell_without_a_figure_is_unverifiable_never_zero(tmp_path, cell, status, shown):
    csv = TABLE.format(north=cell, south=90)
    verdict = verdict_of(tmp_path, VALUE, csv)
    unverifiable(verdict, f"the figure for North, 2017 is {status} (crime row 3: {shown!r})")


def test_claim_of_zero_against_a_missing_cell_is_unverifiable(tmp_path):
    """The one claim that reading a blank as 0 would 'support'."""
    csv = TABLE.format(north="", south=90)
    verdict = verdict_of(tmp_path, "North recorded 0 offences in 2017.", csv)
    unverifiable(verdict, "the figure for North, 2017 is missing (crime row 3: '')")


@pytest.mark.parametrize("cell", ["12 approx", "lots", "nan", "inf", "1e5", "1,2,3", "9" * 400])
def test_non_numeric_cell_is_unverifiable(tmp_path, cell):
    csv = TABLE.format(north=f'"{cell}"', south=90)
    verdict = verdict_of(tmp_path, VALUE, csv)
    unverifiable(verdict, f"the figure for North, 2017 is not a number (crime row 3: {cell!r})")


def test_percent_change_with_a_suppressed_base_is_unverifiable(tmp_path):
    csv = TABLE.format(north=130, south=90).replace("North,2016,100", "North,2016,[c]")
    verdict = verdict_of(tmp_path, "North saw offences rise by 30% in 2017.", csv)
    unverifiable(verdict, "the figure for North, 2016 is suppressed (crime row 2: '[c]')")


def test_percent_change_from_a_zero_base_is_unverifiable(tmp_path):
    csv = TABLE.format(north=130, south=0)
    verdict = verdict_of(tmp_path, "South saw offences rise by 50% in 2017.", csv)
    unverifiable(verdict, "the base (South, 2016) is zero: a percentage change is undefined")


def test_percent_change_from_a_nil_dash_base_is_unverifiable(tmp_path):
    """'-' is nil in UK official tables: a zero base, not a missing one."""
    csv = TABLE.format(north=130, south="-")
    verdict = verdict_of(tmp_path, "South saw offences rise by 50% in 2017.", csv)
    unverifiable(verdict, "the base (South, 2016) is zero: a percentage change is undefined")


def test_share_of_a_zero_whole_is_unverifiable(tmp_path):
    csv = "area,year,type,offences\nSouth,2016,online,0\nSouth,2016,all,0\n"
    toml = '[columns.type]\nrole = "dimension"\ntotal = "all"\n'
    verdict = verdict_of(tmp_path, "In South, half of offences in 2016 were online.", csv, toml)
    unverifiable(verdict, "the whole (South, 2016) is zero: a share of it is undefined")


def test_period_before_the_table_is_unverifiable(tmp_path):
    csv = TABLE.format(north=130, south=90)
    verdict = verdict_of(tmp_path, "North recorded 100 offences in 2010.", csv)
    unverifiable(verdict, "period 2010 is not covered by crime (2016, 2017)")


def test_period_after_the_table_is_unverifiable(tmp_path):
    csv = TABLE.format(north=130, south=90)
    verdict = verdict_of(tmp_path, "North recorded 130 offences in 2019.", csv)
    unverifiable(verdict, "period 2019 is not covered by crime (2016, 2017)")


def test_financial_year_against_calendar_years_is_unverifiable(tmp_path):
    csv = TABLE.format(north=130, south=90)
    verdict = verdict_of(tmp_path, "North recorded 130 offences in 2016/17.", csv)
    unverifiable(verdict, "period 2016/17 is not covered by crime (2016, 2017)")


def test_duplicated_keys_are_ambiguous_never_summed(tmp_path):
    """Two rows for North Wales Police in 2016/17: 287 + 100 = 387 must not be 'supported'."""
    csv = (
        "force,year,offences\nNorth Wales Police,2016/17,287\n"
        "North Wales Police,2016/17,100\nGwent Police,2016/17,259\n"
    )
    reason = (
        "ambiguous: crime has 2 rows for North Wales Police, 2016/17 (rows 2 and 3); "
        "remove the duplicate"
    )
    for number in ("287", "100", "387"):
        text = f"North Wales Police recorded {number} offences in 2016/17."
        directory = tmp_path / number
        directory.mkdir()
        unverifiable(verdict_of(directory, text, csv, toml=None), reason)


def test_rank_with_a_suppressed_peer_is_unverifiable(tmp_path):
    csv = TABLE.format(north="[c]", south=90)
    verdict = verdict_of(tmp_path, "The largest number of offences in 2017 was in North.", csv)
    unverifiable(verdict, "the figure for North, 2017 is suppressed (crime row 3: '[c]')")


def test_direction_with_a_suppressed_member_is_unverifiable(tmp_path):
    csv = TABLE.format(north="[c]", south=90)
    verdict = verdict_of(tmp_path, "North and South both saw increases in offences in 2017.", csv)
    unverifiable(verdict, "the figure for North, 2017 is suppressed (crime row 3: '[c]')")


def test_rate_over_a_suppressed_cell_is_unverifiable(tmp_path):
    csv = TABLE.format(north="[c]", south=90)
    verdict = verdict_of(tmp_path, "North recorded almost four offences a day in 2017.", csv)
    unverifiable(verdict, "the figure for North, 2017 is suppressed (crime row 3: '[c]')")


def test_group_total_with_a_missing_member_is_unverifiable_never_partial(tmp_path):
    """'The Country' = North + South; a blank for North must not give South's 50 alone."""
    csv = TABLE.format(north="", south=90)
    toml = MEASURE + "[groups.Country]\nmembers = ['North', 'South']\n"
    verdict = verdict_of(tmp_path, "The Country recorded 50 offences in 2017.", csv, toml)
    unverifiable(verdict, "the figure for North, 2017 is missing (crime row 3: '')")
