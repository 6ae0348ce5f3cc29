"""Settings from `claimcheck.toml` or `pyproject.toml` `[tool.claimcheck]`.

The first directory, from the current one upward, that has a `claimcheck.toml` or a
`pyproject.toml` with a `[tool.claimcheck]` table gives the settings (like ruff).
Command-line flags override them. Paths in the file are relative to the file's
directory. An unknown key or a value of the wrong type is a ConfigError naming the
file and the key: a typo must never be silently ignored.

    # claimcheck.toml (in pyproject.toml the same keys go under [tool.claimcheck])
    data = "data"               # or false: check the article's numbers only
    fail-on = "contradicted"    # or "unverifiable"
    format = "text"             # text, json, html, github, sarif, junit
    exclude = ["drafts/**", "README.md"]
    hedge-tolerance = 0.10      # how far "about" and "almost" reach
    encoding = "utf-8"
    data-encoding = "utf-8"
"""

from __future__ import annotations

import glob
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.model import FAIL_ON
from claimcheck.report import FORMATS

CONFIG_FILE = "claimcheck.toml"
KEYS = ("data", "fail-on", "format", "exclude", "hedge-tolerance", "encoding", "data-encoding")


@dataclass(frozen=True)
class Config:
    """Settings as read; None where the file does not set one."""

    path: Path | None = None  # the file they came from
    data: Path | None = None
    no_data: bool = False  # data = false
    fail_on: str | None = None
    format: str | None = None
    exclude: tuple[str, ...] = ()  # anchored at the file's directory
    hedge_tolerance: float | None = None
    encoding: str | None = None
    data_encoding: str | None = None


def find_config(start: Path | None = None) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with [tool.claimcheck], upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "claimcheck" in _tool_tables(pyproject):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read and check one settings file (None: no file, every setting unset)."""
    if path is None:
        return Config()
    table = _read(path)
    where = "claimcheck.toml"
    if path.name == "pyproject.toml":
        table = _tool_tables(path, table).get("claimcheck", {})
        where = "[tool.claimcheck]"
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    for key in table:
        if key not in KEYS:
            hint = f" (did you mean '{key.replace('_', '-')}'?)" if "_" in key else ""
            raise ConfigError(
                f"{path}: unknown key '{key}' in {where}{hint}; valid keys: {', '.join(KEYS)}"
            )
    base = path.parent.resolve()
    data = table.get("data")
    if data is not None and not isinstance(data, str) and data is not False:
        raise _wrong(path, "data", "a path (string) or false", data)
    return Config(
        path=path,
        data=(base / data) if isinstance(data, str) else None,
        no_data=data is False,
        fail_on=_choice(path, table, "fail-on", tuple(FAIL_ON)),
        format=_choice(path, table, "format", tuple(FORMATS)),
        exclude=tuple(_anchor(base, p) for p in _strings(path, table, "exclude")),
        hedge_tolerance=_tolerance(path, table),
        encoding=_string(path, table, "encoding"),
        data_encoding=_string(path, table, "data-encoding"),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: is not valid TOML ({error}); fix the file") from None
    except RecursionError:  # tomllib recurses once a level: a few hundred levels at most
        raise ConfigError(
            f"{path}: nests arrays or tables too deeply to read; fix the file"
        ) from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None


def _tool_tables(path: Path, table: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyproject.toml's [tool] table: `tool = "claimcheck"` is an error, not a match."""
    tool = (_read(path) if table is None else table).get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.claimcheck]), not {tool!r}")
    return tool


def _wrong(path: Path, key: str, wanted: str, value: object) -> ConfigError:
    return ConfigError(f"{path}: '{key}' must be {wanted}, not {value!r}")


def _string(path: Path, table: dict, key: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise _wrong(path, key, "a string", value)
    return value


def _choice(path: Path, table: dict, key: str, choices: tuple[str, ...]) -> str | None:
    value = _string(path, table, key)
    if value is not None and value not in choices:
        raise _wrong(path, key, "one of " + ", ".join(choices), value)
    return value


def _strings(path: Path, table: dict, key: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _wrong(path, key, "a list of strings", value)
    return value


def _tolerance(path: Path, table: dict) -> float | None:
    value = table.get("hedge-tolerance")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise _wrong(path, "hedge-tolerance", "a number from 0 up to (not including) 1", value)
    return float(value)


def _anchor(base: Path, pattern: str) -> str:
    """A path glob from the file, made absolute; a bare name glob matches anywhere."""
    if "/" not in pattern or Path(pattern).is_absolute():
        return pattern
    return f"{glob.escape(base.as_posix())}/{pattern.removeprefix('./')}"
