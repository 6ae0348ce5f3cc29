"""Kinds, directions, extremes, metrics and outcomes are StrEnums in model.py.

They compare equal to the strings the extractor and the reports still use, and they
serialise as those strings, so a report is byte-identical whichever a field holds.
"""

from __future__ import annotations

import json

from claimcheck.model import Direction, Extreme, Judgement, Kind, Metric
from tests.conftest import claims_of


def test_enums_compare_and_serialise_as_their_strings():
    assert Kind.PERCENT_CHANGE == "percent_change"
    assert json.dumps({Judgement.SUPPORTED: [Direction.UP, Extreme.MIN]}) == (
        '{"supported": ["up", "min"]}'
    )
    assert f"{Metric.CHANGE}" == "change"


def test_every_extracted_field_is_a_member(nlp):
    text = (
        "Gwent recorded 86 burglaries in 2017/18, up 12% on 2016/17. "
        "The largest fall was in Dyfed-Powys, and Gwent had more offences than Dyfed-Powys."
    )
    claims = claims_of(nlp, text)
    assert {c.kind for c in claims} >= {"value", "percent_change", "rank"}
    for claim in claims:
        assert Kind(claim.kind)
        assert claim.direction is None or Direction(claim.direction)
        assert claim.extreme is None or Extreme(claim.extreme)
        assert claim.metric is None or Metric(claim.metric)
