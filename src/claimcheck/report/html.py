"""The HTML report: one self-contained page an editor can open, print or send.

All the page needs is computed here into a `PageContext`; the template only lays it
out. Jinja autoescapes everything (article text, cells and file names are untrusted)
and StrictUndefined turns a missing field into an error instead of a blank. The only
markup marked safe is the report's own stylesheet and script, read from the package;
the Content-Security-Policy allows that one script by its sha256 hash and nothing else
(no network, no other script, no inline event handler).

Several articles make a site (`site`): one page per article and an `index.html`.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from dataclasses import dataclass, replace
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from claimcheck import __version__
from claimcheck.model import FAIL_ON, VERDICTS, ArticleResult, Cell, Report, Verdict
from claimcheck.quantities import format_number
from claimcheck.report import GENERATOR_MARK
from claimcheck.report.json import suggested_edit
from claimcheck.report.neutral import visible_controls
from claimcheck.report.readings_view import ReadingView, reading_views
from claimcheck.report.text import summary_line

LABELS = {
    "supported": "✓ supported",
    "contradicted": "✗ contradicted",
    "unverifiable": "? unverifiable",
    "suppressed": "– ignored",
}
# Sort order of the claims table by verdict: what needs an editor first.
SEVERITY = {"contradicted": 0, "unverifiable": 1, "supported": 2}
UNIT_SUFFIX = {"percent": "%", "points": " points", "times": "×", "fraction": ""}


def _asset(name: str) -> str:
    return resources.files("claimcheck.report").joinpath("templates", name).read_text("utf-8")


STYLE = Markup(_asset("report.css"))  # the package's own stylesheet: safe by construction
SCRIPT = Markup(_asset("report.js"))  # the package's own script, allowed by its hash
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src '{SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class CellView:
    label: str
    where: str  # "table, row 10, column"
    value: str
    source: str
    url: str  # "" unless an https:// address


@dataclass(frozen=True)
class CheckView:
    method: str
    verdict: str
    explanation: str


@dataclass(frozen=True)
class ClaimView:
    """One claim as the page shows it; `state` is its verdict, or "suppressed"."""

    anchor: str  # element id of the highlight; the evidence panel is "ev-" + anchor
    id: str
    state: str
    verdict: str  # for a suppressed claim, the verdict it would have had
    label: str
    kind: str
    text: str
    line: int
    col: int
    severity: int
    order: int
    explanation: str
    claimed: str
    computed: str
    formula: str
    edit: tuple[str, str] | None
    cells: tuple[CellView, ...]
    checks: tuple[CheckView, ...]
    readings: tuple[ReadingView, ...] = ()
    rule: str = ""  # the construction that read the claim ("absolute_changes")


@dataclass(frozen=True)
class Segment:
    """A run of article text, highlighted when it is a claim."""

    text: str
    claim: ClaimView | None = None


@dataclass(frozen=True)
class Paragraph:
    segments: tuple[Segment, ...]
    claims: tuple[ClaimView, ...]  # whose evidence panels follow the paragraph


@dataclass(frozen=True)
class ArticlePage:
    path: str
    anchor: str
    paragraphs: tuple[Paragraph, ...]
    claims: tuple[ClaimView, ...]
    edits: tuple[ClaimView, ...]  # contradicted claims with a suggested edit
    unverifiable: tuple[ClaimView, ...]
    suppressed: tuple[ClaimView, ...]
    leftover: tuple[ClaimView, ...]  # claims outside every paragraph (evidence only)
    summary: dict[str, int]
    summary_line: str


@dataclass(frozen=True)
class SourceView:
    title: str
    url: str
    note: str


@dataclass(frozen=True)
class PageContext:
    title: str
    articles: tuple[ArticlePage, ...]
    summary: dict[str, int]
    suppressed: int
    verdicts: tuple[str, ...]
    labels: dict[str, str]
    sources: tuple[SourceView, ...]
    tables: tuple[str, ...]
    data_path: str | None
    generated_at: str | None
    version: str
    csp: str
    generator: Markup
    style: Markup
    script: Markup
    index: str | None  # link back to the index page of a site


@dataclass(frozen=True)
class IndexRow:
    path: str
    href: str
    summary: dict[str, int]
    suppressed: int
    failed: bool


@dataclass(frozen=True)
class IndexContext:
    title: str
    rows: tuple[IndexRow, ...]
    summary: dict[str, int]
    suppressed: int
    failed: int
    fail_on: str
    verdicts: tuple[str, ...]
    labels: dict[str, str]
    data_path: str | None
    generated_at: str | None
    version: str
    csp: str
    generator: Markup
    style: Markup


def _shown(value: object) -> object:
    """Every printed value from input with its controls visible (a U+202E shows as
    `\\u202e` rather than reversing the text after it); the package's markup as it is."""
    return (
        visible_controls(value)
        if isinstance(value, str) and not isinstance(value, Markup)
        else value
    )


