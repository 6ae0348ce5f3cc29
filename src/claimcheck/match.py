"""Link a claim to the figures it is about: a query over one table, or a reason why not.

Matching answers four questions, each of which may fail with a reason a user can act
on: what is counted (the measure), about whom (the subject: a value of a dimension,
or a group of values), when (periods of the table), and which other dimensions are
fixed (an offence type named in the sentence, or the table's "all" row).

Each part of the result records where it came from (claimcheck.readings). The module
is long because the four questions share one `_Matcher`'s state; constructions that
stand alone live beside it: measure_names and measure_choice (words to measures),
kind_fit (what is counted must be what the measure counts), peers (who a ranking
compares with), together (sums of named subjects), context_periods (the period an
article's context gives a claim), averages (the period an average is over), readings
(provenance, verdicts), rivals (the other names a figure may be the figure of),
contest_parts (the part of a contest a score is of), margins (differences between
sides) and figured_phrases (another figure's phrase, a borrowed measure).
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from claimcheck import contest_parts, contest_spans, margins, rivals, subject_counts, together
from claimcheck.averages import averaged_over
from claimcheck.binding import POINTING_NOUNS
from claimcheck.catalog import Catalog, Measure, Table
from claimcheck.catalog_hierarchy import nested_in
from claimcheck.contest_spans import MEASURE
from claimcheck.context_periods import NO_CONTEXT, ArticleContext
from claimcheck.figured_phrases import figured
from claimcheck.kind_fit import why_unfit
from claimcheck.lexicon import CONTRASTS, EACH, POINTING_PRONOUNS
from claimcheck.measure_choice import named_figure, out_named, says_own_words
from claimcheck.measure_names import is_ratio, measure_score, next_best
from claimcheck.metadata import Group, Pair
from claimcheck.model import Article, Claim, Kind, Mention
from claimcheck.names import GENERIC_WORDS, words
from claimcheck.peers import (
    any_kind,
    parents_of,
    points_at_own_group,
    said_not_to_be,
    without_other_kinds,
)
from claimcheck.period_binding import nearer_figure
from claimcheck.periods import NOT_A_PERIOD, VAGUE, Period, PeriodExpr
from claimcheck.quantities import rate_base
from claimcheck.query import EVERYONE, NoMatch, Query, Subject, Unmatched
from claimcheck.readings import Part, Provenance, origins
from claimcheck.targets import EVERYONE_TARGET, Found, Target, TargetKind

CHANGE_KINDS = {"change", "percent_change", "only", "direction"}
# what stands between a ranking ("the lowest rate") and the group it is within
_SCOPE_BEFORE = re.compile(r"(?i)\s+(?:in|among|across)(?: the)?\s+")
CLAUSE_MARK = re.compile(r"\b(?:" + "|".join(sorted(CONTRASTS)) + r")\b|;", re.IGNORECASE)


# Words that point back to a subject named before ("He added 13 rebounds", "Its rate
# fell", "the country's"); "it" is left out, being often no pointer ("it will be one in
# five").
POINTING_BACK = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(POINTING_PRONOUNS))
    + r"|the (?:"
    + "|".join(sorted(POINTING_NOUNS))
    + r"))\b"
)


# a word for an activity: "Rebounding", "shooting" (measure_score reads its stem)
ACTIVITY = re.compile(r"\b[A-Za-z]{4,}ing\b")


def match(
    claim: Claim, catalog: Catalog, article: Article, context: ArticleContext = NO_CONTEXT
) -> Query | Unmatched:
    """Resolve one claim, or say why it cannot be checked against the data. `context`:
    the periods the article names, of which a claim that states none may be about."""
    if catalog.empty:
        return Unmatched("no data given")
    try:
        stated = _stated_share(claim, catalog) or _unit_rate(claim, catalog)
        if stated is not None:
            query = _Matcher(stated, catalog, article, context).query()
            return dataclasses.replace(query, stated=True)
        return _Matcher(claim, catalog, article, context).query()
    except NoMatch as reason:
        return Unmatched(str(reason))


def _stated_share(claim: Claim, catalog: Catalog) -> Claim | None:
    """ "41.9% of the vote", where the data has a column of vote shares in percent: the
    share is that column's figure, checked as a value (the whole it is a share of is
    often not in the table, or not summable: votes cast include spoilt ballots). None
    when no such column is named."""
    if claim.kind != "share" or claim.quantity is None or claim.quantity.unit != "percent":
        return None
    phrases = [m.text for m in (claim.counted, *claim.measure_hints) if m is not None]
    percent = tuple(m.vocabulary for t in catalog.tables for m in t.measures if m.unit == "percent")
    if not any(measure_score(p, v) for p in phrases[:1] for v in percent):
        return None
    return dataclasses.replace(claim, kind="value")


def _unit_rate(claim: Claim, catalog: Catalog) -> Claim | None:
    """ "1.23 children per woman", where a measure's unit is "births per woman": the
    rate is that measure's figure, checked as a value. None when no unit says so."""
    if claim.kind != Kind.RATE or claim.per_base is None:
        return None
    units = (m.unit for t in catalog.tables for m in t.measures)
    if not any(per_unit(unit, claim.per_base) for unit in units):
        return None
    return dataclasses.replace(claim, kind="value")


def per_unit(unit: str | None, per: str) -> bool:
    """Whether a unit is per the word a claim's rate is per ("births per woman")."""
    return unit is not None and re.search(rf"(?i)\bper {re.escape(per)}s?\b", unit) is not None


def prefer_exact(phrase: str, tied: list[tuple[Table, Measure]]) -> list[tuple[Table, Measure]]:
    """ "rebounds" is `rebounds`, not `offensive rebounds`; "nonfarm jobs" is `nonfarm`,
    not `nonfarm_change`: among measures that fit equally, a header the phrase says in
    full wins over a longer header that contains it (and only over such a header)."""
    said = set(words(phrase))

    def header(measure: Measure) -> set[str]:
        return set(words(measure.vocabulary[0] if measure.vocabulary else "")) - GENERIC_WORDS

    exact = [header(m) for _, m in tied if header(m) and header(m) <= said]
    return [
        (t, m)
        for t, m in tied
        if not any(h < header(m) for h in exact)  # drop only longer headers containing one
    ]


