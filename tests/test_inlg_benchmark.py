"""The INLG 2021 benchmark harness (benchmarks/inlg2021): converter, token map, scorer.

Runs on two games of the dev split in testdata/; no spaCy, so fast.
"""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from benchmarks.inlg2021 import convert as convert_module
from benchmarks.inlg2021.__main__ import main
from benchmarks.inlg2021.convert import DATASET, PLAYER_STATS, convert, player_rows, surname
from benchmarks.inlg2021.score import (
    load_annotations,
    number_pattern,
    score_game,
    token_form,
    totals,
)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("inlg")
    games = {g.id: g for g in convert(DATASET, out, ["S001", "S003"])}
    return out, games


@pytest.fixture(scope="module")
def annotations():
    return load_annotations(DATASET)


def _claim(game, token, verdict="contradicted", method="data"):
    """A claim in claimcheck's JSON form covering exactly one token."""
    return {
        "id": f"c{token.index}",
        "kind": "value",
        "text": game.text[token.start : token.end],
        "start": token.start,
        "end": token.end,
        "sentence": game.text[token.start : token.end],
        "verdict": verdict,
        "explanation": "synthetic",
        "evidence": [],
        "checks": [{"method": method, "verdict": verdict}],
    }


def _result(claims):
    return {"articles": [{"claims": claims}]}


def test_players_table_holds_the_box_score_of_a_known_player(converted):
    out, _ = converted
    with open(out / "games" / "S001" / "data" / "players.csv", newline="") as handle:
        rows = {row["player"]: row for row in csv.DictReader(handle)}
    thomas = rows["Isaiah Thomas"]
    assert (thomas["points"], thomas["assists"], thomas["team"]) == ("38", "4", "Boston Celtics")
    assert thomas["three pointers made"] == "5"
    assert rows["Larry Nance Jr."]["surname"] == "Nance"
    assert rows["Jordan Mickey"]["points"] == "n/a"  # did not play


def test_teams_table_has_a_full_game_row_and_one_a_quarter(converted):
    out, _ = converted
    with open(out / "games" / "S001" / "data" / "teams.csv", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["name"] == "Celtics"]
    assert [r["quarter"] for r in rows] == [
        "full game",
        "first quarter",
        "second quarter",
        "third quarter",
        "fourth quarter",
    ]
    assert (rows[0]["points"], rows[0]["wins"], rows[0]["losses"]) == ("113", "32", "18")
    assert sum(int(r["points"]) for r in rows[1:]) == 113


def test_plain_export_is_two_tables_of_readable_source_columns_and_no_metadata(tmp_path):
    convert(DATASET, tmp_path, ["S001"], plain=True)
    data = tmp_path / "games" / "S001" / "data"
    assert sorted(p.name for p in data.iterdir()) == ["players.csv", "teams.csv"]
    with open(data / "players.csv", newline="") as handle:
        players = {row["player name"]: row for row in csv.DictReader(handle)}
    thomas = players["Isaiah Thomas"]
    assert (thomas["first name"], thomas["last name"], thomas["team city"]) == (
        "Isaiah",
        "Thomas",
        "Boston",
    )
    assert (thomas["three pointers made"], thomas["points"]) == ("5", "38")
    assert "surname" not in thomas and "offensive rebounds" in thomas
    with open(data / "teams.csv", newline="") as handle:
        teams = {row["name"]: row for row in csv.DictReader(handle)}
    celtics = teams["Celtics"]
    quarters = [celtics[f"{q} quarter points"] for q in ("first", "second", "third", "fourth")]
    assert sum(map(int, quarters)) == int(celtics["points"]) == 113
    assert list(teams) == ["Celtics", "Lakers"]


def test_metadata_loads_with_claimcheck(converted):
    from claimcheck.catalog import load_catalog
    from claimcheck.targets import Target

    out, _ = converted
    catalog = load_catalog(out / "games" / "S001" / "data")
    tables = {t.name: t for t in catalog.tables}
    assert tables["teams"].totals == {"quarter": "full game"}
    assert "rebounds" in [m.name for m in tables["players"].measures]
    assert "offensive rebounds" not in [m.name for m in tables["players"].measures]
    assert catalog.names.lookup("Horford") == {Target.value("Horford")}


def test_token_map_points_a_gold_number_at_its_place_in_the_article(converted, annotations):
    _, games = converted
    game = games["S001"]
    gold = next(a for a in annotations["S001"] if a.type == "NUMBER" and a.tokens == "30")
    token = game.tokens[gold.start - 1]
    assert (token.index, token.text) == (54, "30")
    assert token.start == game.text.index("30-point win")
    assert game.text[token.start : token.end] == "30"


