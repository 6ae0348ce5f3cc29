"""Data scale: the seed's claims matched and verified against one big table.

Run in a fresh process per table (`python -m benchmarks.perf.datascale DIR REPEATS`)
so that its peak memory is the table's: prints one JSON object.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

from benchmarks.perf.corpus import ROOT


def _rss_mb() -> float:
    """This process's peak resident memory. Linux's ru_maxrss survives fork and exec,
    so a child of a big process would report its parent's: VmHWM is the process's own."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _median_ms(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def run(directory: Path, repeats: int, profile: bool = False) -> dict:
    from claimcheck.api import judge
    from claimcheck.article import load_article
    from claimcheck.catalog import EMPTY, load_catalog
    from claimcheck.pipeline import load_pipeline

    nlp = load_pipeline()
    article = load_article(ROOT / "articles" / "nspcc.txt")
    claims = list(nlp(article.text)._.claims)
    parse_ms = _median_ms(lambda: nlp(article.text), repeats)
    empty_ms = _median_ms(lambda: judge(article, claims, EMPTY), repeats)
    before = _rss_mb()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    catalog = load_catalog(directory)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    result = judge(article, claims, catalog)
    first_ms = 1000 * (time.perf_counter() - start)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(directory / "profile.prof"))
    check_ms = _median_ms(lambda: judge(article, claims, catalog), repeats)
    return {
        "rows": sum(t.index.size for t in catalog.tables),
        "load_s": load_s,
        "parse_ms": parse_ms,
        "nodata_ms": empty_ms,
        "first_check_ms": first_ms,
        "check_ms": check_ms,
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb(),
        "summary": result.summary,
    }


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), int(sys.argv[2]), "--profile" in sys.argv)))
