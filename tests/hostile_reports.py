"""A report that carries one hostile string in every text field a renderer shows.

    report = report_carrying("<script>alert(1)</script>", path=Path("/tmp/a.txt"))

The injection tests (HTML made inert, no forged CI log line) render it in every
format and look for the string where it must not act: one builder, so that a field
added to the model is added to both.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.model import Article, ArticleResult, Cell, Check, Claim, Report, Source, Verdict
from claimcheck.quantities import parse_quantity


def report_carrying(
    payload: str,
    *,
    path: Path,
    name: str = "South Wales",
    url: str | None = None,
    extra_cells: tuple[Cell, ...] = (),
    sources: tuple[Source, ...] | None = None,
    generated_at: str | None = None,
    replaces: str | None = None,
) -> Report:
    """One contradicted claim "528", with `payload` in its article, sentence, cell,
    check, verdict, sources, data path and tables."""
    sentence = f"{name} recorded 528 offences. {payload}"
    text = f"{payload}\n\n{sentence}\n"
    start = text.index("528")
    claim = Claim(
        id="c1",
        kind="value",
        text="528",
        start=start,
        end=start + 3,
        sentence=sentence,
        sentence_start=text.index(name),
        context_start=0,
        quantity=parse_quantity("528"),
    )
    cell = Cell(
        table=f"table {payload}",
        row=2,
        column=f"column {payload}",
        value=528.0,
        label=f"label {payload}",
        source=f"source {payload}",
        url=url,
    )
    check = Check(
        method="data",
        verdict="contradicted",
        explanation=f"explanation {payload}",
        computed=527.0,
        formula=f"formula {payload}",
        cells=(cell, *extra_cells),
        suggestion=f"suggestion {payload}",
        replaces=replaces,
    )
    verdict = Verdict(
        claim=claim,
        verdict="contradicted",
        explanation=f"explanation {payload}",
        checks=(check,),
        line=3,
        col=22,
        kind="value",
    )
    default_sources = (Source(key="k", title=f"title {payload}", url=None, note=f"note {payload}"),)
    return Report(
        results=(ArticleResult(article=Article(path=path, text=text), verdicts=(verdict,)),),
        sources=default_sources if sources is None else sources,
        data_path=f"data {payload}",
        generated_at=generated_at,
        tables=(f"table {payload}",),
    )
