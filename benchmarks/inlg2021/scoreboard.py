"""The INLG 2021 dev split on the scoreboard: `inlg2021` (the converted games, with
metadata) and `inlg-nometa` (the box score as exported, export.py).

    >>> truth_of(3, gold={3}, other={4}), truth_of(4, gold={3}, other={4})
    ('contradicted', 'unverifiable')

The shared task annotates errors only, token by token, so a label here is a token: every
number token of the report (digits, number words; score.py's `is_numeric`) and every
gold token of a NUMBER error (score.py's `gold_tokens`, the tokens its recall counts).
Its truth: "contradicted" if a gold token; "unverifiable" inside an error of another
kind (a wrong name, a word, something not checkable: the number itself may be right or
not); otherwise "supported", as the annotators found nothing wrong with it. The claims
covering a token are those whose span overlaps it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.corpora import C, S, U
from benchmarks.inlg2021.convert import Game, convert
from benchmarks.inlg2021.run import run_game
from benchmarks.inlg2021.score import (
    Annotation,
    claim_tokens,
    gold_tokens,
    is_numeric,
    load_annotations,
    token_form,
)
from benchmarks.scoring import Outcome, predict
from benchmarks.testdata import INLG_DEV


def truth_of(index: int, gold: set[int], other: set[int]) -> str:
    """A token's truth from the annotated errors around it."""
    return C if index in gold else U if index in other else S


def game_outcomes(game: Game, claims: list[dict], annotations: list[Annotation]) -> list[Outcome]:
    """One outcome a labelled token of one game."""
    scorable = {t.index for t in game.tokens if token_form(t.text) is not None}
    gold = set(gold_tokens([a for a in annotations if a.type == "NUMBER"], scorable))
    other = {i for a in annotations if a.type != "NUMBER" for i in a.indices}
    covers = [(claim["verdict"], claim_tokens(claim, game.tokens)) for claim in claims]
    return [
        Outcome(
            truth_of(token.index, gold, other),
            predict(verdict for verdict, tokens in covers if token.index in tokens),
        )
        for token in game.tokens
        if is_numeric(token.text) or token.index in gold
    ]


def run(plain: bool) -> tuple[list[str], list[Outcome]]:
    """All 60 games, each against its own tables; `plain`: as exported, no metadata.
    A game claimcheck crashes on keeps the claims that did not crash (run.py)."""
    annotations = load_annotations(INLG_DEV)
    verdicts: list[str] = []
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory() as work:
        for game in convert(INLG_DEV, Path(work), plain=plain):
            result = run_game(Path(work) / "games" / game.id)
            claims = result["articles"][0]["claims"] if "articles" in result else []
            verdicts += [claim["verdict"] for claim in claims]
            outcomes += game_outcomes(game, claims, annotations.get(game.id, []))
    return verdicts, outcomes
