"""Sums of named subjects: "Brazil and Mexico together", "the two countries combined".

    "Brazil and Mexico together were home to 309 million people" -> Brazil + Mexico
    "The two countries together had 309 million"  -> the last two names before it
    "Brazil had 195 million and Mexico 114 million, together 309 million"
                                                  -> only 309 million is the sum

Checked against one of the names, such a sum was contradicted. The word must come
before the figure and after the names it joins; "the two"/"both" with no name in the
sentence points back to that many names of the sentences before.
"""

from __future__ import annotations

import re

from claimcheck.targets import Found, Target, TargetKind

TOGETHER_WORDS = re.compile(r"\b(together|combined)\b", re.IGNORECASE)
HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4}
_POINTING = re.compile(r"\b(both|the (two|three|four))\b", re.IGNORECASE)


def joined(
    text: str, start: int, claim_start: int, found: list[Found], earlier: list[Found]
) -> Found | None:
    """The names a "together" before the claim joins, as one target; None if none.
    `text` is the article, `start` the sentence's start, `found` the sentence's names
    and `earlier` those of the sentences before (both as the matcher found them)."""
    word = next((m for m in TOGETHER_WORDS.finditer(text, start, claim_start)), None)
    if word is None:
        return None
    names = _distinct(f for f in found if f.end <= word.start())
    if not names:
        pointing = _POINTING.search(text, start, word.start())
        if pointing is None:
            return None
        count = HOW_MANY[pointing.group().split()[-1].lower()]
        names = _distinct(sorted(earlier, key=lambda f: -f.start))[:count][::-1]
        if len(names) < count:
            return None
    if len(names) < 2:
        return None
    values = tuple(f.target.name for f in names)
    return Found(names[0].start, names[-1].end, Target.together(values))


def _distinct(found) -> list[Found]:
    """Value names only, each once, in the order given."""
    seen: dict[Target, Found] = {}
    for f in found:
        if f.target.kind is TargetKind.VALUE:
            seen.setdefault(f.target, f)
    return list(seen.values())
