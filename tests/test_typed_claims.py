"""The types between the stages: a claim's fields each mean one thing, a name's target
is a value with a kind, and every claim kind has its check class.

    Claim(kind="rate", per="day")     -> time_unit "day"
    Claim(kind="rate", per="woman")   -> per_base "woman" ("1.23 children per woman")
    Claim(kind="value", per="100,000") -> per_base "100,000"
"""

from __future__ import annotations

import pytest

from claimcheck.model import Claim, Direction, Kind
from claimcheck.quantities import parse_quantity
from claimcheck.targets import Target, TargetKind
from claimcheck.verify.checks import CHECKS


def claim(kind: str, **fields) -> Claim:
    return Claim("c1", kind, "4 a day", 0, 7, "4 a day.", 0, 0, **fields)


@pytest.mark.parametrize(
    ("kind", "per", "time_unit", "per_base", "averaged"),
    [
        ("rate", "day", "day", None, False),
        ("rate", "woman", None, "woman", False),
        ("rate", "average", None, None, True),
        ("value", "100,000", None, "100,000", False),
        ("value", None, None, None, False),
    ],
)
def test_per_is_read_as_one_of_three_things(kind, per, time_unit, per_base, averaged):
    read = claim(kind, per=per)
    assert (read.time_unit, read.per_base, read.averaged) == (time_unit, per_base, averaged)


def test_operands_are_from_to_figures_of_a_change_and_parts_of_a_total():
    two = (parse_quantity("287"), parse_quantity("373"))
    assert claim("change", operands=two).from_to == two
    assert claim("change", operands=two).parts == ()
    assert claim("total", operands=two).parts == two
    assert claim("total", operands=two).from_to is None
    assert claim("change", operands=two[:1]).from_to is None  # one figure is no from/to


def test_strings_given_for_typed_fields_become_members():
    read = claim("change", direction="down")
    assert read.kind is Kind.CHANGE and read.direction is Direction.DOWN
    with pytest.raises(ValueError):
        claim("no_such_kind")


def test_targets_sort_as_their_strings_did():
    targets = [Target.value("Gwent"), Target.group("Wales"), Target.ambiguous("'a' or 'b'")]
    strings = [f"{t.kind}:{t.name}" for t in targets]
    assert [f"{t.kind}:{t.name}" for t in sorted(targets)] == sorted(strings)


def test_a_sum_of_named_subjects_keeps_each_value():
    together = Target.together(("Brazil", "Mexico"))
    assert together.kind is TargetKind.TOGETHER
    assert (together.name, together.values) == ("Brazil and Mexico", ("Brazil", "Mexico"))


def test_every_kind_has_its_check_class():
    assert set(CHECKS) == set(Kind)
