"""realdata-dev on the scoreboard, scored by the vendored score.py's own functions.

    >>> score_py().predict([{"verdict": "supported"}, {"verdict": "contradicted"}])
    'contradicted'

testdata/realdata-dev/score.py is kept as published (it is also run on its own), so it
is loaded from its file rather than copied: its rules (a label's claims are those whose
span overlaps its anchor; contradicted if any is, else supported if any is, else
unverifiable; "missed" when none) are then the scoreboard's rules for every corpus.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from types import ModuleType
from typing import Any

from benchmarks.testdata import REALDATA_DEV


@cache
def score_py() -> ModuleType:
    """testdata/realdata-dev/score.py as a module."""
    spec = importlib.util.spec_from_file_location("realdata_dev_score", REALDATA_DEV / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run() -> tuple[list[str], list[tuple[str, str]]]:
    """Every claim's verdict, and (truth, prediction) for every label, as score.py scores
    them: all ten articles in one run against data/, in this process."""
    from claimcheck import check
    from claimcheck.report.json import to_dict

    score = score_py()
    labels = json.loads(score.LABELS.read_text(encoding="utf-8"))
    paths = [(score.ARTICLES / name).resolve() for name in sorted({lb["article"] for lb in labels})]
    output: dict[str, Any] = to_dict(check(paths, data=score.DATA, timestamp=False))
    results = {(score.ARTICLES / a["path"]).resolve(): a for a in output["articles"]}
    rows, _ = score.score(labels, results)
    verdicts = [c["verdict"] for a in output["articles"] for c in a["claims"]]
    return verdicts, [(r["truth"], r["predicted"]) for r in rows]
