"""The data catalog: tidy form, inferred roles, metadata checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.catalog import load_catalog
from claimcheck.catalog_cells import parse_number
from claimcheck.errors import DataError, MetadataError
from tests.conftest import ROOT


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_catalog_reads_both_tables_with_sources():
    catalog = load_catalog(ROOT / "data")
    assert sorted(t.name for t in catalog.tables) == ["iioc-by-type", "iioc-wales-by-force"]
    assert catalog.groups["Wales"].members == (
        "South Wales Police",
        "North Wales Police",
        "Gwent Police",
        "Dyfed-Powys Police",
    )
    assert {"nspcc-wwc-2018", "bbc-2018"} <= set(catalog.sources)


def test_every_seed_figure_has_a_known_source():
    catalog = load_catalog(ROOT / "data")
    for table in catalog.tables:
        assert set(table.cells["_source"]) <= set(catalog.sources), table.name


def test_wales_totals_equal_the_sum_of_the_four_forces():
    """The per-force figures (BBC) and the Wales totals (NSPCC release) agree."""
    table = next(t for t in load_catalog(ROOT / "data").tables if t.name == "iioc-wales-by-force")
    cells = table.cells
    for label in ("2016/17", "2017/18"):
        year = cells[[p.label == label for p in cells["_period"]]]
        forces = year[year["force"] != "Wales"]["_value"].sum()
        assert forces == year[year["force"] == "Wales"]["_value"].item()


def test_table_without_metadata_infers_roles(tmp_path):
    write(tmp_path, "crime.csv", "area,year,offences\nNorth,2016,10\nSouth,2016,20\n")
    table = load_catalog(tmp_path).tables[0]
    assert table.dims == ("area",)
    assert [m.name for m in table.measures] == ["offences"]
    assert [p.label for p in table.periods] == ["2016"]


def test_wide_table_becomes_one_row_per_figure(tmp_path):
    write(tmp_path, "crime.csv", "area,2016/17,2017/18\nNorth,10,12\nSouth,20,\n")
    table = load_catalog(tmp_path).tables[0]
    assert len(table.cells) == 4
    assert [p.label for p in table.periods] == ["2016/17", "2017/18"]
    missing = table.cells[table.cells["_status"] != "ok"]
    assert missing[["area", "_status"]].values.tolist() == [["South", "missing"]]


@pytest.mark.parametrize(
    ("cell", "value", "status"),
    [
        (" 59 ", 59.0, "ok"),
        ("1,437", 1437.0, "ok"),
        ("-00", 0.0, "ok"),
        ("-", 0.0, "ok"),
        ("543[note 2]", 543.0, "ok"),
        ("..", None, "not available"),
        ("[x]", None, "not available"),
        ("[c]", None, "suppressed"),
        ("*", None, "suppressed"),
        ("", None, "missing"),
        ("N/A", None, "not available"),
        ("12 approx", None, "not a number"),
        ("45%", 45.0, "ok"),
    ],
)
def test_cell_values_and_why_a_cell_has_none(cell, value, status):
    assert parse_number(cell) == (value, status)


def test_metadata_unknown_key_is_named(tmp_path):
    write(tmp_path, "crime.csv", "area,year,offences\nNorth,2016,10\n")
    write(tmp_path, "crime.toml", 'titel = "x"\n')
    with pytest.raises(MetadataError, match=r"crime.toml: titel: unknown key"):
        load_catalog(tmp_path)


def test_alias_to_nothing_is_an_error(tmp_path):
    write(tmp_path, "crime.csv", "area,year,offences\nNorth,2016,10\n")
    write(tmp_path, "crime.toml", '[aliases]\n"Nowhere" = ["Nowt"]\n')
    with pytest.raises(MetadataError, match=r"aliases.Nowhere: names no value"):
        load_catalog(tmp_path)


def test_cyclic_groups_are_an_error(tmp_path):
    write(tmp_path, "crime.csv", "area,year,offences\nNorth,2016,10\n")
    write(tmp_path, "crime.toml", "[groups]\nA = ['B']\nB = ['A']\n")
    with pytest.raises(MetadataError, match=r"groups contain each other \(A -> B -> A\)"):
        load_catalog(tmp_path)


def test_ragged_csv_names_the_row(tmp_path):
    write(tmp_path, "crime.csv", "area,year,offences\nNorth,2016,10\nSouth,2016,20,99\n")
    with pytest.raises(DataError, match=r"crime.csv: row 3 has 4 fields but the header has 3"):
        load_catalog(tmp_path)


def test_duplicate_headers_are_an_error(tmp_path):
    write(tmp_path, "crime.csv", "area,year,area\nNorth,2016,10\n")
    with pytest.raises(DataError, match=r"column 'area' appears twice \(columns 1 and 3\)"):
        load_catalog(tmp_path)


def test_figures_under_a_header_in_millions_are_read_as_written_in_articles(tmp_path):
    write(tmp_path, "results.csv", 'company,year,Revenue (£m)\nHalden,2024,"3,402"\n')
    table = load_catalog(tmp_path).tables[0]
    assert table.cells["_value"].tolist() == [3_402_000_000]
    assert table.measures[0].vocabulary == ("Revenue",)


def test_a_long_tables_label_in_thousands_scales_its_rows_only(tmp_path):
    write(
        tmp_path,
        "labour.csv",
        "area,measure,year,value\nWales,Unemployed (thousands),2023,47\nWales,Rate (%),2023,3.1\n",
    )
    assert load_catalog(tmp_path).tables[0].cells["_value"].tolist() == [47_000, 3.1]