_ENV = Environment(
    loader=PackageLoader("claimcheck", "report/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    finalize=_shown,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render(report: Report, *, quiet: bool = False, fail_on: str = "contradicted") -> str:
    """The report as one page (every article of the run on it)."""
    return _ENV.get_template("report.html.j2").render(page=context(report))


def site(report: Report, *, fail_on: str = "contradicted") -> dict[str, str]:
    """One page per article plus `index.html` linking them: {file name: html}."""
    names = page_names(report)
    pages = {}
    for result, name in zip(report.results, names, strict=True):
        single = replace(report, results=(result,), sources=_sources_of(report, result))
        page = context(single, index="index.html")
        pages[name] = _ENV.get_template("report.html.j2").render(page=page)
    pages["index.html"] = _ENV.get_template("index.html.j2").render(
        page=index_context(report, names, fail_on)
    )
    return pages


def page_names(report: Report) -> list[str]:
    """A file name per article: its stem, or its path made flat where stems collide."""
    stems = [_safe(r.article.path.stem) for r in report.results]
    names = []
    for result, stem in zip(report.results, stems, strict=True):
        if stems.count(stem) > 1 or stem.lower() == "index":
            stem = _safe("_".join(result.article.path.with_suffix("").parts[-3:]))
        names.append(f"{stem}.html")
    seen: dict[str, int] = {}
    unique = []
    for name in names:  # flattened paths can still collide; number the rest
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else name.replace(".html", f"-{seen[name]}.html"))
    return unique


def _safe(stem: str) -> str:
    """A file name that is also a harmless relative link: no scheme, no folder, not hidden."""
    return re.sub(r"[^\w-]+", "_", stem).strip("_") or "article"


def context(report: Report, index: str | None = None) -> PageContext:
    many = len(report.results) > 1
    articles = tuple(
        _article_page(result, f"a{n}-" if many else "")
        for n, result in enumerate(report.results, 1)
    )
    title = articles[0].path if len(articles) == 1 else f"{len(articles)} articles"
    return PageContext(
        title=f"claimcheck: {title}",
        articles=articles,
        summary=report.summary,
        suppressed=report.suppressed_count,
        verdicts=VERDICTS,
        labels=LABELS,
        sources=tuple(SourceView(s.title, _https(s.url), s.note or "") for s in report.sources),
        tables=report.tables,
        data_path=report.data_path,
        generated_at=report.generated_at,
        version=__version__,
        csp=CSP,
        generator=Markup(GENERATOR_MARK),
        style=STYLE,
        script=SCRIPT,
        index=index,
    )


def index_context(report: Report, names: list[str], fail_on: str) -> IndexContext:
    failing = FAIL_ON[fail_on]
    rows = tuple(
        IndexRow(
            path=str(result.article.path),
            href=name,
            summary=result.summary,
            suppressed=len(result.suppressed),
            failed=any(v.verdict in failing for v in result.verdicts),
        )
        for result, name in zip(report.results, names, strict=True)
    )
    return IndexContext(
        title=f"claimcheck: {len(rows)} articles",
        rows=rows,
        summary=report.summary,
        suppressed=report.suppressed_count,
        failed=sum(row.failed for row in rows),
        fail_on=fail_on,
        verdicts=VERDICTS,
        labels=LABELS,
        data_path=report.data_path,
        generated_at=report.generated_at,
        version=__version__,
        csp="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
        generator=Markup(GENERATOR_MARK),
        style=STYLE,
    )


def _sources_of(report: Report, result: ArticleResult):
    verdicts = result.verdicts + result.suppressed
    used = {cell.source for v in verdicts for c in v.checks for cell in c.cells}
    return tuple(s for s in report.sources if s.title in used)


def _article_page(result: ArticleResult, prefix: str) -> ArticlePage:
    entries = sorted(
        [(v, False) for v in result.verdicts] + [(v, True) for v in result.suppressed],
        key=lambda entry: entry[0].claim.start,
    )
    views = {
        id(verdict): _claim_view(verdict, suppressed, prefix, order)
        for order, (verdict, suppressed) in enumerate(entries)
    }
    paragraphs, placed = _paragraphs(result.article.text, entries, views)
    claims = tuple(views[id(v)] for v in result.verdicts)
    return ArticlePage(
        path=str(result.article.path),
        anchor=prefix.rstrip("-") or "article",
        paragraphs=paragraphs,
        claims=claims,
        edits=tuple(c for c in claims if c.edit is not None),
        unverifiable=tuple(c for c in claims if c.state == "unverifiable"),
        suppressed=tuple(views[id(v)] for v in result.suppressed),
        leftover=tuple(views[id(v)] for v, _ in entries if id(v) not in placed),
        summary=result.summary,
        summary_line=summary_line(result.summary, len(result.suppressed)),
    )


def _claim_view(verdict: Verdict, suppressed: bool, prefix: str, order: int) -> ClaimView:
    primary = verdict.primary
    state = "suppressed" if suppressed else verdict.verdict
    return ClaimView(
        anchor=f"{prefix}{verdict.claim.id}",
        id=verdict.claim.id,
        state=state,
        verdict=verdict.verdict,
        label=LABELS[state],
        kind=verdict.kind.replace("_", " "),
        text=" ".join(verdict.claim.text.split()),
        line=verdict.line,
        col=verdict.col,
        severity=SEVERITY[verdict.verdict],
        order=order,
        explanation=verdict.explanation,
        claimed=_claimed(verdict),
        computed=_computed(verdict),
        formula=(primary.formula if primary else None) or "—",
        edit=suggested_edit(verdict),
        cells=tuple(_cell(c) for c in (primary.cells if primary else ())),
        checks=tuple(CheckView(c.method, c.verdict, c.explanation) for c in verdict.checks),
        readings=reading_views(verdict),
        rule=verdict.claim.rule,
    )


def _claimed(verdict: Verdict) -> str:
    quantity = verdict.claim.quantity
    direction = {"up": "a rise", "down": "a fall"}.get(verdict.claim.direction or "", "")
    if quantity is None:
        return direction or "—"
    suffix = UNIT_SUFFIX.get(quantity.unit, "")
    interval = quantity.interval

    def end(x: float) -> str:
        return format_number(x) + ("" if math.isinf(x) else suffix)

    allowed = (
        f"{quantity.text.strip()}: allowed {'[' if interval.low_closed else '('}"
        f"{end(interval.low)}, {end(interval.high)}{']' if interval.high_closed else ')'}"
    )
    return f"{allowed} ({direction})" if direction else allowed


def _computed(verdict: Verdict) -> str:
    primary = verdict.primary
    if primary is None or primary.computed is None:
        return "—"
    quantity = verdict.claim.quantity
    suffix = UNIT_SUFFIX.get(quantity.unit, "") if quantity is not None else ""
    return f"{format_number(primary.computed)}{suffix}"


def _cell(cell: Cell) -> CellView:
    value = format_number(cell.value) if cell.value is not None else "(empty)"
    return CellView(
        label=cell.label,
        where=f"{cell.table}, row {cell.row}, {cell.column}",
        value=value,
        source=cell.source,
        url=_https(cell.url),
    )


def _https(url: str | None) -> str:
    """Only https:// addresses become links: never javascript:, data: or the like."""
    return url if url and url.lower().startswith("https://") else ""


def _paragraphs(
    text: str, entries: list[tuple[Verdict, bool]], views: dict[int, ClaimView]
) -> tuple[tuple[Paragraph, ...], set[int]]:
    """The article cut into paragraphs of plain and highlighted runs.

    Claims never overlap by construction of the extractor; if one ever did, the later
    one is listed in the table but not highlighted, rather than breaking the text.
    Returns the paragraphs and the claims whose evidence follows one of them.
    """
    marks = []
    last_end = -1
    for verdict, _ in entries:
        if verdict.claim.start >= last_end:
            marks.append((verdict.claim.start, verdict.claim.end, views[id(verdict)]))
            last_end = verdict.claim.end
    paragraphs: list[Paragraph] = []
    placed: set[int] = set()
    offset = 0
    for block in text.split("\n\n"):
        start, end = offset, offset + len(block)
        offset = end + 2
        if not block.strip():
            continue
        segments, cursor = [], start
        for mark_start, mark_end, view in marks:
            if mark_start < start or mark_end > end:
                continue
            if mark_start > cursor:
                segments.append(Segment(text[cursor:mark_start]))
            segments.append(Segment(text[mark_start:mark_end], view))
            cursor = mark_end
        if cursor < end:
            segments.append(Segment(text[cursor:end]))
        inside = [v for v, _ in entries if start <= v.claim.start < end]
        placed.update(id(v) for v in inside)
        paragraphs.append(Paragraph(tuple(segments), tuple(views[id(v)] for v in inside)))
    return tuple(paragraphs), placed
