"""The performance benchmark's parts run (tiny sizes; no timing is asserted)."""

from __future__ import annotations

from benchmarks.perf import corpus, tables


def test_corpus_is_the_same_articles_of_real_sentences_every_time():
    first, again = corpus.articles(5), corpus.articles(5)
    assert first == again
    pool = {s for group in corpus.sources().values() for s in group}
    assert all(len(article.strip().split("\n\n")) == 12 for article in first)
    assert all(s in pool for article in first for s in article.strip().split("\n\n"))


def test_data_scale_run_reads_the_cut_table_and_checks_the_seed(tmp_path):
    from benchmarks.perf import datascale

    directory = tables.write_table(tmp_path / "prc", 600)
    found = datascale.run(directory, repeats=1)
    assert found["rows"] == 600
    assert sum(found["summary"].values()) == 19
    assert found["peak_rss_mb"] >= found["rss_before_mb"] > 0


def test_enlarged_table_has_earlier_years_and_more_forces(tmp_path):
    from claimcheck.catalog import load_catalog

    directory = tables.write_table(tmp_path / "prc", 23_068 * 6 + 10)
    table = load_catalog(directory).tables[0]
    assert [p.label for p in table.periods][:1] == ["2012/13 Q1"]
    assert any(force.endswith(" 2") for force in table.value_set("Force Name"))
