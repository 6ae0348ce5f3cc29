"""Which code a benchmark measured: the commit, and whether tracked files had changes.

>>> revision()  # doctest: +SKIP
'5998353 (with changes)'
"""

from __future__ import annotations

import subprocess

from benchmarks.testdata import ROOT


def revision() -> str:
    """The short commit of HEAD ("?" outside git), "(with changes)" when tracked files
    differ from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "?"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return f"{commit} (with changes)" if dirty else commit
