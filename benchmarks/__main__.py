"""`python -m benchmarks`: every accuracy corpus, one scoreboard, its JSON beside it.

    python -m benchmarks                                  # all corpora (a few minutes)
    python -m benchmarks --corpus seed --corpus domains   # some of them
    python -m benchmarks --compare benchmarks/results/baseline-5998353.json

Prints the table (docs/accuracy.md says what each column means), writes the run to
benchmarks/results/latest.json (or --json PATH) and, with --compare, the change in
every count against an earlier run's JSON. The corpora run in this process, so spaCy
loads once. Exit code 0, or 2 with one line for a bad option or an unreadable --compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import articles, board, realdata
from benchmarks.inlg2021 import scoreboard as inlg
from benchmarks.revision import revision
from benchmarks.scoring import Outcome, Scoreline, tally
from benchmarks.testdata import ROOT

Runner = Callable[[], tuple[list[str], list[Outcome]]]


def _realdata() -> tuple[list[str], list[Outcome]]:
    verdicts, rows = realdata.run()
    return verdicts, [Outcome(truth, predicted) for truth, predicted in rows]


CORPORA: dict[str, Runner] = {
    "seed": articles.run_seed,
    "paraphrases": articles.run_paraphrases,
    "homeoffice": articles.run_homeoffice,
    "domains": articles.run_domains,
    "inlg2021": lambda: inlg.run(plain=False),
    "inlg-nometa": lambda: inlg.run(plain=True),
    "realdata-dev": _realdata,
}
LATEST = ROOT / "benchmarks" / "results" / "latest.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--corpus", action="append", choices=list(CORPORA), help="run only this corpus (repeat)"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=LATEST,
        help=f"where to write the run ({LATEST.relative_to(ROOT)})",
    )
    parser.add_argument("--compare", type=Path, help="an earlier run's JSON to compare with")
    args = parser.parse_args(argv)
    before = None
    if args.compare is not None:
        try:
            before = board.from_json(json.loads(args.compare.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            print(
                f"{args.compare}: not a scoreboard run ({error}); give a JSON this command wrote",
                file=sys.stderr,
            )
            return 2
    names = args.corpus or list(CORPORA)
    lines: dict[str, Scoreline] = {}
    for name in names:
        began = time.monotonic()
        verdicts, outcomes = CORPORA[name]()
        lines[name] = tally(name, verdicts, outcomes)
        print(f"{name}: {time.monotonic() - began:.0f} s", file=sys.stderr)
    date = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    commit = revision()
    print(f"claimcheck accuracy scoreboard, {date}, commit {commit}\n")
    print("\n".join(board.render(lines)))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(board.to_json(lines, date, commit), indent=1) + "\n", encoding="utf-8"
    )
    print(f"\nwritten: {args.json}")
    if before is not None:
        print(f"\nchange against {args.compare}:\n")
        print("\n".join(board.compare(lines, before)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
