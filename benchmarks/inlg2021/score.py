"""Score claimcheck's verdicts against the human annotations of NUMBER errors.

Units are the whitespace tokens of texts/Sxxx.txt, the tokens gsml.csv counts:

- a token is *scorable* when it can carry a number: digits ("12", "17th"), number
  words ("five", "second", "pair") or an article ("a steal", "an assist");
- *gold*: scorable tokens inside a NUMBER annotation (DOC_TOKEN_START..END; an
  annotation with no scorable token, should there be one, counts all its tokens);
- *flagged*: scorable tokens that a CONTRADICTED claim's character span covers;
- precision, recall and F1 are micro-averaged over tokens of all games scored;
- *coverage*: the share of numeric tokens (scorable, articles excepted: most "a"s are
  not numbers) covered by a claim linked to a cell, i.e. one whose data check
  supported or contradicted it.

Every false negative and false positive is also given a class (what claimcheck did
with it) so that the biggest error classes can be counted and read.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.inlg2021.convert import Game, Token, player_rows

CARDINALS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand",
}  # fmt: skip
ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
}  # fmt: skip
COUNT_WORDS = {"pair", "couple", "dozen", "once", "twice"}
ARTICLES = {"a", "an"}
_DIGITS = re.compile(r"^\d+(\.\d+)?(st|nd|rd|th)?$")
LINKED = {"supported", "contradicted"}
CONTEXT_ORDER = ("NAME", "NUMBER", "WORD", "CONTEXT", "NOT_CHECKABLE", "OTHER")


def token_form(text: str) -> str | None:
    """What kind of number a token may be: digits, number word, article; None if none."""
    lowered = text.lower()
    if _DIGITS.match(lowered):
        return "digits"
    if lowered in CARDINALS:
        return "number word"
    if lowered in ORDINALS:
        return "ordinal word"
    if lowered in COUNT_WORDS:
        return "count word"
    if lowered in ARTICLES:
        return "article"
    return None


def number_pattern(text: str, token: Token) -> str:
    """The construction a number token is part of, read from the article around it."""
    form = token_form(token.text)
    after = text[token.end : token.end + 16] if token.end is not None else ""
    if form in {"digits", "number word"} and re.match(r"-(?!(of|for)-)[a-z]", after):
        return "compound (18-point, three-point)"
    if token.start is None or token.end is None or form != "digits":
        return {
            "number word": "plain number",
            "ordinal word": "ordinal (second, third)",
            "count word": "count word (a pair of)",
            "article": "article (a steal, an assist)",
        }.get(form or "", "other")
    before = text[max(0, token.start - 16) : token.start]
    if re.match(r"-(of|for)-\d", after) or re.search(r"\d-(of|for)-$", before):
        return "shooting split (7-of-14)"
    if re.match(r"-\d+ (FG|3Pt|FT)\b", after) or (
        re.search(r"\d-$", before) and re.match(r" (FG|3Pt|FT)\b", after)
    ):
        return "shooting split (7-14 FG)"
    if (re.search(r"\(\s*$", before) and re.match(r"-\d+\s*\)", after)) or (
        re.search(r"\(\s*\d+-$", before) and re.match(r"\s*\)", after)
    ):
        return "team record ((32-18))"
    if re.match(r"-\d", after) or re.search(r"\d-$", before):
        return "score or run (113-107)"
    if re.match(r"(st|nd|rd|th)\b", token.text[-2:]) and not token.text.isdigit():
        return "ordinal (second, third)"
    return "plain number"


def is_numeric(text: str) -> bool:
    """A token that is a number in its own right (the coverage denominator)."""
    return token_form(text) not in {None, "article"}


@dataclass(frozen=True)
class Annotation:
    """One human-annotated error (a row of gsml.csv)."""

    game: str
    id: str
    type: str
    start: int  # 1-based token indices, inclusive
    end: int
    tokens: str
    correction: str
    comment: str

    @property
    def indices(self) -> range:
        return range(self.start, self.end + 1)


def load_annotations(dataset: Path) -> dict[str, list[Annotation]]:
    """Every annotated error of every type, by game ("S001")."""
    out: dict[str, list[Annotation]] = {}
    with open(dataset / "gsml.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            game = row["TEXT_ID"].removesuffix(".txt")
            out.setdefault(game, []).append(
                Annotation(
                    game=game,
                    id=row["ANNOTATION_ID"],
                    type=row["TYPE"],
                    start=int(row["DOC_TOKEN_START"]),
                    end=int(row["DOC_TOKEN_END"]),
                    tokens=row["TOKENS"],
                    correction=row["CORRECTION"],
                    comment=row["COMMENT"],
                )
            )
    return out


@dataclass
class Event:
    """One diagnostic record: a true positive, false positive or false negative."""

    game: str
    outcome: str  # TP, FP, FN
    cls: str  # the error class the token(s) are counted under
    tokens: list[int]
    token_text: str
    sentence: str
    claim: dict[str, Any] | None = None
    annotation: Annotation | None = None
    context: str = ""  # for FP: other annotated errors in the claim's sentence
    pattern: str = ""  # the construction the (first) number is part of
    row: str = ""  # for FP: whose row the claim was checked against

    def as_dict(self) -> dict[str, Any]:
        claim = self.claim or {}
        return {
            "game": self.game,
            "outcome": self.outcome,
            "class": self.cls,
            "tokens": self.tokens,
            "token_text": self.token_text,
            "sentence": self.sentence,
            "claim_text": claim.get("text"),
            "kind": claim.get("kind"),
            "verdict": claim.get("verdict"),
            "explanation": claim.get("explanation"),
            "evidence": [
                f"{e['table']}.{e['column']}={e['value']}" for e in claim.get("evidence", [])
            ],
            "correction": self.annotation.correction if self.annotation else None,
            "comment": self.annotation.comment if self.annotation else None,
            "pattern": self.pattern,
            "context": self.context,
            "row": self.row,
        }


@dataclass
class GameScore:
    """The token sets of one game and its diagnostic events."""

    game: str
    gold: set[int] = field(default_factory=set)
    flagged: set[int] = field(default_factory=set)
    numeric: set[int] = field(default_factory=set)
    linked: set[int] = field(default_factory=set)
    forms: dict[int, str] = field(default_factory=dict)  # numeric token -> its form
    annotations: int = 0
    detected: int = 0  # NUMBER annotations with at least one flagged token
    claims: Counter[str] = field(default_factory=Counter)  # verdicts
    events: list[Event] = field(default_factory=list)
    error: str | None = None  # claimcheck crashed on this game


def claim_tokens(claim: dict[str, Any], tokens: Iterable[Token]) -> set[int]:
    """Indices of tokens that a claim's character span overlaps."""
    start, end = claim["start"], claim["end"]
    return {t.index for t in tokens if t.start is not None and t.start < end and start < t.end}


