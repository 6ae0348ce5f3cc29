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
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from claimcheck.targets import Found, Target

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
# Heads of a phrase that make its figure a ratio, not a count: "the infection rate" is
# the measure headed "Rate per 100,000", not "Infections".
RATIO_WORDS = {"rate", "percentage", "proportion", "share"}
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


class _CharTable(dict):
    """What `normalise` makes of each character, worked out once per distinct character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = char.lower()
        out = (lowered if len(lowered) == 1 else char) if char.isalnum() else " "
        self[code] = out
        return out


_CHARS = _CharTable()


def normalise(text: str) -> str:
    """Lower case, every non-alphanumeric character a space; same length as the input."""
    # One str.translate pass: names are searched in whole articles.
    return text.translate(_CHARS)


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
    return list(_words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    # Measure vocabularies are scored against every claim: split each phrase once.
    return tuple(singular(w) for w in key(text).split())


def short_forms(name: str) -> list[str]:
    """Other ways an article may write a name: without an organisational suffix
    ("North Wales Police"), a trailing "etc" ("Obscene publications etc"), a
    parenthetical note ("Burglary (residential)") or the qualifier a statistical
    list puts after a comma:

        >>> short_forms("Iran, Islamic Rep."), short_forms("Hong Kong SAR, China")
        (['iran'], ['hong kong sar', 'hong kong'])
        >>> short_forms("London, City of"), short_forms("Gambia, The")
        (['city of london'], ['the gambia', 'gambia'])
        >>> short_forms("Korea, Republic of"), short_forms("Latin America & Caribbean")
        (['republic of korea', 'korea'], ['latin america and caribbean'])

    A form two values share ("Korea, Rep." and "Korea, Dem. People's Rep.") names
    neither: the name index holds both targets, and a claim naming it is ambiguous.
    """
    forms = []
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    base = key(bare)
    if base != key(name):
        forms.append(base)
    if "&" in bare:  # "Latin America & Caribbean" is written with "and"
        forms.append(key(bare.replace("&", " and ")))
    head, comma, qualifier = bare.partition(", ")
    one_qualifier = bool(comma) and "," not in qualifier
    head, qualifier = key(head), key(qualifier)
    if one_qualifier and head and qualifier:
        if qualifier == "the" or qualifier.endswith(" of"):  # an inverted name
            forms.append(f"{qualifier} {head}")
            if qualifier == "the":
                forms.append(head)
        else:
            forms.append(head)
        base = forms[-1]
    for suffix in (*ORG_SUFFIXES, "etc", "sar"):
        if base.endswith(" " + suffix):
            forms.append(base[: -len(suffix) - 1])
            break
    republic = _REPUBLIC_OF.match(base)
    if republic:
        forms.append(republic.group(1))
    return forms


# "Republic of Korea", "United Republic of Tanzania", "Democratic Republic of the Congo":
# the state's name is what follows (a name two states share stays ambiguous).
_REPUBLIC_OF = re.compile(r"^(?:[a-z ]+ )?republic of (?:the )?([a-z][a-z ]*)$")


def same_names(columns: Iterable[Iterable[str]]) -> dict[str, Target]:
    """Values one column holds in forms that read the same, each -> one ambiguous
    target naming them all:

        same_names([["Gwent Police", "Gwent  Police", "Dyfed-Powys"]])
        == {"Gwent  Police": Target.ambiguous("'Gwent  Police' or 'Gwent Police'"),
            "Gwent Police": Target.ambiguous("'Gwent  Police' or 'Gwent Police'")}

    An article cannot say which it means, so a claim naming either is unverifiable and
    names both; were each its own name, the one the matcher met first would decide, and
    a true figure for "Gwent Police" was contradicted by the row of "Gwent  Police".
    Across tables such forms are one name written two ways, and stay so.
    """
    targets: dict[str, Target] = {}
    for values in columns:
        by_key: dict[str, list[str]] = {}
        for value in values:
            by_key.setdefault(key(value), []).append(value)
        for same in by_key.values():
            if len(same) > 1:
                target = Target.ambiguous(" or ".join(repr(v) for v in sorted(same)))
                targets.update(dict.fromkeys(same, target))
    return targets


# Official names leave out the articles a sentence puts in: "Possession of article with
# blade or point" is written "possession of an article with a blade or point".
ARTICLES = frozenset({"a", "an", "the"})
_ARTICLE_GAP = r"\s+(?:(?:a|an|the)\s+)?"


def _without_articles(form: str) -> str:
    """The key a match with articles put in is looked up by (the pattern allows them)."""
    return " ".join(w for w in form.split() if w not in ARTICLES)


@dataclass
class _Searched:
    """The text searched last, normalised, and what its searches found: every claim of
    an article searches its sentence and the sentences before it, and looks up the
    near spellings of its names. Replaced whole when another text is searched, so
    that threads sharing an index each see a consistent one."""

    text: str
    normalised: str
    found: dict[tuple[int, int | None], list[Found]] = field(default_factory=dict)
    fuzzy: dict[str, list[Target]] = field(default_factory=dict)


class NameIndex:
    """Finds any of many names in a text, longest name first, at word boundaries."""

    def __init__(
        self, names: Iterable[tuple[str, Target]], capitals: Iterable[tuple[str, Target]] = ()
    ) -> None:
        """`names` are (written form, target) pairs; a target is what a match resolves to.
        `capitals` are pairs whose form is found only written in capitals ("US", not "us").
        Forms that differ only in articles ("the Gambia", "Gambia") find each other's
        targets: one table writes "Latin America and the Caribbean", another "Latin
        America & Caribbean"."""
        self.targets: dict[str, set[Target]] = {}
        self.capitals: dict[str, set[Target]] = {}
        for written, target in names:
            form = key(written)
            if form:
                self.targets.setdefault(form, set()).add(target)
        for written, target in capitals:
            form = key(written)
            if form:
                self.capitals.setdefault(form, set()).add(target)
                self.targets.setdefault(form, set())
        forms = sorted(self.targets, key=lambda f: (-len(f), f))
        self.alike: dict[str, set[str]] = {}
        for form in forms:
            self.alike.setdefault(_without_articles(form), set()).add(form)
        alternation = "|".join(_ARTICLE_GAP.join(map(re.escape, f.split())) for f in forms)
        self.pattern = re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])") if forms else None
        self._searched = _Searched("", "")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Every match in text[start:end], as offsets into text; ambiguous forms repeat."""
        if self.pattern is None:
            return []
        searched = self._searched
        if searched.text is not text:
            searched = self._searched = _Searched(text, normalise(text))
        found = searched.found.get((start, end))
        if found is None:
            found = []
            norm = searched.normalised
            for match in self.pattern.finditer(norm, start, len(text) if end is None else end):
                capitals = not any(c.islower() for c in text[match.start() : match.end()])
                for target in sorted(self._targets(match.group(), capitals)):
                    found.append(Found(match.start(), match.end(), target))
            searched.found[start, end] = found
        return list(found)

    def _targets(self, matched: str, capitals: bool) -> set[Target]:
        """What a match names: its form's targets and those of forms that differ from it
        only in articles, with the capitals-only ones when it is written in capitals."""
        bare = _without_articles(" ".join(matched.split()))
        targets: set[Target] = set()
        for form in self.alike[bare]:
            targets |= self.targets[form]
            if capitals:
                targets |= self.capitals.get(form, set())
        return targets

    def fuzzy(self, text: str) -> list[Target]:
        """Targets of the written forms most like `text` (misspellings, "&" for "and"),
        scored by rapidfuzz's normalised Levenshtein similarity; several targets when
        they tie, none below FUZZY_CUTOFF."""
        done = self._searched.fuzzy
        if text not in done:
            done[text] = self._fuzzy_targets(text)
        return list(done[text])

    def _fuzzy_targets(self, text: str) -> list[Target]:
        if not self.targets:
            return []
        forms = [form for form, targets in self.targets.items() if targets]
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

    def lookup(self, text: str) -> set[Target]:
        """Targets whose written form is exactly this text (after normalising)."""
        form = key(text)
        found = set(self.targets.get(form, set()))
        if not any(c.islower() for c in text):
            found |= self.capitals.get(form, set())
        return found
