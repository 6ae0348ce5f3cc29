"""Normalising names and finding them in text.

An article says "Dyfed Powys Police" or "North Wales police"; a table says
"Dyfed-Powys" and "North Wales". Both sides are normalised the same way (case,
punctuation, simple plurals) and searched with word boundaries. Normalisation keeps
the text's length, so a match in the normalised text is a match at the same offsets
in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Words that organisations add to a place name; "North Wales Police" is "North Wales".
ORG_SUFFIXES = (
    "police force",
    "police service",
    "police",
    "constabulary",
    "county council",
    "borough council",
    "city council",
    "council",
    "nhs trust",
    "nhs foundation trust",
    "fire and rescue service",
    "fire service",
    "health board",
)
FUZZY_CUTOFF = 85.0  # "Dyfed Powis" ~ "Dyfed Powys" (91); "Wales" !~ "North Wales" (62)
# Words that never name a measure on their own.
GENERIC_WORDS = {
    "rate",
    "percentage",
    "proportion",
    "share",
    "per",
    "cent",
    "percent",
    "number",
    "total",
    "figure",
    "amount",
    "level",
    "count",
    "all",
    "the",
    "of",
    "a",
    "an",
    "new",
    "latest",
    "recorded",
    "reported",
    "value",
    "data",
}


def normalise(text: str) -> str:
    """Lower case, every non-alphanumeric character a space; same length as the input."""
    return "".join(
        c.lower() if c.isalnum() and len(c.lower()) == 1 else (c if c.isalnum() else " ")
        for c in text
    )


def key(text: str) -> str:
    """A name's comparison key: normalised, single-spaced."""
    return " ".join(normalise(text).split())


def singular(word: str) -> str:
    """A plural's singular, well enough for matching headers ("offences" -> "offence")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Singular, normalised words of a phrase."""
    return [singular(w) for w in key(text).split()]


def short_forms(name: str) -> list[str]:
    """Other ways an article may write a name: without an organisational suffix
    ("North Wales Police"), a trailing "etc" ("Obscene publications etc") or a
    parenthetical note ("Burglary (residential)")."""
    forms = []
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    base = key(bare)
    if base != key(name):
        forms.append(base)
    for suffix in (*ORG_SUFFIXES, "etc"):
        if base.endswith(" " + suffix):
            forms.append(base[: -len(suffix) - 1])
            break
    return forms


@dataclass(frozen=True)
class Found:
    """A name found in text: where, and which entry of the vocabulary it is."""

    start: int
    end: int
    target: str


class NameIndex:
    """Finds any of many names in a text, longest name first, at word boundaries."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """`names` are (written form, target) pairs; a target is what a match resolves to."""
        self.targets: dict[str, set[str]] = {}
        for written, target in names:
            form = key(written)
            if form:
                self.targets.setdefault(form, set()).add(target)
        forms = sorted(self.targets, key=lambda f: (-len(f), f))
        alternation = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
        self.pattern = re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])") if forms else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Every match in text[start:end], as offsets into text; ambiguous forms repeat."""
        if self.pattern is None:
            return []
        # Only the stretch searched is normalised (and the character before it, for the
        # word boundary): normalising the whole article once a claim was quadratic.
        offset = max(0, start - 1)
        norm = normalise(text[offset : len(text) if end is None else end])
        found = []
        for match in self.pattern.finditer(norm, start - offset):
            form = " ".join(match.group().split())
            for target in sorted(self.targets[form]):
                found.append(Found(match.start() + offset, match.end() + offset, target))
        return found

    def fuzzy(self, text: str) -> list[str]:
        """Targets of the written forms most like `text` (misspellings, "&" for "and"),
        scored by rapidfuzz's normalised Levenshtein similarity; several targets when
        they tie, none below FUZZY_CUTOFF."""
        if not self.targets:
            return []
        forms = list(self.targets)
        found = [
            hit
            for wanted in (key(text), *short_forms(text))
            if len(wanted) >= 4
            for hit in process.extract(
                wanted, forms, scorer=fuzz.ratio, limit=5, score_cutoff=FUZZY_CUTOFF
            )
        ]
        if not found:
            return []
        best = max(score for _, score, _ in found)
        return sorted({t for form, score, _ in found if score == best for t in self.targets[form]})

    def lookup(self, text: str) -> set[str]:
        """Targets whose written form is exactly this text (after normalising)."""
        return set(self.targets.get(key(text), set()))