def reason_class(explanation: str) -> str:
    """An unverifiable reason with its particulars (names, numbers) blanked out."""
    reason = explanation.split("; ")[0]
    if reason.startswith("the tables disagree"):
        return "the tables disagree"
    reason = re.sub(
        r"^.*?: not in the tables that measure this.*",
        "<subject>: not in the tables that measure this",
        reason,
    )
    reason = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", reason)
    reason = re.sub(r"\([^)]*\)", "(…)", reason)
    reason = re.sub(r"\d+(\.\d+)?", "N", reason)
    return reason


def _where(claim: dict[str, Any]) -> str:
    columns = dict.fromkeys(f"{e['table']}.{e['column']}" for e in claim.get("evidence", []))
    return ", ".join(columns) or "internal check"


def claim_class(claim: dict[str, Any]) -> str:
    """What claimcheck made of a claim: kind, verdict and the column or the reason."""
    verdict = claim["verdict"]
    if verdict == "crashed":
        return f"{claim['kind']} crashed: {claim['explanation']}"
    if verdict == "unverifiable":
        return f"{claim['kind']} unverifiable: {reason_class(claim['explanation'])}"
    return f"{claim['kind']} {verdict} ({_where(claim)})"


def sentence_at(text: str, offset: int) -> str:
    """The sentence around an offset, for diagnostics when no claim gives one."""
    previous = text.rfind(". ", 0, offset)
    start = previous + 2 if previous >= 0 else 0
    end = text.find(". ", offset)
    return text[start : end + 1 if end >= 0 else len(text)].strip()


