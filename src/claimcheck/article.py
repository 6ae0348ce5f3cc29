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
from bisect import bisect_right
from pathlib import Path

from claimcheck.errors import ArticleError
from claimcheck.html_text import html_text
from claimcheck.mapped_text import Mapped
from claimcheck.markdown_text import markdown_text
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
        mapped, front_date = markdown_text(source)
    elif kind == "html":
        mapped = html_text(source)
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
    silences the next line with text (blank lines in between are skipped). Each line
    is read once, however many markers there are.
    """
    lines = source.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    next_with_text = [0] * (len(lines) + 1)  # 1-based: the first line >= n with text
    for number in range(len(lines), 0, -1):
        with_text = IGNORE_MARKER.sub("", lines[number - 1]).strip()
        next_with_text[number - 1] = number if with_text else next_with_text[number]
    silenced: set[int] = set()
    shares_text: dict[tuple[int, int], bool] = {}  # lines of a marker -> text beside it
    for found in IGNORE_MARKER.finditer(source):
        first, last = bisect_right(starts, found.start()), bisect_right(starts, found.end())
        if (first, last) not in shares_text:
            around = "\n".join(lines[first - 1 : last])
            shares_text[first, last] = bool(IGNORE_MARKER.sub("", around).strip())
        if shares_text[first, last]:
            silenced.update(range(first, last + 1))
        elif next_with_text[last]:
            silenced.add(next_with_text[last])
    return frozenset(silenced)


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


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, paragraphs separated by blank lines."""
    return html_text(text).text
