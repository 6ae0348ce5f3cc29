"""The Home Office police recorded crime table at 10^3 to 10^6 rows, for the data-scale run.

The real file (testdata/homeoffice-prc-2017-18, 23,068 rows: one financial
year, four quarters, 48 forces and bodies, ~130 offence codes) is cut or enlarged to
an exact number of rows and written to a temporary directory, never committed:

- rows for the four Welsh forces come first, so even the 10^3 cut holds figures the
  seed article is about;
- earlier financial years (2016/17, 2015/16, ...) repeat the real rows with the counts
  scaled down a little, so that "2016/2017" in the seed resolves;
- past six years, copies of every force ("Gwent 2", "Gwent 3", ...) add entities.

The metadata beside it names the columns' roles and says that "North Wales Police"
is "North Wales" and that "Wales" is the four Welsh forces, as a user would.
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from pathlib import Path

from benchmarks.testdata import HOME_OFFICE_CSV

WELSH = ("Dyfed-Powys", "Gwent", "North Wales", "South Wales")
YEARS = 6  # 2017/18 (real) back to 2012/13
METADATA = """\
title = "Police recorded crime by police force area"
source = "home-office-prc"

[columns."Financial Year"]
role = "period"
[columns."Financial Quarter"]
role = "quarter"
[columns."Force Name"]
role = "entity"
[columns."Offence Description"]
role = "dimension"
additive = true
[columns."Offence Group"]
role = "dimension"
additive = true
[columns."Offence Subgroup"]
role = "dimension"
additive = true
[columns."Offence Code"]
role = "dimension"
additive = true
[columns."Number of Offences"]
role = "measure"
synonyms = ["offences", "crimes"]

[aliases]
"North Wales" = ["North Wales Police"]
"South Wales" = ["South Wales Police"]
"Gwent" = ["Gwent Police"]
"Dyfed-Powys" = ["Dyfed-Powys Police"]

[groups.Wales]
members = ["Dyfed-Powys", "Gwent", "North Wales", "South Wales"]

[sources.home-office-prc]
title = "Home Office, Police recorded crime open data tables"
url = "https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables"
"""


def _real_rows() -> tuple[list[str], list[list[str]]]:
    with gzip.open(HOME_OFFICE_CSV, "rt", encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        rows = list(reader)
    force = header.index("Force Name")
    rows.sort(key=lambda r: r[force] not in WELSH)  # stable: the file's order otherwise
    return header, rows


def _rows(header: list[str], real: list[list[str]]) -> Iterator[list[str]]:
    year, force, count = (
        header.index(c) for c in ("Financial Year", "Force Name", "Number of Offences")
    )
    copy = 1
    while True:
        for back in range(YEARS):
            start = 2017 - back
            label = f"{start}/{(start + 1) % 100:02d}"
            for i, row in enumerate(real):
                out = list(row)
                out[year] = label
                if copy > 1:
                    out[force] = f"{row[force]} {copy}"
                if back or copy > 1:
                    out[count] = _scaled(row[count], back, copy, i)
                yield out
        copy += 1


def _scaled(cell: str, back: int, copy: int, i: int) -> str:
    """An earlier year's or another force's count: the real one, a little different."""
    text = cell.strip()
    if not text.isdigit():
        return cell  # "-00" and friends keep their quirk
    value = int(text) * (100 - 3 * back - copy) // 100 + (i * 7 + back + copy) % 5
    return f" {value} "


def write_table(directory: Path, rows: int) -> Path:
    """A data directory holding the table at exactly `rows` rows, with its metadata."""
    header, real = _real_rows()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "prc.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        for n, row in enumerate(_rows(header, real)):
            if n == rows:
                break
            writer.writerow(row)
    (directory / "prc.toml").write_text(METADATA, encoding="utf-8")
    return directory
