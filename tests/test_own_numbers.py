"""The article's own numbers: days of the month and numbers inside dates and addresses
are never a claim, an operand or a part; figures beside them still are."""

from __future__ import annotations

import pytest

from claimcheck.pipeline import load_pipeline


@pytest.fixture(scope="module")
def claims_of():
    nlp = load_pipeline()
    return lambda text: {c.text: c for c in nlp(text)._.claims}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("There were 2,895 offences since 1 April 2016.", {"2,895"}),
        ("WASHINGTON, Sept 14 - Unemployment fell to 4.9% in August.", {"4.9%"}),
        ("On 2018-02-28 Gwent recorded 267 offences.", {"267"}),
        ("On 28/02/2018 Gwent recorded 267 offences.", {"267"}),
        ("Gwent recorded 267 offences, according to www.police.uk/2017-18.", {"267"}),
        ("See https://example.org/tables/12 for 267 offences.", {"267"}),
        # near misses: a lower-case "may" is a verb, and a range is no date
        ("Some 30 may lose their jobs.", {"Some 30"}),
        ("Gwent recorded 267 offences on 14 March, up from 250.", {"267", "250", "up"}),
    ],
)
def test_only_figures_are_claims(claims_of, text, figures):
    assert set(claims_of(text)) == figures


def test_a_day_of_the_month_is_never_a_part_of_a_total(claims_of):
    found = claims_of(
        "In total 2,895 offences have been recorded since 1 April 2016: "
        "1,437 in 2016/17 and 1,458 in 2017/18."
    )
    assert [q.value for q in found["2,895"].operands] == [1437, 1458]
    assert "1" not in found
