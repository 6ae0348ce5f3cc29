"""Who is compared: the peers a ranking or a comparison puts a subject among.

    "the lowest rate in Wales"      -> the areas within Wales (the group named after it)
    "the highest of any county"     -> the subject's own kind of area (peers.py)

A mixin of the matcher (matcher.py): separate because only rankings and comparisons
ask it, and it reads the group the sentence names after the figure.
"""

from __future__ import annotations

import re

from claimcheck.catalog import Table
from claimcheck.match.measure_names import measure_score
from claimcheck.metadata import Group
from claimcheck.model import Mention
from claimcheck.names import words
from claimcheck.peers import any_kind, parents_of, points_at_own_group, said_not_to_be
from claimcheck.query import NoMatch, Subject
from claimcheck.subject_counts import members
from claimcheck.targets import Found, TargetKind

# what stands between a ranking ("the lowest rate") and the group it is within
_SCOPE_BEFORE = re.compile(r"(?i)\s+(?:in|among|across)(?: the)?\s+")


class MatchCompared:
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
        # the group's members, or every value but totals, aggregates ("OECD members")
        # and groups of others
        peers = members(table, subject.dim, group, self.catalog.groups)
        if group is not None or kind is None:
            return peers
        # "of any state", where the article says one is not a state
        excluded = said_not_to_be(self.article.text, kind, [p.name for p in peers])
        return tuple(p for p in peers if p.name not in excluded)

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
