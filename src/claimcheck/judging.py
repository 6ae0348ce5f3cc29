"""Judge one article's claims: match, verify, cross-check, decide, and suppress.

    >>> result = judge(article, claims, catalog)
    >>> [v.verdict for v in result.verdicts]
    ['supported', 'contradicted']

What `claimcheck.api` runs in its own process and `claimcheck.jobs` in each worker,
kept apart from both so that neither imports the other (the two had imported each
other: api started the workers, and the workers ran api's loop).
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import replace

from spacy.language import Language

from claimcheck import whose_figures
from claimcheck.catalog import Catalog
from claimcheck.consistency import internal_checks
from claimcheck.context_periods import ArticleContext, context_of
from claimcheck.match import match, refine_kind
from claimcheck.model import Article, ArticleResult, Check, Claim, Verdict
from claimcheck.query import Query, Unmatched
from claimcheck.verify import verify


def check_parsed(
    articles: list[Article], nlp: Language, catalog: Catalog
) -> Generator[ArticleResult]:
    """Each article's result, parsed in one `nlp.pipe` stream in this process."""
    docs = nlp.pipe(a.text for a in articles)
    for article, doc in zip(articles, docs, strict=True):
        claims = list(doc._.claims)
        yield suppress(judge(article, claims, catalog, context_of(article.text, claims, doc)))


def suppress(result: ArticleResult) -> ArticleResult:
    """Move claims on lines silenced by a `claimcheck: ignore` marker to `suppressed`."""
    silenced = result.article.ignored_lines
    if not silenced:
        return result
    return replace(
        result,
        verdicts=tuple(v for v in result.verdicts if v.line not in silenced),
        suppressed=result.suppressed + tuple(v for v in result.verdicts if v.line in silenced),
    )


def judge(
    article: Article,
    claims: list[Claim],
    catalog: Catalog,
    context: ArticleContext | None = None,
) -> ArticleResult:
    """Match, verify and cross-check the claims of one article. `context` holds the
    periods the article names (by default those its claims name), which a claim that
    states no period of its own may be about (`claimcheck.context_periods`)."""
    context = context_of(article.text, claims) if context is None else context
    queries: dict[str, Query | Unmatched] = {
        c.id: match(c, catalog, article, context) for c in claims
    }
    internal = internal_checks(claims, queries)
    data_checks = {
        c.id: verify(c, q, catalog)
        if isinstance(q, Query)
        else Check("data", "unverifiable", q.reason)
        for c, q in ((c, queries[c.id]) for c in claims)
    }
    data_checks = whose_figures.withhold(claims, queries, data_checks, catalog, verify)
    verdicts = []
    for claim in claims:
        query = queries[claim.id]
        checks = (data_checks[claim.id], *internal[claim.id])
        verdict, explanation = decide(checks)
        line, col, end_line, end_col = article.span(claim.start, claim.end)
        verdicts.append(
            Verdict(
                claim=claim,
                verdict=verdict,
                explanation=explanation,
                checks=checks,
                line=line,
                col=col,
                kind=refine_kind(claim, query),
                end_line=end_line,
                end_col=end_col,
            )
        )
    return ArticleResult(article=article, verdicts=tuple(verdicts))


def decide(checks: Sequence[Check]) -> tuple[str, str]:
    """Any contradiction wins, except that the data outranks the article's own numbers:
    when a table supports the claim, the article's other figures that disagree with it
    are the errors (and are flagged where they stand). Else any support; else
    unverifiable with every reason."""
    data = [c for c in checks if c.method == "data"]
    if any(c.verdict == "supported" for c in data) and not any(
        c.verdict == "contradicted" for c in data
    ):
        checks = [c for c in checks if c.verdict != "contradicted"]
    for wanted in ("contradicted", "supported"):
        deciding = [c for c in checks if c.verdict == wanted]
        if deciding:
            return wanted, "; ".join(c.explanation for c in deciding)
    return "unverifiable", "; ".join(dict.fromkeys(c.explanation for c in checks))
