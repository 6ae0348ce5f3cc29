"""Read an article (.txt, .md, .html) into the text that claims are anchored in.

For Markdown and HTML the markup is removed and offsets refer to the text that
remains; that text is what the report shows. Every character of that text remembers
where it came from in the file (`Article.origin`), so that line and column numbers in
the report, in GitHub annotations and in SARIF are those of the file a user has open.
Page furniture (mastheads, bylines, "Image source" lines) stays in the text and is
recognised later, by the pipeline.

Suppression markers (`<!-- claimcheck: ignore -->`, or `[claimcheck: ignore]` in any
kind of file) are found here, in the file as written, and recorded as the lines they
silence; the marker itself is blanked out of the text so that it yields no claims.
"""

from __future__ import annotations

import codecs
import re
from array import array
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from claimcheck.errors import ArticleError
from claimcheck.model import Article

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's own default limit for one text
# The most bytes MAX_ARTICLE_CHARS characters can take in UTF-8 (HTML markup aside):
# a larger file is refused before it is read, so a 50 MB file costs nothing.
MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS

# `<!-- claimcheck: ignore -->` (Markdown, HTML, and plain text too) or
# `[claimcheck: ignore]` (any kind): silences claims on its line and the next line with text.
IGNORE_MARKER = re.compile(
    r"<!--\s*claimcheck:\s*ignore\s*-->|\[claimcheck:\s*ignore\]", re.IGNORECASE
)


def load_article(path: Path, encoding: str = "utf-8", date: str | None = None) -> Article:
    """Read and clean one article; raise ArticleError with a fix for anything unreadable."""
    raw = _read_bytes(path)
    source = _decode(path, raw, encoding)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    front_date = None
    if kind == "markdown":
        mapped, front_date = _markdown(source)
    elif kind == "html":
        mapped = _html(source)
    else:
        mapped = Mapped.identity(source)
    # Plain text keeps its length, so offsets still slice the file; elsewhere the marker goes.
    mapped = mapped.sub(IGNORE_MARKER, " " if kind == "text" else "", pad=kind == "text")
    text = mapped.text
    if not text.strip():
        raise ArticleError(f"{path}: the article is empty; give a file with text in it")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{path}: the article has {len(text):,} characters, more than the limit of "
            f"{MAX_ARTICLE_CHARS:,}; split it into several files"
        )
    identity = kind == "text"
    return Article(
        path=path,
        text=text,
        date=date or front_date,
        source=None if identity else source,
        origin=None if identity else tuple(mapped.origin),
        ignored_lines=ignored_lines(source),
    )


def ignored_lines(source: str) -> frozenset[int]:
    """The 1-based lines of the file that markers silence.

    A marker on a line with text silences that line; a marker alone on its line
    silences the next line with text (blank lines in between are skipped).
    """
    lines = source.split("\n")
    silenced: set[int] = set()
    for found in IGNORE_MARKER.finditer(source):
        first = source.count("\n", 0, found.start()) + 1
        last = source.count("\n", 0, found.end()) + 1
        line_start = source.rfind("\n", 0, found.start()) + 1
        line_end = source.find("\n", found.end())
        around = source[line_start : line_end if line_end >= 0 else len(source)]
        if IGNORE_MARKER.sub("", around).strip():
            silenced.update(range(first, last + 1))
            continue
        for number in range(last + 1, len(lines) + 1):
            if IGNORE_MARKER.sub("", lines[number - 1]).strip():
                silenced.add(number)
                break
    return frozenset(silenced)


class Mapped:
    """Text in which every character knows its offset in the source file.

    Markup removal is a series of substitutions; each keeps the origin of what it
    keeps and gives inserted text the origin of what it replaced.
    """

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
        parts, cursor = [], 0
        for found in pattern.finditer(self.text):
            parts.append(self._slice(cursor, found.start()))
            if isinstance(repl, int):
                parts.append(self._slice(*found.span(repl)))
            else:
                text = repl * (found.end() - found.start()) if pad else repl
                parts.append(Mapped.at(text, self.origin[found.start()]))
            cursor = found.end()
        if not parts:
            return self
        parts.append(self._slice(cursor, len(self.text)))
        return Mapped.join(parts)

    def strip(self) -> Mapped:
        stripped = self.text.strip()
        start = len(self.text) - len(self.text.lstrip())
        return self._slice(start, start + len(stripped))

    def _slice(self, start: int, end: int) -> Mapped:
        return Mapped(self.text[start:end], self.origin[start:end])


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise ArticleError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory; give an article file (.txt, .md or .html)")
    if not path.is_file():  # a FIFO or a device such as /dev/zero would never end
        raise ArticleError(
            f"{path}: is not a regular file; save the article to a .txt, .md or .html file"
        )
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path}: the file is {size:,} bytes, more than the limit of "
                f"{MAX_ARTICLE_BYTES:,}; split it into several files"
            )
        with path.open("rb") as stream:
            raw = stream.read(MAX_ARTICLE_BYTES + 1)  # never more, even if the file grows
    except PermissionError:
        raise ArticleError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise ArticleError(
            f"{path}: cannot be read ({error.strerror}); check the file and try again"
        ) from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{path}: the file is more than the limit of {MAX_ARTICLE_BYTES:,} bytes; "
            "split it into several files"
        )
    return raw


