"""Text that remembers, character by character, where it came from in a file.

>>> Mapped.identity("up <b>30%</b>").sub(re.compile(r"</?b>"), "").origin.tolist()
[0, 1, 2, 6, 7, 8, 13]

Removing Markdown or HTML markup is a series of edits; each keeps the origin of the
text it keeps and gives inserted text the origin of what it replaced, so that a
claim's line and column in the report are those of the file a user has open.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

# An edit of a text: (start, end, what replaces text[start:end]), the replacement
# being a span of the text to keep, (start, end), or literal text.
Edit = tuple[int, int, "tuple[int, int] | str"]


class Mapped:
    """Text in which every character knows its offset in the source file."""

    __slots__ = ("origin", "text")

    def __init__(self, text: str, origin: array) -> None:
        assert len(text) == len(origin)
        self.text = text
        self.origin = origin

    @classmethod
    def identity(cls, text: str, start: int = 0) -> Mapped:
        return cls(text, array("q", range(start, start + len(text))))

    @classmethod
    def at(cls, text: str, offset: int) -> Mapped:
        """Inserted text (a paragraph break, a space) that stands for one source offset."""
        return cls(text, array("q", [offset]) * len(text))

    @classmethod
    def join(cls, parts: list[Mapped]) -> Mapped:
        origin = array("q")
        for part in parts:
            origin.extend(part.origin)
        return cls("".join(part.text for part in parts), origin)

    def sub(self, pattern: re.Pattern, repl: str | int, pad: bool = False) -> Mapped:
        """`pattern.sub` where `repl` is a group to keep or literal text.

        With `pad`, a literal replacement is repeated to the length of the match, so
        that the text keeps its length (plain text stays aligned with its file).
        """
        return self.edit(
            (
                (
                    found.start(),
                    found.end(),
                    found.span(repl) if isinstance(repl, int) else repl,
                )
                for found in pattern.finditer(self.text)
            ),
            pad,
        )

    def edit(self, edits: Iterable[Edit], pad: bool = False) -> Mapped:
        """The text with each edit made; edits come in order and do not overlap."""
        texts: list[str] = []
        origin, cursor = array("q"), 0
        for start, end, replacement in edits:
            texts.append(self.text[cursor:start])
            origin.extend(self.origin[cursor:start])
            if isinstance(replacement, tuple):
                texts.append(self.text[replacement[0] : replacement[1]])
                origin.extend(self.origin[replacement[0] : replacement[1]])
            else:
                text = replacement * (end - start) if pad else replacement
                texts.append(text)
                origin.extend(array("q", [self.origin[start]]) * len(text))
            cursor = end
        if not texts:
            return self
        texts.append(self.text[cursor:])
        origin.extend(self.origin[cursor:])
        return Mapped("".join(texts), origin)

    def strip(self) -> Mapped:
        stripped = self.text.strip()
        start = len(self.text) - len(self.text.lstrip())
        return self._slice(start, start + len(stripped))

    def _slice(self, start: int, end: int) -> Mapped:
        return Mapped(self.text[start:end], self.origin[start:end])
