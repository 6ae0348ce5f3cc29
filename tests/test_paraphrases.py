"""The seed's figures said the ways reporters also say them (the sentences and their
truth are in benchmarks/corpora/paraphrases.py, which the scoreboard also reads)."""

from __future__ import annotations

import pytest

from benchmarks.corpora import paraphrases
from claimcheck import check


@pytest.fixture(scope="module")
def verdict_of(tmp_path_factory):
    def run(sentence: str, claim: str) -> tuple[str, str]:
        article = tmp_path_factory.mktemp("a") / "article.txt"
        article.write_text(sentence + "\n", encoding="utf-8")
        report = check([article], data=paraphrases.DATA, timestamp=False)
        found = {v.claim.text: v for v in report.results[0].verdicts}
        assert claim in found, sorted(found)
        return found[claim].verdict, found[claim].explanation

    return run


@pytest.mark.parametrize(
    ("sentence", "claim", "verdict"),
    paraphrases.IN_OTHER_WORDS,
)
def test_the_seed_figures_in_other_words(verdict_of, sentence, claim, verdict):
    assert verdict_of(sentence, claim)[0] == verdict


@pytest.mark.parametrize(
    ("sentence", "claim", "without_data", "with_data"),
    paraphrases.AGAINST_ITSELF,
)
def test_the_article_against_itself(tmp_path, sentence, claim, without_data, with_data):
    article = tmp_path / "article.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    for data, expected in ((None, without_data), (paraphrases.DATA, with_data)):
        report = check([article], data=data, timestamp=False)
        found = {v.claim.text: v.verdict for v in report.results[0].verdicts}
        assert found[claim] == expected, (data, found)
