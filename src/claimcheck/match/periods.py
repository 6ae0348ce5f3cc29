"""When: the periods of a table a claim's figure is of.

    "in 2019"                   -> 2019 (the period the sentence names)
    "rose 5% on the year"       -> the latest period and the one before (is_change)
    "unemployment is 4.1%"      -> a period the article named before, else the latest (noted)

A mixin of the matcher (matcher.py): separate because periods are read from the
sentence, the article's context and the table's own periods, apart from who or what.
"""

from __future__ import annotations

from claimcheck.catalog import Table
from claimcheck.model import Claim, Kind
from claimcheck.period_binding import nearer_figure
from claimcheck.periods import NOT_A_PERIOD, VAGUE, Period, PeriodExpr
from claimcheck.query import NoMatch
from claimcheck.readings import Part, Provenance

CHANGE_KINDS = {"change", "percent_change", "only", "direction"}


def is_change(claim: Claim) -> bool:
    """Claims about how figures moved between two periods, not about one period."""
    if claim.kind == "only":
        return claim.quantity is None
    ranks_changes = claim.kind == "rank" and claim.metric in {"change", "percent_change"}
    counts_changes = claim.kind is Kind.COUNT_OF_SUBJECTS and claim.direction is not None
    return claim.kind in CHANGE_KINDS or ranks_changes or counts_changes


class MatchPeriods:
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
