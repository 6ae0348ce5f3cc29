"""The pre-commit hooks, run by the real pre-commit against a throwaway git repository.

Offline: the test uses `claimcheck-system` (language: unsupported), which runs the
claimcheck installed beside these tests; the `claimcheck` hook (language: python)
would have pre-commit install claimcheck from PyPI, so it is only validated here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

pytest.importorskip("pre_commit", reason="pre-commit is not installed")
if shutil.which("git") is None:
    pytest.skip("git is not installed", allow_module_level=True)

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def test_the_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    hooks = {hook["id"]: hook for hook in load_manifest(str(MANIFEST))}
    assert set(hooks) == {"claimcheck", "claimcheck-system"}
    for hook in hooks.values():
        assert hook["entry"] == "claimcheck"
        assert hook["require_serial"] is True


@pytest.fixture
def newsroom(tmp_path):
    """A git repository with the seed data, a good and a bad article, and a README."""
    repo = tmp_path / "newsroom"
    shutil.copytree(ROOT / "data", repo / "data")
    (repo / "articles").mkdir()
    shutil.copy(ROOT / "articles" / "nspcc.txt", repo / "articles" / "good.txt")
    shutil.copy(FIXTURES / "articles" / "draft_with_errors.txt", repo / "articles" / "bad.txt")
    (repo / "README.md").write_text("Up 99% from 287 in 2016/17 to 373 in 2017/18.\n")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        # The claimcheck installed beside this Python, first on PATH.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    git(repo, env, "init", "-q")
    return repo, env


def git(repo: Path, env: dict, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def pre_commit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def hooks_repo(tmp_path: Path, env: dict) -> Path:
    """This repository, as pre-commit would fetch it.

    try-repo takes committed and tracked files only: while the manifest is a new,
    uncommitted file (in a working copy), a throwaway repository holding it stands in.
    """
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", MANIFEST.name],
        cwd=ROOT,
        capture_output=True,
    )
    if tracked.returncode == 0:
        return ROOT
    stand_in = tmp_path / "claimcheck-hooks"
    stand_in.mkdir()
    shutil.copy(MANIFEST, stand_in / MANIFEST.name)
    git(stand_in, env, "init", "-q")
    git(stand_in, env, "add", "-A")
    git(stand_in, env, "commit", "-qm", "hooks")
    return stand_in


def test_try_repo_fails_on_a_contradicted_article_and_passes_a_good_one(newsroom, tmp_path):
    repo, env = newsroom
    hooks = str(hooks_repo(tmp_path, env))
    git(repo, env, "add", "-A")
    bad = pre_commit(
        repo, env, "try-repo", hooks, "claimcheck-system", "--files", "articles/bad.txt"
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "articles/bad.txt:7:60: CONTRADICTED percent_change: up 24%" in bad.stdout
    good = pre_commit(
        repo, env, "try-repo", hooks, "claimcheck-system", "--files", "articles/good.txt"
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


def test_staged_articles_under_the_configured_path_are_checked(newsroom):
    """A local hook built from the manifest, narrowed with `files:` as a newsroom would."""
    import yaml

    repo, env = newsroom
    (hook,) = [h for h in yaml.safe_load(MANIFEST.read_text()) if h["id"] == "claimcheck-system"]
    hook["files"] = r"^articles/.*\.(txt|md|html)$"
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    git(repo, env, "add", "README.md", "data", "articles/good.txt", ".pre-commit-config.yaml")
    passed = pre_commit(repo, env, "run")  # staged files only; README.md is outside articles/
    assert passed.returncode == 0, passed.stdout + passed.stderr
    git(repo, env, "add", "articles/bad.txt")
    failed = pre_commit(repo, env, "run")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "CONTRADICTED" in failed.stdout
    assert "README.md" not in failed.stdout
