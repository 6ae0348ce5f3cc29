"""Turn a parsed article into atomic claims: one checkable statement each.

The `claimcheck_claims` component reads the span groups that `claimcheck_mentions`
left on the Doc (periods, quantities, cue words) and the parse, and decides, sentence
by sentence, what each number asserts:

    "up 30% from 287 in 2016/2017 to 373 in 2017/2018"
        -> percent_change "up 30%" (operands 287, 373; periods 2016/17 -> 2017/18)
        -> value "287" (2016/17), value "373" (2017/18)

It names subjects, measures and periods only as hints (words and offsets); linking
them to a dataset is the matcher's job, so extraction works with no data at all.

Each way of writing a figure is a construction, one module under `constructions/`
with its examples in tests/constructions/ (docs/adding-a-construction.md); one
resolver (resolver.py) keeps their candidates, sentence by sentence, over a read-only
view of the sentence (view.py), and every claim records its construction (`rule`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck.extract.constructions import CONSTRUCTIONS
from claimcheck.extract.doc_index import DocParts
from claimcheck.extract.registry import Draft
from claimcheck.extract.resolver import first_by_priority
from claimcheck.extract.spans import mention
from claimcheck.extract.view import SentenceView
from claimcheck.model import Claim

__all__ = ["ClaimsComponent", "build_claims", "make_claims", "mention"]

CONTEXT_SENTENCES = 3  # how far back a claim may borrow its subject, measure or period


@Language.factory("claimcheck_claims", requires=["doc.spans"], assigns=["doc._.claims"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()


class ClaimsComponent:
    """Builds `Doc._.claims` from the mentions and the parse."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = tuple(build_claims(doc))
        return doc


def build_claims(doc: Doc) -> list[Claim]:
    """Every claim of the Doc, in text order, with ids c1, c2, ..."""
    parts = DocParts(doc)
    sentences = [s for s in doc.sents if parts.text_of(s).strip() and not _is_furniture(doc, s)]
    drafts: list[Draft] = []
    for index, sentence in enumerate(sentences):
        context = sentences[max(0, index - CONTEXT_SENTENCES) : index]
        drafts.extend(first_by_priority(SentenceView(sentence, context, parts), CONSTRUCTIONS))
    drafts.sort(key=lambda d: (d.start, d.end))
    return [Claim(id=f"c{i}", **draft.fields) for i, draft in enumerate(drafts, 1)]


def _is_furniture(doc: Doc, sentence: Span) -> bool:
    return any(
        (start <= sentence.start_char and sentence.end_char <= end + 1)
        or start <= sentence.start_char < end
        for start, end in doc._.furniture
    )
