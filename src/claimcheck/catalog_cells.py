"""What a raw table's columns and cells are, before the table is built.

    column_roles(raw, meta)   -> {"force": "dimension", "2016/17": "period", ...}
    parse_number("1,437 [r]") -> (1437.0, "ok");  parse_number("[c]") -> (None, "suppressed")
    row_periods(raw, "year", ["quarter"], 4) -> each row's Period, "2017/18" in quarter 2

Why a module of its own: these read one column or one cell at a time and know nothing
of the tidy table `catalog.build_table` makes from them; kept there they made the
catalog's one module hold two ideas (what a cell is, and what a table is).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from claimcheck.catalog_hierarchy import codes_of
from claimcheck.columns import Column
from claimcheck.errors import DataError, MetadataError
from claimcheck.metadata import Metadata
from claimcheck.periods import PeriodExpr
from claimcheck.readers import RawTable
from claimcheck.table_periods import cell_period, column_periods

NOT_AVAILABLE = {"..", "...", ":", "x", "[x]", "n/a", "na", "[z]", "z", "[u]", "not available"}
SUPPRESSED = {"c", "[c]", "*", "**", "[low]", "~", "suppressed", "[d]"}
ZERO = {"-", "-0", "-00", "–", "—", "nil"}
_FOOTNOTE = re.compile(r"\s*(\[[^\]]*\]|\((?:[a-z]|note \d+|r|p|e)\)|[*†‡§]+)$", re.I)
_NUMBER = re.compile(r"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$")
CODE_HEADER = re.compile(r"(?:^|[\W_])(code|id|ref|reference|identifier|ons)(?:$|[\W_])", re.I)
_SOURCE_HEADER = re.compile(r"^(source|sources|source key|citation)$", re.I)
_QUARTER_HEADER = re.compile(r"\bquarter\b", re.I)
# The tidy form's own columns (Table.cells): a table's column may not take one of these names.


def parse_number(cell: str) -> tuple[float | None, str]:
    """A cell's value and status: ok, missing, not available, suppressed, not a number."""
    text = " ".join(str(cell).split())
    lowered = text.lower()
    if not text:
        return None, "missing"
    if lowered in ZERO:
        return 0.0, "ok"
    if lowered in NOT_AVAILABLE:
        return None, "not available"
    if lowered in SUPPRESSED:
        return None, "suppressed"
    while True:
        stripped = _FOOTNOTE.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = text.replace(" ", "").removeprefix("£").removeprefix("$").removeprefix("€")
    text = text.removesuffix("%")
    if _NUMBER.match(text):
        value = float(text.replace(",", ""))
        if math.isfinite(value):  # 400 digits overflow to infinity: no figure to check
            return value, "ok"
    return None, "not a number"


def column_roles(raw: RawTable, meta: Metadata) -> dict[str, str]:
    """Each column's role: from metadata, else inferred from its header and cells."""
    for name in meta.columns:
        if name not in raw.columns:
            raise MetadataError(
                f"{meta.path}: columns.{name}: no such column in {raw.path.name}; "
                f"columns are {', '.join(raw.columns)}"
            )
    roles = {}
    for column in raw.columns:
        if column in meta.columns:
            roles[column] = meta.columns[column].role
        else:
            roles[column] = _infer_role(raw, column)
    if "period" not in roles.values():
        roles = {c: ("dimension" if r == "quarter" else r) for c, r in roles.items()}
    dims = {c: raw.columns[c] for c, r in roles.items() if r in {"entity", "dimension"}}
    for column, role in roles.items():
        coded = role == "measure" and column not in meta.columns
        if coded and codes_of(column, raw.columns[column], dims) is not None:
            roles[column] = "ignore"  # a code of a dimension: LocID beside Location
    return roles


def _infer_role(raw: RawTable, column: str) -> str:
    tally: dict[str, int] = {}  # each non-empty stripped value: how many cells hold it
    cells = raw.columns[column]
    for text, count in zip(cells.values, cells.counts(), strict=True):
        value = text.strip()
        if value and count:
            tally[value] = tally.get(value, 0) + int(count)
    values = list(tally)
    if _SOURCE_HEADER.match(column):
        return "source"
    if not values:
        return "ignore"
    if _QUARTER_HEADER.search(column) and all(re.fullmatch(r"(?i)q?[1-4]", v) for v in values):
        return "quarter"
    if not CODE_HEADER.search(column):
        statuses = {v: parse_number(v)[1] for v in values}
        numeric = sum(n for v, n in tally.items() if statuses[v] == "ok")
        parsed = sum(n for v, n in tally.items() if statuses[v] in {"ok", "not a number"})
        if numeric and numeric >= 0.8 * parsed:
            if all(_is_period_cell(v, column) for v in values):
                return "period"
            return "measure"
    if all(_is_period_cell(v, column) for v in values):
        return "period"
    return "dimension"


def _is_period_cell(value: str, header: str = "") -> bool:
    expr = cell_period(value, header)
    return expr is not None and expr.resolve() is not None


def row_periods(
    raw: RawTable,
    column: str,
    quarters: list[str],
    year_start: int,
    declared: Path | None = None,
) -> Column:
    """Each row's period, read once per distinct pair of period and quarter cells."""
    cells = raw.columns[column]
    quarter = raw.columns[quarters[0]] if quarters else Column.constant(None, len(cells))
    width = len(quarter.values)
    pairs, inverse = np.unique(
        cells.codes.astype(np.int64) * width + quarter.codes, return_inverse=True
    )
    read = column_periods(cells.values, column)
    periods = []
    for pair in pairs.tolist():
        value, number = cells.values[pair // width], quarter.values[pair % width]
        expr = read[pair // width]
        if expr is not None and number is not None:
            quarter_number = number.strip().lower().removeprefix("q")
            if quarter_number not in {"1", "2", "3", "4"} or expr.kind not in {
                "year",
                "split_year",
            }:
                # Only a year has quarters: "2017 Q1" or "April 2016" with quarter 2 has none.
                first = int(np.flatnonzero(inverse.reshape(-1) == len(periods))[0])
                raise DataError(
                    f"{raw.path}: row {raw.row_numbers[first]}: {value!r} in quarter "
                    f"{number!r} is not a period; give a year (2017 or 2016/17) in "
                    f"{column!r} and 1 to 4 in {quarters[0]!r}"
                )
            expr = PeriodExpr("quarter", number=int(quarter_number), inner=(expr,))
        periods.append(expr.resolve(year_start) if expr is not None else None)
    bad = [i for i, period in enumerate(periods) if period is None]
    if bad and declared is not None:  # the metadata says so, and the data does not
        first = int(np.flatnonzero(np.isin(inverse, bad))[0])
        raise MetadataError(
            f'{declared}: columns.{column}.role = "period", but {raw.path.name} row '
            f"{raw.row_numbers[first]} holds {cells.get(first)!r}, which is not a period; "
            "fix the cell or the role"
        )
    if bad:
        first = int(np.flatnonzero(np.isin(inverse, bad))[0])
        raise DataError(
            f"{raw.path}: row {raw.row_numbers[first]}, column {column!r}: "
            f"{cells.get(first)!r} is not a period; write it like 2017, 2016/17 or April 2016"
        )
    return Column.of(inverse.reshape(-1), periods)
