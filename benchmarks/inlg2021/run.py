"""Run claimcheck on converted games and keep its JSON report for each.

Each game is checked through the public API, `claimcheck.check`, with the game's own
data directory; the spaCy pipeline is loaded once (it is cached) and reused.

When claimcheck raises on a game, one claim is enough to lose the whole article. So
that the other claims are still measured, the game is checked again claim by claim
(`claimcheck.api.judge`, what `check` runs after parsing): claims that raise on
their own are set aside as "crashed" (with the error) and the rest are judged
together as `check` would. The result keeps the first error under "error".
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck import check
from claimcheck.model import Claim, Report
from claimcheck.report.json import to_dict


def _describe(error: Exception) -> str:
    last = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__}: {error} ({Path(last.filename).name}:{last.lineno})"


def run_game(game_dir: Path) -> dict[str, Any]:
    """claimcheck's JSON report (version 1) for one converted game.

    On a crash the report also has "error" (the first error) and "crashed_claims".
    """
    article, data = game_dir / "article.txt", game_dir / "data"
    try:
        return to_dict(check([article], data=data, timestamp=False))
    except Exception as error:  # a core crash is a finding: keep it, measure the rest
        first = _describe(error)
    try:
        result = _claim_by_claim(article, data)
    except Exception as error:
        return {"error": first, "recovery_error": _describe(error)}
    result["error"] = first
    return result


def _claim_by_claim(article_path: Path, data: Path) -> dict[str, Any]:
    from claimcheck.api import judge
    from claimcheck.article import load_article
    from claimcheck.catalog import load_catalog
    from claimcheck.pipeline import load_pipeline

    catalog = load_catalog(data)
    article = load_article(article_path)
    claims: list[Claim] = list(load_pipeline()(article.text)._.claims)
    kept, crashed = [], []
    for claim in claims:
        try:
            judge(article, [claim], catalog)
        except Exception as error:
            crashed.append((claim, _describe(error)))
        else:
            kept.append(claim)
    result = judge(article, kept, catalog)
    out = to_dict(Report(results=(result,), data_path=str(data)))
    out["crashed_claims"] = [
        {
            "id": claim.id,
            "kind": claim.kind,
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "sentence": claim.sentence,
            "verdict": "crashed",
            "explanation": error,
            "evidence": [],
            "checks": [],
        }
        for claim, error in crashed
    ]
    return out


def run_games(
    out: Path, ids: list[str], progress: Callable[[str], None] | None = None
) -> dict[str, dict[str, Any]]:
    """Check every game in `ids` (converted under `out/games/`); save out/results/Sxxx.json."""
    results_dir = out / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for game_id in ids:
        result = run_game(out / "games" / game_id)
        (results_dir / f"{game_id}.json").write_text(
            json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        results[game_id] = result
        if progress is not None:
            progress(game_id)
    return results