def test_token_map_survives_a_full_stop_only_the_article_has(converted):
    _, games = converted
    game = games["S003"]  # texts/S003.txt has "DJ Augustin", the article "DJ. Augustin"
    assert all(t.start is not None for t in game.tokens)
    assert all(game.text[t.start : t.end] == t.text for t in game.tokens if t.text != "DJ")
    dj = next(t for t in game.tokens if t.text == "DJ")
    assert game.text[dj.start :].startswith("DJ. Augustin")


def test_perfect_prediction_scores_one(converted, annotations):
    _, games = converted
    scores = []
    for game_id, game in games.items():
        gold = [a for a in annotations[game_id] if a.type == "NUMBER"]
        claims = [_claim(game, game.tokens[a.start - 1]) for a in gold]
        scores.append(score_game(game, _result(claims), annotations[game_id]))
    total = totals(scores)
    assert total.tp > 0
    assert (total.precision, total.recall, total.f1) == (1.0, 1.0, 1.0)
    assert total.detected == total.annotations


def test_empty_prediction_has_zero_recall_and_coverage(converted, annotations):
    _, games = converted
    score = score_game(games["S001"], _result([]), annotations["S001"])
    total = totals([score])
    assert (total.tp, total.fp, total.recall, total.coverage) == (0, 0, 0.0, 0.0)
    assert total.fn == 6  # S001 has six NUMBER errors: 30, six, 12, a, 10, pair
    assert {e.outcome for e in score.events} == {"FN"}


def test_a_flag_on_a_correct_number_is_a_false_positive(converted, annotations):
    _, games = converted
    game = games["S001"]
    thirty_eight = next(t for t in game.tokens if t.text == "38")  # Thomas's 38 points: right
    score = score_game(game, _result([_claim(game, thirty_eight)]), annotations["S001"])
    total = totals([score])
    assert (total.tp, total.fp) == (0, 1)
    assert total.coverage == pytest.approx(1 / len(score.numeric))
    fp = next(e for e in score.events if e.outcome == "FP")
    assert fp.tokens == [thirty_eight.index]


def test_supported_claims_count_for_coverage_but_are_not_flags(converted, annotations):
    _, games = converted
    game = games["S001"]
    numbers = [t for t in game.tokens if token_form(t.text) == "digits"]
    claims = [_claim(game, t, verdict="supported") for t in numbers]
    claims.append(_claim(game, game.tokens[0], verdict="unverifiable", method="data"))
    total = totals([score_game(game, _result(claims), annotations["S001"])])
    assert total.linked == len(numbers)
    assert total.tp + total.fp == 0


def test_number_patterns_name_the_constructions(converted):
    _, games = converted
    game = games["S001"]
    by_text = {t.text: t for t in game.tokens}
    assert number_pattern(game.text, by_text["113"]) == "score or run (113-107)"
    assert number_pattern(game.text, game.tokens[53]) == "compound (18-point, three-point)"
    assert number_pattern(game.text, by_text["36"]) == "team record ((32-18))"
    assert number_pattern(game.text, by_text["38"]) == "plain number"
    s002 = convert_module.load_games(DATASET, ["S002"])[0]
    three = next(t for t in s002.tokens if t.text == "3" and t.index > 1)  # "3-of-5 shooting"
    assert number_pattern(s002.text, three) == "shooting split (7-of-14)"


def test_surnames_drop_suffixes_and_keep_particles():
    assert surname("Larry Nance Jr.") == "Nance"
    assert surname("Derrick Jones, Jr.") == "Jones"
    assert surname("Luc Mbah a Moute") == "Mbah a Moute"
    assert surname("Nene") == "Nene"


def test_did_not_play_is_not_available():
    record = {
        "home_city": "Boston",
        "home_name": "Celtics",
        "vis_city": "Los Angeles",
        "vis_name": "Lakers",
        "box_score": {column: {"0": "N/A"} for column in PLAYER_STATS}
        | {"PLAYER_NAME": {"0": "James Young"}, "TEAM_CITY": {"0": "Boston"}},
    }
    (row,) = player_rows(record)
    assert row["points"] == "n/a"
    assert row["team"] == "Boston Celtics"


def test_command_skips_cleanly_without_the_dataset(tmp_path, monkeypatch):
    monkeypatch.setattr(convert_module, "DATASET", tmp_path / "absent")
    result = CliRunner().invoke(main, ["--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "skipped:" in result.output
    assert not (tmp_path / "out").exists()


def test_command_fails_on_a_dataset_path_that_is_not_there(tmp_path):
    result = CliRunner().invoke(main, ["--dataset", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "is not there" in result.output
