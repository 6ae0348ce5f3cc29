"""The lexicon: each word list defined once, and the patterns and code that read it agree.

The duplicate check scans src/ for literal word lists: sets, tuples, lists and dict keys
of four or more words in Python (shorter ones are inline tests such as {"a", "an",
"the"}), and "IN" lists in the JSONL patterns. It fails when one list holds all of
another's words: the same list kept twice, which is how "gain" came to be a change noun
but no cue. KNOWN_TWINS are the ones left, each with why.
"""

from __future__ import annotations

import ast
import json
from itertools import combinations
from pathlib import Path

import pytest

from claimcheck import lexicon
from claimcheck.pipeline import read_patterns
from tests.conftest import claims_of

SRC = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
MIN_WORDS = 4
# The smaller list of each pair of twins left, and why it is left.
KNOWN_TWINS = {
    frozenset({"percentage", "proportion", "rate", "share"}): (
        "names.py's ratio words, also in its generic words and extract's skipped value"
        " nouns (extract/constructions/ranks.py): to move with names.py"
    ),
    frozenset({"a", "amount", "an", "count", "level", "number", "of", "the", "total"}): (
        "extract.measure_hints.changed_noun's words to skip, a part of names.py's generic words"
    ),
    frozenset({"day", "decade", "fortnight", "month", "week", "year"}): (
        "pipeline.py's CALENDAR (and DURATIONS): to move when pipeline.py is not in flux"
    ),
    frozenset({"day", "fortnight", "hour", "minute", "month", "week", "year"}): (
        "the lexicon's rate units, a part of pipeline.py's DURATIONS (as above)"
    ),
    frozenset({"billion", "bn", "k", "m", "million", "mn", "thousand", "tn", "trillion"}): (
        "the scale words after digits in quantities.jsonl's digits rows, which the"
        " hostile-text branch rewrites today: to name a lexicon list after the merge"
    ),
    frozenset({"fraction", "percent", "points", "times"}): "Quantity.unit values, not prose",
    frozenset({"aliases", "groups", "periods", "sources"}): "metadata file keys, not prose",
    frozenset({"date", "note", "publisher", "quote"}): "metadata file keys, not prose",
    frozenset({"day", "hours", "month", "year"}): "spreadsheet date formats, not prose",
}


def literal_word_lists() -> list[tuple[str, frozenset[str]]]:
    """(where, words) for each literal list of four or more lower-case words in src/."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Set | ast.List | ast.Tuple):
                items = node.elts
            elif isinstance(node, ast.Dict):
                items = [k for k in node.keys if k is not None]
            else:
                continue
            words = [i.value for i in items if isinstance(i, ast.Constant)]
            if len(words) == len(items) >= MIN_WORDS and all(_is_word(w) for w in words):
                found.append((f"{path.name}:{node.lineno}", frozenset(words)))
    for path in sorted(SRC.rglob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                found += [
                    (f"{path.name}:{number}", frozenset(words))
                    for words in _in_lists(json.loads(line)["pattern"])
                    if len(words) >= MIN_WORDS and all(_is_word(w) for w in words)
                ]
    return found


def _is_word(value: object) -> bool:
    return isinstance(value, str) and value.isalpha() and value.islower()


def _in_lists(pattern: object) -> list[list[str]]:
    if not isinstance(pattern, list):
        return []
    return [
        value["IN"]
        for token in pattern
        for value in token.values()
        if isinstance(value, dict) and isinstance(value.get("IN"), list)
    ]


def test_the_scan_finds_the_lexicon_lists():
    places = {where.split(":")[0] for where, _ in literal_word_lists()}
    assert {"lexicon.py", "subject_hints.py"} <= places  # a scan that finds nothing proves nothing


def test_no_word_list_is_defined_twice():
    twins = [
        (a, b, sorted(wa & wb))
        for (a, wa), (b, wb) in combinations(literal_word_lists(), 2)
        if (wa <= wb or wb <= wa) and min(wa, wb, key=len) not in KNOWN_TWINS
    ]
    assert twins == []


def test_every_known_twin_is_still_there():
    """A twin that is gone must leave KNOWN_TWINS too, or it could come back unseen."""
    lists = {words for _, words in literal_word_lists()}
    assert [sorted(words) for words in KNOWN_TWINS if words not in lists] == []


def test_every_change_noun_is_a_change_cue():
    assert lexicon.CHANGE_UP_NOUNS <= lexicon.CHANGE_UP_WORDS
    assert lexicon.CHANGE_DOWN_NOUNS <= lexicon.CHANGE_DOWN_WORDS
    assert not lexicon.CHANGE_UP_WORDS & lexicon.CHANGE_DOWN_WORDS


def test_patterns_get_the_lexicon_words():
    (up,) = [row for row in read_patterns("cues.jsonl") if row["id"] == "up_word"]
    assert set(up["pattern"][0]["LEMMA"]["IN"]) == lexicon.CHANGE_UP_WORDS


def test_an_unknown_list_is_named_in_the_error():
    with pytest.raises(ValueError, match="@no_such_list"):
        lexicon.expand_pattern([{"LOWER": {"IN": "@no_such_list"}}])


@pytest.mark.parametrize(
    ("text", "anchor", "direction"),
    [
        ("Burglaries in Gwent saw a gain of 86 in 2017/18.", "gain of 86", "up"),
        ("Robberies recorded a tumble of 12 last year.", "tumble of 12", "down"),
        ("Offences showed a plunge of 20% in 2017.", "plunge of 20%", "down"),
    ],
)
def test_every_change_noun_reaches_a_change(nlp, text, anchor, direction):
    changes = [c for c in claims_of(nlp, text) if c.kind in {"change", "percent_change"}]
    assert [(c.text, c.direction) for c in changes] == [(anchor, direction)]


@pytest.mark.parametrize("noun", ["plunge", "tumble"])
def test_the_largest_plunge_ranks_the_most_negative_change(nlp, noun):
    text = f"The largest {noun} was 20% in Gwent."
    (rank,) = [c for c in claims_of(nlp, text) if c.kind == "rank"]
    assert (rank.metric, rank.extreme) == ("change", "min")
