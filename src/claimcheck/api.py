"""The public API: check articles against a data catalog and return a Report.

    >>> from claimcheck import check
    >>> report = check(["articles/nspcc.txt"], data="data")
    >>> report.summary
    {'supported': 15, 'contradicted': 0, 'unverifiable': 4}

The command line is a thin shell over this function; the JSON it prints is
`claimcheck.report.json.to_dict(report)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.article import load_article
from claimcheck.catalog import EMPTY, Catalog, load_catalog
from claimcheck.consistency import internal_checks
from claimcheck.match import Query, Unmatched, match, refine_kind
from claimcheck.model import Article, ArticleResult, Check, Claim, Report, Verdict
from claimcheck.pipeline import DEFAULT_MODEL, load_pipeline
from claimcheck.verify import verify


def check(
    paths: Sequence[str | Path],
    *,
    data: str | Path | None = "data",
    encoding: str = "utf-8",
    data_encoding: str | None = None,
    date: str | None = None,
    model: str = DEFAULT_MODEL,
    timestamp: bool = True,
) -> Report:
    """Check every article in `paths` against the tables under `data` (None: no data)."""
    catalog = load_catalog(Path(data), data_encoding) if data is not None else EMPTY
    articles = [load_article(Path(p), encoding=encoding, date=date) for p in paths]
    results = check_articles(articles, catalog, model)
    used = {cell.source for r in results for v in r.verdicts for c in v.checks for cell in c.cells}
    sources = tuple(s for s in catalog.sources.values() if s.title in used)
    generated = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if timestamp else None
    return Report(
        results=tuple(results),
        sources=sources,
        data_path=str(data) if data is not None else None,
        generated_at=generated,
        tables=tuple(t.name for t in catalog.tables),
    )


def check_articles(
    articles: Iterable[Article], catalog: Catalog, model: str = DEFAULT_MODEL
) -> list[ArticleResult]:
    """Parse articles in one `nlp.pipe` stream and check each one's claims."""
    articles = list(articles)
    nlp = load_pipeline(model)
    docs = nlp.pipe(a.text for a in articles)
    return [
        judge(article, list(doc._.claims), catalog)
        for article, doc in zip(articles, docs, strict=True)
    ]


def judge(article: Article, claims: list[Claim], catalog: Catalog) -> ArticleResult:
    """Match, verify and cross-check the claims of one article."""
    queries: dict[str, Query | Unmatched] = {c.id: match(c, catalog, article) for c in claims}
    internal = internal_checks(claims, queries)
    verdicts = []
    for claim in claims:
        query = queries[claim.id]
        if isinstance(query, Query):
            data_check = verify(claim, query, catalog)
        else:
            data_check = Check("data", "unverifiable", query.reason)
        checks = (data_check, *internal[claim.id])
        verdict, explanation = decide(checks)
        line, col = article.line_col(claim.start)
        verdicts.append(
            Verdict(
                claim=claim,
                verdict=verdict,
                explanation=explanation,
                checks=checks,
                line=line,
                col=col,
                kind=refine_kind(claim, query),
            )
        )
    return ArticleResult(article=article, verdicts=tuple(verdicts))


def decide(checks: Sequence[Check]) -> tuple[str, str]:
    """Any contradiction wins; else any support; else unverifiable with every reason."""
    for wanted in ("contradicted", "supported"):
        deciding = [c for c in checks if c.verdict == wanted]
        if deciding:
            return wanted, "; ".join(c.explanation for c in deciding)
    return "unverifiable", "; ".join(dict.fromkeys(c.explanation for c in checks))
