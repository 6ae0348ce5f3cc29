"""End to end on articles/nspcc.txt: every verdict the issue lists, and why."""

from __future__ import annotations

import hashlib

import pytest

from benchmarks.corpora import S, U, seed
from tests.conftest import ROOT


def find(report, text):
    matches = [v for v in report.results[0].verdicts if v.claim.text == text]
    assert len(matches) == 1, [v.claim.text for v in report.results[0].verdicts]
    return matches[0]


# The claims whose truth the data settles (all of them are right): their kind and value.
SUPPORTED = [(c.text, c.kind, c.computed) for c in seed.CLAIMS if c.truth == S]


@pytest.mark.parametrize(("text", "kind", "computed"), SUPPORTED)
def test_seed_claim_is_supported(seed_report, text, kind, computed):
    verdict = find(seed_report, text)
    assert (verdict.verdict, verdict.kind) == ("supported", kind)
    if computed is not None:
        assert verdict.primary.computed == pytest.approx(computed)
        assert verdict.primary.cells, "a data check shows its cells"


def test_total_is_the_sum_of_the_two_financial_years(seed_report):
    verdict = find(seed_report, "2,895")
    assert verdict.primary.formula == "1,437 + 1,458 = 2,895"
    assert {c.row for c in verdict.primary.cells} == {10, 11}


def test_rate_is_over_730_days(seed_report):
    assert (
        find(seed_report, "almost four child abuse images offences a day").primary.formula
        == "(1,437 + 1,458) / 730 days = 3.97 a day"
    )


def test_thirty_percent_passes_by_rounding_and_says_so(seed_report):
    verdict = find(seed_report, "up 30%")
    assert verdict.primary.by_rounding
    assert "rounds to '30%'" in verdict.explanation
    assert verdict.primary.formula == "(373 - 287) / 287 = 29.97%"


def test_largest_rise_names_the_runner_up(seed_report):
    explanation = find(seed_report, "The largest rise").explanation
    assert "North Wales Police (+86, +30%; next South Wales Police +15)" in explanation


def test_direction_covers_the_three_named_forces(seed_report):
    cells = find(seed_report, "all saw increases").primary.cells
    assert {c.label.split(",")[0] for c in cells} == {
        "South Wales Police",
        "North Wales Police",
        "Gwent Police",
    }


def test_only_drop_is_dyfed_powys(seed_report):
    assert find(seed_report, "the only Welsh force to log a drop").explanation.startswith(
        "only Dyfed-Powys Police saw a fall"
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("15% increase", "no table measures 'grooming'"),
        ("nearly two-thirds", "no table has figures for Wales by 'taking, making or distributing'"),
    ],
)
def test_seed_claim_is_unverifiable_with_reason(seed_report, text, reason):
    verdict = find(seed_report, text)
    assert verdict.verdict == "unverifiable"
    assert reason in verdict.explanation


@pytest.mark.parametrize("text", [c.text for c in seed.CLAIMS if c.truth == U])
def test_claims_the_data_cannot_settle_are_unverifiable(seed_report, text):
    assert find(seed_report, text).verdict == "unverifiable"


def test_every_claim_of_the_seed_has_its_truth(seed_report):
    assert [v.claim.text for v in seed_report.results[0].verdicts] == [c.text for c in seed.CLAIMS]


def test_no_claim_of_the_seed_is_contradicted(seed_report):
    assert seed_report.summary["contradicted"] == 0


def test_furniture_yields_no_claims(seed_report):
    text = (ROOT / "articles" / "nspcc.txt").read_text(encoding="utf-8")
    body_start = text.index("Police forces in Wales")
    footer = text.index("Related internet links")
    for verdict in seed_report.results[0].verdicts:
        assert body_start <= verdict.claim.start < footer


def test_claim_offsets_slice_the_article(seed_report):
    text = (ROOT / "articles" / "nspcc.txt").read_text(encoding="utf-8")
    for verdict in seed_report.results[0].verdicts:
        assert text[verdict.claim.start : verdict.claim.end] == verdict.claim.text


def test_seed_article_is_the_bbc_story_verbatim():
    """articles/nspcc.txt is the workspace's seed (the BBC story of 13 September 2018,
    page furniture included) byte for byte: its sha256, so no copy of the seed is needed."""
    digest = hashlib.sha256((ROOT / "articles" / "nspcc.txt").read_bytes()).hexdigest()
    assert digest == "6b4bcb58ca8701dab1705d8b7ab20eee1be6baddde2dab5fc00e12aec35a17ea"
