"""Where the vendored real data lives (testdata/, see its README): one definition for the
tests and the benchmarks.

    >>> HOME_OFFICE_CSV.name
    'prc-pfa-mar2013-onwards-tables201718.csv.gz'

It is part of the repository, so nothing that reads it needs a skip for its absence.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "testdata"
HOME_OFFICE = TESTDATA / "homeoffice-prc-2017-18"
HOME_OFFICE_CSV = HOME_OFFICE / "prc-pfa-mar2013-onwards-tables201718.csv.gz"
INLG_DEV = TESTDATA / "inlg2021-accuracy-dev"
REALDATA_DEV = TESTDATA / "realdata-dev"
SARIF_SCHEMA = TESTDATA / "schemas" / "sarif-schema-2.1.0.json"
