"""The data catalog: every table in data/, in one tidy form, with its vocabulary.

Each table becomes one row per figure (`Table.columns`): its dimension values, its
period, the measure it is a figure of, the value (or why there is none: missing,
suppressed, not a number), the row and column it was read from and its source.
Long tables (force, year, offences) and wide tables (force, 2016/17, 2017/18) end
up the same. Metadata, where given, says what each column is; without it, text
columns are dimensions, numeric columns are measures, columns of periods are
periods, and headers are the vocabulary.

Text is held as codes into its distinct values (`claimcheck.columns`), so cells are
stripped and parsed once per distinct text, not once per row, and each table has an
index (`claimcheck.index`) that finds its rows by value.

Why this module is long (about 620 lines): `build_table` and its helpers turn a raw
table into the tidy form in one place, calling the inference modules beside it
(`catalog_cells` for what each column and cell is, `table_periods`, `catalog_layout`,
`catalog_units`, `catalog_hierarchy`, `catalog_pairs`, `catalog_subject`,
`catalog_totals`); moving `build_table` itself into a module of its own, with the
model's types where both can import them, is the next split.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from claimcheck.catalog_cells import CODE_HEADER, column_roles, parse_number, row_periods
from claimcheck.catalog_hierarchy import aggregates, coded_dims, parents, part_values
from claimcheck.catalog_layout import LayoutKind, month_of, read_layout, summary_over_time
from claimcheck.catalog_pairs import header_pairs
from claimcheck.catalog_subject import About, is_generic_value, table_about
from claimcheck.catalog_totals import TOTAL_VALUE, TotalCheck, table_totals
from claimcheck.catalog_units import additive_words, flow_words, header_unit, unit_scale
from claimcheck.columns import Column
from claimcheck.country_names import written_in_capitals
from claimcheck.errors import DataError, MetadataError
from claimcheck.index import TableIndex
from claimcheck.metadata import ColumnMeta, Group, Metadata, Pair, load_metadata, merge
from claimcheck.model import Source
from claimcheck.names import GENERIC_WORDS, NameIndex, key, same_names, words
from claimcheck.periods import DEFAULT_YEAR_START, Period
from claimcheck.quantities import header_scale, percent_header
from claimcheck.readers import READERS, RawTable, plain_path, read_tables, table_files
from claimcheck.table_periods import (
    Frequency,
    frequency,
    title_period,
)
from claimcheck.table_place import table_place
from claimcheck.targets import Target
from claimcheck.written_forms import written_forms

if TYPE_CHECKING:
    import pandas as pd

CATALOG_FILE = "catalog.toml"
ROWS = "rows"  # the measure of a row-level table
ABSENT = "absent"  # the row does not take part ("n/a": the player did not play)
# Cells that hold no figure, and why. "-" and "-00" mean nil in UK official tables.

RESERVED = ("_row", "_source", "_period", "_measure", "_column", "_value", "_status", "_text")


@dataclass(frozen=True)
class Measure:
    """A measured quantity: its name in the table, its unit and the words for it.

    `additive`: figures of different entities or parts add up (counts, amounts; not
    rates, shares, averages, prices, indices). `over_time`: a year's figure is the sum
    of its months or quarters (a flow such as offences or jobs added; not a level such
    as employment or population, nor a rate). Neither is ever summed when False.
    """

    name: str
    unit: str | None
    vocabulary: tuple[str, ...]  # header, synonyms, table unit: what articles may call it
    additive: bool = True
    over_time: bool = True


@dataclass(frozen=True)
class Table:
    """One table in tidy form: one row per figure, never modified after loading.

    `columns` holds, per row, the dimension values, `_row`, `_source`, `_period`,
    `_measure`, `_column`, `_value`, `_status` and `_text`: text and periods as a
    Column, `_row` and `_value` as arrays. `index` finds rows by value for matching
    and verifying; `cells` shows the same as a pandas DataFrame.
    """

    name: str
    path: Path
    title: str
    columns: dict[str, Column | np.ndarray] = field(compare=False, repr=False)
    dims: tuple[str, ...]
    measures: tuple[Measure, ...]
    periods: tuple[Period, ...]
    totals: dict[str, str] = field(default_factory=dict)
    total_checks: dict[str, TotalCheck] = field(default_factory=dict)  # totals vs members
    additive: frozenset[str] = frozenset()
    year_start: int = DEFAULT_YEAR_START
    row_level: bool = False  # one row per respondent or event: counts, not sums
    pairs: tuple[Pair, ...] = ()
    dim_vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    frequency: Frequency = Frequency.NONE
    subject: tuple[str, ...] = ()  # what the table is about when no column says it
    place: tuple[str, ...] = ()  # names of the one place it is about (`table_place`)
    layout: LayoutKind = LayoutKind.LONG  # how the file lays out its figures (shown)
    parents: dict[str, str] = field(default_factory=dict)  # dimension -> the one it nests in
    codes: dict[str, str] = field(default_factory=dict)  # code dimension -> the one it codes
    aggregates: dict[str, frozenset[str]] = field(default_factory=dict)  # groups among peers
    index: TableIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = [*self.dims, "_measure", "_period"]
        object.__setattr__(self, "index", TableIndex(self.columns, keys))

    @cached_property
    def cells(self) -> pd.DataFrame:
        """The tidy table as a DataFrame (`_period` holds Period objects, None in a table
        without periods). Checking never asks for it, so that a run does not import
        pandas."""
        import pandas as pd

        return pd.DataFrame(
            {
                name: column.to_array() if isinstance(column, Column) else column
                for name, column in self.columns.items()
            }
        )

    def values(self, dim: str) -> list[str]:
        return list(self.index.sorted_values(dim))

    def value_set(self, dim: str) -> frozenset[str]:
        """Every value of a dimension."""
        return self.index.present(dim)


@dataclass(frozen=True)
class Catalog:
    """All tables, the names that resolve into them, groups and sources."""

    tables: tuple[Table, ...]
    groups: dict[str, Group]
    sources: dict[str, Source]
    names: NameIndex  # written form -> the value or group it names (a Target)
    path: Path | None = None

    @property
    def empty(self) -> bool:
        return not self.tables

    def homes(self, value: str) -> list[tuple[Table, str]]:
        """Every (table, dimension) where a value occurs."""
        return list(self._homes.get(value, ()))

    @cached_property
    def _homes(self) -> dict[str, list[tuple[Table, str]]]:
        homes: dict[str, list[tuple[Table, str]]] = {}
        for table in self.tables:
            for dim in table.dims:
                for value in table.value_set(dim):
                    homes.setdefault(value, []).append((table, dim))
        return homes


EMPTY = Catalog((), {}, {}, NameIndex(()))


def load_catalog(path: Path, encoding: str | None = None) -> Catalog:
    """Load every table under a directory (or one table file) with its metadata."""
    if not path.exists():
        raise DataError(f"{path}: no such data file or directory; check --data")
    if not path.is_file() and not path.is_dir():
        raise DataError(f"{path}: is not a file or a directory of tables; check --data")
    if encoding is not None:
        _check_encoding(path, encoding)
    files = [path] if path.is_file() else table_files(path)
    shared = Metadata()
    root = path if path.is_dir() else path.parent
    if (root / CATALOG_FILE).is_file():
        shared = load_metadata(root / CATALOG_FILE, catalog_level=True)
    tables: list[Table] = []
    merged = shared
    for file in files:
        meta_path = plain_path(file).with_suffix(".toml")
        meta = merge(shared, load_metadata(meta_path)) if meta_path.is_file() else shared
        merged = merge(merged, meta) if meta is not shared else merged
        for raw in read_tables(file, encoding):
            tables.append(build_table(raw, meta))
    if not files:
        raise DataError(
            f"{path}: no tables ({', '.join(sorted(READERS))}) in this directory; "
            "check --data, or pass --no-data"
        )
    _check_unique_names(tables)
    groups = _flatten_groups(merged, tables)
    names = _name_index(merged, tables, groups)
    return Catalog(tuple(tables), groups, merged.sources, names, path)


def _check_encoding(path: Path, encoding: str) -> None:
    """An unknown --data-encoding is named as such, once, before any table is read."""
    try:
        codec = codecs.lookup(encoding)
        known = getattr(codec, "_is_text_encoding", True)  # not "hex"
        if known:
            codec.decode(b"a")  # the "undefined" codec refuses every byte
    except LookupError:
        known = False
    except UnicodeDecodeError:
        pass  # one byte is not enough for this codec (UTF-16): it exists
    except UnicodeError:
        known = False
    if not known:
        raise DataError(
            f"{path}: unknown encoding {encoding!r} for the data; "
            "try --data-encoding utf-8 or --data-encoding cp1252"
        )


def _check_unique_names(tables: list[Table]) -> None:
    seen: dict[str, Path] = {}
    for table in tables:
        if table.name in seen:
            raise DataError(
                f"{table.path}: a table named {table.name!r} is also read from "
                f"{seen[table.name]}; rename one file"
            )
        seen[table.name] = table.path


def build_table(raw: RawTable, meta: Metadata) -> Table:
    """The tidy form of one raw table, following its metadata or inferring roles.

    Example: `unemployment1948.csv` (Year, Jan ... Dec, Annual) becomes one figure per
    month, dated by its row's year and its column's month, and one per year from
    `Annual`; all of one measure named by the file, its frequency monthly.
    """
    for column in raw.columns:
        if column in RESERVED:
            raise DataError(
                f"{raw.path}: column {column!r}: the name is one claimcheck keeps for itself; "
                "rename the column"
            )
    roles = column_roles(raw, meta)
    year_start = meta.year_start or DEFAULT_YEAR_START
    dims = [c for c, r in roles.items() if r in {"entity", "dimension"}]
    measures = [c for c, r in roles.items() if r == "measure"]
    period_cols = [c for c, r in roles.items() if r == "period"]
    quarter_cols = [c for c, r in roles.items() if r == "quarter"]
    source_cols = [c for c, r in roles.items() if r == "source"]
    layout = read_layout(measures, bool(period_cols), year_start)

    size = len(raw.row_numbers)
    base: dict[str, Column | np.ndarray] = {d: raw.columns[d].map(str.strip) for d in dims}
    base["_row"] = raw.row_numbers.astype(np.int64)
    base["_source"] = (
        raw.columns[source_cols[0]].map(str.strip)
        if source_cols
        else Column.constant(meta.source or str(raw.path), size)
    )
    titled = title_period(meta.title or raw.title)
    if period_cols:
        declared = meta.path if period_cols[0] in meta.columns else None
        base["_period"] = row_periods(raw, period_cols[0], quarter_cols, year_start, declared)
    elif titled is not None and not layout.wide and titled.resolve(year_start) is not None:
        base["_period"] = Column.constant(titled.resolve(year_start), size)
    absent = frozenset(m.lower() for m in meta.absent)
    scale = unit_scale(meta.unit)[1] if meta.unit else 1.0
    pieces = []
    figures = meta.measure or meta.unit or raw.name  # what a wide table's figures are
    for column, expr in layout.wide.items():
        pieces.append(_piece(base, raw, column, figures, expr.resolve(year_start), absent, scale))
    for column, month in layout.months.items():
        piece = _piece(base, raw, column, figures, None, absent, scale)
        period = base["_period"]
        assert isinstance(period, Column)
        piece["_period"] = period.map(lambda p, m=month: month_of(p, m))
        pieces.append(piece)
    for column in layout.summaries:  # "Annual": the row's own year
        pieces.append(_piece(base, raw, column, figures, None, absent, scale))
    joined_dims = list(dict.fromkeys(dim for _, dim, _ in layout.joined.values()))
    for column, (measure, dim, value) in layout.joined.items():
        piece = _piece(base, raw, column, measure, None, absent, scale)
        piece[dim] = Column.constant(value, size)
        pieces.append(piece)
    wholes = {d: v for c, (m, d, v) in layout.joined.items() if c == m}
    for column in layout.measures:
        own = meta.columns.get(column)
        own_scale = unit_scale(own.unit)[1] if own and own.unit else scale
        piece = _piece(base, raw, column, column, None, absent, own_scale)
        # a measure not split by the headers' dimension is of the whole ("rebounds")
        piece |= {d: Column.constant(v, size) for d, v in wholes.items()}
        pieces.append(piece)
    dims += [d for d in joined_dims if d not in dims]
    row_level = not pieces
    if row_level:  # one row per respondent or event: figures are counts of rows
        near, message = _no_measure(raw, roles)
        if near or not dims:  # a column of figures spoilt by text is an error, not categories
            raise DataError(message)
        pieces.append(_counted_rows(base, size))
    columns = _stack(pieces)
    period = columns["_period"]
    assert isinstance(period, Column)
    periods = tuple(sorted(p for p in period.present() if p is not None))
    measure_names = list(dict.fromkeys(piece["_measure"].values[0] for piece in pieces))
    about = table_about(raw.name, {d: columns[d].present() for d in dims})  # type: ignore[union-attr]
    over_time = summary_over_time(pieces, layout)
    measures = tuple(
        _measure(
            name,
            meta,
            wide_measure=name not in raw.columns,
            about=about,
            over_time=over_time,
            table=raw.name,
        )
        for name in measure_names
    )
    totals, total_checks = _totals(columns, dims, meta, () if row_level else measures)
    return Table(
        name=raw.name,
        path=raw.path,
        title=meta.title or _title_text(raw.title) or raw.name,
        columns=columns,
        dims=tuple(dims),
        measures=measures,
        periods=periods,
        totals=totals,
        total_checks=total_checks,
        additive=frozenset(
            dims
            if row_level
            else (
                c
                for c in dims
                if (meta.columns.get(c) and meta.columns[c].additive)
                or (c not in meta.columns and _parts(columns, c))
            )
        ),
        row_level=row_level,
        pairs=_pairs(meta, measure_names, sides=len(columns[dims[0]].present()) if dims else 0),
        year_start=year_start,
        dim_vocabulary={
            d: (d, *meta.columns.get(d, ColumnMeta("dimension")).synonyms) for d in dims
        },
        frequency=frequency(periods),
        subject=about.words,
        place=table_place(raw.name, meta.title or raw.title, meta.subject),
        layout=layout.kind,
        parents=parents(columns, dims),
        codes=coded_dims(columns, [d for d in dims if CODE_HEADER.search(d)], dims),
        aggregates={
            d: found
            for d in dims
            if (found := aggregates(columns[d].present()))  # type: ignore[union-attr]
            and len(found) < len(columns[d].present()) / 2  # type: ignore[union-attr]
        },
    )


def _title_text(title: str) -> str:
    """A sheet's title without its "Table 1." number: what the table is about."""
    return re.sub(r"^table\s+\w+[.:]?\s*", "", title.strip(), flags=re.I)


