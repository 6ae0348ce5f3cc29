"""The article corpora on the scoreboard: the seed, its paraphrases, the Home Office
articles and the five domains, scored against their truth in benchmarks/corpora/.

    >>> [o.predicted for o in outcomes([("supported", ["contradicted"]), ("contradicted", [])])]
    ['contradicted', 'missed']

A label names its claim by text (and line, where the corpus gives one); the claims
with that text cover it. Each corpus runs in this process through `claimcheck.check`,
so spaCy loads once for all of them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from benchmarks.corpora import domains, homeoffice, paraphrases, seed
from benchmarks.scoring import Outcome, predict
from claimcheck import check
from claimcheck.model import ArticleResult

Run = tuple[list[str], list[Outcome]]  # every claim's verdict; every label's outcome


def outcomes(labels: Iterable[tuple[str, list[str]]]) -> list[Outcome]:
    """(truth, verdicts of the claims covering the label) -> outcomes."""
    return [Outcome(truth, predict(verdicts)) for truth, verdicts in labels]


def _verdicts(results: Iterable[ArticleResult]) -> list[str]:
    return [v.verdict for result in results for v in result.verdicts]


def _by_line_and_text(result: ArticleResult, line: int, text: str) -> list[str]:
    return [v.verdict for v in result.verdicts if (v.line, v.claim.text) == (line, text)]


def run_seed() -> Run:
    (result,) = check([seed.ARTICLE], data=seed.DATA, timestamp=False).results
    labels = [
        (c.truth, [v.verdict for v in result.verdicts if v.claim.text == c.text])
        for c in seed.CLAIMS
    ]
    return _verdicts([result]), outcomes(labels)


def run_paraphrases() -> Run:
    """One article a sentence (a sentence with two labelled claims is checked once)."""
    cases = [(sentence, claim, truth) for sentence, claim, truth in paraphrases.IN_OTHER_WORDS]
    cases += [(sentence, claim, truth) for sentence, claim, _, truth in paraphrases.AGAINST_ITSELF]
    sentences = list(dict.fromkeys(sentence for sentence, _, _ in cases))
    with tempfile.TemporaryDirectory() as work:
        paths = [Path(work) / f"sentence-{i:02d}.txt" for i in range(len(sentences))]
        for path, sentence in zip(paths, sentences, strict=True):
            path.write_text(sentence + "\n", encoding="utf-8")
        results = check(paths, data=paraphrases.DATA, timestamp=False).results
    of = dict(zip(sentences, results, strict=True))
    labels = [
        (truth, [v.verdict for v in of[sentence].verdicts if v.claim.text == claim])
        for sentence, claim, truth in cases
    ]
    return _verdicts(results), outcomes(labels)


def run_homeoffice() -> Run:
    with tempfile.TemporaryDirectory() as work:
        results = homeoffice.check_articles(Path(work))
    labels = [
        (truth, _by_line_and_text(results[name], line, text))
        for name, claims in homeoffice.CLAIMS.items()
        for line, text, truth, _ in claims
    ]
    return _verdicts(results.values()), outcomes(labels)


def run_domains() -> Run:
    results = domains.check_domains()
    labels = [
        (truth, _by_line_and_text(results[domain], line, text))
        for domain, claims in domains.CLAIMS.items()
        for line, text, truth, _ in claims
    ]
    return _verdicts(results.values()), outcomes(labels)
