"""Batch throughput: claimcheck against bare `nlp.pipe` of the pinned pipeline."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.perf import corpus
from benchmarks.perf.corpus import ROOT


def measure(count: int, runs: int, jobs: tuple[int, ...] = (1, 2)) -> dict[int, dict]:
    """Articles a second (median of `runs`, bare and claimcheck runs interleaved) for
    each number of processes. claimcheck checks against the seed data; loading the
    pipeline and the catalog is done before timing in one process; with several
    processes both sides start their workers inside the timing (spaCy forks workers
    that have the pipeline; claimcheck spawns workers that load it)."""
    import spacy

    from claimcheck.api import check_articles
    from claimcheck.catalog import load_catalog
    from claimcheck.model import Article
    from claimcheck.pipeline import DEFAULT_MODEL, load_pipeline

    texts = corpus.articles(count)
    articles = [Article(Path(f"generated/{i:04d}.txt"), t) for i, t in enumerate(texts)]
    catalog = load_catalog(ROOT / "data")
    bare = spacy.load(DEFAULT_MODEL)
    load_pipeline()
    check_articles(articles[:20], catalog)  # warm both; not counted
    for _ in bare.pipe(texts[:20]):
        pass

    def run_bare(processes: int) -> float:
        for _ in bare.pipe(texts, n_process=processes):
            pass
        return 0.0

    def run_claimcheck(processes: int) -> float:
        results = check_articles(articles, catalog, jobs=processes)
        return sum(len(r.verdicts) for r in results)

    out = {}
    for processes in jobs:
        wall: dict[str, list[float]] = {"bare": [], "claimcheck": []}
        cpu: dict[str, list[float]] = {"bare": [], "claimcheck": []}
        claims = 0.0
        for _ in range(runs):
            for name, run in (("bare", run_bare), ("claimcheck", run_claimcheck)):
                start, start_cpu = time.perf_counter(), time.process_time()
                claims = run(processes) or claims
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - start_cpu)
        out[processes] = {
            "articles": count,
            "claims_per_article": claims / count,
            "bare": count / statistics.median(wall["bare"]),
            "claimcheck": count / statistics.median(wall["claimcheck"]),
            # One process: CPU seconds too, steadier than wall time on a shared machine.
            "bare_cpu": count / statistics.median(cpu["bare"]) if processes == 1 else None,
            "claimcheck_cpu": (
                count / statistics.median(cpu["claimcheck"]) if processes == 1 else None
            ),
        }
    return out
