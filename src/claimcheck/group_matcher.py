"""Several groups of token patterns in one spaCy Matcher, run only where a match can be.

spaCy's Matcher tries every pattern at every token of a Doc, and claimcheck's
patterns (periods, quantities, cue words) ask for particular words: "in", "2016/17",
"almost", "rose". Most words of an article ("rebounds", "defeated") can start or
continue no pattern. `GroupMatcher` runs one Matcher holding every group's patterns
only over the stretches of a Doc that hold words some pattern asks for, and skips a
lone word that no pattern can match by itself ("the" between two such stretches).

A pattern token that asks for no word (`{"POS": "NOUN"}` after "per") may match any
token: each stretch reaches that many tokens further on either side. The matches, and
their order within a group, are those of one Matcher a group over the whole Doc:
every token of a match is a word some pattern asks for or within that reach of one.

The Matcher is given the patterns with their tests of a word's text compiled into
flags of the vocabulary (`claimcheck.word_flags`), checked once per word rather than at
each token; they are validated as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from claimcheck.word_flags import with_flags

_STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "LEMMA": LEMMA}
_OPTIONAL = {"?", "*"}
_OPERATORS = {None, "1", "!", "?", "*", "+"}


class GroupMatcher:
    """Each group's matches, as labelled spans, from one pass over a Doc's stretches."""

    def __init__(self, vocab: Vocab, groups: dict[str, list[dict]]) -> None:
        self.vocab = vocab
        self.groups = tuple(groups)
        self.matcher = Matcher(vocab, validate=False)  # validated as written, below
        self.labels: dict[int, tuple[str, str]] = {}  # match id -> (group, label)
        # What the pattern tokens ask for, by attribute: a word or a regular expression,
        # with what a token that has it can be (a Fit).
        self.words: dict[int, dict[str, Fit]] = {ORTH: {}, LOWER: {}, LEMMA: {}}
        self.regexes: dict[int, list[tuple[re.Pattern, Fit]]] = {ORTH: [], LOWER: [], LEMMA: []}
        self.everywhere = False  # a pattern that can match without a named word
        rows = [(group, row) for group, rows in groups.items() for row in rows]
        compiled = with_flags(vocab, [row["pattern"] for _, row in rows])
        for (group, row), pattern in zip(rows, compiled, strict=True):
            key = f"{group}|{row['label']}|{row['id']}"
            errors = validate_token_pattern(row["pattern"])
            if errors:
                raise MatchPatternError(key, {0: errors})
            self.matcher.add(key, [pattern])
            self.labels[vocab.strings[key]] = (group, row["label"])
            self._learn(row["pattern"])
        self._fits: dict[tuple[int, int], Fit] = {}  # (ORTH, LEMMA) -> a token's fit

    def _learn(self, pattern: list[dict]) -> None:
        """Note the words a pattern asks for: whether each can be a match's only named
        word, and how many unnamed tokens the pattern puts right before and after it."""
        named = [_words(token) for token in pattern]
        ops = [token.get("OP") for token in pattern]
        free = [i for i, words in enumerate(named) if words is None]
        if any(op not in _OPERATORS for op in ops) or any(ops[i] in {"*", "+"} for i in free):
            self.everywhere = True  # a counted repeat ("{2,3}"), or any number of unnamed
            return
        required = [i for i, words in enumerate(named) if words and ops[i] not in _OPTIONAL]
        if not required and free:
            self.everywhere = True  # a match of unnamed tokens only
            return
        # The tokens that can be a match's only named word: any, when all are optional;
        # the required one, when there is one; none, when a match names two words.
        alone = {0: set(range(len(pattern))), 1: set(required)}.get(len(required), set())
        for i, words in enumerate(named):
            fit = Fit(alone=i in alone, before=_unnamed(named, i, -1), after=_unnamed(named, i, 1))
            for attr, value in words or ():
                if isinstance(value, re.Pattern):
                    self.regexes[attr].append((value, fit))
                else:
                    self.words[attr][value] = self.words[attr].get(value, NO_FIT) | fit

    def _fit(self, orth: int, lower: int, lemma: int) -> Fit:
        """What a token can be, by its text, lower case and lemma (cached by text and
        lemma, which settle the lower case: articles repeat their words)."""
        fit = self._fits.get((orth, lemma))
        if fit is None:
            fit = NO_FIT
            for attr, key in ((ORTH, orth), (LOWER, lower), (LEMMA, lemma)):
                text = self.vocab.strings[key]
                fit = fit | self.words[attr].get(text, NO_FIT)
                for regex, also in self.regexes[attr]:
                    if regex.search(text):
                        fit = fit | also
            self._fits[orth, lemma] = fit
        return fit

    def stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of each stretch of the Doc where a match can be."""
        size = len(doc)
        if self.everywhere:
            return [(0, size)] if size else []
        # Stretches around the tokens that fit: [start, end, how many fit, one alone].
        found: list[list] = []
        for i, (orth, lower, lemma) in enumerate(doc.to_array([ORTH, LOWER, LEMMA]).tolist()):
            fit = self._fit(orth, lower, lemma)
            if not fit.fits:
                continue
            start, end = max(0, i - fit.before), min(size, i + 1 + fit.after)
            if found and start <= found[-1][1]:  # they may share a match
                last = found[-1]
                last[1:] = [max(last[1], end), last[2] + 1, last[3] or fit.alone]
            else:
                found.append([start, end, 1, fit.alone])
        # A stretch with a single word that no pattern matches by itself holds no match.
        return [(start, end) for start, end, count, alone in found if count > 1 or alone]

    def __call__(self, doc: Doc) -> dict[str, list[Span]]:
        """Each group's matches, as labelled spans in the order spaCy finds them."""
        found: dict[str, list[Span]] = {group: [] for group in self.groups}
        for start, end in self.stretches(doc):
            for match_id, first, last in self.matcher(doc[start:end]):
                group, label = self.labels[match_id]
                found[group].append(Span(doc, start + first, start + last, label=label))
        return found


@dataclass(frozen=True)
class Fit:
    """What a token that a pattern token names can be: `alone`, a match's only named
    word; `before` and `after`, next to how many unnamed tokens of a match."""

    fits: bool = True
    alone: bool = False
    before: int = 0
    after: int = 0

    def __or__(self, other: Fit) -> Fit:
        return Fit(
            self.fits or other.fits,
            self.alone or other.alone,
            max(self.before, other.before),
            max(self.after, other.after),
        )


NO_FIT = Fit(fits=False)


def _words(token: dict) -> list[tuple[int, str | re.Pattern]] | None:
    """The (attribute, word or regex) a token pattern asks for; None if it names none
    (it may then match any token)."""
    if token.get("OP") == "!":
        return None
    found: list[tuple[int, str | re.Pattern]] = []
    for name, value in token.items():
        attr = _STRING_ATTRS.get(name)
        if attr is None:
            continue
        if isinstance(value, str):
            found.append((attr, value))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            found += [(attr, v) for v in value["IN"]]
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            found.append((attr, re.compile(value["REGEX"])))
    return found or None


def _unnamed(named: list, index: int, step: int) -> int:
    """How many pattern tokens that name no word lie next to token `index`, going `step`."""
    count, i = 0, index + step
    while 0 <= i < len(named) and named[i] is None:
        count, i = count + 1, i + step
    return count
