"""The public API: check articles against a data catalog and return a Report.

    >>> from claimcheck import check
    >>> report = check(["articles/nspcc.txt"], data="data")
    >>> report.summary
    {'supported': 14, 'contradicted': 0, 'unverifiable': 5}
    >>> report.failures("unverifiable")  # what `--fail-on unverifiable` fails on
    (Verdict(...), ...)

The command line is a thin shell over this function; the JSON it prints is
`claimcheck.report.json.to_dict(report)`. docs/api.md describes it.
"""

from __future__ import annotations

import contextlib
import glob
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from fnmatch import fnmatchcase
from pathlib import Path

from claimcheck.article import SUFFIXES, load_article
from claimcheck.catalog import EMPTY, Catalog, load_catalog
from claimcheck.consistency import internal_checks
from claimcheck.context_periods import ArticleContext, context_of
from claimcheck.errors import ArticleError, ConfigError
from claimcheck.match import Query, Unmatched, match, refine_kind
from claimcheck.model import Article, ArticleResult, Check, Claim, Report, Verdict
from claimcheck.pipeline import DEFAULT_MODEL, load_pipeline
from claimcheck.quantities import HEDGE_TOLERANCE
from claimcheck.report import GENERATOR_MARK
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
    exclude: Sequence[str] = (),
    hedge_tolerance: float = HEDGE_TOLERANCE,
    progress: Callable[[ArticleResult], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check every article in `paths` against the tables under `data` (None: no data).

    `paths` may name files, directories (searched for .txt, .md and .html) and glob
    patterns; `exclude` drops paths matching any of its globs (see `find_articles`).
    `hedge_tolerance` is how far "about" and "almost" reach, as a share of the value.
    `progress` is called with each article's result as soon as it is checked.
    `jobs` > 1 checks the articles in that many processes (see `check_articles`).
    Claims on lines silenced by `claimcheck: ignore` markers are moved to
    `ArticleResult.suppressed`. Raises a ClaimcheckError for any bad input.
    """
    if not 0 <= hedge_tolerance < 1:
        raise ConfigError(f"hedge tolerance {hedge_tolerance} is out of range; give 0 <= x < 1")
    if jobs < 1:
        raise ConfigError(f"jobs {jobs} is out of range; give 1 or more processes")
    files = find_articles(paths, exclude)
    catalog = load_catalog(Path(data), data_encoding) if data is not None else EMPTY
    articles = [load_article(p, encoding=encoding, date=date) for p in files]
    results = (
        check_articles(articles, catalog, model, hedge_tolerance, progress, jobs)
        if articles
        else []
    )
    used = {
        cell.source
        for r in results
        for v in r.verdicts + r.suppressed
        for c in v.checks
        for cell in c.cells
    }
    sources = tuple(s for s in catalog.sources.values() if s.title in used)
    generated = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if timestamp else None
    return Report(
        results=tuple(results),
        sources=sources,
        data_path=str(data) if data is not None else None,
        generated_at=generated,
        tables=tuple(t.name for t in catalog.tables),
    )


def find_articles(paths: Sequence[str | Path], exclude: Sequence[str] = ()) -> list[Path]:
    """The article files that `paths` name, in order, each once.

    A directory is searched recursively for .txt, .md and .html files (skipping hidden
    folders and files, and the reports claimcheck wrote); a path that does not exist
    but holds `*`, `?` or `[` is a glob (`**` reaches into subfolders). An `exclude`
    glob without a `/` matches file names ("README.md"); with one, it matches the path
    (relative globs are taken from the current directory, e.g. "drafts/**").
    A missing file, a glob that matches nothing or a folder without articles is an
    ArticleError; everything excluded is not: the list is then empty.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = _walk(path)
            if not inside:
                raise ArticleError(
                    f"{path}: is a directory with no article (.txt, .md or .html) in it; "
                    "give an article or a folder of articles"
                )
            found.extend(inside)
        elif path.exists() or not glob.has_magic(str(given)):
            found.append(path)  # load_article says what is wrong with a missing file
        else:
            matches = sorted(glob.glob(str(given), recursive=True))
            files = [f for m in map(Path, matches) for f in (_walk(m) if m.is_dir() else [m])]
            files = [f for f in files if f.suffix.lower() in SUFFIXES]
            if not files:
                raise ArticleError(f"{given}: matches no article; check the pattern")
            found.extend(files)
    unique = list(dict.fromkeys(found))
    return [p for p in unique if not excluded(p, exclude)]


def excluded(path: Path, patterns: Sequence[str]) -> bool:
    """Whether a glob of `patterns` matches the file's name or (with a `/`) its path."""
    absolute = path.resolve().as_posix()
    for pattern in patterns:
        if "/" not in pattern:
            if fnmatchcase(path.name, pattern):
                return True
            continue
        anchored = pattern if Path(pattern).is_absolute() else f"{_cwd_glob()}/{pattern}"
        if fnmatchcase(absolute, anchored) or fnmatchcase(path.as_posix(), pattern):
            return True
    return False


def _cwd_glob() -> str:
    return glob.escape(Path.cwd().as_posix())


def _walk(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if path.suffix.lower() in SUFFIXES and not _is_own_report(path):
            files.append(path)
    return files


def _is_own_report(path: Path) -> bool:
    if path.suffix.lower() not in {".html", ".htm"}:
        return False
    try:
        with path.open("rb") as stream:
            return GENERATOR_MARK.encode() in stream.read(2048)
    except OSError:
        return False


def check_articles(
    articles: Iterable[Article],
    catalog: Catalog,
    model: str = DEFAULT_MODEL,
    hedge_tolerance: float = HEDGE_TOLERANCE,
    progress: Callable[[ArticleResult], None] | None = None,
    jobs: int = 1,
) -> list[ArticleResult]:
    """Parse articles in one `nlp.pipe` stream and check each one's claims.

    With `jobs` > 1 and several articles, runs of consecutive articles are checked in
    that many worker processes (`claimcheck.jobs`), with the same results in the same
    order; a script doing so must call it under `if __name__ == "__main__":`.
    """
    articles = list(articles)
    if jobs > 1 and len(articles) > 1:
        from claimcheck.jobs import check_in_processes  # multiprocessing only when asked

        checked = check_in_processes(articles, catalog, model, hedge_tolerance, jobs)
    else:
        checked = _check_here(articles, catalog, model, hedge_tolerance)
    results = []
    with contextlib.closing(checked):  # Ctrl-C here ends the workers too, at once
        for result in checked:
            if progress is not None:
                progress(result)
            results.append(result)
    return results


def _check_here(
    articles: list[Article], catalog: Catalog, model: str, hedge_tolerance: float
) -> Generator[ArticleResult]:
    """Each article's result, parsed in one `nlp.pipe` stream in this process."""
    nlp = load_pipeline(model, hedge_tolerance)
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
    verdicts = []
    for claim in claims:
        query = queries[claim.id]
        if isinstance(query, Query):
            data_check = verify(claim, query, catalog)
        else:
            data_check = Check("data", "unverifiable", query.reason)
        checks = (data_check, *internal[claim.id])
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
