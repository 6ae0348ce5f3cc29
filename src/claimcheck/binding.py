"""Which name and which time a figure binds to, at the level of its own clause.

    "South Carolina (657.1) and Tennessee (666.0) came next."  -> 666.0 is Tennessee's
    "Brazil was home to 190 million people and Mexico to 107 million." -> 107 million is
        Mexico's
    "Chile, at 78.5 years, and Uruguay, at 76.2"                -> 76.2 is Uruguay's
    "risen since 1960, when a newborn could expect to live to 58" -> 58 is 1960's, not
        a total since 1960

A sentence's subject is the usual owner of its figures, but in listed and coordinated
clauses each figure has its own: reading every figure of "A ... and B to N" as A's
contradicted correct claims. These rules read the parse and the words around the
figure; each gives an owner only when the construction is unmistakable, else None (the
extractor's ordinary subject rules then apply).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from claimcheck.lexicon import CONTRASTS

# Words that open a new conjunct or clause: a name right after one, between the
# previous figure and this one, is this figure's ("... and Mexico to 107 million").
CONJUNCTS = {"and", ",", "while", "whereas", "but", ";"}
NameAt = Callable[[Token], Span | None]


def bound_owner(anchor: Span, previous: Span | None, name_at: NameAt) -> Span | None:
    """The name a figure is bound to by its own clause, or None. `previous` is the
    figure before it in the sentence; `name_at` gives the name covering a token."""
    return (
        apposition_owner(anchor, name_at)
        or _name_comma_at(anchor, name_at)
        or _gapped_conjunct(anchor, previous, name_at)
    )


def apposition_owner(anchor: Span, name_at: NameAt) -> Span | None:
    """ "Tennessee (666.0)", "Louisiana, 12.3": a figure in apposition to a name."""
    root = anchor.root
    if root.dep_ == "appos" and root.head.i < anchor.start:
        return name_at(root.head)
    return None


def _name_comma_at(anchor: Span, name_at: NameAt) -> Span | None:
    """ "Uruguay, at 76.2": a figure introduced by "at" right after a name and a comma."""
    doc = anchor.doc
    at = anchor.start - 1
    if at < 2 or doc[at].lower_ != "at" or doc[at - 1].text != ",":
        return None
    return name_at(doc[at - 2])


def _gapped_conjunct(anchor: Span, previous: Span | None, name_at: NameAt) -> Span | None:
    """ "Brazil was home to 190 million people and Mexico to 107 million": the verb is
    left out of the second conjunct, whose name comes right after "and" and before its
    figure. Only between two figures, so that the sentence's first figure keeps the
    sentence's subject."""
    if previous is None:
        return None
    doc = anchor.doc
    for i in range(anchor.start - 1, previous.end - 1, -1):
        name = name_at(doc[i])
        if name is None:
            continue
        if name.start > previous.end and doc[name.start - 1].lower_ in CONJUNCTS:
            return name
        return None
    return None


def in_relative_clause_of(anchor: Span, periods: Sequence[Span]) -> Span | None:
    """The period a figure's relative clause hangs on: in "since 1960, when a newborn
    could expect to live to 58" the figure is of 1960, the clause's own time."""
    token: Token = anchor.root
    for _ in range(12):
        if token.dep_ == "relcl":
            return next((p for p in periods if p.start <= token.head.i < p.end), None)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# "the country", "the state", "the force": a definite description that points back to
# a subject an earlier sentence named, as "its" and "their" do.
POINTING_NOUNS = {
    "country", "nation", "state", "force", "city", "region", "province", "county",
    "territory", "team", "company", "firm", "economy",
}  # fmt: skip
POINTING_POSSESSIVES = {"its", "their"}


def points_back(token: Token) -> bool:
    """ "Its people", "the country's population", "their rate", "the state": a noun
    whose owner, or which itself, stands for a subject named before."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    for owner in [token, *owners]:
        if owner.lower_ in POINTING_POSSESSIVES:
            return True
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
        if definite and owner.lemma_.lower() in POINTING_NOUNS:
            return True
    return False


CLAUSE_BREAKS = CONTRASTS | {";"}  # tokens that set one clause against another


def contrasted(doc: Doc, name: Span, anchor: Span) -> bool:
    """Whether a clause-contrasting word stands between a name and a figure:
    "fell to 1.9, while Bangladesh's more than halved" sets Bangladesh apart from 1.9.

    Only between them: "While Iran's rate fell, it stayed at 1.9" keeps Iran.
    """
    start, end = (name.end, anchor.start) if name.end <= anchor.start else (anchor.end, name.start)
    return any(token.lower_ in CLAUSE_BREAKS for token in doc[start:end])
