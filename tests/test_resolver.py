"""The extractor's registry and its one resolver (claimcheck/extract/resolver.py).

The policy, "first by priority": constructions run lowest priority first, the first
candidate to claim a quantity has it, and what a kept candidate consumes is recorded
before the next is proposed. The constructions here are made up for the test; the real
ones are tested by their examples (tests/constructions/, test_construction_corpus.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import constructions
from claimcheck.extract.constructions import CONSTRUCTIONS
from claimcheck.extract.doc_index import DocParts
from claimcheck.extract.registry import Candidate, Construction, Taken
from claimcheck.extract.resolver import first_by_priority
from claimcheck.extract.view import SentenceView
from claimcheck.model import Kind

EXTRACT = Path(constructions.__file__).resolve().parent.parent
MAX_LINES = 400


@pytest.fixture
def view(nlp) -> SentenceView:
    doc = nlp("Gwent recorded 86 offences in 2017/18.")
    return SentenceView(next(doc.sents), [], DocParts(doc))


def claiming(kind: str, times: int = 1):
    """A construction's propose that claims the sentence's first quantity `times` times."""

    def propose(view: SentenceView, taken: Taken):
        q = view.quantities[0]
        for _ in range(times):
            yield Candidate(view.claim(kind, q, quantity=q._.quantity), quantities=(q.start,))

    return propose


def test_the_first_by_priority_to_claim_a_quantity_has_it(view):
    later = Construction("later", (Kind.TOTAL,), 2, claiming("total"))
    first = Construction("first", (Kind.VALUE,), 1, claiming("value"))
    drafts = first_by_priority(view, [later, first])  # listed out of order on purpose
    assert [(d.fields["kind"], d.fields["rule"]) for d in drafts] == [("value", "first")]


def test_a_construction_sees_what_was_taken_before_it_proposes(view):
    seen = []

    def looking(view: SentenceView, taken: Taken):
        seen.append(taken.quantity(view.quantities[0].start))
        yield from ()

    first = Construction("first", (Kind.VALUE,), 1, claiming("value"))
    drafts = first_by_priority(view, [first, Construction("looking", (Kind.VALUE,), 2, looking)])
    assert len(drafts) == 1
    assert seen == [True]


def test_its_own_earlier_candidate_is_recorded_before_its_next(view):
    twice = Construction("twice", (Kind.VALUE,), 1, claiming("value", times=2))
    assert len(first_by_priority(view, [twice])) == 1


def test_the_record_of_links_is_kept_in_order(view):
    taken = Taken()
    q = view.quantities[0]
    draft = view.claim("value", q)
    operands = (q._.quantity, q._.quantity)
    taken.record(Candidate(draft, cues=(7,), stated=(7, (operands, q.end))))
    assert taken.cue(7)
    assert not taken.quantity(q.start)
    assert taken.stated == ((operands, q.end),)


def test_every_construction_module_is_registered_once_in_priority_order():
    modules = sorted(
        p.stem for p in (EXTRACT / "constructions").glob("*.py") if p.stem != "__init__"
    )
    assert sorted(c.name for c in CONSTRUCTIONS) == modules
    priorities = [c.priority for c in CONSTRUCTIONS]
    assert priorities == sorted(set(priorities))


def test_the_first_and_last_are_todays_first_and_last():
    """Today's order of the handlers is kept: stated changes first, values last."""
    assert CONSTRUCTIONS[0].name == "changes_from_to"
    assert CONSTRUCTIONS[-1].name == "values"


def test_no_module_of_the_extractor_is_past_400_lines():
    long = {
        str(p.relative_to(EXTRACT)): n
        for p in sorted(EXTRACT.rglob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
