"""The scoreboard as text, its JSON, and the change against an earlier run.

    >>> print(render({"seed": Scoreline(19, 14, 0, 5, 19, 0, 0, 0, 0, 0, 14)})[-1])
    | total | 19 | 14 | 0 | 5 | 19 | 0/0 | 0 | 0 | 0 | 73.7% |

A Markdown table, so that docs/accuracy.md and a change's closing note can quote it as
printed. The total row is the sum of the corpora shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from benchmarks.scoring import Scoreline, total

HEADER = (
    "| corpus | claims | supported | contradicted | unverifiable | labels "
    "| errors caught | false alarms | false passes | claims missed | coverage |"
)
RULE = "|---|" + "---:|" * 10
COUNTS = (
    "claims",
    "supported",
    "contradicted",
    "unverifiable",
    "labels",
    "caught",
    "false_alarms",
    "false_passes",
    "missed",
)


def _row(name: str, line: Scoreline) -> str:
    cells = [
        line.claims,
        line.supported,
        line.contradicted,
        line.unverifiable,
        line.labels,
        f"{line.caught}/{line.wrong}",
        line.false_alarms,
        line.false_passes,
        line.missed,
        f"{line.coverage:.1%}",
    ]
    return f"| {name} | " + " | ".join(str(c) for c in cells) + " |"


def render(lines: Mapping[str, Scoreline]) -> list[str]:
    """The table: a row a corpus, in the order given, then the total."""
    rows = [_row(name, line) for name, line in lines.items()]
    return [HEADER, RULE, *rows, _row("total", total(lines.values()))]


def to_json(lines: Mapping[str, Scoreline], date: str, commit: str) -> dict[str, Any]:
    return {
        "date": date,
        "commit": commit,
        "corpora": {name: line.as_dict() for name, line in lines.items()},
        "total": total(lines.values()).as_dict(),
    }


def from_json(run: Mapping[str, Any]) -> dict[str, Scoreline]:
    return {name: Scoreline.from_dict(row) for name, row in run["corpora"].items()}


def compare(now: Mapping[str, Scoreline], before: Mapping[str, Scoreline]) -> list[str]:
    """The change in every count, corpus by corpus (those in both runs), then in total:
    "+2" or "-1", blank when unchanged. A rise in false alarms is marked "(worse)"."""
    shared = [name for name in now if name in before]
    header = "| corpus | " + " | ".join(c.replace("_", " ") for c in COUNTS) + " | coverage |"
    out = [header, "|---|" + "---:|" * (len(COUNTS) + 1)]
    pairs = [(name, now[name], before[name]) for name in shared]
    pairs.append(("total", total(now[n] for n in shared), total(before[n] for n in shared)))
    for name, new, old in pairs:
        cells = []
        for count in COUNTS:
            change = getattr(new, count) - getattr(old, count)
            cell = f"{change:+d}" if change else ""
            if count == "false_alarms" and change > 0:
                cell += " (worse)"
            cells.append(cell)
        points = (new.coverage - old.coverage) * 100
        cells.append(f"{points:+.1f} pt" if round(points, 1) else "")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    missing = sorted(set(now) ^ set(before))
    if missing:
        out.append(f"(not in both runs, so not compared: {', '.join(missing)})")
    return out
