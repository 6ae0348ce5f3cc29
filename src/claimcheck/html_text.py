"""The visible text of an HTML article, each character mapped onto the markup.

>>> html_text("<p>up <b>30%</b> from <i>287</i></p>").text
'up 30% from 287\\n'

A small tokenizer of its own, in one pass over the file: the standard library's
`HTMLParser` (Python 3.11) rescans the rest of the file for every tag that does not
close, so `<a b='` repeated to 120 KB took over a minute. Here each character is read
once or twice, whatever the markup.

As a browser reads it: a tag, comment or declaration that is never closed hides the
rest of the file (the text after `<a title='...` is inside the tag); a "<" that opens
no tag ("a < b", "<5") is text; `<script>` and `<style>` hold raw text up to their own
end tag. Block elements start a paragraph; hidden ones (`<head>`, `<script>`, `<svg>`
...) show nothing.
"""

from __future__ import annotations

import re
from html import unescape

from claimcheck.mapped_text import Mapped

BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "br",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
}
HIDDEN = {"script", "style", "noscript", "template", "head", "svg"}
RAW_TEXT = {"script", "style"}  # their content is never markup

_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*+")
# The rest of a start tag: attributes, a quoted value holding any ">", up to its ">".
_TAG_REST = re.compile(r"""(?:[^>=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))*+>""")
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in RAW_TEXT}
_SPACES = re.compile(r"\s+")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_RULES = (
    (re.compile(r"[^\S\n]+"), " "),  # runs of spaces within a line: one space
    (re.compile(r" *\n *"), "\n"),  # no spaces around line breaks
    (re.compile(r"\n{3,}"), "\n\n"),  # at most one blank line
)


def html_text(source: str) -> Mapped:
    """The visible text, paragraphs separated by blank lines, ending with a newline."""
    mapped = Mapped.join(_Reader(source).parts())
    for pattern, replacement in _RULES:
        mapped = mapped.sub(pattern, replacement)
    mapped = mapped.strip()
    end = mapped.origin[-1] + 1 if mapped.text else 0
    return Mapped.join([mapped, Mapped.at("\n", end)])


class _Reader:
    """One pass over the markup, collecting the text that shows."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.hidden = 0  # depth of hidden elements around the current position
        self.found: list[Mapped] = []

    def parts(self) -> list[Mapped]:
        source, text_from, at = self.source, 0, 0
        while (tag := source.find("<", at)) >= 0:
            end = self._markup(tag, text_from)
            if end is None:  # "a < b", "<5": a "<" that opens nothing is text
                at = tag + 1
                continue
            text_from = at = end
        self._data(text_from, len(source))
        return self.found

    def _markup(self, at: int, text_from: int) -> int | None:
        """Read the markup at `at` (a "<"), after the text from `text_from`; return where
        the text after it starts, or None if the "<" opens nothing."""
        source, end_of_file = self.source, len(self.source)
        following = source[at + 1 : at + 2]
        closing = following == "/"
        name = _TAG_NAME.match(source, at + 2 if closing else at + 1)
        opens_nothing = name is None and not (following in {"!", "?"} or closing)
        if opens_nothing:
            return None
        self._data(text_from, at)
        if source.startswith("<!--", at):
            close = source.find("-->", at + 4)
            return end_of_file if close < 0 else close + 3
        if name is None:  # a declaration "<!DOCTYPE", "<?xml", or a bogus comment "</ >"
            close = source.find(">", at + 1)
            return end_of_file if close < 0 else close + 1
        rest = _TAG_REST.match(source, name.end())
        if rest is None:
            return end_of_file  # never closed: the rest of the file is inside the tag
        tag, end = name.group().lower(), rest.end()
        if closing:
            self._end(tag, at)
            return end
        self._start(tag, at)
        if source[end - 2 : end] == "/>":
            self._end(tag, at)
        elif tag in RAW_TEXT:
            raw_end = _RAW_END[tag].search(source, end)
            return end_of_file if raw_end is None else raw_end.start()
        return end

    def _start(self, tag: str, at: int) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.found.append(Mapped.at("\n\n", at))

    def _end(self, tag: str, at: int) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.found.append(Mapped.at("\n\n", at))

    def _data(self, start: int, end: int) -> None:
        """The text between tags, character references decoded, each character mapped
        onto the markup; runs of white space (line breaks too) become one space, kept
        at the edges: "up <b>30%</b>" must stay "up 30%"."""
        if self.hidden or start >= end:
            return
        raw = Mapped.identity(self.source[start:end], start)
        decoded = raw.edit((*ref.span(), unescape(ref[0])) for ref in _CHARREF.finditer(raw.text))
        self.found.append(decoded.sub(_SPACES, " "))
