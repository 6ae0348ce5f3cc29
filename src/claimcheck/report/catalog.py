"""`claimcheck data PATH`: what claimcheck understood of a data directory.

Shows, for each table, the role of every column (inferred or from metadata), the
measures and the words that name them, the periods, and a few values of each
dimension; then aliases, groups and sources. A user reads it to see why a claim did
or did not link, and what to correct in a metadata file.
"""

from __future__ import annotations

from claimcheck.catalog import Catalog, Measure
from claimcheck.report.neutral import one_line
from claimcheck.table_periods import Frequency
from claimcheck.targets import TargetKind

SHOWN_VALUES = 6
NOTES = {TargetKind.GROUP: " (group)", TargetKind.AMBIGUOUS: " (ambiguous: the data holds each)"}


def adds_up(measure: Measure) -> str:
    """What may be summed: "adds up" (a flow), "adds up over entities, not over time"
    (a level such as employment), or "does not add up" (a rate, share or average)."""
    if not measure.additive:
        return "does not add up"
    return "adds up" if measure.over_time else "adds up over entities, not over time"


def render_catalog(catalog: Catalog) -> str:
    lines = [f"{catalog.path}: {len(catalog.tables)} table(s)"]
    for table in catalog.tables:
        lines += [
            "",
            f"table {table.name} ({table.path})",
            f"  title: {table.title}",
            f"  figures: {table.index.size:,}",
        ]
        lines.append(f"  layout: {table.layout.value}")
        if table.subject:
            lines.append(f"  about: {', '.join(repr(w) for w in table.subject)}")
        if table.place:
            also = ", ".join(table.place[1:])
            lines.append(f"  place: {table.place[0]}, the whole table (also {also})")
        for measure in table.measures:
            unit = f" [{measure.unit}]" if measure.unit else ""
            lines.append(
                f"  measure {measure.name!r}{unit} ({adds_up(measure)}): named by "
                + ", ".join(repr(v) for v in measure.vocabulary)
            )
        for dim in table.dims:
            values = table.values(dim)
            shown = ", ".join(values[:SHOWN_VALUES]) + (
                f", ... ({len(values)} values)" if len(values) > SHOWN_VALUES else ""
            )
            extras = []
            if dim in table.totals:
                check = table.total_checks.get(dim)
                how = f", {check.describe()}" if check else ""
                extras.append(f"total row: {table.totals[dim]!r}{how}")
            if dim in table.additive:
                extras.append("additive")
            if dim in table.aggregates:
                shown_groups = ", ".join(sorted(table.aggregates[dim])[:3])
                extras.append(f"groups, not peers: {shown_groups}")
            if dim in table.codes:
                extras.append(f"codes {table.codes[dim]!r}, not names")
            if dim in table.parents:
                extras.append(f"nests in {table.parents[dim]!r}")
            extra = f" ({'; '.join(extras)})" if extras else ""
            lines.append(f"  dimension {dim!r}{extra}: {shown}")
        if table.periods:
            periods = [p.label for p in table.periods]
            shown = ", ".join(periods[:8]) + (", ..." if len(periods) > 8 else "")
            how = table.frequency.value
            if table.frequency is Frequency.FINANCIAL:
                how += f", starting in month {table.year_start}"
            lines.append(f"  periods ({len(periods)}, {how}): {shown}")
        else:
            lines.append("  periods: none (figures are not dated)")
        statuses = table.columns["_status"]
        counts = zip(statuses.values, statuses.counts().tolist(), strict=True)
        empty = {k: v for k, v in counts if k != "ok" and v}
        if empty:
            lines.append(
                "  cells without a figure: "
                + ", ".join(f"{v:,} {k}" for k, v in sorted(empty.items()))
            )
    if catalog.groups:
        lines += ["", "groups:"]
        lines += [
            f"  {g.name}: {', '.join(g.members)}"
            + (f" (also {', '.join(g.aliases)})" if g.aliases else "")
            for g in catalog.groups.values()
        ]
    aliases = sorted(
        [(form, t, "") for form, targets in catalog.names.targets.items() for t in targets]
        + [
            (form, t, " (written in capitals)")
            for form, targets in catalog.names.capitals.items()
            for t in targets
        ]
    )
    if aliases:
        lines += ["", f"names ({len(aliases)}): an article's words -> the data's value"]
        for form, target, how in aliases[:200]:
            lines.append(f"  {form} -> {target.name}{how}" + NOTES.get(target.kind, ""))
        if len(aliases) > 200:
            lines.append(f"  ... and {len(aliases) - 200} more")
    if catalog.sources:
        lines += ["", "sources:"]
        lines += [
            f"  {s.key}: {s.title}" + (f" <{s.url}>" if s.url else "")
            for s in catalog.sources.values()
        ]
    return "".join(f"{one_line(line)}\n" for line in lines)
