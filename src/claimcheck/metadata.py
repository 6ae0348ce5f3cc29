"""Metadata files: what a table measures, what its names mean, where its figures come from.

A table `offences.csv` may have `offences.toml` beside it; a data directory may have
`catalog.toml` for what several tables share (aliases, groups, sources). Every key
is checked: an unknown key, a wrong type, an alias or group member that names
nothing, or a group that contains itself is an error naming the file and the key.
docs/catalog.md documents the format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.errors import MetadataError
from claimcheck.model import Source

ROLES = ("entity", "dimension", "period", "quarter", "measure", "source", "ignore")
TABLE_KEYS = {
    "title",
    "description",
    "source",
    "unit",
    "measure",
    "subject",
    "columns",
    "periods",
    "aliases",
    "groups",
    "sources",
    "pairs",
    "absent",
}
CATALOG_KEYS = {"aliases", "groups", "sources", "periods"}
COLUMN_KEYS = {"role", "unit", "synonyms", "total", "additive", "description"}
GROUP_KEYS = {"members", "aliases", "description"}
SOURCE_KEYS = {"title", "url", "publisher", "date", "quote", "note"}
PERIOD_KEYS = {"year_start"}
PAIR_KEYS = {"measures", "words", "bracketed", "versus", "description"}


@dataclass(frozen=True)
class ColumnMeta:
    role: str
    unit: str | None = None
    synonyms: tuple[str, ...] = ()
    total: str | None = None  # the value of this dimension that means "all of them"
    additive: bool = False  # values of this dimension may be summed when none is named


@dataclass(frozen=True)
class Group:
    """A named set of entities: "Wales" = the four Welsh forces."""

    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    # The file that defines it, for errors found once every table is read.
    path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Pair:
    """Two numbers written as one: "7-14 FG" (made, attempted), "(32-18)" (wins,
    losses), "won 113-107" (the subject's points, then the other side's).

    `words` name the pair after its numbers ("FG", "shooting"); `bracketed` means a
    bare "(A-B)" right after a name is this pair; `versus` means one measure, the
    first number the subject's and the second the other side's.
    """

    name: str
    measures: tuple[str, ...]
    words: tuple[str, ...] = ()
    bracketed: bool = False
    versus: bool = False


@dataclass(frozen=True)
class Metadata:
    """Everything a metadata file may say; empty when a table has no metadata."""

    path: Path | None = None
    title: str | None = None
    description: str | None = None
    source: str | None = None
    unit: str | None = None
    measure: str | None = None
    subject: str | None = None  # the one place the whole table is about ("United States")
    columns: dict[str, ColumnMeta] = field(default_factory=dict)
    year_start: int | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    pairs: dict[str, Pair] = field(default_factory=dict)
    absent: tuple[str, ...] = ()  # cells that mean "takes no part" ("n/a": did not play)


def load_metadata(path: Path, catalog_level: bool = False) -> Metadata:
    """Read and check one metadata file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise MetadataError(f"{path}: is not valid TOML ({error}); fix the syntax") from None
    except RecursionError:  # tomllib recurses once a level: a few hundred levels at most
        raise MetadataError(
            f"{path}: nests arrays or tables too deeply to read; fix the file"
        ) from None
    except UnicodeDecodeError:
        raise MetadataError(f"{path}: is not UTF-8; save it as UTF-8") from None
    except PermissionError:
        raise MetadataError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise MetadataError(
            f"{path}: cannot be read ({error.strerror}); check the file and try again"
        ) from None
    checker = _Checker(path)
    checker.keys(data, CATALOG_KEYS if catalog_level else TABLE_KEYS, "")
    columns = {
        name: checker.column(name, spec) for name, spec in checker.table(data, "columns").items()
    }
    aliases = {
        name: tuple(checker.strings(value, f"aliases.{name}"))
        for name, value in checker.table(data, "aliases").items()
    }
    groups = {
        name: checker.group(name, spec) for name, spec in checker.table(data, "groups").items()
    }
    sources = {
        name: checker.source(name, spec) for name, spec in checker.table(data, "sources").items()
    }
    pairs = {name: checker.pair(name, spec) for name, spec in checker.table(data, "pairs").items()}
    periods = checker.table(data, "periods")
    checker.keys(periods, PERIOD_KEYS, "periods")
    year_start = checker.year_start(periods.get("year_start")) if periods else None
    return Metadata(
        path=path,
        title=checker.text(data, "title"),
        description=checker.text(data, "description"),
        source=checker.text(data, "source"),
        unit=checker.text(data, "unit"),
        measure=checker.text(data, "measure"),
        subject=checker.text(data, "subject"),
        columns=columns,
        year_start=year_start,
        aliases=aliases,
        groups=groups,
        sources=sources,
        pairs=pairs,
        absent=tuple(checker.strings(data.get("absent", []), "absent")),
    )


