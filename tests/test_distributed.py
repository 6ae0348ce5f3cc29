"""claimcheck.distributed on Dask's local schedulers: one JSON line per article."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT

pytest.importorskip("dask")


@pytest.fixture
def three_seeds(tmp_path):
    directory = tmp_path / "articles"
    directory.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(ROOT / "articles" / "nspcc.txt", directory / name)
    return directory


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_directory_check_writes_the_single_process_result_one_line_per_article(
    three_seeds, tmp_path, scheduler
):
    from claimcheck import check
    from claimcheck.distributed import check_directory
    from claimcheck.report.json import article_dict

    output = tmp_path / "out" / "results.jsonl"
    summary = check_directory(
        three_seeds, output, data=ROOT / "data", scheduler=scheduler, partition_size=2
    )
    lines = output.read_text(encoding="utf-8").splitlines()
    single = check([three_seeds], data=ROOT / "data", timestamp=False)
    assert len(lines) == 3
    assert [json.loads(line) for line in lines] == [
        json.loads(json.dumps(article_dict(r))) for r in single.results
    ]
    assert summary == single.summary == {"supported": 42, "contradicted": 0, "unverifiable": 15}
    assert [p.name for p in output.parent.iterdir()] == ["results.jsonl"]  # no parts left


def test_directory_without_articles_is_an_error(tmp_path):
    from claimcheck.distributed import check_directory
    from claimcheck.errors import ArticleError

    with pytest.raises(ArticleError, match="is a directory with no article"):
        check_directory(tmp_path, tmp_path / "out.jsonl", data=ROOT / "data")
