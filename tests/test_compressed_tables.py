"""Gzipped CSV and TSV (`crime.csv.gz`) are read as they are, named and described like the
uncompressed file; a broken or unsupported compressed file is one clear line."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.catalog import load_catalog
from claimcheck.cli import main
from claimcheck.errors import DataError
from claimcheck.readers import read_tables
from tests.conftest import ROOT

SEED = ROOT / "articles" / "nspcc.txt"


def gzipped(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(gzip.compress(text.encode(encoding), mtime=0))
    return path


def test_csv_gz_gives_the_cells_rows_and_name_of_the_csv(tmp_path):
    text = "area,offences\nNorth Wales,373\n\nGwent,267\n"
    (tmp_path / "crime.csv").write_text(text, encoding="utf-8")
    (plain,) = read_tables(tmp_path / "crime.csv")
    (packed,) = read_tables(gzipped(tmp_path / "crime.csv.gz", text))
    assert packed.name == plain.name == "crime"
    assert packed.frame.to_dict("records") == plain.frame.to_dict("records")
    assert list(packed.rows) == list(plain.rows) == [2, 4]


def test_csv_gz_encoding_is_guessed_from_the_decompressed_bytes(tmp_path):
    (table,) = read_tables(gzipped(tmp_path / "crime.csv.gz", "area,n\nYnys Môn,5\n", "cp1252"))
    assert table.frame.to_dict("records") == [{"area": "Ynys Môn", "n": "5"}]


def test_tsv_gz_splits_on_tabs_only(tmp_path):
    (table,) = read_tables(
        gzipped(tmp_path / "Crime.TSV.GZ", "area\toffences\nNorth, Wales\t1,437\n")
    )
    assert table.frame.to_dict("records") == [{"area": "North, Wales", "offences": "1,437"}]


def test_seed_data_compressed_gives_the_same_verdicts_with_its_metadata(tmp_path):
    """The metadata beside `x.csv.gz` is `x.toml`: the seed's aliases and groups still
    apply, so its 19 claims get the verdicts they get from the plain CSV files."""
    for path in (ROOT / "data").iterdir():
        if path.suffix == ".csv":
            (tmp_path / f"{path.name}.gz").write_bytes(gzip.compress(path.read_bytes(), mtime=0))
        else:
            shutil.copy(path, tmp_path)
    assert sorted(t.name for t in load_catalog(tmp_path).tables) == [
        "iioc-by-type",
        "iioc-wales-by-force",
    ]
    plain = CliRunner().invoke(main, [str(SEED), "--data", str(ROOT / "data"), "--no-report"])
    packed = CliRunner().invoke(main, [str(SEED), "--data", str(tmp_path), "--no-report"])
    assert packed.exit_code == plain.exit_code == 0
    assert "19 claims: 14 supported, 0 contradicted, 5 unverifiable" in packed.output
    assert packed.output.replace(str(tmp_path), "DATA") == plain.output.replace(
        str(ROOT / "data"), "DATA"
    ).replace(".csv", ".csv.gz")


def test_data_option_takes_one_csv_gz_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("North Wales Police recorded 373 offences in 2017/18.\n", encoding="utf-8")
    source = (ROOT / "data" / "iioc-wales-by-force.csv").read_bytes()
    table = tmp_path / "forces.csv.gz"
    table.write_bytes(gzip.compress(source, mtime=0))
    result = CliRunner().invoke(main, [str(article), "--data", str(table), "--no-report"])
    assert result.exit_code == 0, result.output
    assert "SUPPORTED" in result.output


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"area,offences\nGwent,267\n", "Not a gzipped file"),
        (gzip.compress(b"area,offences\n" + b"Gwent,267\n" * 1000)[:-40], "end-of-stream"),
    ],
)
def test_broken_gzip_is_one_line_naming_the_file(tmp_path, content, why):
    path = tmp_path / "crime.csv.gz"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        read_tables(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is not a whole gzip file (")
    assert why in message and "\n" not in message


def test_other_compressed_files_are_refused_with_a_fix_and_skipped_in_a_directory(tmp_path):
    path = tmp_path / "crime.json.gz"
    path.write_bytes(gzip.compress(b"{}"))
    with pytest.raises(DataError) as caught:
        read_tables(path)
    assert str(caught.value) == (
        f"{path}: unsupported table format '.gz'; only CSV and TSV are read compressed "
        "(.csv.gz, .tsv.gz); decompress it"
    )
    gzipped(tmp_path / "crime.csv.gz", "area,offences\nGwent,267\n")
    assert [t.name for t in load_catalog(tmp_path).tables] == ["crime"]