def _parts(columns: Piece, dim: str) -> bool:
    """A dimension with no total value whose values are parts (sexes, age bands)."""
    column = columns[dim]
    assert isinstance(column, Column)
    values = column.present()
    return not any(TOTAL_VALUE.match(key(v)) for v in values) and part_values(values)


Piece = dict[str, Column | np.ndarray]


def _stack(pieces: list[Piece]) -> Piece:
    """The pieces' rows one after the other; where a piece lacks a column (`_period`,
    for a measure that is not per period), its rows have no value."""
    names = list(dict.fromkeys(name for piece in pieces for name in (*piece, "_period")))
    columns: Piece = {}
    for name in names:
        parts = [
            piece[name] if name in piece else Column.empty(len(piece["_row"])) for piece in pieces
        ]
        if isinstance(parts[0], Column):
            columns[name] = Column.concat(parts) if len(parts) > 1 else parts[0]
        else:
            columns[name] = np.concatenate(parts)
    return columns


def _no_measure(raw: RawTable, roles: dict[str, str]) -> tuple[bool, str]:
    """Why no column was taken for a measure, naming the column that came closest, and
    whether one came close (numbers with some text among them)."""
    metadata = plain_path(raw.path).with_suffix(".toml").name
    best = None  # (numbers, column, which rows are not numbers)
    for column, cells in raw.columns.items():
        if roles[column] not in {"entity", "dimension"}:
            continue
        ok = np.array([parse_number(v)[1] == "ok" for v in cells.values], dtype=bool)
        counts = cells.counts()
        numbers = int(counts[ok].sum())
        if numbers and (best is None or numbers > best[0]):
            best = (numbers, column, ~ok[cells.codes] & (cells.codes >= 0))
    if best is None or not best[2].any():
        return False, (
            f"{raw.path}: no column holds numbers (columns are {', '.join(raw.columns)}); "
            f'add a column of figures, or mark one as role = "measure" in {metadata}'
        )
    numbers, column, bad = best
    first = int(np.flatnonzero(bad)[0])
    row, value = raw.row_numbers[first], raw.columns[column].get(first)
    return True, (
        f"{raw.path}: no column holds numbers: column {column!r} has cells that are not "
        f"numbers ({int(bad.sum())} of {numbers + int(bad.sum())}; first: row {row}, "
        f"{value.strip()!r}); "
        f'fix them, or mark the column role = "measure" in {metadata} and they count as '
        "no figure"
    )


