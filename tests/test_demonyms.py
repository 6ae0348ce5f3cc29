"""Demonyms as subjects ("the fertility rate of Canadians"), checked against the real
World Bank fertility table of testdata/realdata-dev/data (births per woman): Canada
1.627 in 2010, the Russian Federation about 1.54 in 2010.
"""

from __future__ import annotations

import pytest

from claimcheck.demonyms import demonyms
from claimcheck.model import Verdict
from tests.conftest import judged


def first(nlp, realdata_catalog, sentence: str) -> Verdict:
    return judged(nlp, realdata_catalog, sentence)[0]


def test_a_table_form_finds_its_country_demonyms_through_its_other_names():
    assert demonyms("Russian Federation") == ("Russian", "Russians")
    assert demonyms("Korea, Rep.") == ("South Korean", "South Koreans")
    assert demonyms("Atlantis") == ()


def test_words_that_name_more_than_one_place_are_left_out():
    assert "American" not in demonyms("United States")  # "Latin American"
    assert demonyms("Congo, Dem. Rep.") == ()  # "Congolese": two Congos


def test_a_demonym_names_the_country_whose_figure_is_checked(nlp, realdata_catalog):
    right = first(nlp, realdata_catalog, "In 2010 the fertility rate of Canadians was 1.6.")
    wrong = first(nlp, realdata_catalog, "In 2010 the fertility rate of Canadians was 1.9.")
    assert (right.verdict, wrong.verdict) == ("supported", "contradicted")
    assert right.checks[0].cells[0].value == pytest.approx(1.627)


def test_a_demonym_reaches_a_table_form_through_the_country_names(nlp, realdata_catalog):
    verdict = first(nlp, realdata_catalog, "In 2010 the fertility rate among Russians was 1.5.")
    assert verdict.verdict == "supported"
    assert "Russian Federation" in verdict.explanation
