"""Read an article (.txt, .md, .html) into the text that claims are anchored in.

For Markdown and HTML the markup is removed and offsets refer to the text that
remains; that text is what the report shows. Page furniture (mastheads, bylines,
"Image source" lines) stays in the text and is recognised later, by the pipeline,
so that line numbers in the report match the file a user has open.
"""

from __future__ import annotations

import codecs
import re
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


def load_article(path: Path, encoding: str = "utf-8", date: str | None = None) -> Article:
    """Read and clean one article; raise ArticleError with a fix for anything unreadable."""
    raw = _read_bytes(path)
    text = _decode(path, raw, encoding)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    front_date = None
    if kind == "markdown":
        text, front_date = markdown_to_text(text)
    elif kind == "html":
        text = html_to_text(text)
    if not text.strip():
        raise ArticleError(f"{path}: the article is empty; give a file with text in it")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{path}: the article has {len(text):,} characters, more than the limit of "
            f"{MAX_ARTICLE_CHARS:,}; split it into several files"
        )
    return Article(path=path, text=text, date=date or front_date)


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


def _decode(path: Path, raw: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name  # "UTF8", "utf_8" and "utf-8" are one codec
    except LookupError:
        raise ArticleError(f"{path}: unknown encoding {encoding!r}; try --encoding utf-8") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and codec == "utf-8":
        raise ArticleError(
            f"{path}: the file is UTF-16; save it as UTF-8 or pass --encoding utf-16"
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
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images keep their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),  # heading markers
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
)


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Markdown without its markup; the front matter's date, if any."""
    date = None
    front = _FRONT_MATTER.match(text)
    if front:
        found = _FRONT_DATE.search(front["body"])
        date = found["date"] if found else None
        text = text[front.end() :]
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text, date


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

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in joined.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