def _piece(
    base: Piece,
    raw: RawTable,
    column: str,
    measure: str,
    period: Period | None,
    absent: frozenset[str] = frozenset(),
    scale: float = 1.0,
) -> Piece:
    """The figures of one measure column: each distinct cell parsed once, times the
    scale its table's unit states ("thousands of jobs")."""
    cells = raw.columns[column]
    parsed = [
        (None, ABSENT) if str(v).strip().lower() in absent else parse_number(v)
        for v in cells.values
    ]
    size = len(cells)
    piece = dict(base)
    piece["_measure"] = Column.constant(measure, size)
    piece["_column"] = Column.constant(column, size)
    piece["_value"] = cells.lookup(
        [np.nan if v is None else v for v, _ in parsed], np.nan, float
    ) * (_scales(base, column) * scale)
    piece["_status"] = Column.of(cells.codes, [s for _, s in parsed])
    piece["_text"] = cells.map(str.strip)
    if period is not None:
        piece["_period"] = Column.constant(period, size)
    return piece


def _scales(base: Piece, column: str) -> np.ndarray | float:
    """What each figure of a measure column is multiplied by: the unit in its header
    ("Revenue (£m)") or, in a long table, in the row's label of what is measured
    ("Unemployed people (thousands)"), so that figures read as articles write them."""
    scale: np.ndarray | float = header_scale(column)[1]
    for name, values in base.items():
        if isinstance(values, Column) and not name.startswith("_"):
            scale = scale * values.lookup(
                [header_scale(v)[1] if isinstance(v, str) else 1.0 for v in values.values],
                1.0,
                float,
            )
    return scale


