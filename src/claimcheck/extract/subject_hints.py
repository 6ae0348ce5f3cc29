"""Who a figure is of: the sentence's names, and which of them may be a claim's subject.

    "Jimmy Butler's 23 points"           -> Jimmy Butler (the owner of what is counted)
    "DeRozan, who posted 27 points"      -> DeRozan (through "who")
    "Gwent recorded 57, North Wales 42"  -> North Wales for 42 (a list without its verb)

A mixin of the sentence view (view.py): the names are found once a sentence, the hints
once an anchor (each number of a list asks for the first's).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimcheck.binding import apposition_owner, bound_owner, contrasted, points_back
from claimcheck.extract.doc_index import ENTITY_LABELS, SUBJECT_DEPS, DocParts
from claimcheck.extract.spans import mention, strip_edges
from claimcheck.model import Mention

PLURAL_TAGS = {"NNS", "NNPS"}
# Verbs whose figure belongs to their object: "held Orlando to 43 percent".
OBJECT_VERBS = {"hold", "limit", "restrict", "keep", "force", "restrain"}
# "the lowest rate, followed by Alaska at 9.0%": whoever such a participle's agent is
# comes after the figure in an order; the figure is not theirs.
ORDERING_VERBS = {"follow", "trail", "chase", "succeed"}
# Subjects that point back to an earlier sentence's subject.
ANAPHORIC_NOUNS = {
    "figure",
    "number",
    "total",
    "rate",
    "force",
    "area",
    "region",
    "team",
    "player",
    "county",
    "country",
    "council",
    "city",
    "side",
    "club",
    "rise",
    "increase",
    "fall",
    "drop",
    "decrease",
    "decline",
    "change",
    "level",
}


class SubjectHints:
    """The sentence view's names and subjects (a mixin of SentenceView)."""

    doc: Doc
    sent: Span
    parts: DocParts
    quantities: list[Span]
    periods: list[Span]
    names: list[Span]
    _hints: dict[tuple[int, int], tuple[Mention, ...]]

    def has_own_subject(self) -> bool:
        """Whether the sentence names its own subject ("The survey had 200 respondents"),
        so that it must not borrow one from the sentences before; "It rose to 373" and
        "The figure rose to 373" do borrow."""
        return any(
            t.head.dep_ == "ROOT"
            and t.pos_ == "NOUN"
            and t.lemma_.lower() not in ANAPHORIC_NOUNS
            and not points_back(t)  # "Its people", "the country's population" borrow
            for t in self.parts.subjects(self.sent)
        )

    def subject_hints(self, anchor: Span) -> tuple[Mention, ...]:
        """Names that may be the claim's subject, most likely first: the owner of the
        counted noun ("Butler's 23 points"), the subject of the clause the claim is in
        (through "who" and "he" to the name they stand for), the sentence's subjects
        and agents, then the nearest names before the claim, then those after it.
        In a list ("23 points, nine rebounds and two assists") every number has the
        subject of the first, unless a name comes between them."""
        where = (anchor.start, anchor.end)
        if where not in self._hints:  # each number of a list asks for the first's
            self._hints[where] = self._find_subject_hints(anchor)
        return self._hints[where]

    def _find_subject_hints(self, anchor: Span) -> tuple[Mention, ...]:
        previous = [q for q in self.quantities if q.end <= anchor.start]
        owners = [
            n
            for n in (
                self._owner(anchor),
                self._participle_agent(anchor),
                self._name_just_before(anchor),
                bound_owner(anchor, previous[-1] if previous else None, self.name_at),
            )
            if n is not None
        ]
        # "the Raptors (44-29) with 18 points": a figure in apposition to a name is that
        # name's alone, and passes it on to no figure after it.
        previous = [q for q in previous if apposition_owner(q, self.name_at) is None]
        if (
            previous
            and not owners
            and not any(previous[-1].end <= n.start < anchor.start for n in self.names)
        ):
            return self.subject_hints(previous[-1])
        subjects, mentions = self._name_facts
        before = sorted(
            (n for n in self.names if n.end <= anchor.start), key=lambda n: anchor.start - n.end
        )
        after = sorted(
            (n for n in self.names if n.start >= anchor.end), key=lambda n: n.start - anchor.end
        )
        clause = self._clause_subject(anchor)
        first = owners + ([clause] if clause is not None else [])
        # "In Iran the rate fell to 1.9, while Bangladesh's more than halved": the subject
        # of a clause set against the claim's ("while", "whereas", "but", ";") is no
        # subject of the claim's; it stays a name after it, tried last.
        subjects = [n for n in subjects if not contrasted(self.doc, n, anchor)]
        ordered = dict.fromkeys((n.start, n.end) for n in first + subjects + before + after)
        return tuple(mentions[where] for where in ordered)

    @cached_property
    def _name_facts(self) -> tuple[list[Span], dict[tuple[int, int], Mention]]:
        """The names that are grammatical subjects or agents, and each name's mention:
        the same for every claim of the sentence."""
        subjects = [
            n
            for n in self.names
            if n.root.dep_ in SUBJECT_DEPS
            or (n.root.dep_ == "pobj" and n.root.head.dep_ == "agent")
        ]
        return subjects, {(n.start, n.end): mention(n) for n in self.names}

    def _owner(self, anchor: Span) -> Span | None:
        """ "Jimmy Butler's 23 points": the possessor of the noun a number counts."""
        head = anchor.root.head if anchor.root.dep_ == "nummod" else anchor.root
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return self.name_at(owner) if owner is not None else None

    def _participle_agent(self, anchor: Span) -> Span | None:
        """ "more than the 964 recorded by West Midlands Police": the agent of a participle
        that describes the number (or what it counts) is whose figure it is, not the
        subject of the sentence the number sits in."""
        head = anchor.root.head if anchor.root.dep_ == "nummod" else anchor.root
        for clause in (c for c in head.children if c.dep_ == "acl"):
            if clause.lemma_.lower() in ORDERING_VERBS:
                continue
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None and self.name_at(pobj) is not None:
                    return self.name_at(pobj)
        return None

    def _name_just_before(self, anchor: Span) -> Span | None:
        """ "Gwent recorded 57, North Wales Police 42 and Dyfed Powys 33": in a list that
        leaves out the verb, a number the parser hangs on the name right before it is
        that name's. Only in a list (the name after "," or "and"): in "beat the host
        Dallas Mavericks 123-107" the score is not the Mavericks' alone."""
        if anchor.root.dep_ != "nummod" or anchor.start == self.sent.start:
            return None
        named = self.name_at(anchor.root.head)
        if named is None or named.end != anchor.start or named.start == self.sent.start:
            return None
        return named if self.doc[named.start - 1].lower_ in {",", "and"} else None

    def _clause_subject(self, anchor: Span) -> Span | None:
        """The subject of the clause the claim is in, climbing through verbs that share
        their subject ("who scored 27 points, to go along with four assists"). In "held
        Orlando to 43 percent" and "forced the Kings into 21 turnovers" the figure is
        the object's."""
        token, below = anchor.root, anchor.root
        for _ in range(12):
            if (
                token.pos_ == "VERB"
                and token.lemma_.lower() in OBJECT_VERBS
                and (below.lower_ in {"to", "into", "under", "below"})
            ):
                target = next((c for c in token.children if c.dep_ == "dobj"), None)
                if target is not None and self.name_at(target) is not None:
                    return self.name_at(target)
            if token.pos_ in {"VERB", "AUX"}:
                subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                if subject is not None:
                    named = self._resolve_pronoun(subject)
                    if named is not None:
                        return named
                    if agent is None:
                        return None
                if agent is not None:
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    return self.name_at(pobj) if pobj is not None else None
            if token.head.i == token.i:
                return None
            token, below = token.head, token
        return None

    def _resolve_pronoun(self, subject: Token) -> Span | None:
        """A name, or the name a relative or personal pronoun stands for."""
        named = self.name_at(subject)
        if named is not None:
            return named
        if subject.tag_ in {"WP", "WDT"} and subject.head.dep_ == "relcl":
            return self.name_at(subject.head.head)  # "DeRozan, who posted ..."
        if subject.lower_ in {"he", "she", "they", "it"}:
            earlier = [n for n in self.names if n.end <= subject.i]
            if subject.lower_ in {"he", "she"}:  # a person, not "the Thunder"
                people = [
                    n for n in earlier if n.label_ == "PERSON" or n.root.ent_type_ == "PERSON"
                ]
                subjects = [n for n in earlier if n.root.dep_ in SUBJECT_DEPS]
                # "he" is one: not "the Wizards", when the tagger calls Beal an ORG.
                singular = [n for n in earlier if n.root.tag_ not in PLURAL_TAGS]
                earlier = people or subjects or singular or earlier
            return earlier[-1] if earlier else None
        return None

    def _find_names(self) -> Iterator[Span]:
        """Proper names in the sentence: NER entities and runs of proper nouns."""
        taken = {
            i
            for group in (self.periods, self.quantities)
            for s in group
            for i in range(s.start, s.end)
        }
        spans = [e for e in self.parts.ents(self.sent) if e.label_ in ENTITY_LABELS]
        proper, joins = self.parts.proper, self.parts.joins
        start, end = self.sent.start, self.sent.end
        run: list[int] = []
        for i in range(start, end + 1):
            joinable = i < end and (
                proper[i] or (joins[i] and run and i + 1 < end and proper[i + 1])
            )
            if joinable:
                run.append(i)
                continue
            if run:
                spans.append(self.doc[run[0] : run[-1] + 1])
            run = []
        seen: set[tuple[int, int]] = set()
        for span in sorted(spans, key=lambda s: (s.start, -len(s))):
            span = strip_edges(span)
            if not span or (span.start, span.end) in seen or span.start in taken:
                continue
            if (
                span.start - 1 in taken
                and len(span) == 1
                and (span[0].is_upper or len(span[0]) <= 3)
            ):
                continue  # "5 FT", "14 FG": a unit after a number, not a name ("four Welsh")
            if any(s[0] <= span.start and span.end <= s[1] for s in seen):
                continue
            seen.add((span.start, span.end))
            yield span
