"""Lines and columns are those of the file, through Markdown and HTML markup alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.article import html_to_text, ignored_lines, load_article


def _article(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _position_of(article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return article.line_col(start)


def test_plain_text_is_the_file_and_positions_are_direct(tmp_path):
    article = _article(tmp_path, "a.txt", "Title\n\nUp 24% from 287.\n")
    assert article.text == "Title\n\nUp 24% from 287.\n"
    assert article.origin is None
    assert _position_of(article, "24%") == (3, 4)


def test_markdown_positions_skip_front_matter_and_markup(tmp_path):
    source = "---\ndate: 2018-09-13\n---\n# A **bold** title\n\nOffences were *up 24%* in [Gwent](https://x.example).\n"
    article = _article(tmp_path, "a.md", source)
    assert "up 24% in Gwent." in article.text
    assert article.date == "2018-09-13"
    assert _position_of(article, "up 24%") == (6, 16)  # the "u" after the "*"
    assert _position_of(article, "Gwent") == (6, 28)
    assert _position_of(article, "bold") == (4, 7)


def test_markdown_bullet_after_a_blank_line_keeps_the_paragraph_break(tmp_path):
    article = _article(tmp_path, "a.md", "First paragraph.\n\n- an item of 12\n")
    assert article.text == "First paragraph.\n\nan item of 12\n"
    assert _position_of(article, "12") == (3, 14)


def test_html_positions_are_in_the_markup(tmp_path):
    source = (
        "<html><body>\n<h1>Head</h1>\n<p>Police recorded\n   2,895 offences &amp; up "
        "<b>30%</b>.</p>\n</body></html>\n"
    )
    article = _article(tmp_path, "a.html", source)
    assert "Police recorded 2,895 offences & up 30%." in article.text
    assert _position_of(article, "2,895") == (4, 4)
    assert _position_of(article, "30%") == (4, 31)
    assert article.span(article.text.index("30%"), article.text.index("30%") + 3) == (4, 31, 4, 34)


def test_html_inline_tags_keep_the_spaces_between_words():
    assert html_to_text("<p>up <b>30%</b> from <i>287</i></p>") == "up 30% from 287\n"


@pytest.mark.parametrize(
    ("source", "silenced"),
    [
        ("a 12\nb 13 <!-- claimcheck: ignore -->\nc 14\n", {2}),
        ("a 12\n<!-- claimcheck: ignore -->\n\nc 14\nd 15\n", {4}),
        ("a 12 [claimcheck: ignore]\nb 13\n", {1}),
        ("[Claimcheck: Ignore]\nb 13\n", {2}),
        ("a 12\n<!--\n  claimcheck: ignore\n-->\nb 13\n", {5}),
        ("<!-- claimcheck: ignore -->\n", set()),
    ],
)
def test_a_marker_silences_its_own_line_or_the_next_line_with_text(source, silenced):
    assert ignored_lines(source) == silenced


def test_the_marker_yields_no_text(tmp_path):
    txt = _article(tmp_path, "a.txt", "Up 24%. [claimcheck: ignore]\n")
    assert txt.text == "Up 24%.                     \n"  # same length: offsets still slice the file
    md = _article(tmp_path, "a.md", "Up 24%. <!-- claimcheck: ignore -->\n")
    assert "claimcheck" not in md.text
    html = _article(tmp_path, "a.html", "<p>Up 24%. <!-- claimcheck: ignore --></p>")
    assert "claimcheck" not in html.text
