"""Articles made of real sentences, for throughput: deterministic, nothing written to disk.

The sentences come from the seed article, the test fixtures and the INLG 2021
accuracy task's basketball reports (number-dense generated text). Each article is a
fixed-seed sample of them, one paragraph a sentence.
"""

from __future__ import annotations

import csv
import random
import re

from benchmarks.testdata import INLG_DEV, ROOT

INLG_GAMES = INLG_DEV / "games.csv"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])")


def sentences(text: str) -> list[str]:
    """The sentences of a text: split at paragraph breaks, then after . ! ? and a capital."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        out += [s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 4]
    return out


def sources() -> dict[str, list[str]]:
    """Real sentences by where they come from."""
    found = {"seed": sentences((ROOT / "articles" / "nspcc.txt").read_text(encoding="utf-8"))}
    found["fixtures"] = [
        s
        for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
        for s in sentences(path.read_text(encoding="utf-8"))
    ]
    # games.csv has the same reports as texts/, with normal spacing ("113-107,").
    with INLG_GAMES.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    found["inlg2021"] = [s for row in rows for s in sentences(row["DETOKENIZED_GENERATED_TEXT"])]
    return found


def articles(count: int, per_article: int = 12, seed: int = 0) -> list[str]:
    """`count` articles of `per_article` sentences each, drawn with a fixed seed."""
    pool = [s for group in sources().values() for s in group]
    rng = random.Random(seed)
    return ["\n\n".join(rng.sample(pool, per_article)) + "\n" for _ in range(count)]