def _counted_rows(base: Piece, size: int) -> Piece:
    """A row-level table's one piece: every row counts one."""
    return {
        **base,
        "_measure": Column.constant(ROWS, size),
        "_column": Column.constant("(row)", size),
        "_value": np.ones(size),
        "_status": Column.constant("ok", size),
        "_text": Column.constant("1", size),
    }


def _measure(
    name: str,
    meta: Metadata,
    wide_measure: bool,
    about: About,
    over_time: bool | None,
    table: str = "",
) -> Measure:
    """A measure with its words, unit and additivity. A measure the table names (a wide
    table's figures, a generic "Value") takes the table's subject words as well."""
    column = meta.columns.get(name, ColumnMeta(role="measure"))
    unscaled = header_scale(name)[0]
    label, written_unit = header_unit(unscaled)
    if not set(words(label)) - GENERIC_WORDS:  # "Rate per 100,000 population": all unit
        label = unscaled
    # a column's own unit is its own word: "1.1 billion cubic metres" is the column in them
    vocabulary = [label, *column.synonyms, *([unit_scale(column.unit)[0]] if column.unit else [])]
    named_by_table = wide_measure or is_generic_value(name)
    if name == ROWS:  # counted rows are named by the table: "respondents.csv"
        vocabulary = [table.replace("-", " ").replace("_", " ")]
    if named_by_table or len([c for c in meta.columns.values() if c.role == "measure"]) <= 1:
        vocabulary += [v for v in (meta.unit, meta.measure) if v]
    if named_by_table:
        vocabulary += about.words
    unit = column.unit or ("percent" if percent_header(name) else meta.unit or written_unit)
    unit = (unit_scale(unit)[0] or None) if unit else (about.unit if named_by_table else None)
    additive = additive_words(name, unit, *vocabulary)
    if over_time is None:
        over_time = flow_words(name, *vocabulary, meta.title, meta.description)
    return Measure(
        name=name,
        unit=unit,
        vocabulary=tuple(dict.fromkeys(v for v in vocabulary if set(words(v)) - GENERIC_WORDS)),
        additive=additive,
        over_time=additive and over_time,
    )


