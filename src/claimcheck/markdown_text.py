"""The text of a Markdown article: markup removed, each character mapped to the file.

>>> markdown_text("Up **30%** from [287](https://example.org)")[0].text
'Up 30% from 287'

In time linear in the file's length, whatever it holds. A pattern such as
`\\*(.+?)\\*` tries every "*" as an opener and scans the rest of its line for a closer:
" *a" repeated (openers that never close) made that quadratic, 54 s for 80 KB. So
emphasis and comments are paired by a scan that finds each opener's closer with one
lookup, and link patterns stop at the next bracket or parenthesis rather than at the
end of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from claimcheck.mapped_text import Edit, Mapped

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.S)
_FRONT_DATE = re.compile(r"^date:\s*['\"]?(?P<date>\d{4}-\d{2}-\d{2})", re.M)
# A link's URL may hold one level of parentheses ("https://en.wikipedia.org/wiki/A_(b)").
_URL = r"\((?:[^()]++|\([^()]*+\))*+\)"
_MD_RULES: tuple[tuple[re.Pattern, str | int], ...] = (
    (re.compile(r"!\[([^\[\]]*+)\]" + _URL), 1),  # images keep their alt text
    (re.compile(r"\[([^\[\]]++)\]" + _URL), 1),  # links keep their text
    # Markers only ever match within one line: a blank line is never swallowed.
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),  # heading markers
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),  # bullets
)
_CODE = re.compile(r"`([^`]*)`")  # inline code


def markdown_text(source: str) -> tuple[Mapped, str | None]:
    """The text and the front matter's `date:` (None without one)."""
    date = None
    mapped = Mapped.identity(source)
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_DATE.search(front["body"])
        date = found["date"] if found else None
        mapped = Mapped.identity(source[front.end() :], front.end())
    mapped = mapped.edit(_comments(mapped.text))  # comments are invisible on the page
    for pattern, replacement in _MD_RULES:
        mapped = mapped.sub(pattern, replacement)
    for emphasis in (_bold, _italics):
        mapped = mapped.edit(emphasis(mapped.text))
    return mapped.sub(_CODE, 1), date


def _comments(text: str) -> Iterator[Edit]:
    """`<!-- ... -->`, across lines; an opener that is never closed stays text."""
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3, ""
        start = text.find("<!--", end + 3)


def _bold(text: str) -> Iterator[Edit]:
    """`**bold**` and `__bold__`, within a line: the first closer after each opener."""
    openers = _positions(text, r"(?=(\*\*|__))")
    closers = {
        delimiter: _positions(text, rf"(?={re.escape(delimiter)})") for delimiter in ("**", "__")
    }
    return _pairs(text, openers, lambda p: closers[text[p : p + 2]], 2)


def _italics(text: str) -> Iterator[Edit]:
    """`*italics*` where the opener follows no word or "*" and precedes no space, and the
    closer follows no space and precedes no word or "*"."""
    openers = _positions(text, r"(?<![\w*])\*(?=\S)")
    closers = _positions(text, r"(?<=\S)\*(?![\w*])")
    return _pairs(text, openers, lambda _: closers, 1)


def _positions(text: str, pattern: str) -> list[int]:
    return [found.start() for found in re.finditer(pattern, text)]


def _pairs(
    text: str, openers: list[int], closers_for: Callable[[int], list[int]], width: int
) -> Iterator[Edit]:
    """Each opener with the first closer that leaves it some text on the same line, as
    `re.finditer` with a lazy `(.+?)` would pair them, but with one bisect per opener:
    the delimiters go and their content is kept."""
    line_ends = _positions(text, "\n")
    cursor = 0
    for opener in openers:
        if opener < cursor:
            continue
        closers = closers_for(opener)
        k = bisect_left(closers, opener + width + 1)
        if k == len(closers):
            continue
        closer = closers[k]
        line = bisect_left(line_ends, opener)
        if line < len(line_ends) and line_ends[line] < closer:
            continue  # the closer is on a later line
        yield opener, closer + width, (opener + width, closer)
        cursor = closer + width