def _sentence_span(text: str, claim: dict[str, Any]) -> tuple[int, int]:
    sentence = claim["sentence"]
    start = text.rfind(sentence, 0, claim["start"] + len(sentence))
    if start < 0 or start > claim["start"]:
        return claim["start"], claim["end"]
    return start, start + len(sentence)


def gold_tokens(numbers: Iterable[Annotation], scorable: set[int]) -> dict[int, Annotation]:
    """The gold tokens of NUMBER errors, each with its annotation: the scorable tokens
    inside it (all of its tokens if none is scorable)."""
    gold_of: dict[int, Annotation] = {}
    for annotation in numbers:
        inside = [i for i in annotation.indices if i in scorable] or list(annotation.indices)
        for index in inside:
            gold_of.setdefault(index, annotation)
    return gold_of


def score_game(game: Game, result: dict[str, Any], annotations: list[Annotation]) -> GameScore:
    """Token sets and diagnostic events of one game."""
    score = GameScore(game.id)
    by_index = {t.index: t for t in game.tokens}
    scorable = {t.index for t in game.tokens if token_form(t.text) is not None}
    score.numeric = {t.index for t in game.tokens if is_numeric(t.text)}
    score.forms = {
        t.index: token_form(t.text) or "" for t in game.tokens if t.index in score.numeric
    }
    numbers = [a for a in annotations if a.type == "NUMBER"]
    score.annotations = len(numbers)
    gold_of = gold_tokens(numbers, scorable)
    score.gold = set(gold_of)
    score.error = result.get("error")
    if result.get("crashed_claims"):
        shown = "; ".join(f"{c['text']!r} in {c['sentence']!r}" for c in result["crashed_claims"])
        score.error = f"{score.error}; on: {shown}"
    claims: list[dict[str, Any]] = []
    if "articles" in result:  # absent when claimcheck crashed and could not be rerun
        claims = sorted(
            result["articles"][0]["claims"] + result.get("crashed_claims", []),
            key=lambda c: (c["start"], c["end"]),
        )
    covers = {c["id"]: claim_tokens(c, game.tokens) & scorable for c in claims}
    for claim in claims:
        score.claims[claim["verdict"]] += 1
        if claim["text"] != game.text[claim["start"] : claim["end"]]:
            raise ValueError(f"{game.id}: claim {claim['id']} offsets do not match the article")
        if claim["verdict"] == "contradicted":
            score.flagged |= covers[claim["id"]]
        data_linked = any(c["method"] == "data" and c["verdict"] in LINKED for c in claim["checks"])
        if claim["verdict"] in LINKED and data_linked:
            score.linked |= covers[claim["id"]] & score.numeric
    score.detected = sum(1 for a in numbers if any(i in score.flagged for i in a.indices))
    _events(score, game, claims, covers, gold_of, annotations, by_index)
    return score


