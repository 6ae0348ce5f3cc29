"""`python -m benchmarks.inlg2021`: convert, run claimcheck, score, print the table.

Example:
    python -m benchmarks.inlg2021 --games S001,S002 --diagnostics /tmp/inlg-diag.jsonl
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from benchmarks.inlg2021.convert import DEFAULT_OUT, DatasetMissing, convert, dataset_dir
from benchmarks.inlg2021.score import classes, load_annotations, score_game, totals


@click.command()
@click.option(
    "--dataset",
    type=click.Path(file_okay=False, path_type=Path),
    help="The dev split directory (default: ../shared/benchmarks/inlg2021-accuracy-dev "
    "beside the repository; the benchmark is skipped when that is absent).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Work directory: converted games, claimcheck results, scores.json.",
)
@click.option("--games", help="Comma-separated game ids to run, e.g. S001,S002 (default: all).")
@click.option(
    "--diagnostics",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one JSON line per TP/FP/FN (sentence, claim, verdict, explanation) here.",
)
@click.option("--top", default=10, show_default=True, help="How many error classes to list.")
@click.option(
    "--no-run", is_flag=True, help="Score the results already in --out without running claimcheck."
)
@click.option(
    "--no-metadata",
    is_flag=True,
    help="Give claimcheck the bare box score (readable headers, no metadata files).",
)
def main(
    dataset: Path | None,
    out: Path,
    games: str | None,
    diagnostics: Path | None,
    top: int,
    no_run: bool,
    no_metadata: bool,
) -> None:
    """Benchmark claimcheck on the INLG 2021 accuracy shared task (NUMBER errors).

    Example: python -m benchmarks.inlg2021 --games S001,S002
    """
    try:
        directory = dataset_dir(dataset)
    except DatasetMissing as missing:
        if dataset is not None:
            raise click.ClickException(str(missing)) from None
        click.echo(f"skipped: {missing}", err=True)
        return
    ids = [g.strip() for g in games.split(",") if g.strip()] if games else None
    try:
        converted = convert(directory, out, ids, metadata=not no_metadata)
    except DatasetMissing as missing:
        raise click.UsageError(str(missing)) from None
    annotations = load_annotations(directory)
    began = time.monotonic()
    if no_run:
        results = {}
        for game in converted:
            path = out / "results" / f"{game.id}.json"
            if not path.is_file():
                raise click.ClickException(f"{path}: no result; run without --no-run first")
            results[game.id] = json.loads(path.read_text(encoding="utf-8"))
    else:
        from benchmarks.inlg2021.run import run_games

        tty = sys.stderr.isatty()
        results = run_games(
            out,
            [g.id for g in converted],
            (lambda g: click.echo(f"\rchecked {g}", nl=False, err=True)) if tty else None,
        )
        if tty:
            click.echo("", err=True)
    elapsed = time.monotonic() - began
    scores = [score_game(g, results[g.id], annotations.get(g.id, [])) for g in converted]
    total = totals(scores)
    summary = total.as_dict()
    summary["fn_classes"] = classes(scores, "FN").most_common()
    summary["fn_patterns"] = classes(scores, "FN", by="pattern").most_common()
    summary["fp_classes"] = classes(scores, "FP").most_common()
    summary["fp_patterns"] = classes(scores, "FP", by="pattern").most_common()
    summary["fp_rows"] = classes(scores, "FP", by="row").most_common()
    summary["fp_context"] = classes(scores, "FP", by="context").most_common()
    (out / "scores.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    if diagnostics is not None:
        diagnostics.parent.mkdir(parents=True, exist_ok=True)
        with open(diagnostics, "w", encoding="utf-8") as handle:
            for score in scores:
                for event in score.events:
                    handle.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
    click.echo(render(summary, top, elapsed, no_run))
    sys.stdout.flush()
    if total.crashed:
        click.echo(f"claimcheck crashed on {len(total.crashed)} game(s):", err=True)
        for line in total.crashed:
            click.echo(f"  {line}", err=True)


def render(summary: dict, top: int, elapsed: float, no_run: bool) -> str:
    """The printed table: headline figures, then the biggest error classes."""
    s = summary
    claims = s["claims"]
    lines = [
        f"INLG 2021 accuracy dev, NUMBER errors: {s['games']} games, "
        f"{sum(claims.values())} claims ({claims.get('supported', 0)} supported, "
        f"{claims.get('contradicted', 0)} contradicted, {claims.get('unverifiable', 0)} "
        "unverifiable"
        + (f", {claims['crashed']} crashed" if claims.get("crashed") else "")
        + ")"
        + ("" if no_run else f", {elapsed:.0f} s"),
        "",
        f"  precision  {s['precision']:.3f}   ({s['tp']} of {s['tp'] + s['fp']} flagged tokens)",
        f"  recall     {s['recall']:.3f}   ({s['tp']} of {s['tp'] + s['fn']} gold tokens; "
        f"{s['annotations_detected']} of {s['number_annotations']} annotations)",
        f"  F1         {s['f1']:.3f}",
        f"  coverage   {s['coverage']:.3f}   ({s['linked_tokens']} of {s['numeric_tokens']} "
        "numeric tokens in a claim linked to a cell)",
        "             "
        + ", ".join(
            f"{form} {linked}/{count}" for form, (linked, count) in s["coverage_by_form"].items()
        ),
    ]
    for title, key in (
        ("false negatives (gold tokens not flagged) by what claimcheck did", "fn_classes"),
        ("false negatives by construction", "fn_patterns"),
        ("false positives (flagged tokens not gold) by claim and column", "fp_classes"),
        ("false positives by construction", "fp_patterns"),
        ("false positives by the row checked against", "fp_rows"),
        ("false positives by other annotated errors in the sentence", "fp_context"),
    ):
        lines += ["", f"{title}:"]
        lines += [f"  {count:5d}  {name}" for name, count in s[key][:top]]
        rest = s[key][top:]
        if rest:
            lines.append(f"  {sum(c for _, c in rest):5d}  ({len(rest)} other classes)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
