"""claimcheck.toml and pyproject.toml [tool.claimcheck]: found upward, overridden by flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.config import find_config, load_config
from claimcheck.errors import ConfigError
from tests.conftest import FIXTURES, ROOT

DATA = ROOT / "data"
DRAFT = FIXTURES / "articles" / "draft_with_errors.txt"
SEED = ROOT / "articles" / "nspcc.txt"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A newsroom folder with articles and a data folder, as the current directory."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "draft.txt").write_bytes(DRAFT.read_bytes())
    (tmp_path / "articles" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "tables").symlink_to(DATA, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_claimcheck_toml_sets_data_format_and_fail_on(project):
    (project / "claimcheck.toml").write_text(
        'data = "tables"\nformat = "json"\nfail-on = "unverifiable"\n', encoding="utf-8"
    )
    result = run("articles/seed.txt", "--no-report")
    assert result.exit_code == 1  # unverifiable claims fail
    assert json.loads(result.output)["data"].endswith("tables")


def test_flags_override_the_file(project):
    (project / "claimcheck.toml").write_text(
        'data = "tables"\nformat = "json"\nfail-on = "unverifiable"\n', encoding="utf-8"
    )
    result = run(
        "articles/seed.txt", "--no-report", "--format", "text", "--fail-on", "contradicted"
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].startswith("19 claims")


def test_pyproject_table_is_found_from_a_subfolder(project, monkeypatch):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "paper"\n\n'
        '[tool.claimcheck]\ndata = "tables"\nexclude = ["draft.txt"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(project / "articles")
    assert find_config() == project / "pyproject.toml"
    result = run(".", "--no-report")
    assert result.exit_code == 0, result.output
    assert "seed.txt" in result.output and "draft.txt" not in result.output


def test_pyproject_without_the_table_is_skipped(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / "articles" / "claimcheck.toml").write_text('data = "../tables"\n', encoding="utf-8")
    assert find_config(project / "articles") == project / "articles" / "claimcheck.toml"
    assert find_config(project) is None or find_config(project) != project / "pyproject.toml"


def test_paths_in_the_file_are_relative_to_it(project, monkeypatch):
    (project / "claimcheck.toml").write_text(
        'data = "tables"\nexclude = ["articles/draft*"]\n', encoding="utf-8"
    )
    config = load_config(project / "claimcheck.toml")
    assert config.data == project.resolve() / "tables"
    monkeypatch.chdir(project / "articles")
    result = run(".", "--no-report")
    assert result.exit_code == 0, result.output
    assert "draft.txt" not in result.output


def test_data_false_means_no_data(project):
    (project / "claimcheck.toml").write_text("data = false\n", encoding="utf-8")
    result = run("articles/draft.txt", "--no-report", "--format", "json")
    assert json.loads(result.output)["data"] is None


def test_hedge_tolerance_widens_about(project, tmp_path):
    article = project / "articles" / "about.txt"
    article.write_text(
        "Across Wales that is about five offences a day in the past two years.\n", encoding="utf-8"
    )
    default = run(article, "--data", "tables", "--no-report", "--no-config")
    assert default.exit_code == 1
    (project / "claimcheck.toml").write_text("hedge-tolerance = 0.25\n", encoding="utf-8")
    wide = run(article, "--data", "tables", "--no-report")
    assert wide.exit_code == 0, wide.output
    assert "[3.75, 6.25]" in wide.output
    narrow = run(article, "--data", "tables", "--no-report", "--hedge-tolerance", "0.1")
    assert narrow.exit_code == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1\n", "unknown key 'colour' in claimcheck.toml; valid keys: data, fail-on"),
        ("fail_on = 'x'\n", "unknown key 'fail_on' in claimcheck.toml (did you mean 'fail-on'?)"),
        ('fail-on = "never"\n', "'fail-on' must be one of contradicted, unverifiable, not 'never'"),
        ('format = "yaml"\n', "'format' must be one of text, json, html, github, sarif, junit"),
        ("exclude = 'drafts'\n", "'exclude' must be a list of strings, not 'drafts'"),
        ("hedge-tolerance = 2\n", "'hedge-tolerance' must be a number from 0 up to"),
        ("hedge-tolerance = true\n", "'hedge-tolerance' must be a number"),
        ("data = 3\n", "'data' must be a path (string) or false, not 3"),
        ("data = [\n", "is not valid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(project, text, message):
    config = project / "claimcheck.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"claimcheck\.toml"):
        load_config(config)
    result = run("articles/seed.txt", "--no-report")
    assert result.exit_code == 2
    assert result.output.startswith(
        f"claimcheck: error: {config.resolve()}"
    ) or result.output.startswith(f"claimcheck: error: {config}")
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_pyproject_key_names_the_table(project):
    (project / "pyproject.toml").write_text(
        "[tool.claimcheck]\nformats = 'json'\n", encoding="utf-8"
    )
    result = run("articles/seed.txt", "--no-report")
    assert result.exit_code == 2
    assert "unknown key 'formats' in [tool.claimcheck]" in result.output


def test_explicit_config_and_no_config(project):
    other = project / "strict.toml"
    other.write_text('data = "tables"\nfail-on = "unverifiable"\n', encoding="utf-8")
    (project / "claimcheck.toml").write_text("colour = 1\n", encoding="utf-8")
    assert run("articles/seed.txt", "--no-report", "--config", other).exit_code == 1
    assert run("articles/seed.txt", "--no-report", "--no-config", "--data", "tables").exit_code == 0
