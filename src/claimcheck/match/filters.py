"""Other dimensions: the values a query fixes besides its subject.

    "violent offences in Wales"  -> offence type = violent (a value the sentence names)
    "offences in Wales"          -> offence type = all (the table's "all" row)

A mixin of the matcher (matcher.py): separate because the dimensions the subject does
not settle are fixed last, from what the sentence names or from the table's totals.
"""

from __future__ import annotations

import numpy as np

from claimcheck.catalog import Table
from claimcheck.catalog_hierarchy import nested_in
from claimcheck.match.measure_names import measure_score
from claimcheck.query import EVERYONE, NoMatch, Subject
from claimcheck.readings import Part, Provenance
from claimcheck.targets import Found


class MatchFilters:
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
