"""One claim's matching: the state the four questions share, and the query they build.

    Matcher(claim, catalog, article, context).query()  # a Query, or raises NoMatch

The matcher finds the sentence's names once, asks what is counted (measures.py), about
whom (subjects.py), which other dimensions are fixed (filters.py), when (periods.py)
and who is compared (compared.py), and builds the query with the provenance of each
part. It is separate from the questions so that each can be read on its own; they
share only its attributes (claim, catalog, article, context, found, notes, provenance).
"""

from __future__ import annotations

import dataclasses

from claimcheck import contest_spans, rivals, subject_counts
from claimcheck.averages import averaged_over
from claimcheck.catalog import Catalog, Measure, Table
from claimcheck.context_periods import ArticleContext
from claimcheck.match import margins
from claimcheck.match.compared import MatchCompared
from claimcheck.match.filters import MatchFilters
from claimcheck.match.kind_fit import why_unfit
from claimcheck.match.measures import MatchMeasures
from claimcheck.match.periods import MatchPeriods
from claimcheck.match.subjects import MatchSubjects
from claimcheck.model import Article, Claim, Kind
from claimcheck.peers import without_other_kinds
from claimcheck.periods import Period
from claimcheck.query import EVERYONE, NoMatch, Query, Subject
from claimcheck.readings import Part, Provenance, origins
from claimcheck.targets import EVERYONE_TARGET, Found, Target