def _pairs(meta: Metadata, measures: list[str], sides: int = 0) -> tuple[Pair, ...]:
    """The metadata's pairs, then those the headers show ("X made" / "X attempted")
    among measures no declared pair takes."""
    for pair in meta.pairs.values():
        for name in pair.measures:
            if name not in measures:
                raise MetadataError(
                    f"{meta.path}: pairs.{pair.name}.measures: {name!r} is not a "
                    f"measure of the table; measures are {', '.join(measures)}"
                )
    declared = tuple(meta.pairs.values())
    taken = {m for pair in declared for m in pair.measures}
    inferred = tuple(
        p
        for p in header_pairs(measures, sides)
        if not taken & set(p.measures) and p.name not in meta.pairs
    )
    return declared + inferred


def _totals(
    columns: Piece, dims: list[str], meta: Metadata, measures: tuple[Measure, ...]
) -> tuple[dict[str, str], dict[str, TotalCheck]]:
    """Each dimension's total value and how it compared with its members' sum, over the
    measures that add up (`catalog_totals.table_totals`)."""
    return table_totals(columns, dims, meta, {m.name for m in measures if m.additive})


def _flatten_groups(meta: Metadata, tables: list[Table]) -> dict[str, Group]:
    """Groups with nested groups replaced by their members; cycles are an error."""
    values = {v for t in tables for d in t.dims for v in t.value_set(d)}
    flat: dict[str, Group] = {}

    def defined_in(name: str) -> Path | None:  # the group's own file, not the last one read
        return meta.groups[name].path or meta.path

    def members(name: str, trail: tuple[str, ...]) -> list[str]:
        if name in trail:
            cycle = " -> ".join((*trail, name))
            raise MetadataError(
                f"{defined_in(trail[0])}: groups.{trail[0]}: groups contain each other "
                f"({cycle}); remove the cycle"
            )
        out = []
        for member in meta.groups[name].members:
            if member in meta.groups and member != name:
                out += members(member, (*trail, name))
            elif member in meta.groups:
                raise MetadataError(
                    f"{defined_in(name)}: groups.{name}: contains itself; remove it"
                )
            elif member in values:
                out.append(member)
            else:
                raise MetadataError(
                    f"{defined_in(name)}: groups.{name}.members: {member!r} is not a "
                    "value of any table; check the spelling"
                )
        return out

    for name, group in meta.groups.items():
        flat[name] = Group(name, tuple(dict.fromkeys(members(name, ()))), group.aliases)
    return flat


def _name_index(meta: Metadata, tables: list[Table], groups: dict[str, Group]) -> NameIndex:
    """Every way an article may name a value or a group, and what it resolves to."""
    values = {v for t in tables for d in t.dims for v in t.value_set(d)}
    ambiguous = same_names(t.value_set(d) for t in tables for d in t.dims)
    pairs, capitals = written_forms(
        [t.value_set(d) for t in tables for d in t.dims if d not in t.codes], ambiguous
    )
    for name, forms in meta.aliases.items():
        if name in groups:
            target = Target.group(name)
        elif name in values:
            target = Target.value(name)
        else:
            raise MetadataError(
                f"{meta.path}: aliases.{name}: names no value of any table "
                "and no group; check the spelling"
            )
        pairs += [(form, target) for form in forms]
    for name, group in groups.items():
        pairs += [(form, Target.group(name)) for form in (name, *group.aliases)]
    for place in {t.place for t in tables if t.place}:  # "US" for a table of US payrolls
        for form in place:
            (capitals if written_in_capitals(form) else pairs).append(
                (form, Target.value(place[0]))
            )
    return NameIndex(pairs, capitals)
