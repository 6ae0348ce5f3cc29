"""Tokenize text that holds long runs of punctuation in time linear in their length.

>>> [t.text for t in tokenize(nlp.tokenizer, "Up 5%. " + "[" * 100)][:5]  # nlp: spaCy
['Up', '5', '%', '.', '[']

spaCy's tokenizer strips a word's prefixes and suffixes one at a time, copying what is
left each time: a run of punctuation with no space in it ("[[[[...", "####...", or
quotation marks) costs the square of its length, 10 s for 8,000 characters. Such a run is
never a word, so each of its characters is made a token here, and spaCy tokenizes only
the text between the runs. The Doc's text is the text given, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

# Runs shorter than this cost spaCy little, and "-----" or "?!" are left to it.
RUN_LENGTH = 64
_RUN = re.compile(rf"[^\w\s]{{{RUN_LENGTH},}}")


def tokenize(tokenizer: Callable[[str], Doc], text: str) -> Doc:
    """`tokenizer(text)`, but with each long run of punctuation one token a character."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return tokenizer(text)
    words: list[str] = []
    spaces: list[bool] = []
    cursor = 0
    for run in runs:
        _add(tokenizer, text[cursor : run.start()], words, spaces)
        words.extend(run.group())
        spaces.extend([False] * len(run.group()))
        cursor = run.end()
    _add(tokenizer, text[cursor:], words, spaces)
    return Doc(tokenizer.vocab, words=words, spaces=spaces)


def _add(tokenizer: Callable[[str], Doc], text: str, words: list[str], spaces: list[bool]) -> None:
    if text:
        for token in tokenizer(text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
