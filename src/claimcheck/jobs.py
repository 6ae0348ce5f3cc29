"""Check many articles in several worker processes (`check_articles(..., jobs=N)`).

Runs of consecutive articles go to N worker processes. Each worker is started afresh
("spawn": a fork of a process that holds spaCy's pipeline and its threads is not
safe), receives the loaded catalog once (pickled, through the pool's initializer),
loads the pipeline once, and parses its runs with `nlp.pipe`. Results come back in
the articles' order. Starting a worker costs about as much as a cold run, so this
pays from a few dozen articles on.

A script that checks with `jobs` > 1 must do so under `if __name__ == "__main__":`,
as the spawned workers import the script's main module again.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from claimcheck.api import check_articles
from claimcheck.catalog import Catalog
from claimcheck.model import Article, ArticleResult
from claimcheck.pipeline import load_pipeline

MAX_RUN = 256  # articles a run: long runs keep nlp.pipe's batches full


def check_in_processes(
    articles: list[Article], catalog: Catalog, model: str, hedge_tolerance: float, jobs: int
) -> Iterator[ArticleResult]:
    """Each article's result, in order, as its run comes back from a worker."""
    workers = min(jobs, len(articles))
    # Two runs a worker or more balance the load.
    size = min(MAX_RUN, math.ceil(len(articles) / (workers * 2)))
    runs = [articles[i : i + size] for i in range(0, len(articles), size)]
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(catalog, model, hedge_tolerance),
    ) as pool:
        for results in pool.map(_check_run, runs):
            yield from results


_worker: tuple[Catalog, str, float] | None = None  # a worker process's catalog and settings


def _start_worker(catalog: Catalog, model: str, hedge_tolerance: float) -> None:
    global _worker
    _worker = (catalog, model, hedge_tolerance)
    load_pipeline(model, hedge_tolerance)


def _check_run(articles: list[Article]) -> list[ArticleResult]:
    assert _worker is not None, "not in a worker process started by check_in_processes"
    catalog, model, hedge_tolerance = _worker
    return check_articles(articles, catalog, model, hedge_tolerance)