def _events(
    score: GameScore,
    game: Game,
    claims: list[dict[str, Any]],
    covers: dict[str, set[int]],
    gold_of: dict[int, Annotation],
    annotations: list[Annotation],
    by_index: dict[int, Token],
) -> None:
    text = game.text
    names = {n for r in player_rows(game.record) for n in (r["player"], r["surname"])}
    # True positives and false negatives: one event per annotation and class.
    grouped: dict[tuple[str, str, str], list[int]] = {}
    chosen: dict[tuple[str, str, str], dict[str, Any] | None] = {}
    for index in sorted(score.gold):
        annotation = gold_of[index]
        covering = [c for c in claims if index in covers[c["id"]]]
        if index in score.flagged:
            claim = next(c for c in covering if c["verdict"] == "contradicted")
            outcome, cls = "TP", claim_class(claim)
        elif not covering:
            form = token_form(by_index[index].text) or "other"
            outcome, cls, claim = "FN", f"no claim on the number ({form})", None
        else:
            order = {"supported": 0, "unverifiable": 1}
            claim = min(covering, key=lambda c: order.get(c["verdict"], 2))
            outcome, cls = "FN", claim_class(claim)
        key = (annotation.id, outcome, cls)
        grouped.setdefault(key, []).append(index)
        chosen[key] = claim
    for key, indices in grouped.items():
        _, outcome, cls = key
        claim = chosen[key]
        token = by_index[indices[0]]
        sentence = claim["sentence"] if claim else sentence_at(text, token.start or 0)
        score.events.append(
            Event(
                game.id,
                outcome,
                cls,
                indices,
                " ".join(by_index[i].text for i in indices),
                sentence,
                claim,
                gold_of[indices[0]],
                pattern=number_pattern(text, token),
            )
        )
    # False positives: one event per contradicted claim that flags non-gold tokens.
    for claim in claims:
        if claim["verdict"] != "contradicted":
            continue
        wrong = sorted(covers[claim["id"]] - score.gold)
        if not wrong:
            continue
        start, end = _sentence_span(text, claim)
        near = {
            a.type
            for a in annotations
            if any(
                by_index[i].start is not None and start <= by_index[i].start < end
                for i in a.indices
                if i in by_index
            )
        }
        # The most telling other error: a NAME error means the number may well be
        # right for the player or team the sentence should have named.
        first = next((t for t in CONTEXT_ORDER if t in near), None)
        context = (
            f"sentence also has: {first} error" if first else "no annotated error in the sentence"
        )
        tables = {e["table"] for e in claim.get("evidence", [])}
        if "teams" in tables:
            named = any(re.search(rf"\b{re.escape(n)}\b", claim["sentence"]) for n in names)
            row = "a team's row" + (", in a sentence naming a player" if named else "")
        else:
            row = "a player's row" if tables else "no row (internal check)"
        score.events.append(
            Event(
                game.id,
                "FP",
                claim_class(claim),
                wrong,
                " ".join(by_index[i].text for i in wrong),
                claim["sentence"],
                claim,
                None,
                context,
                number_pattern(text, by_index[wrong[0]]),
                row,
            )
        )


@dataclass
class Totals:
    """Micro-averaged figures over the games scored."""

    games: int
    tp: int
    fp: int
    fn: int
    numeric: int
    linked: int
    annotations: int
    detected: int
    claims: Counter[str]
    crashed: list[str]
    numeric_by_form: Counter[str] = field(default_factory=Counter)
    linked_by_form: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def coverage(self) -> float:
        return self.linked / self.numeric if self.numeric else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "games": self.games,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "numeric_tokens": self.numeric,
            "linked_tokens": self.linked,
            "coverage": round(self.coverage, 4),
            "coverage_by_form": {
                form: [self.linked_by_form[form], count]
                for form, count in self.numeric_by_form.most_common()
            },
            "number_annotations": self.annotations,
            "annotations_detected": self.detected,
            "claims": dict(self.claims),
            "crashed": self.crashed,
        }


def totals(scores: Iterable[GameScore]) -> Totals:
    scores = list(scores)
    claims: Counter[str] = Counter()
    numeric_by_form: Counter[str] = Counter()
    linked_by_form: Counter[str] = Counter()
    for s in scores:
        claims.update(s.claims)
        numeric_by_form.update(s.forms.values())
        linked_by_form.update(s.forms[i] for i in s.linked)
    return Totals(
        games=len(scores),
        tp=sum(len(s.gold & s.flagged) for s in scores),
        fp=sum(len(s.flagged - s.gold) for s in scores),
        fn=sum(len(s.gold - s.flagged) for s in scores),
        numeric=sum(len(s.numeric) for s in scores),
        linked=sum(len(s.linked) for s in scores),
        annotations=sum(s.annotations for s in scores),
        detected=sum(s.detected for s in scores),
        claims=claims,
        crashed=[f"{s.game}: {s.error}" for s in scores if s.error],
        numeric_by_form=numeric_by_form,
        linked_by_form=linked_by_form,
    )


def classes(scores: Iterable[GameScore], outcome: str, by: str = "cls") -> Counter[str]:
    """Tokens of one outcome (TP, FP, FN) counted by class (or by `context`)."""
    counts: Counter[str] = Counter()
    for score in scores:
        for event in score.events:
            if event.outcome == outcome:
                counts[getattr(event, by)] += len(event.tokens)
    return counts
