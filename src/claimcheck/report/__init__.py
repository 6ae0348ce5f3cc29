"""Renderers: turn a Report into text, JSON, HTML, GitHub annotations, SARIF or JUnit.

No checking logic lives here. Each format is one module with the same function,
`render(report, *, quiet=False, fail_on="contradicted") -> str`, registered in
FORMATS and imported on demand (HTML needs Jinja). `quiet` keeps only the claims that
fail the run in the formats read by people (text, github); the structured formats
are always complete. `fail_on` says which verdicts fail the run (model.FAIL_ON).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from claimcheck.model import Report

# format name -> module; docs/cli.md describes each.
FORMATS = {
    "text": "claimcheck.report.text",
    "json": "claimcheck.report.json",
    "html": "claimcheck.report.html",
    "github": "claimcheck.report.github",
    "sarif": "claimcheck.report.sarif",
    "junit": "claimcheck.report.junit",
}
# Reports claimcheck writes carry this, so that checking a folder skips them.
GENERATOR_MARK = '<meta name="generator" content="claimcheck">'


def renderer(name: str) -> Callable[..., str]:
    """The render function of a format."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    return import_module(FORMATS[name]).render


def render(report: Report, name: str, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    return renderer(name)(report, quiet=quiet, fail_on=fail_on)
