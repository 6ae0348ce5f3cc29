"""The HTML report: one self-contained page an editor can open, print or send.

All the page needs is computed here into a `PageContext`; the template only lays it
out. Jinja autoescapes everything (article text, cells and file names are untrusted)
and StrictUndefined turns a missing field into an error instead of a blank.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from claimcheck.model import VERDICTS, ArticleResult, Report, Verdict
from claimcheck.report.json import claim_dict
from claimcheck.report.text import summary_line


@dataclass(frozen=True)
class Segment:
    """A run of article text, highlighted when it is a claim."""

    text: str
    claim: dict | None = None


@dataclass(frozen=True)
class ArticlePage:
    path: str
    paragraphs: tuple[tuple[Segment, ...], ...]
    claims: tuple[dict, ...]
    summary: dict[str, int]
    summary_line: str


@dataclass(frozen=True)
class PageContext:
    title: str
    articles: tuple[ArticlePage, ...]
    summary: dict[str, int]
    verdicts: tuple[str, ...]
    sources: tuple[dict, ...]
    tables: tuple[str, ...]
    data_path: str | None
    generated_at: str | None


_ENV = Environment(
    loader=PackageLoader("claimcheck", "report/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render(report: Report) -> str:
    return _ENV.get_template("report.html.j2").render(page=context(report))


def context(report: Report) -> PageContext:
    articles = tuple(_article_page(r) for r in report.results)
    title = articles[0].path if len(articles) == 1 else f"{len(articles)} articles"
    return PageContext(
        title=f"claimcheck: {title}",
        articles=articles,
        summary=report.summary,
        verdicts=VERDICTS,
        sources=tuple(
            {"key": s.key, "title": s.title, "url": s.url or "", "note": s.note or ""}
            for s in report.sources
        ),
        tables=report.tables,
        data_path=report.data_path,
        generated_at=report.generated_at,
    )


def _article_page(result: ArticleResult) -> ArticlePage:
    claims = tuple(claim_dict(v) for v in result.verdicts)
    return ArticlePage(
        path=str(result.article.path),
        paragraphs=_paragraphs(result.article.text, result.verdicts, claims),
        claims=claims,
        summary=result.summary,
        summary_line=summary_line(result.summary),
    )


def _paragraphs(
    text: str, verdicts: tuple[Verdict, ...], claims: tuple[dict, ...]
) -> tuple[tuple[Segment, ...], ...]:
    """The article cut into paragraphs of plain and highlighted runs.

    Claims never overlap by construction of the extractor; if one ever did, the later
    one is listed in the table but not highlighted, rather than breaking the text.
    """
    marks = []
    last_end = -1
    for verdict, claim in sorted(
        zip(verdicts, claims, strict=True), key=lambda pair: pair[0].claim.start
    ):
        if verdict.claim.start >= last_end:
            marks.append((verdict.claim.start, verdict.claim.end, claim))
            last_end = verdict.claim.end
    paragraphs: list[tuple[Segment, ...]] = []
    offset = 0
    for block in text.split("\n\n"):
        start, end = offset, offset + len(block)
        offset = end + 2
        if not block.strip():
            continue
        segments, cursor = [], start
        for mark_start, mark_end, claim in marks:
            if mark_start < start or mark_end > end:
                continue
            if mark_start > cursor:
                segments.append(Segment(text[cursor:mark_start]))
            segments.append(Segment(text[mark_start:mark_end], claim))
            cursor = mark_end
        if cursor < end:
            segments.append(Segment(text[cursor:end]))
        paragraphs.append(tuple(segments))
    return tuple(paragraphs)
