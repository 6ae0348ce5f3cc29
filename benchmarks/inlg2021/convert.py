"""Turn each game of the shared task into what a claimcheck user would have.

For every game S001..S060 this writes, under `OUT/games/Sxxx/`:

- `article.txt`: the generated report with normal spacing (games.csv
  DETOKENIZED_GENERATED_TEXT), so spaCy reads ordinary English;
- `data/players.csv` and `data/teams.csv`: the box score with readable headers
  ("points", "three pointers made", ...), plus the metadata in `metadata/`, the same
  files for every game; with `--no-metadata`, the box score as a user would export
  it (first and last name columns, quarter points as columns) and no metadata;
- `tokens.json`: where each whitespace token of `texts/Sxxx.txt` (the tokens the
  gold annotations count, 1-based) lies in `article.txt`.

The token map aligns the two texts character by character, whitespace ignored: the
detokenized text is the tokenized one with spaces removed, except for two games
where it adds a full stop ("DJ." for "DJ"), which the alignment skips.
"""

from __future__ import annotations

import csv
import difflib
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATASET = REPO.parent / "shared" / "benchmarks" / "inlg2021-accuracy-dev"
METADATA = HERE / "metadata"  # players.toml, teams.toml, catalog.toml: written once
DEFAULT_OUT = HERE / "out"

# Box-score column -> readable header. Order is the order of the CSV columns.
PLAYER_STATS = {
    "MIN": "minutes",
    "PTS": "points",
    "REB": "rebounds",
    "AST": "assists",
    "STL": "steals",
    "BLK": "blocks",
    "TO": "turnovers",
    "FGM": "field goals made",
    "FGA": "field goals attempted",
    "FG_PCT": "field goal percentage",
    "FG3M": "three pointers made",
    "FG3A": "three pointers attempted",
    "FG3_PCT": "three point percentage",
    "FTM": "free throws made",
    "FTA": "free throws attempted",
    "FT_PCT": "free throw percentage",
    "OREB": "offensive rebounds",
    "DREB": "defensive rebounds",
    "PF": "personal fouls",
}
TEAM_STATS = {
    "TEAM-PTS": "points",
    "TEAM-FG_PCT": "field goal percentage",
    "TEAM-FG3_PCT": "three point percentage",
    "TEAM-FT_PCT": "free throw percentage",
    "TEAM-REB": "rebounds",
    "TEAM-AST": "assists",
    "TEAM-TOV": "turnovers",
    "TEAM-WINS": "wins",
    "TEAM-LOSSES": "losses",
}
QUARTERS = ("first quarter", "second quarter", "third quarter", "fourth quarter")
WHOLE_GAME = "full game"  # the quarter column's total; teams.toml says so
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Surnames of more than one word; every other player's surname is the last word.
MULTIWORD_SURNAMES = {"Metta World Peace": "World Peace", "Luc Mbah a Moute": "Mbah a Moute"}


class DatasetMissing(Exception):
    """The shared task data is not where the benchmark looks for it."""


@dataclass(frozen=True)
class Token:
    """A whitespace token of texts/Sxxx.txt and where it lies in the article."""

    index: int  # 1-based, as DOC_TOKEN_START/END in gsml.csv
    text: str
    start: int | None  # article offsets; None when no character of it aligns
    end: int | None


@dataclass(frozen=True)
class Game:
    """One game: its report as an article, the token map and the box score."""

    id: str  # "S001"
    text: str
    tokens: tuple[Token, ...]
    record: dict[str, Any]  # the game's line of shared_task.jsonl


def dataset_dir(path: str | Path | None = None) -> Path:
    """The dataset directory, or DatasetMissing with where it was looked for."""
    directory = Path(path) if path is not None else DATASET
    if not (directory / "gsml.csv").is_file():
        raise DatasetMissing(
            f"{directory}: the INLG 2021 accuracy dev split is not there "
            "(expected gsml.csv, games.csv, shared_task.jsonl, texts/); "
            "give its location with --dataset"
        )
    return directory