class _Matcher:
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

    # -- what is counted --------------------------------------------------------------

    def _measures(self) -> list[tuple[Table, Measure]]:
        claim = self.claim
        measures = [(t, m) for t in self.catalog.tables for m in t.measures]
        percent_known = any(m.unit == "percent" for _, m in measures)
        every, settled = self._based(
            [(t, m) for t, m in measures if self._unit_fits(m, percent_known)]
        )
        if settled:
            return every
        if claim.pair_role is not None:
            paired = self._pair_measures()
            if paired:
                return paired
        if claim.counted is not None and not self._another_figures(claim.counted):
            scored = self._scored(claim.counted.text, every) or self._category_measures()
            if not scored:
                raise NoMatch(f"no table measures {claim.counted.text!r}")
            self.fallback = next_best(claim.counted.text, every, scored)
            return scored
        for hint in claim.measure_hints:
            if self._other_clause(hint) or self._another_figures(hint):
                continue
            scored = self._scored(hint.text, every)
            if scored:
                self.fallback = next_best(hint.text, every, scored)
                if hint.start < claim.sentence_start:
                    self.provenance[Part.MEASURE] = Provenance.CARRIED
                if claim.kind in {"value", "total"} and figured(hint, claim.start, claim.end):
                    # "six points" is six's: for another figure a borrowing, a guess where
                    # the data has other measures (one measure leaves nothing to guess);
                    # a rank or a change takes its measure from a figure before it
                    # ("won 12,000 votes ... Labour finished fourth")
                    self.provenance[Part.MEASURE] = Provenance.CARRIED
                    if len({m.name for _, m in every}) > 1:
                        self.guessed.add(Part.MEASURE)
                return scored
        if len({m.name for _, m in every}) == 1:
            self.provenance[Part.MEASURE] = Provenance.DEFAULTED
            self.notes.append(
                f"what is counted is not stated; the data has one measure, {every[0][1].name}"
            )
            return every
        raise NoMatch("the claim does not say what is counted")

    def _another_figures(self, hint: Mention) -> bool:
        """ "a violent crime rate of 500.5 and a murder rate of 10.5": a measure phrase
        that names another figure of the sentence, where some phrase names the claim's
        own (`measure_choice.named_figure`). "Its murder rate, at 12.3, was 42% higher"
        names 12.3, but is also the measure of 42%, which no phrase names."""
        claim = self.claim
        base, end = claim.sentence_start, claim.sentence_start + len(claim.sentence)

        def names(mention: Mention) -> int | None:
            if not base <= mention.start < end:
                return None
            return named_figure(claim.sentence, (mention.start - base, mention.end - base))

        named = names(hint)
        if named is None or named == claim.start - base:
            return False
        return any(names(h) == claim.start - base for h in claim.measure_hints)

    def _other_clause(self, hint: Mention) -> bool:
        """ "its population was 195 million, while its GDP per person was $11,300": a
        measure named in another clause of the sentence is that clause's."""
        claim = self.claim
        if hint.start < claim.sentence_start:
            return False
        between = (hint.end, claim.start) if hint.end <= claim.start else (claim.end, hint.start)
        return bool(CLAUSE_MARK.search(self.article.text, *between))

    def _unit_fits(self, measure: Measure, percent_known: bool) -> bool:
        """ "18,432 votes" is never a vote share, and "41.9%" never a count of votes: a
        figure is checked only against measures in its unit, where the data says it
        (a header with %, or a unit in the metadata). Where some measure is known to
        be in percent, a percentage is not checked against one of unknown unit."""
        claim = self.claim
        if claim.kind not in {"value", "total"} or claim.quantity is None:
            return True
        percent = claim.quantity.unit == "percent"
        if not measure.unit:
            return not (percent and percent_known)
        return percent == (measure.unit == "percent")

    def _based(
        self, every: list[tuple[Table, Measure]]
    ) -> tuple[list[tuple[Table, Measure]], bool]:
        """ "24.6 infections per 100,000 people" is a rate, which only a measure per
        100,000 gives ("Rate per 100,000 population"), never the count of infections.
        The measures that fit, and whether that settles it: when the data has one such
        measure, it is the claim's whatever noun the article puts before "per"."""
        claim = self.claim
        per = claim.per_base
        if claim.kind not in {Kind.VALUE, Kind.TOTAL} or per is None:
            return every, False
        base = rate_base(f"per {per}")
        if base is None:  # "per woman": a measure whose unit says so
            based = [(t, m) for t, m in every if per_unit(m.unit, per)]
        else:
            based = [(t, m) for t, m in every if rate_base(m.name) == base]
        if not based:
            raise NoMatch(f"no table gives figures per {per}")
        settled = len({m.name for _, m in based}) == 1
        if settled:
            self.notes.append(f"the one measure per {per} is {based[0][1].name}")
        return based, settled

    def _category_measures(self) -> list[tuple[Table, Measure]]:
        """ "524 bicycle thefts", where "bicycle thefts" is a value of an offence column
        and not a measure: the counted noun picks the category (a filter, found among
        the sentence's names), and the measure is the one its tables have. A table with
        several measures would have to be guessed, so none is."""
        counted = self.claim.counted
        assert counted is not None
        values = [
            f.target.name
            for f in self.found
            if f.target.kind is TargetKind.VALUE and counted.start <= f.start < counted.end
        ]
        tables = {t.name: t for value in values for t, _ in self.catalog.homes(value)}
        found = [(t, t.measures[0]) for t in tables.values() if len(t.measures) == 1]
        for table, measure in found:
            self.notes.append(
                f"{counted.text!r} is a category of {table.name}; counted by its one "
                f"measure, {measure.name}"
            )
        return found

    def _pair_measures(self) -> list[tuple[Table, Measure]]:
        """The measure of one number of a pair: by the words that name the pair
        ("7-14 FG"), or the table's bracketed pair ("(32-18)"), or its versus pair
        ("won 113-107": points, the second number the other side's)."""
        claim = self.claim
        found = []
        for table in self.catalog.tables:
            for pair in table.pairs:
                if claim.counted is not None:
                    fits = measure_score(claim.counted.text, (*pair.words, pair.name))
                elif claim.bracketed:
                    fits = pair.bracketed
                else:
                    fits = pair.versus
                if fits:
                    found.append((int(fits), table, pair))
        if not found:
            raise NoMatch(
                "two numbers written as one (a range, or a pair such as made and attempted) "
                "that the data does not describe; declare pairs under [pairs] in the metadata"
            )
        best = max(score for score, _, _ in found)
        out = []
        for score, table, pair in found:
            if score != best:
                continue
            name = pair.measures[0 if pair.versus else claim.pair_role]
            if pair.versus:
                named = self._sentence_measure(table, pair) if claim.counted is None else None
                name = self._part_measure(table) or named or name
            self.versus_other = pair.versus and claim.pair_role == 1
            self.versus = self.versus or pair.versus
            out += [(table, m) for m in table.measures if m.name == name]
        return out

    def _part_measure(self, table: Table) -> str | None:
        """ "a 33-19 lead after one quarter": a score its clause places in a part of
        the contest is of that part: the measure the part names ("in the third quarter":
        third quarter points), or the data's own name for it (a filter), and never the
        whole contest's (claimcheck.contest_parts)."""
        part = self._clause_part()
        span = self._span(table, part.text) if part is not None else None
        if span is not None:  # "at half-time": the quarters up to it, summed as a filter
            dim, found = span
            return found.pieces[0] if dim == MEASURE else None  # quarters as columns
        if part is None or any(
            part.start <= f.start < part.end and f.target.kind is TargetKind.VALUE
            for f in self.found
        ):
            return None  # none, or a value of the data ("the third quarter" of a column)
        measure = contest_parts.measure_of_part(part.text, (m.name for m in table.measures))
        if measure is None:
            raise NoMatch(
                f"the score is of a part of the contest ({part.text!r}) that no measure or "
                "value of the data gives alone; the whole contest's figures would not settle it"
            )
        return measure

    def _clause_part(self) -> contest_parts.Part | None:
        """The part of the contest the claim's own clause places it in, if any."""
        claim = self.claim
        text, low, high = self.article.text, claim.sentence_start, claim.sentence_start
        high += len(claim.sentence)
        for mark in CLAUSE_MARK.finditer(text, low, high):  # the claim's own clause
            if mark.end() <= claim.start:
                low = mark.end()
            elif mark.start() >= claim.end:
                high = mark.start()
                break
        return contest_parts.part_of_score(text, low, high, claim.start)

    def _spanned_measure(self, table: Table, measure: Measure) -> Measure:
        """ "The Rockets scored 55 points in the first half": a figure its clause places
        in a part the data holds in pieces is their sum, never the whole game's; where
        the pieces are columns of another measure, the part is not in the data."""
        part = self._clause_part()
        span = self._span(table, part.text) if part is not None else None
        if span is None or span[0] != MEASURE:
            return measure
        pieces = span[1].pieces
        if not contest_spans.pieces_of(measure.name, pieces):
            raise NoMatch(
                f"the figure is of a part of the contest ({part.text!r}) that "
                f"{table.name} gives only for {', '.join(pieces)}"
            )
        return next(m for m in table.measures if m.name == pieces[0])

    def _span(self, table: Table, part: str) -> tuple[str, contest_spans.Span] | None:
        """The dimension, or the measures, that hold the part in pieces ("first half":
        the first and second quarters, as values or as columns), remembered for the
        query's filter (`_query`)."""
        holders = [(dim, table.value_set(dim)) for dim in table.dims]
        holders.append((MEASURE, frozenset(m.name for m in table.measures)))
        for dim, names in holders:
            span = contest_spans.span_of(part, names)
            if span is not None:
                self.spans[table.name] = (dim, span)
                return dim, span
        return None

    def _sentence_measure(self, table: Table, pair: Pair) -> str | None:
        """The one measure of the table that the claim's own sentence names, for a score
        of something other than its usual measure ("Rebounding was decisive, with Miami
        winning that battle, 46-32"); words that name the score itself ("an easy
        victory") do not count."""
        claim = self.claim
        measures = [(table, m) for m in table.measures]
        for hint in claim.measure_hints:
            if hint.start < claim.sentence_start:
                break  # hints from the sentences before come last
            if measure_score(hint.text, (*pair.words, pair.name)):
                continue
            scored = self._scored(hint.text, measures)
            if len(scored) == 1:
                return scored[0][1].name
        return self._activity_measure(measures)

    def _activity_measure(self, measures: list[tuple[Table, Measure]]) -> str | None:
        """ "Rebounding was also decisive, with Oklahoma City winning that battle,
        46-32": an activity the sentence names before the score ("Rebounding") names
        the one measure it is scored in (rebounds), where no phrase of it does."""
        claim = self.claim
        before = self.article.text[claim.sentence_start : claim.start]
        for word in ACTIVITY.findall(before):
            scored = self._scored(word, measures)
            if len(scored) == 1:
                return scored[0][1].name
        return None

    @staticmethod
    def _scored(phrase: str, pairs: list[tuple[Table, Measure]]) -> list[tuple[Table, Measure]]:
        scores = [(measure_score(phrase, m.vocabulary, is_ratio(m)), t, m) for t, m in pairs]
        # a measure the phrase names by its own words outranks those it does not
        # (measure_choice); a measure with no words of its own ("Rate per 100,000") stays
        if any(s and says_own_words(phrase, m.vocabulary) for s, t, m in scores):
            scores = [(s, t, m) for s, t, m in scores if not out_named(phrase, m.vocabulary)]
        best = max((s for s, _, _ in scores), default=0)
        return prefer_exact(phrase, [(t, m) for s, t, m in scores if s and s == best])

    # -- about whom -------------------------------------------------------------------

    def _ordered_names(self) -> list[Found]:
        """Names in the sentence: those the extractor marked as subjects first, then the
        nearest before the claim, then after it; then names in the sentences before."""
        claim = self.claim
        group, other = claim.group_hint, claim.other

        def excluded(found: Found) -> bool:
            """The name after "than" is never the subject; a group the claim ranks
            within is not either, but "in South" may name the winner, not a group."""
            if other is not None and other.start <= found.start < other.end:
                return True
            return (
                group is not None
                and group.start <= found.start < group.end
                and found.target.kind is TargetKind.GROUP
            )

        names = [f for f in self.found if not excluded(f)]

        def rank(found: Found) -> tuple[int, int]:
            for i, hint in enumerate(claim.subject_hints):
                if hint.start <= found.start < hint.end or found.start <= hint.start < found.end:
                    return (0, i)
            if found.end <= claim.start:
                return (1, claim.start - found.end)
            return (2, found.start - claim.end)

        def scope_last(found: Found) -> tuple[bool, tuple[int, int]]:
            """ "Reform came second in Dunmere": the place after the ranking's "in" is
            where the ranking is, and another name of the sentence is what is ranked;
            alone, it may be the winner ("the highest was recorded in South")."""
            in_scope = group is not None and claim.end <= group.start <= found.start < group.end
            return (in_scope and claim.kind == "rank" and len(names) > 1, rank(found))

        ordered = sorted(names, key=scope_last)
        # Only proper names carry over from earlier sentences ("North Wales Police ...
        # The figure rose to 373"); a category such as "yes" does not.
        context = sorted(
            (f for f in self.context_found if self._text(f)[:1].isupper()), key=lambda f: -f.start
        )
        return ordered + context

    def _subject(self) -> Found:
        names = self._ordered_names()
        if names and names[0].start < self.claim.sentence_start:
            # "Thames Valley Police recorded 373": a subject the sentence names but the
            # data lacks is not in the data; it is never replaced by an earlier name.
            unknown = self._unresolved_subject()
            if unknown is not None:
                raise NoMatch(f"{unknown!r} is not in the data")
        if not names:
            hint = next(iter(self.claim.subject_hints), None)
            if hint is not None:
                raise NoMatch(f"{hint.text!r} is not in the data")
            if self.claim.kind in {"value", "total", "change", "percent_change", "rate", "share"}:
                # "Unemployment rose to 4.2%": a national series, or a survey as a whole.
                self.provenance[Part.SUBJECT] = Provenance.DEFAULTED
                return Found(self.claim.start, self.claim.start, EVERYONE_TARGET)
            raise NoMatch("the claim names no one the data covers")
        first = names[0]
        self._unambiguous(first)
        if first.start < self.claim.sentence_start:
            self.provenance[Part.SUBJECT] = Provenance.CARRIED
            # carried and pointed at by no "he", "its", "the country": it may not be who
            # the sentence means, and neither may it when its sentence names a rival
            if self._rivals(first) or not POINTING_BACK.search(self.claim.sentence):
                self.guessed.add(Part.SUBJECT)
            self.notes.append(
                f"subject taken from an earlier sentence: "
                f"{self.article.text[first.start : first.end]}"
            )
        return first

    def _together(self) -> Found | None:
        """ "Brazil and Mexico together": the sum of the names joined (claimcheck.together)."""
        claim = self.claim
        if claim.kind not in {"value", "total"}:
            return None
        found = together.joined(
            self.article.text, claim.sentence_start, claim.start, self.found, self.context_found
        )
        if found is not None and found.start < claim.sentence_start:
            self.provenance[Part.SUBJECT] = Provenance.CARRIED
        return found

    def _rivals(self, carried: Found) -> bool:
        """ "Mexico and Brazil were both large. Its GDP per person ...": the sentence a
        subject is carried from names another that "its" may stand for as well."""
        text = self.article.text
        start = max(text.rfind(". ", 0, carried.start), text.rfind("\n", 0, carried.start)) + 1
        targets = {
            f.target
            for f in self.context_found
            if start <= f.start
            and f.target.kind is TargetKind.VALUE
            and self._text(f)[:1].isupper()
        }
        return len(targets) > 1

    def _other(self) -> Found:
        """What a comparison compares with: the name after "than"."""
        other = self.claim.other
        if other is None:  # "twice that of" a figure the sentence does not name
            raise NoMatch("the claim does not name what it is compared with")
        found = [f for f in self.found if other.start <= f.start < other.end]
        if not found:
            raise NoMatch(f"{other.text!r} is not in the data")
        return self._unambiguous(found[0])

    def _other_side(self, subject: Found, measures: list[tuple[Table, Measure]]) -> Found:
        """The side a score's second number belongs to: the name the sentence gives
        ("beat the Lakers 113-107"), or the only other value beside the subject."""
        if self.claim.other is not None:
            return self._other()
        for table, _ in measures:
            resolved = self._resolve(table, subject)
            if resolved is None or not resolved.dim:
                continue
            excluded = {*resolved.values, table.totals.get(resolved.dim), *self.catalog.groups}
            others = [v for v in table.values(resolved.dim) if v not in excluded]
            if len(others) == 1:
                return Found(subject.start, subject.end, Target.value(others[0]))
        raise NoMatch("cannot tell whose figure the second number of the pair is")

    def _one_side_twice(self, subject: Found, table: Table) -> bool:
        """ "The Knicks ... out-scoring the Knicks 25-21", "The Suns defeated the host
        Suns, 111-106": a score whose sentence names one side for both."""
        claim = self.claim
        if claim.other is not None:
            other = [f for f in self.found if claim.other.start <= f.start < claim.other.end]
            return bool(other) and other[0].target == subject.target
        before = [f for f in self.found if f.end <= claim.start]
        return rivals.one_side_twice(table.index, before, lambda f: self._quietly(table, f))

    def _unresolved_subject(self) -> str | None:
        """The claim's grammatical subject, when no name in the data matches it."""
        hints = self.claim.subject_hints
        if hints and not any(f.start < hints[0].end and hints[0].start < f.end for f in self.found):
            return hints[0].text
        return None

    def _unambiguous(self, found: Found) -> Found:
        if found.target.kind is TargetKind.AMBIGUOUS:
            raise NoMatch(f"ambiguous: {self._text(found)!r} could be {found.target.name}")
        return found

    def _subjects_all(self) -> tuple[Found, ...]:
        """Every name the direction claim's subject list holds ("A, B and C all rose")."""
        hints = self.claim.subject_hints
        chosen = [
            f
            for f in self.found
            if any(h.start <= f.start < h.end or f.start <= h.start < f.end for h in hints)
        ]
        unique: dict[tuple[int, int], Found] = {}
        for found in chosen:
            unique.setdefault((found.start, found.end), found)
        if not unique:
            raise NoMatch("none of the names in the claim is in the data")
        first_word = next(iter(self.claim.text.lower().split()), "")
        if first_word in EACH:  # "All four Welsh forces saw rises": each of them
            return tuple(member for found in unique.values() for member in self._members(found))
        return tuple(unique.values())

    def _members(self, found: Found) -> list[Found]:
        """A group's members, each where the group is named; any other name as it is."""
        if found.target.kind is not TargetKind.GROUP:
            return [found]
        members = self.catalog.groups[found.target.name].members
        return [Found(found.start, found.end, Target.value(member)) for member in members]

    def _resolve(self, table: Table, found: Found) -> Subject | None:
        kind, name = found.target.kind, found.target.name
        if kind is TargetKind.AMBIGUOUS:
            return None
        if kind is TargetKind.EVERYONE:
            return EVERYONE
        if kind is TargetKind.TOGETHER:
            values = found.target.values
            for dim in table.dims:
                if set(values) <= table.value_set(dim):
                    return Subject(name, dim, values)
            return None
        if kind is TargetKind.GROUP:
            group = self.catalog.groups[name]
            for dim in table.dims:
                values = table.value_set(dim)
                if name in values:
                    return Subject(name, dim, (name,), group.members)
                if set(group.members) <= values:
                    return Subject(name, dim, group.members, group.members)
            return None
        subject = self._written_as(table, found)
        if subject is None and kind == "value" and name in table.place:
            return EVERYONE  # "US employers" in a table of US payrolls: the whole table
        return subject

    def _written_as(self, table: Table, found: Found) -> Subject | None:
        """The value of this table the words name. "Iran" is "Iran, Islamic Rep." in
        one table and "Iran (Islamic Republic of)" in another: each table resolves the
        words to its own. Words that name two values of one column ("Korea": "Korea,
        Rep." and "Korea, Dem. People's Rep.") name neither: the claim is ambiguous."""
        name = found.target.name
        # the values the article's words name here (a subject made for the words, such
        # as the other side of a score, is not among them)
        same = {
            f.target.name
            for f in (*self.found, *self.context_found)
            if (f.start, f.end) == (found.start, found.end) and f.target.kind is TargetKind.VALUE
        }
        for dim in table.dims:
            values = table.value_set(dim)
            held = sorted(same & values)
            if len(held) > 1 and name in held:
                named = " or ".join(repr(v) for v in held)
                raise NoMatch(f"ambiguous: {self._text(found)!r} could be {named}")
            if name in values:
                return Subject(name, dim, (name,))
            if len(held) == 1:
                return Subject(held[0], dim, (held[0],))
        return None

    def _candidates(
        self, measures: list[tuple[Table, Measure]], named: tuple[Found, ...], parts: list[Found]
    ) -> list[tuple[Table, Measure, tuple[Subject, ...]]]:
        """Tables that measure the claim and have its subjects (and parts)."""
        candidates = []
        for table, measure in measures:
            resolved = [self._resolve(table, found) for found in named]
            if all(r is not None for r in resolved) and all(
                self._resolve(table, p) is not None for p in parts
            ):
                candidates.append((table, measure, tuple(resolved)))
        if candidates:
            return candidates
        subject = ", ".join(dict.fromkeys(self._text(f) for f in named))
        if parts:
            shown = self._text(parts[0])
            homes = ", ".join(
                dict.fromkeys(t.name for t, _ in measures if self._resolve(t, parts[0]))
            )
            raise NoMatch(
                f"no table has figures for {subject} by {shown!r}"
                + (f" ({shown!r} is only in {homes})" if homes else "")
            )
        tables = ", ".join(dict.fromkeys(t.name for t, _ in measures))
        raise NoMatch(f"{subject}: not in the tables that measure this ({tables})")

    def _subject_settles(
        self, measures: list[tuple[Table, Measure]], named: tuple[Found, ...], parts: list[Found]
    ) -> list[tuple[Table, Measure, tuple[Subject, ...]]]:
        """ "Niger had the highest fertility rate": the rates per 100,000 of a crime table
        name "rate" as well as the fertility table's "fertility" does, but only one of
        them has Niger. When the best-named measures' tables lack the subject, the next
        best that share the claim's words and have it are the claim's."""
        try:
            return self._candidates(measures, named, parts)
        except NoMatch:
            for tier in self.fallback:
                try:
                    return self._candidates(tier, named, parts)
                except NoMatch:
                    continue
            raise

    def _names_a_dimension(self) -> bool:
        """ "the most common offence": the ranked noun names a dimension, not a measure."""
        counted = self.claim.counted
        return counted is not None and any(
            measure_score(counted.text, vocabulary)
            for table in self.catalog.tables
            for vocabulary in table.dim_vocabulary.values()
        )

    def _part_names(self, subject: Found) -> list[Found]:
        """Names in the sentence that are categories, not peers, of the subject:
        "taking, making or distributing" beside "Wales" (never in the same column)."""
        subject_dims = self._dims_of(subject)
        return [
            f
            for f in self.found
            if f.target != subject.target
            and f.target.kind is TargetKind.VALUE
            and not (self._dims_of(f) & subject_dims)
            and not self._is_total(f)
        ]

    def _whole_group(self, subject: Found) -> Found | None:
        """ "North Wales Police accounted for a quarter of the offences in Wales": a group
        the sentence names that holds the subject is the whole the share is of."""
        if subject.target.kind is not TargetKind.VALUE:
            return None
        value = subject.target.name
        return next(
            (
                f
                for f in self.found
                if f.target.kind is TargetKind.GROUP
                and value in self.catalog.groups[f.target.name].members
            ),
            None,
        )

    def _is_total(self, found: Found) -> bool:
        """ "of all offences": a name that is the total of its column everywhere it
        occurs names the whole, not a part of it."""
        value = found.target.name
        homes = self.catalog.homes(value)
        return bool(homes) and all(table.totals.get(dim) == value for table, dim in homes)

    def _dims_of(self, found: Found) -> set[str]:
        kind, name = found.target.kind, found.target.name
        if kind in {TargetKind.AMBIGUOUS, TargetKind.EVERYONE}:
            return set()
        if kind is TargetKind.GROUP:
            values = self.catalog.groups[name].members
        else:
            values = found.target.values if kind is TargetKind.TOGETHER else (name,)
        return {f"{t.name}.{d}" for value in values for t, d in self.catalog.homes(value)}

    def _text(self, found: Found) -> str:
        if found.target.kind is TargetKind.EVERYONE:
            return "the table as a whole"
        return self.article.text[found.start : found.end]

    # -- other dimensions -------------------------------------------------------------

    def _filters(
        self, table: Table, subjects: tuple[Subject, ...], skip: set[str]
    ) -> tuple[tuple[str, str], ...]:
        """Every other dimension fixed: to a value the sentence names, or the table's
        "all" value; additive dimensions are summed; a dimension that has one value
        once the others are fixed (an offence's group, given the offence) needs
        nothing; otherwise the claim is ambiguous."""
        subject_dims = {s.dim for s in subjects}
        taken = subject_dims | skip
        # "The Bulls (32-24) ... in the second half": a bracketed pair belongs to the
        # name before it, not to the rest of the sentence.
        named = self._named_values(table, [] if self.claim.bracketed else self.found, taken)
        rows = self._rows(table, subjects, named)
        carried = self._carried_values(table, taken | set(named), rows)
        if carried:
            named |= carried
            rows = self._rows(table, subjects, named)
            self.provenance[Part.FILTERS] = Provenance.CARRIED
        index = table.index
        filters = []
        for dim in table.dims:
            if dim in named:
                filters.append((dim, named[dim]))
            elif dim in taken and dim not in skip:
                continue
            elif dim in table.totals and not (dim in skip and dim in subject_dims):
                # the total is the whole of a share, unless the whole is a named value
                filters.append((dim, table.totals[dim]))
                self.provenance.setdefault(Part.FILTERS, Provenance.DEFAULTED)
            elif self._splits(table, dim, rows) and not nested_in(
                dim, table.parents, {*named, *taken}
            ):  # "drug offences" (a group) adds up the offence descriptions under it
                unknown = self._unresolved_subject()
                if unknown is not None:
                    raise NoMatch(f"{unknown!r} is not in the data")
                values = index.values_at(dim, rows)
                shown = ", ".join(values[:4]) + (", ..." if len(values) > 4 else "")
                raise NoMatch(
                    f"ambiguous: {table.name} splits figures by {dim} ({shown}) "
                    "and the claim names none"
                )
        return tuple(filters)

    def _named_values(self, table: Table, found: list[Found], taken: set[str]) -> dict[str, str]:
        """The value each other dimension is fixed to by a name, the first named first."""
        named: dict[str, str] = {}
        for name in found:
            resolved = self._resolve(table, name)
            if resolved is not None and resolved.dim not in taken and len(resolved.values) == 1:
                named.setdefault(resolved.dim, resolved.values[0])
        return named

    @staticmethod
    def _rows(table: Table, subjects: tuple[Subject, ...], named: dict[str, str]) -> np.ndarray:
        """The rows of the subject with the named values."""
        return table.index.rows(
            [
                *([] if subjects[0] is EVERYONE else [(subjects[0].dim, subjects[0].values)]),
                *((dim, (value,)) for dim, value in named.items()),
            ]
        )

    @staticmethod
    def _splits(table: Table, dim: str, rows: np.ndarray) -> bool:
        """Whether the rows hold several values of a dimension that cannot be summed."""
        return dim not in table.additive and table.index.distinct(dim, rows) > 1

    def _carried_values(self, table: Table, fixed: set[str], rows: np.ndarray) -> dict[str, str]:
        """ "The Met recorded 3,173 offences of possession of a blade ... Greater
        Manchester recorded 1,243 such offences": a noun that points back to what the
        data counts ("such offences") keeps the category the sentences before named, for
        each dimension the claim would otherwise leave open; the nearest name wins."""
        anaphor = self.claim.anaphor
        if anaphor is None or not any(
            measure_score(anaphor.text, m.vocabulary) for m in table.measures
        ):
            return {}
        carried: dict[str, str] = {}
        for found in sorted(self.context_found, key=lambda f: -f.start):
            resolved = self._resolve(table, found)
            if (
                resolved is not None
                and resolved.dim not in fixed | set(carried)
                and len(resolved.values) == 1
                and self._splits(table, resolved.dim, rows)
            ):
                carried[resolved.dim] = resolved.values[0]
                self.notes.append(
                    f"{anaphor.text!r} read as {resolved.values[0]}, named in an earlier sentence"
                )
        return carried

    # -- when -------------------------------------------------------------------------

    def _periods(self, table: Table) -> tuple[tuple[Period, ...], ...]:
        claim = self.claim
        exprs = [ref.expr for ref in claim.periods]
        if not table.periods:
            if exprs:
                raise NoMatch(
                    f"{table.name} is not dated, and the claim is about "
                    f"{claim.periods[0].mention.text!r}"
                )
            return ((),)
        if is_change(claim):
            return self._change_periods(table, exprs)
        if claim.kind == "rank" and len(exprs) > 1:
            return tuple(self._cover(table, e) for e in exprs)
        if exprs:
            mention, base = claim.periods[0].mention, claim.sentence_start
            if nearer_figure(
                claim.sentence,
                (claim.start - base, claim.end - base),
                (mention.start - base, mention.end - base),
            ):  # the period is another clause's figure's: a guess for this one
                self.guessed.add(Part.PERIOD)
            return (self._cover(table, exprs[0]),)
        carried = self._carried_period(table)
        if carried is not None:
            return (carried,)
        latest = self._latest(table, 1)
        self._defaulted_period(table, 1)
        if len(self._grain(table)) > 1:
            self.notes.append(f"period not stated; used the latest in the data, {latest[0].label}")
        return (latest,)

    def _carried_period(self, table: Table) -> tuple[Period, ...] | None:
        """The nearest period the article's context names that the table covers
        (`claimcheck.context_periods`), for a claim that states none; None when there
        is none, or the table has one period and so nothing to choose."""
        claim = self.claim
        if len(self._grain(table)) < 2:
            return None
        sentence_end = claim.sentence_start + len(claim.sentence)
        for carried in self.context.carried(claim.sentence_start, sentence_end):
            try:
                periods = self._cover(table, carried.expr)
                latest = self._latest(table, 1)
            except NoMatch:
                continue
            self.provenance[Part.PERIOD] = Provenance.CARRIED
            self.notes.append(carried.note)
            if not carried.settled and periods != latest:
                self.guessed.add(Part.PERIOD)
                self.beside_carried = (latest, carried.note)
            return periods
        return None

    def _defaulted_period(self, table: Table, needed: int) -> None:
        """The claim names no period: the `needed` ones used (the latest, or the two a
        change is between) are a default, and a guess when the table has others of
        their length (a table of one year, or of the two years a change is between,
        leaves nothing to guess)."""
        self.provenance[Part.PERIOD] = Provenance.DEFAULTED
        if len(self._grain(table)) > needed:
            self.guessed.add(Part.PERIOD)

    def _change_periods(
        self, table: Table, exprs: list[PeriodExpr]
    ) -> tuple[tuple[Period, ...], ...]:
        if len(exprs) >= 2:
            return (self._cover(table, exprs[0]), self._cover(table, exprs[-1]))
        if exprs and exprs[0].kind == "range":  # "between 2015 and 2020": from one to the other
            return tuple(self._cover(table, e) for e in exprs[0].inner)
        if exprs and exprs[0].kind not in {"relative", "since"}:
            to = self._cover(table, exprs[0])
            previous = self._previous(table, to)
            self._one_base(table, previous, to)
            return (previous, to)
        if exprs and exprs[0].kind == "since":
            start = self._cover(table, exprs[0].inner[0])
            self.guessed.add(Part.PERIOD)  # "since" ends when the article was written: a guess
            return (start, self._latest(table, 1))
        latest = self._latest(table, 1)
        previous = self._previous(table, latest)
        if not exprs:
            self._defaulted_period(table, 2)
            self.notes.append(
                f"periods not stated; compared {previous[0].label} with {latest[0].label}"
            )
        return (previous, latest)

    @staticmethod
    def _one_base(table: Table, previous: tuple[Period, ...], to: tuple[Period, ...]) -> None:
        """ "Revenue rose 12% in the third quarter": against the quarter before or the
        same quarter a year earlier? Company results mean the second, quarterly
        statistics often the first; when the table holds both, the article must say."""
        if len(to) != 1 or to[0].days > 92:
            return
        try:
            start = to[0].start.replace(year=to[0].start.year - 1)
        except ValueError:  # 29 February
            return
        year_before = [p for p in table.periods if p.start == start and p.days == to[0].days]
        if year_before and year_before[0] != previous[0]:
            raise NoMatch(
                f"a change in {to[0].label} against {previous[0].label} or against "
                f"{year_before[0].label}, a year earlier? the article does not say"
            )

    def _grain(self, table: Table) -> tuple[Period, ...]:
        """The table's periods of its most common length, in order."""
        lengths: dict[int, int] = {}
        for period in table.periods:
            lengths[period.days // 28] = lengths.get(period.days // 28, 0) + 1
        common = max(lengths, key=lambda k: (lengths[k], k))
        return tuple(p for p in table.periods if p.days // 28 == common)

    def _latest(self, table: Table, count: int) -> tuple[Period, ...]:
        """The last `count` periods: of the table, or, when the article's date is known,
        the last ones that had ended when it was published ("the past year")."""
        grain = self._grain(table)
        published = self.article.date
        if published:
            ended = tuple(p for p in grain if p.end.isoformat() <= published)
            if not ended:
                raise NoMatch(
                    f"no period in the data had ended by {published}, "
                    "when the article was published"
                )
            if len(ended) < len(grain):
                self.notes.append(f"periods after the article's date ({published}) not used")
            grain = ended
        if len(grain) < count:
            raise NoMatch(
                f"the data has only {len(grain)} period(s) of that length "
                f"({', '.join(p.label for p in grain)})"
            )
        return grain[-count:]

    def _previous(self, table: Table, periods: tuple[Period, ...]) -> tuple[Period, ...]:
        earlier = [
            p
            for p in self._grain(table)
            if p.end < periods[0].start and p.days // 28 == periods[0].days // 28
        ]
        if not earlier:
            raise NoMatch(f"no period before {periods[0].label} to compare with")
        return (earlier[-1],)

    def _cover(self, table: Table, expr: PeriodExpr) -> tuple[Period, ...]:
        """The table's periods that exactly make up the period the article names."""
        if expr.kind == "previous":  # "from 400 to 380" with no period: the one before
            self._defaulted_period(table, 2)
            previous = self._previous(table, self._latest(table, 1))
            self.notes.append(
                f"period not stated; the figure a change starts from is read as {previous[0].label}"
            )
            return previous
        if expr.kind == "relative":
            if expr.unit != "year":
                raise NoMatch(
                    f"a period of the last {expr.count} {expr.unit}(s), which the "
                    "data does not have"
                )
            return self._latest(table, expr.count)
        if expr.kind == "since":
            start = expr.inner[0].resolve(table.year_start)
            if start is None:
                raise NoMatch("period start not understood")
            chosen = tuple(p for p in self._grain(table) if p.start >= start.start)
            if not chosen:
                raise NoMatch(f"the data has no period since {start.label}")
            self.guessed.add(Part.PERIOD)  # "since" ends when the article was written: a guess
            self.notes.append(
                f"'since {start.label}' read as {chosen[0].label} to "
                f"{chosen[-1].label}, the latest in the data"
            )
            return chosen
        if expr.kind == NOT_A_PERIOD:
            written = f"{expr.year}/{expr.number % 100:02d}"
            raise NoMatch(
                f"'{written}' is not a period: a year's second part follows its first "
                f"({expr.year - 1}/{expr.year % 100:02d} or {expr.year}/"
                f"{(expr.year + 1) % 100:02d})"
            )
        if expr.kind == VAGUE:
            raise NoMatch(
                f"a vague period: some years of the {expr.year}s, and the article does "
                "not say which"
            )
        wanted = expr.resolve(table.year_start)
        if wanted is None:
            raise NoMatch("period not understood")
        if wanted in table.periods or any(
            p.start == wanted.start and p.end == wanted.end for p in table.periods
        ):
            return tuple(
                p for p in table.periods if p.start == wanted.start and p.end == wanted.end
            )[:1]
        inside = [p for p in table.periods if p.within(wanted)]
        coarsest = [p for p in inside if not any(p != q and p.within(q) for q in inside)]
        if coarsest and sum(p.days for p in coarsest) == wanted.days:
            return tuple(coarsest)
        labels = ", ".join(p.label for p in table.periods)
        raise NoMatch(f"period {wanted.label} is not covered by {table.name} ({labels})")

    # -- who is compared --------------------------------------------------------------

    def _peers(self, table: Table, subject: Subject) -> tuple[Subject, ...]:
        claim = self.claim
        group = None
        hint = claim.group_hint or self._scope_named_after(table)
        if hint is not None:
            hits = [f for f in self.found if hint.start <= f.start < hint.end]
            groups = [f for f in hits if f.target.kind is TargetKind.GROUP]
            if groups:
                group = self.catalog.groups[groups[0].target.name]
            elif points_at_own_group(hint.text):
                group = self._own_group(subject, hint)
            else:
                sharing = self._sharing(table, subject, hint, hits)
                if sharing is not None:
                    return sharing
                if not hits:
                    raise NoMatch(
                        f"the claim compares within {hint.text!r}, which the data does not "
                        f"define; list its members under [groups] in the metadata"
                    )
        kind = any_kind(claim.sentence)
        if group is None and kind is None:
            containing = parents_of(subject.name, self.catalog.groups)
            if len(containing) == 1:
                group = containing[0]
        if group is not None:
            members = [m for m in group.members if m in table.value_set(subject.dim)]
            return tuple(Subject(m, subject.dim, (m,)) for m in members)
        excluded = set(self.catalog.groups) | {table.totals.get(subject.dim)}
        excluded |= table.aggregates.get(subject.dim, frozenset())  # "OECD members"
        values = [v for v in table.values(subject.dim) if v not in excluded]
        if kind is not None:  # "of any state", where the article says one is not a state
            excluded |= said_not_to_be(self.article.text, kind, values)
        return tuple(Subject(v, subject.dim, (v,)) for v in values if v not in excluded)

    def _scope_named_after(self, table: Table) -> Mention | None:
        """ "the lowest fertility rate in the European Union": a name after a ranking,
        with "in", "among" or "across" before it, is what the ranking is within, though
        the extractor marks no group there; ranked over the whole table instead, a
        correct claim was contradicted by a country outside the Union. None when there
        is no such name, or it names what the whole table is about."""
        claim = self.claim
        for hint in claim.subject_hints:
            between = self.article.text[claim.end : hint.start]
            if hint.start < claim.end or not _SCOPE_BEFORE.fullmatch(between):
                continue
            if not set(words(hint.text)) <= set(table.subject):
                return hint
        return None

    def _own_group(self, subject: Subject, hint: Mention) -> Group:
        """ "the highest in the region": the one group that holds the subject."""
        containing = parents_of(subject.name, self.catalog.groups)
        if len(containing) != 1:
            held = " or ".join(g.name for g in containing) or "no group the data defines"
            raise NoMatch(f"{hint.text!r} is the group of {subject.name}: {held}")
        return containing[0]

    def _sharing(
        self, table: Table, subject: Subject, hint: Mention, hits: list[Found]
    ) -> tuple[Subject, ...] | None:
        """Peers that share a value with the subject: "second on the team" (the
        subject's own team: a dimension named by the words), "among the Heat's players"
        (a value of another dimension named in the sentence)."""
        index = table.index
        for dim in table.dims:
            if dim == subject.dim:
                continue
            named = [f.target.name for f in hits]
            values = [v for v in named if v in table.value_set(dim)]
            if not values and measure_score(hint.text, table.dim_vocabulary[dim]):
                values = index.values_at(dim, index.rows([(subject.dim, subject.values)]))
            if values:
                rows = index.rows([(dim, values)])
                return tuple(
                    Subject(v, subject.dim, (v,)) for v in index.values_at(subject.dim, rows)
                )
        return None


def _is_code(value: str) -> bool:
    """ "AND", "GBR", "US": a short code in capitals, not a name."""
    return 2 <= len(value) <= 4 and value.isalpha() and value.isupper()


def is_change(claim: Claim) -> bool:
    """Claims about how figures moved between two periods, not about one period."""
    if claim.kind == "only":
        return claim.quantity is None
    ranks_changes = claim.kind == "rank" and claim.metric in {"change", "percent_change"}
    counts_changes = claim.kind is Kind.COUNT_OF_SUBJECTS and claim.direction is not None
    return claim.kind in CHANGE_KINDS or ranks_changes or counts_changes


def refine_kind(claim: Claim, query: Query | Unmatched) -> Kind:
    """A value over a group, or over a stretch of several periods, is a total."""
    if claim.kind is not Kind.VALUE:
        return claim.kind
    spans = any(
        ref.expr.kind in {"since", "range"}
        or (ref.expr.kind == "relative" and ref.expr.count > 1)
        or (ref.expr.kind == "year_to" and ref.expr.count > 12)
        for ref in claim.periods
    )
    group = isinstance(query, Query) and (
        len(query.subjects[0].values) > 1 or bool(query.subjects[0].members)
    )
    return Kind.TOTAL if spans or group else claim.kind
