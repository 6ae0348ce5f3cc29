"""The real Home Office file, with no metadata (and then with one catalog.toml)."""

from __future__ import annotations

import shutil

import pytest

from benchmarks.testdata import HOME_OFFICE, HOME_OFFICE_CSV
from claimcheck import check

SENTENCES = {
    # sentence: (claim text, verdict, computed)
    "North Wales recorded 378 obscene publications offences in 2017/18.": (
        "378",
        "supported",
        378,
    ),  # 96 + 92 + 96 + 94, code 86, four quarters
    "North Wales Police recorded 400 obscene publications offences in 2017/18.": (
        "400",
        "contradicted",
        378,
    ),
    "Gwent recorded more sexual grooming offences than Dyfed-Powys in 2017/18.": (
        "more sexual grooming offences than Dyfed-Powys",
        "supported",
        24,
    ),  # 57 vs 33
    "Dyfed-Powys recorded more sexual grooming offences than Gwent in 2017/18.": (
        "more sexual grooming offences than Gwent",
        "contradicted",
        -24,
    ),
    "Gwent recorded 24 more sexual grooming offences than Dyfed-Powys in 2017/18.": (
        "24 more sexual grooming offences than Dyfed-Powys",
        "supported",
        24,
    ),
    "Dyfed Powis Police recorded 33 sexual grooming offences in 2017/18.": (
        "33",
        "supported",
        33,
    ),  # misspelt, found by similarity
    "Avon & Somerset recorded 200 sexual grooming offences in 2017/18.": (
        "200",
        "contradicted",
        258,
    ),
    "Greater Manchester recorded the largest number of sexual grooming offences in 2017/18.": (
        "the largest number",
        "supported",
        None,
    ),
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    directory = tmp_path_factory.mktemp("ho")
    article = directory / "article.txt"
    article.write_text("\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    report = check([article], data=HOME_OFFICE, timestamp=False)
    return {v.claim.text: v for v in report.results[0].verdicts}


@pytest.mark.parametrize(("sentence", "expected"), sorted(SENTENCES.items()))
def test_sentence_against_the_home_office_file(results, sentence, expected):
    text, verdict, computed = expected
    found = results[text]
    assert found.verdict == verdict, found.explanation
    if computed is not None:
        assert found.primary.computed == computed


def test_obscene_publications_sum_the_four_quarterly_rows_of_code_86(results):
    cells = results["378"].primary.cells
    assert [c.value for c in cells] == [96, 92, 96, 94]
    assert all("Obscene publications etc" in c.label and "86" in c.label for c in cells)


def test_rank_within_an_undefined_group_is_unverifiable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "North Wales recorded the largest number of obscene publications "
        "offences in Wales in 2017/18.\n",
        encoding="utf-8",
    )
    verdict = check([article], data=HOME_OFFICE, timestamp=False).results[0].verdicts[0]
    assert verdict.verdict == "unverifiable"
    assert "'Wales', which the data does not define" in verdict.explanation


def test_one_metadata_file_defines_wales(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(HOME_OFFICE_CSV, data)
    (data / "catalog.toml").write_text(
        "[groups.Wales]\nmembers = ['North Wales', 'South Wales', 'Gwent', 'Dyfed-Powys']\n"
        "aliases = ['Welsh']\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "South Wales recorded the largest number of sexual grooming offences in Wales in "
        "2017/18.\n\nDyfed-Powys was the only Welsh force to record fewer than 40 sexual "
        "grooming offences in 2017/18.\n",
        encoding="utf-8",
    )
    verdicts = {v.claim.text: v for v in check([article], data=data).results[0].verdicts}
    assert verdicts["the largest number"].verdict == "supported"
    assert "South Wales (175; next Gwent 57)" in verdicts["the largest number"].explanation
    only = next(v for k, v in verdicts.items() if k.startswith("the only Welsh force"))
    assert only.verdict == "supported", only.explanation