def load_games(dataset: Path, ids: Iterable[str] | None = None) -> list[Game]:
    """The games of the dev split (all, or those in `ids`), in S001..S060 order."""
    wanted = set(ids) if ids is not None else None
    with open(dataset / "games.csv", newline="", encoding="utf-8") as handle:
        texts = {
            row["TEXT_ID"]: row["DETOKENIZED_GENERATED_TEXT"] for row in csv.DictReader(handle)
        }
    games = []
    with open(dataset / "shared_task.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            game_id = record["shared_task_text_id"]
            if wanted is not None and game_id not in wanted:
                continue
            text = texts[game_id]
            tokens = (dataset / "texts" / f"{game_id}.txt").read_text(encoding="utf-8").split()
            games.append(Game(game_id, text, tuple(align_tokens(tokens, text)), record))
    if wanted is not None:
        unknown = wanted - {g.id for g in games}
        if unknown:
            raise DatasetMissing(f"no such game(s) in {dataset}: {', '.join(sorted(unknown))}")
    return games


def align_tokens(tokens: list[str], text: str) -> list[Token]:
    """Where each token lies in `text`, matching their non-space characters in order."""
    token_chars = [(ch, i) for i, tok in enumerate(tokens) for ch in tok]
    text_chars = [(ch, offset) for offset, ch in enumerate(text) if not ch.isspace()]
    a = "".join(ch for ch, _ in token_chars)
    b = "".join(ch for ch, _ in text_chars)
    pairs: list[tuple[int, int]] = []  # (index into token_chars, index into text_chars)
    if a == b:
        pairs = [(k, k) for k in range(len(a))]
    else:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for block in matcher.get_matching_blocks():
            pairs += [(block.a + k, block.b + k) for k in range(block.size)]
    offsets: dict[int, list[int]] = {}
    for i, j in pairs:
        offsets.setdefault(token_chars[i][1], []).append(text_chars[j][1])
    out = []
    for i, tok in enumerate(tokens):
        found = offsets.get(i)
        out.append(
            Token(i + 1, tok, min(found), max(found) + 1)
            if found
            else Token(i + 1, tok, None, None)
        )
    return out


def surname(name: str) -> str:
    """The name an article uses for a player on second mention: "Nance" for "Larry Nance Jr."."""
    if name in MULTIWORD_SURNAMES:
        return MULTIWORD_SURNAMES[name]
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _cell(value: str) -> str:
    """A box-score value as a cell: "N/A" (did not play) is claimcheck's "n/a"."""
    return "n/a" if value.strip().upper() == "N/A" else value.strip()


def team_names(record: dict[str, Any]) -> dict[str, str]:
    """City -> "City Name" for the two teams (the box score gives players' cities only)."""
    home = (record["home_city"], record["home_name"])
    vis = (record["vis_city"], record["vis_name"])
    if home[0] == vis[0]:  # two teams of one city: the box score cannot tell them apart
        return {home[0]: home[0]}
    return {city: f"{city} {name}" for city, name in (home, vis)}


def player_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """One row a player: name, surname, team and the box-score line."""
    box = record["box_score"]
    teams = team_names(record)
    rows = []
    for key in sorted(box["PLAYER_NAME"], key=int):
        name = box["PLAYER_NAME"][key].strip()
        row = {
            "player": name,
            "surname": surname(name),
            "team": teams.get(box["TEAM_CITY"][key], box["TEAM_CITY"][key]),
        }
        row.update({header: _cell(box[column][key]) for column, header in PLAYER_STATS.items()})
        rows.append(row)
    return rows


def team_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """Five rows a team: the whole game, then each quarter (which has only points)."""
    rows = []
    for line in (record["home_line"], record["vis_line"]):
        base = {
            "team": f"{line['TEAM-CITY']} {line['TEAM-NAME']}",
            "city": line["TEAM-CITY"],
            "name": line["TEAM-NAME"],
        }
        whole = {"quarter": WHOLE_GAME}
        whole.update({header: _cell(line[column]) for column, header in TEAM_STATS.items()})
        rows.append(base | whole)
        for number, quarter in enumerate(QUARTERS, 1):
            row = dict.fromkeys(TEAM_STATS.values(), "")
            row["points"] = _cell(line[f"TEAM-PTS_QTR{number}"])
            rows.append(base | {"quarter": quarter} | row)
    return rows


def bare_player_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """One row a player as a user would export the box score, with no metadata: the
    source's own columns made readable (player name, first name, last name, team)."""
    box = record["box_score"]
    teams = team_names(record)
    rows = []
    for key in sorted(box["PLAYER_NAME"], key=int):
        row = {
            "player name": box["PLAYER_NAME"][key].strip(),
            "first name": box["FIRST_NAME"][key].strip(),
            "last name": box["SECOND_NAME"][key].strip(),
            "team": teams.get(box["TEAM_CITY"][key], box["TEAM_CITY"][key]),
        }
        row.update({header: _cell(box[column][key]) for column, header in PLAYER_STATS.items()})
        rows.append(row)
    return rows


def bare_team_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """One row a team, with no metadata: quarter points as columns beside the game's."""
    rows = []
    for line in (record["home_line"], record["vis_line"]):
        row = {
            "team": f"{line['TEAM-CITY']} {line['TEAM-NAME']}",
            "city": line["TEAM-CITY"],
            "name": line["TEAM-NAME"],
        }
        for number, quarter in enumerate(QUARTERS, 1):
            row[f"{quarter} points"] = _cell(line[f"TEAM-PTS_QTR{number}"])
        row.update({header: _cell(line[column]) for column, header in TEAM_STATS.items()})
        rows.append(row)
    return rows


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def write_game(game: Game, out: Path, metadata: bool = True) -> Path:
    """Write one game's article, tables, metadata and token map; return its directory.
    Without `metadata`, the tables are the bare export (`bare_player_rows`) and no
    metadata file is written: what claimcheck infers alone is measured."""
    directory = out / "games" / game.id
    data = directory / "data"
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    (directory / "article.txt").write_text(game.text + "\n", encoding="utf-8")
    if not metadata:
        _write_csv(data / "players.csv", bare_player_rows(game.record))
        _write_csv(data / "teams.csv", bare_team_rows(game.record))
    else:
        _write_csv(data / "players.csv", player_rows(game.record))
        _write_csv(data / "teams.csv", team_rows(game.record))
        for meta in sorted(METADATA.glob("*.toml")):
            shutil.copyfile(meta, data / meta.name)
    tokens = [[t.index, t.text, t.start, t.end] for t in game.tokens]
    (directory / "tokens.json").write_text(
        json.dumps({"game": game.id, "tokens": tokens}) + "\n", encoding="utf-8"
    )
    return directory


def convert(
    dataset: Path, out: Path, ids: Iterable[str] | None = None, metadata: bool = True
) -> list[Game]:
    """Load and write every game (or those in `ids`); return the games."""
    games = load_games(dataset, ids)
    for game in games:
        write_game(game, out, metadata)
    return games
