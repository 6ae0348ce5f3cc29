"""The box score as a user would export it, with no metadata: the `inlg-nometa` corpus.

    >>> readable("FG3_PCT"), readable("TEAM-PTS_QTR1"), readable("SECOND_NAME")
    ('three point percentage', 'first quarter points', 'last name')

One `players.csv` and one `teams.csv` a game, every column of the source kept with its
name made readable and nothing added: first and last names as the source splits them,
quarter points as columns of the team's one row, made/attempted pairs as the columns
they are. No surname column, no quarter rows, no aliases or synonyms: what claimcheck
gets right here it gets from the tables alone (issue 11). It is expected to score below
the converted games with metadata (convert.py) until the catalog understands such
tables; adding metadata here to make it pass would defeat its purpose.
"""

from __future__ import annotations

from typing import Any

# Source abbreviations -> words, applied to the parts of a column name.
WORDS = {
    "PLAYER": "player",
    "NAME": "name",
    "FIRST": "first",
    "SECOND": "last",  # SECOND_NAME is the surname
    "TEAM": "team",
    "CITY": "city",
    "START": "start",
    "POSITION": "position",
    "MIN": "minutes",
    "PTS": "points",
    "REB": "rebounds",
    "OREB": "offensive rebounds",
    "DREB": "defensive rebounds",
    "AST": "assists",
    "STL": "steals",
    "BLK": "blocks",
    "TO": "turnovers",
    "TOV": "turnovers",
    "PF": "personal fouls",
    "FGM": "field goals made",
    "FGA": "field goals attempted",
    "FG3M": "three pointers made",
    "FG3A": "three pointers attempted",
    "FTM": "free throws made",
    "FTA": "free throws attempted",
    "FG": "field goal",
    "FG3": "three point",
    "FT": "free throw",
    "WINS": "wins",
    "LOSSES": "losses",
}
QUARTER = {"QTR1": "first quarter", "QTR2": "second quarter", "QTR3": "third quarter"}
QUARTER |= {"QTR4": "fourth quarter"}
# The order of the exported columns (the source's own order is a dict's, arbitrary).
PLAYER_COLUMNS = (
    "PLAYER_NAME", "FIRST_NAME", "SECOND_NAME", "TEAM_CITY", "START_POSITION", "MIN", "PTS",
    "REB", "OREB", "DREB", "AST", "STL", "BLK", "TO", "PF", "FGM", "FGA", "FG_PCT", "FG3M",
    "FG3A", "FG3_PCT", "FTM", "FTA", "FT_PCT",
)  # fmt: skip
TEAM_COLUMNS = (
    "TEAM-CITY", "TEAM-NAME", "TEAM-PTS", "TEAM-PTS_QTR1", "TEAM-PTS_QTR2", "TEAM-PTS_QTR3",
    "TEAM-PTS_QTR4", "TEAM-FG_PCT", "TEAM-FG3_PCT", "TEAM-FT_PCT", "TEAM-REB", "TEAM-AST",
    "TEAM-TOV", "TEAM-WINS", "TEAM-LOSSES",
)  # fmt: skip


def readable(column: str) -> str:
    """A source column name in words: a team line's "TEAM-" prefix is dropped (the
    table is the teams'), a quarter goes first ("first quarter points")."""
    name = column.removeprefix("TEAM-")
    if column.startswith("TEAM-") and name in ("CITY", "NAME"):
        return name.lower()
    stat, _, quarter = name.partition("_QTR")
    if quarter:
        return f"{QUARTER['QTR' + quarter]} {WORDS[stat]}"
    if name.endswith("_PCT"):
        return f"{WORDS[name.removesuffix('_PCT')]} percentage"
    return " ".join(WORDS[part] for part in name.split("_"))


def player_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """One row a player, as the source has it ("N/A": did not play)."""
    box = record["box_score"]
    return [
        {readable(column): box[column][key].strip() for column in PLAYER_COLUMNS}
        for key in sorted(box["PLAYER_NAME"], key=int)
    ]


def team_rows(record: dict[str, Any]) -> list[dict[str, str]]:
    """One row a team, home first, quarter points as columns."""
    return [
        {readable(column): line[column].strip() for column in TEAM_COLUMNS}
        for line in (record["home_line"], record["vis_line"])
    ]
