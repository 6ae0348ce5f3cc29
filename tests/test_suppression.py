"""`claimcheck: ignore` markers: silenced claims are listed, never counted or failed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck import check
from claimcheck.cli import main
from claimcheck.report import render
from tests.conftest import FIXTURES, ROOT

DATA = ROOT / "data"
ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="module")
def reports():
    return {
        suffix: check([ARTICLES / f"ignored_with_marker.{suffix}"], data=DATA, timestamp=False)
        for suffix in ("txt", "md", "html")
    }


def _texts(verdicts):
    return sorted(v.claim.text for v in verdicts)


@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_marked_lines_are_suppressed_not_counted(reports, suffix):
    result = reports[suffix].results[0]
    suppressed = _texts(result.suppressed)
    assert "up 24%" in suppressed
    assert "257" in suppressed  # a marker alone on its line silences the next line with text
    assert "276" not in suppressed
    assert all(v.line not in {v2.line for v2 in result.verdicts} for v in result.suppressed)
    assert result.summary["contradicted"] == 1  # only "276" is left to fail
    assert not any(v.claim.text in {"up 24%", "257"} for v in result.verdicts)


def test_suppressed_claims_keep_the_verdict_they_would_have(reports):
    by_text = {v.claim.text: v for v in reports["txt"].results[0].suppressed}
    assert by_text["up 24%"].verdict == "contradicted"
    assert by_text["287"].verdict == "supported"


def test_suppressed_claims_do_not_fail_the_run(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "North Wales Police offences were up 24% from 287 in 2016/17 to 373 in 2017/18. "
        "[claimcheck: ignore]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, [str(article), "--data", str(DATA), "--no-report"])
    assert result.exit_code == 0, result.output
    assert "SUPPRESSED percent_change: up 24% -- would be contradicted" in result.output
    assert result.output.splitlines()[-1].endswith("3 suppressed")


def test_text_json_and_html_list_the_suppressed(reports):
    report = reports["md"]
    assert "SUPPRESSED percent_change: up 24%" in render(report, "text")
    payload = json.loads(render(report, "json"))
    article = payload["articles"][0]
    assert "up 24%" in [c["text"] for c in article["suppressed"]]
    assert "up 24%" not in [c["text"] for c in article["claims"]]
    html = render(report, "html")
    assert 'class="claim suppressed"' in html
    assert "Ignored (claimcheck: ignore)" in html


def test_quiet_hides_suppressed_claims(reports):
    assert "SUPPRESSED" not in render(reports["txt"], "text", quiet=True)


def test_marker_text_yields_no_claim(reports):
    for report in reports.values():
        for verdict in report.results[0].verdicts + report.results[0].suppressed:
            assert "claimcheck" not in verdict.claim.sentence
