"""claimcheck's performance benchmark: one command, one table, PASS/FAIL per target.

    python -m benchmarks.perf              # everything, as recorded in docs/performance.md
    python -m benchmarks.perf --quick      # fewer articles and runs: a smoke test
    python -m benchmarks.perf --only cold,batch

Measures, on this machine, medians of several runs:
  cold    `claimcheck articles/nspcc.txt` beside its floor (python -c "import spacy;
          spacy.load(...)"), and `claimcheck --help` / `--version`;
  batch   articles a second through claimcheck and through bare `nlp.pipe`, in one
          process and in two (`--jobs 2`, `n_process=2`);
  data    the seed's claims against the Home Office table cut or enlarged to 10^3,
          10^5 and 10^6 rows (written to a temporary directory): load time, time added
          to an article's check once loaded, peak memory;
  profile cProfile of the slowest case (loading and checking against 10^6 rows).
The INLG texts and the Home Office file are the copies in testdata/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.perf import batch, cold, tables
from benchmarks.perf.corpus import ROOT
from benchmarks.revision import revision

TARGETS = {
    "cold": "cold run within 1.3x of the floor",
    "batch1": "throughput >= 0.9x bare nlp.pipe, one process",
    "batch2": "throughput >= 0.9x bare nlp.pipe, two processes",
    "data_time": "10^6-row table adds < 10% to an article's check once loaded",
    "data_memory": "peak memory < 500 MB with the 10^6-row table",
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.perf", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer articles and runs")
    parser.add_argument("--only", default="cold,batch,data,profile", help="parts to run")
    parser.add_argument("--articles", type=int, default=None, help="articles for batch")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    runs = args.runs or (3 if args.quick else 7)
    articles = args.articles or (100 if args.quick else 1000)
    verdicts: dict[str, tuple[bool, str]] = {}

    print(f"# claimcheck performance, {_stamp()}\n")
    if "cold" in parts:
        _cold(cold.measure(runs), verdicts)
    if "batch" in parts:
        _batch(batch.measure(articles, max(1, runs // 2)), verdicts)
    if "data" in parts or "profile" in parts:
        _data(parts, runs, args.quick, verdicts)
    print("| target | result | measured |\n|---|---|---|")
    for key, (passed, measured) in verdicts.items():
        print(f"| {TARGETS[key]} | {'PASS' if passed else 'FAIL'} | {measured} |")
    return 0 if all(passed for passed, _ in verdicts.values()) else 1


def _stamp() -> str:
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {revision()}, "
        f"Python {platform.python_version()}, "
        f"{platform.machine()}, {_cpus()} CPUs, load average {load} at the start"
    )


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _cold(found: dict, verdicts: dict) -> None:
    floor = found[cold.FLOOR]
    print("## Cold start (median wall seconds; CPU seconds beside)\n")
    print("| command | wall s | CPU s | wall / floor |\n|---|---|---|---|")
    for name, times in found.items():
        print(
            f"| `{name}` | {times['wall']:.2f} | {times['cpu']:.2f} "
            f"| {times['wall'] / floor['wall']:.2f} |"
        )
    ratio = found["claimcheck articles/nspcc.txt"]["wall"] / floor["wall"]
    cpu_ratio = found["claimcheck articles/nspcc.txt"]["cpu"] / floor["cpu"]
    verdicts["cold"] = (ratio <= 1.3, f"{ratio:.2f}x the floor (CPU {cpu_ratio:.2f}x)")
    print()


def _batch(found: dict, verdicts: dict) -> None:
    print("## Batch throughput (median articles a second)\n")
    first = next(iter(found.values()))
    print(
        f"{first['articles']} articles of 12 real sentences each, "
        f"{first['claims_per_article']:.1f} claims an article, checked against data/.\n"
    )
    print("| processes | bare nlp.pipe | claimcheck | ratio | ratio by CPU time |")
    print("|---|---|---|---|---|")
    for processes, row in found.items():
        ratio = row["claimcheck"] / row["bare"]
        by_cpu = f"{row['claimcheck_cpu'] / row['bare_cpu']:.2f}" if row["bare_cpu"] else "-"
        print(
            f"| {processes} | {row['bare']:.1f} | {row['claimcheck']:.1f} "
            f"| {ratio:.2f} | {by_cpu} |"
        )
        key = "batch1" if processes == 1 else "batch2"
        verdicts[key] = (ratio >= 0.9, f"{ratio:.2f}x ({row['claimcheck']:.1f}/s)")
    print()


def _data(parts: set[str], runs: int, quick: bool, verdicts: dict) -> None:
    sizes = (1_000, 100_000) if quick else (1_000, 100_000, 1_000_000)
    rows = {}
    with tempfile.TemporaryDirectory() as work:
        for size in sizes:
            directory = tables.write_table(Path(work) / str(size), size)
            rows[size] = _datascale(directory, runs, profile=False)
            if "profile" in parts and size == sizes[-1]:
                _datascale(directory, 1, profile=True)
                profile = directory / "profile.prof"
        if "data" in parts:
            _data_table(rows, verdicts)
        if "profile" in parts:
            _profile(profile, sizes[-1])


def _datascale(directory: Path, runs: int, profile: bool) -> dict:
    command = [sys.executable, "-m", "benchmarks.perf.datascale", str(directory), str(runs)]
    done = subprocess.run(
        [*command, *(["--profile"] if profile else [])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def _data_table(rows: dict, verdicts: dict) -> None:
    print("## Data scale (the seed's 19 claims against one table)\n")
    print(
        "| rows | load s (once a run) | check ms (no data) | check ms (with table) "
        "| added to an article | peak memory MB (before loading) | verdicts |"
    )
    print("|---|---|---|---|---|---|---|")
    for size, row in rows.items():
        article = row["parse_ms"] + row["nodata_ms"]
        added = (row["check_ms"] - row["nodata_ms"]) / article
        verdict = ", ".join(f"{v} {k}" for k, v in row["summary"].items())
        print(
            f"| {size:,} | {row['load_s']:.2f} | {row['nodata_ms']:.1f} "
            f"| {row['check_ms']:.1f} (first {row['first_check_ms']:.1f}) "
            f"| {100 * added:+.1f}% of {article:.0f} ms "
            f"| {row['peak_rss_mb']:.0f} ({row['rss_before_mb']:.0f}) | {verdict} |"
        )
        if size == 1_000_000:
            verdicts["data_time"] = (added < 0.10, f"{100 * added:+.1f}%")
            verdicts["data_memory"] = (
                row["peak_rss_mb"] < 500,
                f"{row['peak_rss_mb']:.0f} MB (spaCy's pipeline included)",
            )
    print()


def _profile(path: Path, size: int) -> None:
    print(f"## Profile: loading the {size:,}-row table and checking the seed once\n")
    print("```")
    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative")
    width = 0
    entries = []
    for (file, line, function), (_, calls, _, cumulative, _) in stats.stats.items():
        if "claimcheck" in file or "numpy" in file or "csv" in file:
            name = f"{Path(file).name}:{line}({function})"
            entries.append((cumulative, calls, name))
            width = max(width, len(name))
    print(f"{'cumulative s':>12}  {'calls':>9}  function")
    for cumulative, calls, name in sorted(entries, reverse=True)[:18]:
        print(f"{cumulative:12.3f}  {calls:9d}  {name}")
    print("```\n")


if __name__ == "__main__":
    sys.exit(main())