class Matcher(MatchMeasures, MatchSubjects, MatchFilters, MatchPeriods, MatchCompared):
    def __init__(
        self, claim: Claim, catalog: Catalog, article: Article, context: ArticleContext
    ) -> None:
        self.claim = averaged_over(claim, context)
        self.catalog = catalog
        self.article = article
        self.context = context
        # The latest periods (and the carried one's note), beside a period carried from
        # context that does not settle the claim alone: the second reading a verdict
        # needs to agree with.
        self.beside_carried: tuple[tuple[Period, ...], str] | None = None
        self.notes: list[str] = []
        self.versus_other = False  # the second number of "113-107" is the other side's
        self.versus = False  # the claim is a number of a score between two sides
        self.spans: dict[str, tuple[str, contest_spans.Span]] = {}  # a part held in pieces
        self.first_side: Found | None = None  # the subject of a score's first number
        # Where the measure, subject and period came from, when not the claim's clause.
        self.provenance: dict[Part, Provenance] = {}
        self.guessed: set[Part] = set()
        # Measures that name the claim less well but share its words, best first: tried
        # when the best ones' tables lack the subject (see `_subject_settles`).
        self.fallback: list[list[tuple[Table, Measure]]] = []
        sentence_end = claim.sentence_start + len(claim.sentence)
        self.found = self._as_written(
            catalog.names.find(article.text, claim.sentence_start, sentence_end)
        )
        self.found += self._fuzzy_found()
        self.context_found = self._as_written(
            catalog.names.find(article.text, claim.context_start, claim.sentence_start)
        )

    def _as_written(self, found: list[Found]) -> list[Found]:
        """ "and" is not Andorra's code "AND": a code the data writes in capitals names
        it only where the article writes it in capitals too."""
        text = self.article.text
        return [
            f
            for f in found
            if not (_is_code(f.target.name) and not text[f.start : f.end].isupper())
        ]

    def query(self) -> Query:
        """The query over the best table; other tables that also fit go in `alternatives`."""
        claim = self.claim
        self._not_in_a_name()
        if (
            claim.kind in {"value", "total"}
            and claim.pair_role is None
            and margins.is_margin(self.article.text, claim.start, claim.end)
        ):
            raise NoMatch(
                f"{claim.text!r} is a margin between two sides: the data gives each side's "
                "figure, not their difference"
            )
        if claim.quantity is not None and claim.quantity.vague:
            raise NoMatch(f"{claim.text!r} is a vague amount: there is no precise figure to check")
        if claim.averaged and not claim.periods:
            raise NoMatch(
                "an average over several games or periods: the data holds single "
                "figures, not averages"
            )
        if claim.kind == Kind.RATE and claim.time_unit is None and not claim.averaged:
            raise NoMatch(
                f"a rate per {claim.per_base}: the data holds totals, not rates per "
                f"{claim.per_base}"
            )
        counting = claim.kind is Kind.COUNT_OF_SUBJECTS
        measures = self._counted_measures() if counting else self._measures()
        if counting:  # "12 states saw a fall": the members of a column, not one subject
            named = (Found(claim.start, claim.start, EVERYONE_TARGET),)
        elif claim.kind == "direction":
            named = self._subjects_all()
        elif claim.kind == "comparison":
            named = (self._subject(), self._other())
        else:
            named = (self._together() or self._subject(),)
        if self.versus and self._one_side_twice(named[0], measures[0][0]):
            raise NoMatch(
                f"the score's two sides are both {self._text(named[0])!r}: the sentence does "
                "not say which figure is whose"
            )
        self.first_side = named[0]
        if self.versus_other:
            named = (self._other_side(named[0], measures),)
        ranks_a_dimension = claim.kind == "rank" and self._names_a_dimension()
        parts = self._part_names(named[0]) if claim.kind == "share" or ranks_a_dimension else []
        whole = self._whole_group(named[0]) if claim.kind == "share" and not parts else None
        if whole is not None:
            parts, named = [named[0]], (whole,)
        if claim.kind == "share" and not parts and named[0].start >= claim.end:
            # "40% of respondents said yes": the one name is the part, of everyone.
            parts, named = [named[0]], (Found(claim.start, claim.start, EVERYONE_TARGET),)
        base_notes = list(self.notes)
        built, reasons = [], []
        for table, measure, subjects in self._subject_settles(measures, named, parts):
            self.notes = list(base_notes)
            try:
                built.extend(self._build(table, measure, subjects, parts))
            except NoMatch as reason:
                reasons.append(str(reason))
        if not built:
            raise NoMatch("; ".join(dict.fromkeys(reasons)))
        built.sort(key=lambda q: len(q.filters))  # the table that needs fewest assumptions
        others = self._on_other_names(built[0], named) + self._without_other_kinds(built[0])
        return dataclasses.replace(built[0], alternatives=(*built[1:], *others))

    def _without_other_kinds(self, query: Query) -> tuple[Query, ...]:
        """ "the highest share of any state" where the District of Columbia tops the
        table: the ranking without it too, as a reading of equal standing, since the
        data does not say whether the District is a state (peers.without_other_kinds)."""
        if self.claim.kind not in {"rank", "only"}:
            return ()
        subjects = {s.name for s in query.subjects}
        found = without_other_kinds(self.claim.sentence, query.peers, subjects)
        if found is None:
            return ()
        peers, note = found
        return (dataclasses.replace(query, peers=peers, notes=(*query.notes, note)),)

    def _on_other_names(self, query: Query, named: tuple[Found, ...]) -> tuple[Query, ...]:
        """The claim read on each other name of its sentence of the subject's kind, so
        that a figure right for one of them is not contradicted (claimcheck.rivals)."""
        claim = self.claim
        if (
            claim.kind not in {"value", "total"}
            or query.subjects[0] is EVERYONE
            or named[0].start < claim.sentence_start
        ):
            return ()
        if self.versus:
            names = self._score_sides(query, named[0])
        elif claim.pair_role is None:
            names = rivals.nearer(claim.start, named[0], self.found)
        else:  # "(32-18)", "7-14 FG": a pair right after its name is that name's
            return ()
        others = rivals.other_subjects(
            query.table.index,
            query.subjects[0],
            names,
            lambda found: self._quietly(query.table, found),
        )
        where = query.origins.with_part(Part.SUBJECT, Provenance.ANOTHER)
        return tuple(
            dataclasses.replace(
                query,
                subjects=(other,),
                filters=rivals.filters_for(query.table.index, other, query.filters, query.pieces),
                origins=where,
                alternatives=(),
            )
            for other in others
        )

    def _score_sides(self, query: Query, side: Found) -> list[Found]:
        """The other side of a score ("beat the Nets 110-105": the Nets for 110, the
        subject for 105), when the score's other number is this side's: the two
        figures fit with the sides exchanged, so the names, not the figures, may be
        wrong. A single figure that fits the other side ("won that battle, 43-24" when
        the other side had 43 and this one 47) is a figure copied to the wrong side."""
        claim = self.claim
        other = rivals.sibling(self.article.text, claim.start, claim.end)
        own = rivals.one_value(query.table, query.subjects[0], query.filters, query.measure.name)
        if other is None or own is None or abs(own - other) >= 0.5:
            return []
        if claim.pair_role == 1:
            return [self.first_side]
        try:
            return [self._other_side(side, [(query.table, query.measure)])]
        except NoMatch:
            return []

    def _quietly(self, table: Table, found: Found) -> Subject | None:
        """A name's subject in a table, or None where it names none or several."""
        try:
            return self._resolve(table, found)
        except NoMatch:
            return None

    def _not_in_a_name(self) -> None:
        """ "Force 7 recorded 2,676 offences": a number inside a longer name the data
        holds is part of the name, not a figure to check."""
        claim = self.claim
        for found in self.found:
            longer = found.end - found.start > claim.end - claim.start
            if longer and found.start <= claim.start and claim.end <= found.end:
                raise NoMatch(f"{claim.text!r} is part of the name {self._text(found)!r}")

    def _build(
        self, table: Table, measure: Measure, subjects: tuple[Subject, ...], parts: list[Found]
    ) -> list[Query]:
        """The query over one table, and beside it the latest period's when its period
        was carried from a context that does not settle it alone."""
        claim = self.claim
        unfit = self._unfit(measure)
        if unfit is not None:
            raise NoMatch(unfit)
        if claim.pair_role is None:  # a pair's part is settled with its measure
            measure = self._spanned_measure(table, measure)
        part = self._resolve(table, parts[0]) if parts else None
        if (
            claim.kind == "share"
            and part is not None
            and subjects[0].dim
            and table.dims.index(part.dim) < table.dims.index(subjects[0].dim)
        ):
            # "Asthma accounted for a quarter of admissions at Northshire": the share is of
            # the entity's whole (the table's first dimension), the category is the part.
            subjects, part = (part,), subjects[0]
        self.provenance.pop(Part.FILTERS, None)
        members = self._counted_members(table) if claim.kind is Kind.COUNT_OF_SUBJECTS else ()
        filters = self._filters(table, members[:1] or subjects, {part.dim} if part else set())
        filters, pieces = contest_spans.spanned(filters, self.spans.get(table.name))
        subjects = (subject_counts.counted(claim, members),) if members else subjects
        if part is not None and claim.kind == "rank":
            # "the most common offence ... was X": rank offence types within the subject.
            if len(subjects[0].values) != 1:
                raise NoMatch(f"cannot rank {part.dim} within the group {subjects[0].name}")
            filters = (
                (subjects[0].dim, subjects[0].values[0]),
                *(f for f in filters if f[0] != part.dim),
            )
            subjects = (part,)
        self.provenance.pop(Part.PERIOD, None)
        self.guessed.discard(Part.PERIOD)
        self.beside_carried = None
        periods = self._periods(table)
        peers = self._peers(table, subjects[0]) if claim.kind in {"rank", "only"} else members
        share_part = (part.dim, part.values[0]) if part and claim.kind == "share" else None
        notes = tuple(dict.fromkeys(self.notes))
        parts = {p.value: v for p, v in self.provenance.items()}
        # a table is chosen by what it measures: its provenance is the measure's
        parts[Part.TABLE.value] = self.provenance.get(Part.MEASURE, Provenance.STATED)
        found = origins(tuple(self.guessed), **parts)
        query = Query(
            table,
            measure,
            subjects,
            periods,
            filters,
            share_part,
            peers,
            notes,
            origins=found,
            pieces=pieces,
        )
        if self.beside_carried is None:
            return [query]
        latest, carried_note = self.beside_carried
        parts[Part.PERIOD.value] = Provenance.DEFAULTED
        default_notes = tuple(n for n in notes if n != carried_note)
        used = f"period not stated; the latest in the data, {latest[0].label}"
        return [
            query,
            dataclasses.replace(
                query,
                periods=(latest,),
                notes=(*default_notes, used),
                origins=origins(tuple(self.guessed), **parts),
            ),
        ]

    def _unfit(self, measure: Measure) -> str | None:
        """Why what the claim counts is not what the measure counts (`kind_fit`)."""
        claim = self.claim
        counted = claim.counted
        sentence_end = claim.sentence_start + len(claim.sentence)
        after = self.article.text[counted.end : sentence_end] if counted is not None else ""
        currency = claim.quantity.currency if claim.quantity is not None else None
        return why_unfit(
            claim.sentence, counted.text if counted else None, after, currency, measure.vocabulary
        )

    def _counted_measures(self) -> list[tuple[Table, Measure]]:
        """The measures of the tables with a column of what a count counts ("states"):
        the ones its condition names, or any when it has none ("the 40 countries")."""
        claim = self.claim
        if subject_counts.has_condition(claim):
            measures = self._measures()
        else:
            measures = [(t, t.measures[0]) for t in self.catalog.tables if t.measures]
        kept = [(t, m) for t, m in measures if subject_counts.counted_dim(t, claim)]
        if not kept:
            counted = claim.counted_subjects.text if claim.counted_subjects else "subjects"
            raise NoMatch(f"no table has one column of {counted!r} to count")
        return kept

    def _counted_members(self, table: Table) -> tuple[Subject, ...]:
        """The values a count counts in this table (claimcheck.subject_counts)."""
        dim = subject_counts.counted_dim(table, self.claim)
        assert dim is not None  # tables without the column are not candidates
        group = subject_counts.named_group(self.claim, self.found, self.catalog.groups)
        found = subject_counts.members(table, dim, group, self.catalog.groups)
        if not found:
            raise NoMatch(f"{table.name} has none of the {group.name if group else dim} to count")
        return found

    def _fuzzy_found(self) -> list[Found]:
        """Names the article spells differently from the data, found by similarity.
        Two equally good candidates make an ambiguous target, never a guess."""
        claim = self.claim
        hints = [*claim.subject_hints, *(m for m in (claim.other, claim.group_hint) if m)]
        extra = []
        for hint in hints:
            if any(f.start < hint.end and hint.start < f.end for f in self.found):
                continue
            targets = self.catalog.names.fuzzy(hint.text)
            if len(targets) == 1:
                extra.append(Found(hint.start, hint.end, targets[0]))
            elif targets:
                names = " or ".join(t.name for t in targets)
                extra.append(Found(hint.start, hint.end, Target.ambiguous(names)))
        return extra


def _is_code(value: str) -> bool:
    """ "AND", "GBR", "US": a short code in capitals, not a name."""
    return 2 <= len(value) <= 4 and value.isalpha() and value.isupper()
