"""Renderers: turn a Report into text, JSON or HTML. No checking logic lives here."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.model import Report

FORMATS = ("text", "json", "html")


def renderer(name: str) -> Callable[..., str]:
    """The render function of a format (imported on demand: HTML needs Jinja)."""
    if name == "text":
        from claimcheck.report.text import render
    elif name == "json":
        from claimcheck.report.json import render
    elif name == "html":
        from claimcheck.report.html import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


def render(report: Report, name: str, **options: object) -> str:
    return renderer(name)(report, **options)
