"""A Matcher pattern's tests of a word's text, compiled into flags of the vocabulary.

    >>> pattern = [{"LOWER": {"IN": ["in", "since"]}}, {"TEXT": {"REGEX": "^(19|20)\\d\\d$"}}]
    >>> with_flags(nlp.vocab, [pattern])
    [[{19: True}, {20: True}]]
    >>> nlp("since 2016")[1].check_flag(20)
    True

spaCy's Matcher runs a REGEX or IN test as a Python call at every token where a
pattern may start, and again for each pattern token a match may reach: most of the
time claimcheck spent finding periods and quantities. A test of a word's text or
lower case depends on the word alone, so it is computed once per word of the
vocabulary instead (`Vocab.add_flag`: for the words already known when the pattern is
compiled, and for each new word as it first occurs), and the Matcher checks a bit in
C. The patterns in `claimcheck/patterns/` stay the one definition of what is matched;
they are compiled here when the Matcher is built, and match exactly what they did.

A vocabulary has `FLAGS` free bits: the tests that may start a match take them first,
and the others (tried only where a match is under way) keep their Python test when
the bits run out. Tests of the parse (a lemma, a part of speech) stay Python tests; a
list of one (`{"POS": {"IN": ["NUM"]}}`) is compiled to the plain value it allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.lang.lex_attrs import lower
from spacy.vocab import Vocab

# The bits spaCy leaves to users: its own flags end at IS_CURRENCY (18), flags_t has 64.
FLAGS = range(19, 64)
_WORD_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}
_SPECIAL = {"MORPH", "ENT_IOB"}  # attributes whose IN spaCy reads its own way
_STARTS = {"?", "*"}  # a token with these may be skipped, so the next may start a match


@dataclass(frozen=True)
class WordTest:
    """One test of a word: its text (`ORTH`) or lower case (`LOWER`) is one of `words`,
    or `regex` finds a match in it. Called with a word's text, as spaCy's flag getters
    are; equal tests are one flag."""

    attr: int
    words: frozenset[str] = frozenset()
    regex: str | None = None
    _compiled: re.Pattern | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.regex is not None:
            object.__setattr__(self, "_compiled", re.compile(self.regex))

    def __call__(self, text: str) -> bool:
        word = lower(text) if self.attr == LOWER else text
        if self._compiled is not None:
            return self._compiled.search(word) is not None
        return word in self.words


def with_flags(vocab: Vocab, patterns: Iterable[list[dict]]) -> list[list[dict]]:
    """The patterns with each test of a word's text replaced by a flag of `vocab` that
    holds it (while bits are free), and each list of one value by that value."""
    patterns = [[dict(token) for token in pattern] for pattern in patterns]
    tests: dict[WordTest, bool] = {}  # each test, and whether it may start a match
    for pattern in patterns:
        starts = True
        for token in pattern:
            for name, value in token.items():
                test = _word_test(name, value)
                if test is not None:
                    tests[test] = tests.get(test, False) or starts
            starts = starts and token.get("OP") in _STARTS
    ordered = sorted(tests, key=lambda t: not tests[t])  # stable: starts first, then the rest
    flags = _flags(vocab, ordered)
    for pattern in patterns:
        for token in pattern:
            for name, value in list(token.items()):
                test = _word_test(name, value)
                if test is not None and test in flags:
                    del token[name]
                    token[flags[test]] = True
                elif _one_value(name, value):
                    token[name] = value["IN"][0]
    return patterns


def _word_test(name: object, value: object) -> WordTest | None:
    """The test a pattern token's `name: value` makes of a word's text, if it is one."""
    attr = _WORD_ATTRS.get(name) if isinstance(name, str) else None
    if attr is None or not isinstance(value, dict) or len(value) != 1:
        return None
    if _one_value(name, value):
        return None  # the plain value: checked in C already, and takes no bit
    if isinstance(value.get("IN"), list) and all(isinstance(v, str) for v in value["IN"]):
        return WordTest(attr, words=frozenset(value["IN"]))
    if isinstance(value.get("REGEX"), str):
        return WordTest(attr, regex=value["REGEX"])
    return None


def _one_value(name: object, value: object) -> bool:
    """Whether `name: value` allows one string value only (`{"IN": ["NUM"]}`)."""
    return (
        isinstance(name, str)
        and name.upper() not in _SPECIAL
        and isinstance(value, dict)
        and list(value) == ["IN"]
        and isinstance(value["IN"], list)
        and len(value["IN"]) == 1
        and isinstance(value["IN"][0], str)
    )


def _flags(vocab: Vocab, tests: list[WordTest]) -> dict[WordTest, int]:
    """A flag of `vocab` for each test, in order, while bits are free: a test the vocab
    already has a flag for (another Matcher on the same vocab) keeps it."""
    getters = vocab.lex_attr_getters
    flags = {getter: bit for bit, getter in getters.items() if isinstance(getter, WordTest)}
    free = [bit for bit in FLAGS if bit not in getters]
    for test in tests:
        if test not in flags and free:
            flags[test] = vocab.add_flag(test, free.pop(0))
    return {test: flags[test] for test in tests if test in flags}