# Byte-order marks of the Unicode encodings UTF-8 cannot read, UTF-32's first: its
# little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(path: Path, raw: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name  # "UTF8", "utf_8" and "utf-8" are one codec
    except LookupError:
        raise ArticleError(f"{path}: unknown encoding {encoding!r}; try --encoding utf-8") from None
    marked = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if marked and codec == "utf-8":
        raise ArticleError(
            f"{path}: the file is {marked.upper()}; save it as UTF-8 or pass --encoding {marked}"
        )
    if b"\x00" in raw and not codec.startswith(("utf-16", "utf-32")):
        raise ArticleError(f"{path}: looks like a binary file, not text; give a .txt, .md or .html")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{path}: is not valid {encoding} (byte {error.start}); "
            "save it as UTF-8 or pass --encoding latin-1"
        ) from None
    except (LookupError, UnicodeError):  # not a text encoding ("hex"), or "undefined"
        raise ArticleError(f"{path}: unknown encoding {encoding!r}; try --encoding utf-8") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.S)
_FRONT_DATE = re.compile(r"^date:\s*['\"]?(?P<date>\d{4}-\d{2}-\d{2})", re.M)
_MD_RULES = (
    (re.compile(r"<!--.*?-->", re.S), ""),  # comments are invisible on the page
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), 1),  # images keep their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), 1),  # links keep their text
    # Markers only ever match within one line: a blank line is never swallowed.
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),  # heading markers
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),  # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), 2),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), 1),  # italics
    (re.compile(r"`([^`]*)`"), 1),  # inline code
)


def _markdown(source: str) -> tuple[Mapped, str | None]:
    date = None
    mapped = Mapped.identity(source)
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_DATE.search(front["body"])
        date = found["date"] if found else None
        mapped = Mapped.identity(source[front.end() :], front.end())
    for pattern, replacement in _MD_RULES:
        mapped = mapped.sub(pattern, replacement)
    return mapped, date


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one block element a paragraph."""

    BLOCKS: ClassVar[set[str]] = {
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
    HIDDEN: ClassVar[set[str]] = {"script", "style", "noscript", "template", "head", "svg"}

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.parts: list[Mapped] = []
        self.hidden = 0

    def here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append(Mapped.at("\n\n", self.here()))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append(Mapped.at("\n\n", self.here()))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # Runs of white space (line breaks too) become one space, kept at the edges:
            # "up <b>30%</b>" must stay "up 30%".
            self.parts.append(self._decoded(data, self.here()).sub(_SPACES, " "))

    def _decoded(self, data: str, start: int) -> Mapped:
        """The data as the parser decoded it, each character mapped onto the raw markup."""
        end = self.source.find("<", start)
        raw = self.source[start : end if end >= 0 else len(self.source)]
        parts, cursor = [], 0
        for ref in _CHARREF.finditer(raw):
            parts.append(Mapped.identity(raw[cursor : ref.start()], start + cursor))
            parts.append(Mapped.at(unescape(ref.group()), start + ref.start()))
            cursor = ref.end()
        parts.append(Mapped.identity(raw[cursor:], start + cursor))
        mapped = Mapped.join(parts)
        if mapped.text == data:
            return mapped
        # The parser cut the data differently (a stray "<"): keep the line, near the column.
        last = max(len(raw) - 1, 0)
        return Mapped(data, array("q", (start + min(k, last) for k in range(len(data)))))


_SPACES = re.compile(r"\s+")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_HTML_RULES = (
    (re.compile(r"[^\S\n]+"), " "),  # runs of spaces within a line: one space
    (re.compile(r" *\n *"), "\n"),  # no spaces around line breaks
    (re.compile(r"\n{3,}"), "\n\n"),  # at most one blank line
)


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, paragraphs separated by blank lines."""
    return _html(text).text


def _html(source: str) -> Mapped:
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    mapped = Mapped.join(parser.parts)
    for pattern, replacement in _HTML_RULES:
        mapped = mapped.sub(pattern, replacement)
    mapped = mapped.strip()
    end = mapped.origin[-1] + 1 if mapped.text else 0
    return Mapped.join([mapped, Mapped.at("\n", end)])
