"""Finding a table's names in an article's words."""

from __future__ import annotations

from claimcheck.api import check
from claimcheck.names import NameIndex


def test_a_name_is_found_with_the_articles_a_sentence_puts_in():
    index = NameIndex([("Possession of article with blade or point", "10D")])
    text = "Offences of possession of an article with a blade or point rose."
    (found,) = index.find(text)
    assert found.target == "10D"
    assert text[found.start : found.end] == "possession of an article with a blade or point"


def test_a_name_with_its_own_article_is_still_found_as_written():
    index = NameIndex([("Theft from the person", "39"), ("Theft from vehicle", "45")])
    found = index.find("Theft from the person and theft from a vehicle both fell.")
    assert [f.target for f in found] == ["39", "45"]


def test_a_category_written_with_articles_is_the_category_the_claim_is_about(tmp_path):
    (tmp_path / "crime.csv").write_text(
        "force,offence,offences\nGwent,Possession of article with blade or point,86\n"
        "Gwent,Shoplifting,3888\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Gwent recorded 86 offences of possession of an article with a blade or point.\n",
        encoding="utf-8",
    )
    verdict = check([article], data=tmp_path / "crime.csv").results[0].verdicts[0]
    assert verdict.verdict == "supported", verdict.explanation
