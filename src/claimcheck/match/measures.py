"""What is counted: the measure a claim's figure is of.

    "Jimmy Butler scored 23 points"      -> points (the words that name a measure)
    "41.9% of the vote"                  -> vote share, percent (per_unit, units)
    "rebounds", beside `offensive rebounds` -> rebounds (prefer_exact)

A mixin of the matcher (matcher.py): separate because choosing the measure reads only
the claim's words and the catalog's measures, not who or when.
"""

from __future__ import annotations

import re

from claimcheck import contest_spans
from claimcheck.catalog import Measure, Table
from claimcheck.contest_spans import MEASURE
from claimcheck.lexicon import CONTRASTS
from claimcheck.match import contest_parts
from claimcheck.match.figured_phrases import figured
from claimcheck.match.measure_choice import named_figure, out_named, says_own_words
from claimcheck.match.measure_names import is_ratio, measure_score, next_best
from claimcheck.metadata import Pair
from claimcheck.model import Kind, Mention
from claimcheck.names import GENERIC_WORDS, words
from claimcheck.quantities import rate_base
from claimcheck.query import NoMatch
from claimcheck.readings import Part, Provenance
from claimcheck.targets import TargetKind

CLAUSE_MARK = re.compile(r"\b(?:" + "|".join(sorted(CONTRASTS)) + r")\b|;", re.IGNORECASE)

# a word for an activity: "Rebounding", "shooting" (measure_score reads its stem)
ACTIVITY = re.compile(r"\b[A-Za-z]{4,}ing\b")


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


class MatchMeasures:
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
        whole contest's (claimcheck.match.contest_parts)."""
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
        query's filter (`_build`)."""
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
