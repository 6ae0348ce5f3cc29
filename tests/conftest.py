"""Shared fixtures: the pipeline is loaded once per test session (it takes ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from claimcheck.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_report():
    from claimcheck import check

    return check([ROOT / "articles" / "nspcc.txt"], data=ROOT / "data", timestamp=False)


def claims_of(nlp, text: str):
    """The claims the pipeline extracts from a text."""
    return list(nlp(text)._.claims)
