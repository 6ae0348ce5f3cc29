"""About whom: the subject a claim's figure is of, a value of a dimension or a group.

    "Wales recorded 57 offences"      -> Wales (a value of the table's area dimension)
    "He added 13 rebounds"            -> the subject named before ("he" points back)
    "Gwent and Dyfed together"        -> a group of two values (together.py)

A mixin of the matcher (matcher.py): separate because who a figure is of is read from
the sentence's names, its context and the tables' dimensions, apart from the measure.
"""

from __future__ import annotations

import re

from claimcheck import rivals
from claimcheck.binding import POINTING_NOUNS
from claimcheck.catalog import Measure, Table
from claimcheck.lexicon import EACH, POINTING_PRONOUNS
from claimcheck.match import together
from claimcheck.match.measure_names import measure_score
from claimcheck.query import EVERYONE, NoMatch, Subject
from claimcheck.readings import Part, Provenance
from claimcheck.targets import EVERYONE_TARGET, Found, Target, TargetKind

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


class MatchSubjects:
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
        """ "Brazil and Mexico together": the sum of the names joined (together.py)."""
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
