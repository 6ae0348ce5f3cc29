"""The fast paths give what the plain ones give: worker processes, the one-pass span
matcher, table lookups through the index, streamed CSVs, and a run that never imports
pandas."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import spacy
from click.testing import CliRunner
from spacy.matcher import Matcher

from claimcheck.catalog import load_catalog
from claimcheck.group_matcher import GroupMatcher
from claimcheck.pipeline import CUES, PERIODS, QUANTITIES, read_patterns
from tests.conftest import FIXTURES, ROOT

TEXTS = [
    (ROOT / "articles" / "nspcc.txt").read_text(encoding="utf-8"),
    (FIXTURES / "articles" / "draft_with_errors.txt").read_text(encoding="utf-8"),
    "In 2016/17 there were 1,437 offences, up 12% on 2015-16; a third (33.3%) were online. "
    "Since April 2016 about £1.2bn was spent, twice as much as in Q1 2015, the highest rise.",
    "Butler went 7-of-14 from the field for 23 points per game, and every year the total "
    "rose by a third; 1 in 4 of his last five games were wins (32-18).",
]


@pytest.fixture
def four_articles(tmp_path):
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXTS[0], encoding="utf-8")
    return [*paths, FIXTURES / "articles" / "draft_with_errors.txt"]


def test_jobs_give_the_same_report_as_one_process(four_articles):
    from claimcheck import check
    from claimcheck.report import render

    one = check(four_articles, data=ROOT / "data", timestamp=False)
    seen = []
    two = check(four_articles, data=ROOT / "data", timestamp=False, jobs=2, progress=seen.append)
    assert render(two, "json") == render(one, "json")
    assert [r.article.path for r in seen] == four_articles


def test_jobs_option_prints_what_one_process_prints(four_articles):
    from claimcheck.cli import main

    args = [*map(str, four_articles), "--data", str(ROOT / "data"), "--no-report"]
    one = CliRunner().invoke(main, args)
    two = CliRunner().invoke(main, [*args, "--jobs", "2"])
    assert (two.exit_code, two.output) == (one.exit_code, one.output)


def test_jobs_below_one_is_a_usage_error(four_articles):
    from claimcheck.cli import main

    result = CliRunner().invoke(main, [str(four_articles[0]), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output


def test_one_pass_matcher_finds_what_a_matcher_a_group_finds(nlp):
    mentions = nlp.get_pipe("claimcheck_mentions")
    files = {PERIODS: "periods.jsonl", QUANTITIES: "quantities.jsonl", CUES: "cues.jsonl"}
    with nlp.select_pipes(disable=["claimcheck_mentions", "claimcheck_claims"]):
        docs = list(nlp.pipe(TEXTS))
    for group, name in files.items():
        plain = Matcher(nlp.vocab, validate=True)
        for row in read_patterns(name):
            plain.add(row["label"] + "|" + row["id"], [row["pattern"]])
        for doc in docs:
            expected = [
                (doc.vocab.strings[key].split("|")[0], start, end) for key, start, end in plain(doc)
            ]
            found = [(s.label_, s.start, s.end) for s in mentions.matcher(doc)[group]]
            assert found == expected, group


def test_matcher_skips_words_no_pattern_names(nlp):
    doc = nlp.make_doc("Thomas grabbed 38 rebounds in 2017/18.")
    stretches = nlp.get_pipe("claimcheck_mentions").matcher.stretches(doc)
    assert [doc[a:b].text for a, b in stretches] == ["38", "in 2017/18."]


def test_matcher_reaches_the_token_a_pattern_names_no_word_for():
    nlp = spacy.blank("en")
    pattern = [{"LOWER": "per"}, {"IS_ALPHA": True}]
    matcher = GroupMatcher(
        nlp.vocab, {"rates": [{"label": "RATE", "id": "per", "pattern": pattern}]}
    )
    doc = nlp("Eight goals per game and one per season.")
    assert [doc[a:b].text for a, b in matcher.stretches(doc)] == ["per game", "per season"]
    assert [s.text for s in matcher(doc)["rates"]] == ["per game", "per season"]


def test_index_lookup_matches_a_scan_of_every_row():
    table = next(t for t in load_catalog(ROOT / "data").tables if t.name == "iioc-by-type")
    cells = table.cells
    for dim in table.dims:
        for value in table.values(dim):
            for period in table.periods:
                where = [(dim, (value,)), ("_period", (period,))]
                scan = np.flatnonzero(
                    (cells[dim] == value).to_numpy()
                    & np.array([p == period for p in cells["_period"]])
                )
                assert table.index.rows(where).tolist() == scan.tolist()


def test_checking_never_imports_pandas():
    code = (
        "import sys; from claimcheck import check\n"
        f"check([{str(ROOT / 'articles' / 'nspcc.txt')!r}], data={str(ROOT / 'data')!r})\n"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"year,count\n2016,1\n\n2017,2\n", "utf-8"),
        # One byte that is not UTF-8, far down the file: the whole file is Windows-1252.
        (
            b"area,count\n" + b"".join(b"x%d,%d\n" % (i, i) for i in range(70000)) + b"Caf\xe9,3\n",
            "cp1252",
        ),
    ],
)
def test_streamed_csv_reads_as_the_whole_file_decoded(tmp_path, data, encoding):
    from claimcheck.readers import read_tables

    path = tmp_path / "t.csv"
    path.write_bytes(data)
    table = read_tables(path)[0]
    lines = data.decode(encoding).split("\n")
    rows = [(number, line.split(",")) for number, line in enumerate(lines, 1) if line][1:]
    assert table.frame.values.tolist() == [cells for _, cells in rows]
    assert table.rows == tuple(number for number, _ in rows)


def test_a_figure_found_once_is_what_a_scan_of_its_rows_gives(tmp_path):
    """`find_figure` remembers its answers: each is what the rows found by a scan hold
    (how many, their sum when they are parts of one figure, the first row), and asking
    again gives the same answer whatever was asked in between."""
    from benchmarks.perf.tables import write_table
    from claimcheck.summing import find_figure

    table = load_catalog(write_table(tmp_path, 2_000)).tables[0]  # real rows only
    measure = table.measures[0]
    cells = table.cells
    values = np.asarray(table.columns["_value"])
    seen = []
    for dim in table.dims[:2]:
        for value in table.values(dim):
            for period in table.periods[:2]:
                question = [("_measure", (measure.name,)), (dim, (value,)), ("_period", (period,))]
                scan = np.flatnonzero(
                    (cells[dim] == value).to_numpy()
                    & np.array([p == period for p in cells["_period"]])
                )
                found = find_figure(table, measure, question, {dim})
                assert found.rows == len(scan)
                assert found.first == tuple(str(cells["_row"].iloc[r]) for r in scan[:2])
                if found.parts:
                    assert found.total == float(values[scan].sum())
                if len(scan):
                    assert found.row["_row"] in set(cells["_row"].iloc[scan])
                seen.append((question, dim, found))
    assert any(found.parts for _, _, found in seen)
    assert any(found.rows > 1 and not found.parts for _, _, found in seen)  # a dimension open
    for question, dim, found in reversed(seen):
        assert find_figure(table, measure, question, {dim}) == found


def test_a_catalog_that_has_answered_questions_goes_to_workers_as_loaded():
    """`--jobs` pickles the catalog for its workers after it may have checked articles:
    the answers its tables remember stay behind, and the copy answers alike."""
    import pickle

    from claimcheck.api import check_articles
    from claimcheck.article import load_article
    from claimcheck.report.json import article_dict

    catalog = load_catalog(ROOT / "data")
    article = load_article(ROOT / "articles" / "nspcc.txt")
    [result] = check_articles([article], catalog)
    assert any(table.index._answers for table in catalog.tables)
    copy = pickle.loads(pickle.dumps(catalog))
    assert not any(table.index._answers for table in copy.tables)
    [again] = check_articles([article], copy)
    assert article_dict(again) == article_dict(result)
