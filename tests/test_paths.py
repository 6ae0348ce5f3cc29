"""Many articles: folders, globs, --exclude, one catalog, a page per article and an index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck.cli
from claimcheck.api import find_articles
from claimcheck.cli import main
from claimcheck.errors import ArticleError
from tests.conftest import FIXTURES, ROOT

DATA = ROOT / "data"
DRAFT = FIXTURES / "articles" / "draft_with_errors.txt"
SEED = ROOT / "articles" / "nspcc.txt"


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """articles/ with a text, a Markdown and an HTML article, a draft and hidden files."""
    root = tmp_path / "articles"
    (root / "wales").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / ".git").mkdir()
    (root / "wales" / "nspcc.txt").write_bytes(SEED.read_bytes())
    (root / "wales" / "gwent.md").write_text(
        "# Gwent\n\nGwent Police recorded 267 offences in 2017/18.\n", encoding="utf-8"
    )
    (root / "wales" / "north.html").write_text(
        "<p>North Wales Police recorded 373 offences in 2017/18.</p>\n", encoding="utf-8"
    )
    (root / "drafts" / "draft.txt").write_bytes(DRAFT.read_bytes())
    (root / ".git" / "ignored.txt").write_text("12 offences\n", encoding="utf-8")
    (root / "wales" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return root


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def _names(paths):
    return [p.as_posix() for p in paths]


def test_a_folder_is_searched_for_articles_skipping_hidden_ones(newsroom):
    assert _names(find_articles(["articles"])) == [
        "articles/drafts/draft.txt",
        "articles/wales/gwent.md",
        "articles/wales/north.html",
        "articles/wales/nspcc.txt",
    ]


def test_globs_and_exclude(newsroom):
    assert _names(find_articles(["articles/**/*.md"])) == ["articles/wales/gwent.md"]
    assert _names(find_articles(["articles"], exclude=["drafts/*", "*.html"])) == [
        "articles/drafts/draft.txt",  # "drafts/*" is a path glob from the current folder
        "articles/wales/gwent.md",
        "articles/wales/nspcc.txt",
    ]
    assert _names(find_articles(["articles"], exclude=["articles/drafts/*", "*.html"])) == [
        "articles/wales/gwent.md",
        "articles/wales/nspcc.txt",
    ]


def test_a_file_named_twice_is_checked_once(newsroom):
    assert len(find_articles(["articles/wales/nspcc.txt", "articles/wales/*.txt"])) == 1


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("articles/*.docx", "articles/*.docx: matches no article; check the pattern"),
        ("articles/missing.txt", "articles/missing.txt: no such file; check the path"),
    ],
)
def test_nothing_to_check_is_exit_2(newsroom, given, message):
    result = run(given, "--no-data", "--no-report")
    assert result.exit_code == 2
    assert result.output.strip() == f"claimcheck: error: {message}"


def test_an_empty_folder_is_an_error(newsroom):
    (newsroom / "empty").mkdir()
    with pytest.raises(ArticleError, match="is a directory with no article"):
        find_articles([newsroom / "empty"])


def test_everything_excluded_is_a_warning_and_exit_0(newsroom):
    result = CliRunner().invoke(
        main, ["articles/drafts/draft.txt", "--exclude", "draft.txt", "--no-data"]
    )
    assert result.exit_code == 0
    assert "nothing to check" in result.output


def test_several_articles_write_a_page_each_and_an_index(newsroom):
    result = run("articles", "--data", DATA, "--no-timestamp")
    assert result.exit_code == 1  # the draft has contradictions
    assert result.output.splitlines()[-1] == "report: reports/index.html"
    reports = Path("reports")
    assert sorted(p.name for p in reports.iterdir()) == [
        "draft.html",
        "gwent.html",
        "index.html",
        "north.html",
        "nspcc.html",
    ]
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert '<a href="draft.html">articles/drafts/draft.txt</a>' in index
    assert '<a href="nspcc.html">articles/wales/nspcc.txt</a>' in index
    assert "1 of 4 articles fail" in index
    page = (reports / "nspcc.html").read_text(encoding="utf-8")
    assert '<a href="index.html">' in page
    assert page.count('class="claim supported"') == 14
    # Checking the folder again does not take the reports for articles.
    again = run(".", "--data", DATA, "--no-report", "--format", "json")
    paths = [a["path"] for a in json.loads(again.output)["articles"]]
    assert not any(p.startswith("reports/") for p in paths)


def test_report_path_ending_in_html_names_the_index(newsroom):
    result = run("articles/wales", "--no-data", "--report", "out/all.html", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in Path("out").iterdir()) == [
        "all.html",
        "gwent.html",
        "north.html",
        "nspcc.html",
    ]


def test_pages_of_articles_with_the_same_name_do_not_collide(newsroom):
    (newsroom / "drafts" / "nspcc.txt").write_bytes(SEED.read_bytes())
    run("articles/wales/nspcc.txt", "articles/drafts/nspcc.txt", "--no-data", "-q")
    assert sorted(p.name for p in Path("reports").iterdir()) == [
        "articles_drafts_nspcc.html",
        "articles_wales_nspcc.html",
        "index.html",
    ]


def test_the_catalog_is_loaded_once_and_articles_are_piped_together(newsroom, monkeypatch):
    import claimcheck.api

    loads, pipes = [], []
    real_load = claimcheck.api.load_catalog
    real_pipeline = claimcheck.api.load_pipeline

    def counting_load(*args, **kwargs):
        loads.append(args)
        return real_load(*args, **kwargs)

    def counting_pipeline(*args, **kwargs):
        nlp = real_pipeline(*args, **kwargs)

        class Wrapped:
            def pipe(self, texts):
                texts = list(texts)
                pipes.append(len(texts))
                return nlp.pipe(texts)

        return Wrapped()

    monkeypatch.setattr(claimcheck.api, "load_catalog", counting_load)
    monkeypatch.setattr(claimcheck.api, "load_pipeline", counting_pipeline)
    result = run("articles", "--data", DATA, "--no-report")
    assert result.exit_code == 1
    assert (len(loads), pipes) == (1, [4])


def test_progress_bar_on_a_terminal_for_several_articles(newsroom, monkeypatch):
    monkeypatch.setattr(claimcheck.cli, "_stderr_is_tty", lambda: True)
    result = CliRunner().invoke(main, ["articles/wales", "--no-data", "--no-report"])
    assert "Checking articles" in result.stderr
    single = CliRunner().invoke(main, ["articles/wales/nspcc.txt", "--no-data", "--no-report"])
    assert "Checking articles" not in single.stderr
