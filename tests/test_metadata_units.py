"""A unit in metadata states a scale the file never shows, and the figures are read in it.

The tables here are synthetic: small figures made up for the test.
"""

from __future__ import annotations

import pytest

from claimcheck.api import check
from claimcheck.catalog import load_catalog
from claimcheck.catalog_units import unit_scale


@pytest.mark.parametrize(
    ("unit", "split"),
    [
        ("thousands of jobs", ("jobs", 1e3)),
        ("100 million cubic metres", ("cubic metres", 1e8)),
        ("1,000 tonnes", ("tonnes", 1e3)),
        ("1 million tonnes", ("tonnes", 1e6)),
        ("10^8 m^3", ("m^3", 1e8)),
        # near misses: a number that is no power of ten, a rate's base
        ("2019 prices", ("2019 prices", 1.0)),
        ("per 100,000 people", ("per 100,000 people", 1.0)),
        ("births per woman", ("births per woman", 1.0)),
    ],
)
def test_a_units_scale_is_a_scale_word_or_a_power_of_ten(unit, split):
    assert unit_scale(unit) == split


def figures(tmp_path, toml: str) -> list[float]:
    (tmp_path / "flow.csv").write_text("year,volume,level\n2020,11.2,3\n2021,9.5,4\n")
    (tmp_path / "flow.toml").write_text(toml, encoding="utf-8")
    (table,) = load_catalog(tmp_path).tables
    cells = table.cells
    return [float(v) for v in cells[cells["_measure"] == "volume"]["_value"]]


def test_a_tables_unit_with_a_scale_scales_its_figures(tmp_path):
    assert figures(tmp_path, 'unit = "100 million cubic metres"\n') == [1.12e9, 9.5e8]


def test_a_columns_own_unit_with_a_scale_scales_its_figures(tmp_path):
    toml = '[columns.volume]\nrole = "measure"\nunit = "100 million cubic metres"\n'
    assert figures(tmp_path, toml) == [1.12e9, 9.5e8]


def test_a_unit_without_a_scale_leaves_the_figures_as_written(tmp_path):
    toml = '[columns.volume]\nrole = "measure"\nunit = "cubic metres"\n'
    assert figures(tmp_path, toml) == [11.2, 9.5]


def test_a_claim_in_the_units_scale_is_checked_against_the_scaled_figure(tmp_path):
    toml = '[columns.volume]\nrole = "measure"\nunit = "100 million cubic metres"\n'
    figures(tmp_path, toml)
    article = tmp_path / "a.txt"
    article.write_text("The volume was 1.12 billion cubic metres in 2020.\n", encoding="utf-8")
    (found,) = check([article], data=tmp_path, timestamp=False).results[0].verdicts
    assert found.verdict == "supported", found.explanation