class _Checker:
    """Type checks with messages that name the file and the key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> MetadataError:
        return MetadataError(f"{self.path}: {where}: {message}")

    def keys(self, data: dict[str, Any], allowed: set[str], where: str) -> None:
        for name in data:
            if name not in allowed:
                place = f"{where}.{name}" if where else name
                raise self.fail(place, f"unknown key; expected one of {', '.join(sorted(allowed))}")

    def table(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise self.fail(
                name,
                f"must be a table, not {type(value).__name__}; write it as a [{name}] section",
            )
        return value

    def text(self, data: dict[str, Any], name: str, where: str = "") -> str | None:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise self.fail(
                f"{where}{name}",
                f"must be a string, not {type(value).__name__}; put the value in quotes",
            )
        return value

    def strings(self, value: Any, where: str) -> list[str]:
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, "must be a string or a list of strings")
        return value

    def column(self, name: str, spec: Any) -> ColumnMeta:
        where = f"columns.{name}"
        if isinstance(spec, str):
            spec = {"role": spec}
        if not isinstance(spec, dict):
            raise self.fail(where, "must be a role name or a table with a role")
        self.keys(spec, COLUMN_KEYS, where)
        role = spec.get("role")
        if role is None:
            raise self.fail(f"{where}.role", f"missing; give one of {', '.join(ROLES)}")
        if role not in ROLES:
            raise self.fail(
                f"{where}.role", f"{role!r} is not a role; use one of {', '.join(ROLES)}"
            )
        additive = spec.get("additive", False)
        if not isinstance(additive, bool):
            raise self.fail(f"{where}.additive", "must be true or false")
        return ColumnMeta(
            role=role,
            unit=self.text(spec, "unit", where + "."),
            synonyms=tuple(self.strings(spec.get("synonyms", []), f"{where}.synonyms")),
            total=self.text(spec, "total", where + "."),
            additive=additive,
        )

    def group(self, name: str, spec: Any) -> Group:
        where = f"groups.{name}"
        if isinstance(spec, list):
            spec = {"members": spec}
        if not isinstance(spec, dict):
            raise self.fail(where, "must be a list of members or a table with members")
        self.keys(spec, GROUP_KEYS, where)
        members = self.strings(spec.get("members", []), f"{where}.members")
        if not members:
            raise self.fail(
                f"{where}.members", "a group needs at least one member; list them or remove it"
            )
        aliases = tuple(self.strings(spec.get("aliases", []), f"{where}.aliases"))
        return Group(name, tuple(members), aliases, self.path)

    def source(self, name: str, spec: Any) -> Source:
        where = f"sources.{name}"
        if not isinstance(spec, dict):
            raise self.fail(where, "must be a table with at least a title")
        self.keys(spec, SOURCE_KEYS, where)
        title = self.text(spec, "title", where + ".")
        if not title:
            raise self.fail(f"{where}.title", 'every source needs a title; add title = "..."')
        note = " ".join(
            filter(
                None,
                (self.text(spec, k, where + ".") for k in ("publisher", "date", "quote", "note")),
            )
        )
        return Source(
            key=name, title=title, url=self.text(spec, "url", where + "."), note=note or None
        )

    def pair(self, name: str, spec: Any) -> Pair:
        where = f"pairs.{name}"
        if not isinstance(spec, dict):
            raise self.fail(where, "must be a table with measures")
        self.keys(spec, PAIR_KEYS, where)
        measures = self.strings(spec.get("measures", []), f"{where}.measures")
        versus = spec.get("versus", False)
        bracketed = spec.get("bracketed", False)
        for flag, value in (("versus", versus), ("bracketed", bracketed)):
            if not isinstance(value, bool):
                raise self.fail(f"{where}.{flag}", "must be true or false")
        if len(measures) != (1 if versus else 2):
            raise self.fail(f"{where}.measures", "needs two measures (one with versus = true)")
        return Pair(
            name,
            tuple(measures),
            tuple(self.strings(spec.get("words", []), f"{where}.words")),
            bracketed,
            versus,
        )

    def year_start(self, value: Any) -> int:
        """ "04-01" or 4: the month a split year (2016/17) starts in."""
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
            return value
        if (
            isinstance(value, str)
            and len(value) == 5
            and value[2] == "-"
            and value[:2].isdigit()
            and value[3:] == "01"
            and 1 <= int(value[:2]) <= 12
        ):
            return int(value[:2])
        raise self.fail(
            "periods.year_start", f"{value!r} is not a month; write a month number (4) or '04-01'"
        )


def merge(base: Metadata, extra: Metadata) -> Metadata:
    """Catalog-wide metadata under a table's own; a name defined twice is an error."""
    for attribute in ("aliases", "groups", "sources"):
        mine, theirs = getattr(base, attribute), getattr(extra, attribute)
        for name in mine.keys() & theirs.keys():
            if mine[name] != theirs[name]:
                raise MetadataError(
                    f"{extra.path}: {attribute}.{name}: also defined differently "
                    f"in {base.path}; keep one definition"
                )
    return Metadata(
        path=extra.path,
        title=extra.title,
        description=extra.description,
        source=extra.source,
        unit=extra.unit,
        measure=extra.measure,
        subject=extra.subject,
        columns=extra.columns,
        year_start=extra.year_start or base.year_start,
        aliases=base.aliases | extra.aliases,
        groups=base.groups | extra.groups,
        sources=base.sources | extra.sources,
        pairs=extra.pairs,
        absent=extra.absent,
    )
