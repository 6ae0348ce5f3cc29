"""Check many articles in several worker processes (`check_articles(..., jobs=N)`).

Runs of consecutive articles go to N worker processes. Each worker is started afresh
("spawn": a fork of a process that holds spaCy's pipeline and its threads is not
safe), receives the loaded catalog once (pickled, through the pool's initializer),
loads the pipeline once, and parses its runs with `nlp.pipe`. Results come back in
the articles' order. Starting a worker costs about as much as a cold run, so this
pays from a few dozen articles on.

A script that checks with `jobs` > 1 must do so under `if __name__ == "__main__":`,
as the spawned workers import the script's main module again.

Ctrl-C reaches every process of the terminal's group. The workers ignore SIGINT (from
their start: they are spawned with it blocked), so that only the parent reacts: it
ends them at once and raises KeyboardInterrupt, which the command line reports as one
line (exit 130) instead of a traceback from each worker.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import signal
import threading
from collections.abc import Generator, Iterator
from concurrent.futures import ProcessPoolExecutor

from claimcheck.catalog import Catalog
from claimcheck.judging import check_parsed
from claimcheck.model import Article, ArticleResult
from claimcheck.pipeline import load_pipeline

MAX_RUN = 256  # articles a run: long runs keep nlp.pipe's batches full


def check_in_processes(
    articles: list[Article], catalog: Catalog, model: str, hedge_tolerance: float, jobs: int
) -> Generator[ArticleResult]:
    """Each article's result, in order, as its run comes back from a worker."""
    workers = min(jobs, len(articles))
    # Two runs a worker or more balance the load.
    size = min(MAX_RUN, math.ceil(len(articles) / (workers * 2)))
    runs = [articles[i : i + size] for i in range(0, len(articles), size)]
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(catalog, model, hedge_tolerance),
    )
    try:
        with _sigint_held():
            done = pool.map(_check_run, runs)
        for results in done:
            yield from results
    except BaseException:  # Ctrl-C, or an error: the workers' runs are not waited for
        _end(pool)
        raise
    pool.shutdown()


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """A Ctrl-C while the workers are started is held, then raised as KeyboardInterrupt.

    This thread blocks SIGINT, so that each worker starts with it blocked (the mask is
    inherited) and a Ctrl-C while it imports spaCy stays pending until `_start_worker`
    ignores it. Another thread of this process may still receive it (a numerical
    library's): the handler only notes it, so no spawn is cut off half-way.
    (Main thread only, where threads have signal masks: not on Windows.)
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, where `shutdown` alone would wait for their runs to finish;
    then shut the pool down, which frees its queues (else their semaphores are
    reported as leaked when this process exits)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way
    for process in processes:
        process.terminate()
    pool.shutdown(cancel_futures=True)


_worker: tuple[Catalog, str, float] | None = None  # a worker process's catalog and settings


def _start_worker(catalog: Catalog, model: str, hedge_tolerance: float) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):  # blocked by `_sigint_held`: pending ones dropped
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _worker = (catalog, model, hedge_tolerance)
    load_pipeline(model, hedge_tolerance)


def _check_run(articles: list[Article]) -> list[ArticleResult]:
    assert _worker is not None, "not in a worker process started by check_in_processes"
    catalog, model, hedge_tolerance = _worker
    return list(check_parsed(articles, load_pipeline(model, hedge_tolerance), catalog))
