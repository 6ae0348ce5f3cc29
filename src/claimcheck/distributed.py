"""Check a directory of articles on Dask: a laptop's cores or a cluster's workers.

    >>> from claimcheck.distributed import check_directory
    >>> check_directory("articles/", "results.jsonl", data="data", scheduler="processes")
    {'supported': 14, 'contradicted': 0, 'unverifiable': 5}

The articles become a Dask bag of paths, in partitions of `partition_size`. Each
worker process loads the pipeline and the data catalog once, the first time it is
given a partition, and keeps them for every later one (`_worker_catalog`); a
partition's articles are parsed together with `nlp.pipe`. The results are written as
ONE JSON Lines file: one line per article, in the order of the sorted paths, each line
the per-article object of the JSON contract (docs/json.md,
`claimcheck.report.json.article_dict`).

Needs the optional extra: `pip install 'claimcheck[dask]'`. Without a `scheduler`
Dask uses its default: a `distributed.Client` if one is open, else local processes.
The data directory must be readable at the same path on every worker.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.article import load_article
from claimcheck.model import VERDICTS
from claimcheck.outputs import Target, replacing, target_kind
from claimcheck.quantities import HEDGE_TOLERANCE
from claimcheck.report.neutral import inert_json

if TYPE_CHECKING:
    from claimcheck.catalog import Catalog


@dataclass(frozen=True)
class Settings:
    """What a worker needs to check articles: sent with each partition (it is small)."""

    data: str | None
    encoding: str = "utf-8"
    data_encoding: str | None = None
    date: str | None = None
    model: str | None = None  # None: claimcheck's pinned pipeline
    hedge_tolerance: float = HEDGE_TOLERANCE


def check_directory(
    directory: str | Path,
    output: str | Path,
    *,
    data: str | Path | None = "data",
    encoding: str = "utf-8",
    data_encoding: str | None = None,
    date: str | None = None,
    model: str | None = None,
    exclude: Sequence[str] = (),
    hedge_tolerance: float = HEDGE_TOLERANCE,
    partition_size: int = 64,
    scheduler: str | None = None,
) -> dict[str, int]:
    """Check every article (.txt, .md, .html) under `directory` against the tables under
    `data`, write one JSON line per article to `output`, and return the verdict counts.

    The articles are those `claimcheck.api.find_articles` finds (less `exclude`), and
    the other settings are `claimcheck.check`'s. `scheduler` is any Dask scheduler
    name ("processes", "threads", "sync") or None for Dask's default. The output file
    is replaced only once every article is done.
    """
    import dask
    import dask.bag as db

    from claimcheck.api import find_articles

    paths = find_articles([directory], exclude)
    settings = Settings(
        None if data is None else str(data),
        encoding,
        data_encoding,
        date,
        model,
        hedge_tolerance,
    )
    checked = db.from_sequence([str(p) for p in paths], partition_size=partition_size)
    checked = checked.map_partitions(_check_partition, settings)
    output = Path(output)
    # Beside the output (same disk), unless it is a device or a pipe: /dev is no place.
    beside = None if target_kind(output) is Target.STREAM else output.parent
    if beside is not None:
        beside.mkdir(parents=True, exist_ok=True)
    parts = Path(tempfile.mkdtemp(dir=beside, prefix=f".{output.name}."))
    try:
        writes = checked.pluck(0).to_textfiles(
            str(parts / "*.jsonl"),
            name_function=lambda i: f"{i:08d}",
            last_endline=True,
            compute=False,
        )
        totals = checked.pluck(1).fold(_add, initial=dict.fromkeys(VERDICTS, 0))
        _, summary = dask.compute(writes, totals, scheduler=scheduler)
        _concatenate(sorted(parts.glob("*.jsonl")), output)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    return summary


_lock = threading.Lock()
_catalogs: dict[Settings, Catalog] = {}


def _worker_catalog(settings: Settings) -> Catalog:
    """This process's catalog for `settings`, loaded on first use (the pipeline is
    loaded once per process by `load_pipeline`)."""
    if settings not in _catalogs:
        from claimcheck.catalog import EMPTY, load_catalog

        data = settings.data
        _catalogs[settings] = (
            EMPTY if data is None else load_catalog(Path(data), settings.data_encoding)
        )
    return _catalogs[settings]


def _check_partition(paths: Iterable[str], settings: Settings) -> list[tuple[str, dict]]:
    """(JSON line, verdict counts) for each article of one partition."""
    from claimcheck.api import check_articles
    from claimcheck.pipeline import DEFAULT_MODEL
    from claimcheck.report.json import article_dict

    articles = [
        load_article(Path(p), encoding=settings.encoding, date=settings.date) for p in paths
    ]
    # One partition at a time in a process: a spaCy pipeline is not made for threads.
    with _lock:
        results = check_articles(
            articles,
            _worker_catalog(settings),
            settings.model or DEFAULT_MODEL,
            settings.hedge_tolerance,
        )
    return [
        (inert_json(json.dumps(article_dict(r), ensure_ascii=False)), r.summary) for r in results
    ]


def _add(total: dict[str, int], summary: dict[str, int]) -> dict[str, int]:
    return {k: total.get(k, 0) + summary.get(k, 0) for k in VERDICTS}


def _concatenate(parts: list[Path], output: Path) -> None:
    """The partitions' lines, in order, into `output`: a file through a rename (never
    half), a device or a pipe in place (never replaced), as `claimcheck.outputs` does."""
    with replacing(output) as stream:
        for part in parts:
            with part.open("rb") as lines:
                shutil.copyfileobj(lines, stream)
