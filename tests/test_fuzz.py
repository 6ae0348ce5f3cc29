"""Property-based fuzzing of the three stages that read untrusted input.

(a) the quantity parser: no exception escapes; a Quantity's interval has low <= high;
(b) the extractor, on article-like text: no exception; every claim's text is
    text[start:end]; every interval has low <= high; matching and verifying the claims
    against the seed data, and rendering them, raise nothing either;
(c) the catalog, on generated CSV bytes and metadata: only ClaimcheckError escapes, and
    a table that loads keeps its promises (a cell has a finite value exactly when its
    status is "ok").

The "ci" profile runs a few hundred inputs; the "long" profile is the run recorded in
docs/limits.md (HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py).
"""

from __future__ import annotations

import csv
import io
import json
import math
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from claimcheck.catalog import load_catalog
from claimcheck.errors import ClaimcheckError
from claimcheck.quantities import (
    CURRENCIES,
    DENOMINATORS,
    HEDGES,
    MULTIPLIERS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE,
    parse_quantity,
)
from tests.conftest import ROOT, fuzz_examples

# -- (a) the quantity parser ----------------------------------------------------------

QUANTITY_WORDS = sorted(
    {p for phrases in HEDGES.values() for p in phrases}
    | set(UNITS_WORDS)
    | set(TENS_WORDS)
    | set(SCALE_WORDS)
    | set(DENOMINATORS)
    | set(MULTIPLIERS)
    | set(VAGUE)
    | set(CURRENCIES)
    | {"%", "per cent", "percent", "pc", "pp", "percentage points", "times", "fold", "of"}
    | {"a", "an", "half", "in", "out of", "and", "dozen", "as many", "over", "more", "-", "–"}
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
    st.from_regex(r"\A\d{1,3}(,\d{3}){0,5}(\.\d{1,6})?\Z"),
    st.from_regex(r"\A\d{1,400}(\.\d{1,400})?\Z"),
    st.floats().map(str),
)
# Figures written in the shapes of issue 14: thousands grouped by spaces of any width
# (and near misses), dates and times, minus signs, powers.
GROUP_SPACE = st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"])
GROUPED = st.tuples(
    st.from_regex(r"\A\d{1,4}\Z"),
    st.lists(st.tuples(GROUP_SPACE, st.from_regex(r"\A\d{2,4}\Z")), min_size=1, max_size=4),
).map(lambda parts: parts[0] + "".join(space + digits for space, digits in parts[1]))
DATES = st.one_of(
    st.dates().map(str),
    st.datetimes().map(lambda moment: moment.isoformat(timespec="minutes")),
    st.dates().map(lambda day: day.strftime("%d/%m/%Y")),
    st.dates().map(lambda day: day.strftime("%d %B %Y")),
    st.dates().map(lambda day: day.strftime("%B %d, %Y")),
    st.times().map(lambda moment: moment.strftime("%H:%M")),
)
SIGNED = st.tuples(
    st.sampled_from(["-", "\u2212", "£-", "-£", "\u2212£"]),
    st.from_regex(r"\A\d{1,4}(\.\d{1,2})?\Z"),
    st.sampled_from(["", "%", "m", "bn", "°C", "C"]),
).map("".join)
POWERS = st.tuples(st.integers(0, 20), st.integers(0, 400)).map(lambda p: f"{p[0]}^{p[1]}")
FIGURES = st.one_of(GROUPED, DATES, SIGNED, POWERS)
QUANTITY_TOKENS = st.one_of(
    NUMBERS, st.sampled_from(QUANTITY_WORDS), st.text(max_size=4), GROUPED, SIGNED, POWERS
)
QUANTITY_TEXT = st.one_of(
    st.text(),
    st.tuples(st.lists(QUANTITY_TOKENS, max_size=8), st.sampled_from([" ", "", "-"])).map(
        lambda parts: parts[1].join(parts[0])
    ),
)


@settings(max_examples=fuzz_examples("quantities"))
@given(QUANTITY_TEXT)
@example("about " + "9" * 400)  # overflowed to inf, and the interval to NaN
@example("hundred " * 200)  # OverflowError: int too large to convert to float
@example("10^99999999")  # a power never computed
def test_quantity_parser_never_raises_and_intervals_are_ordered(text):
    quantity = parse_quantity(text)
    if quantity is not None:
        assert quantity.interval.low <= quantity.interval.high, quantity
        assert quantity.exact.low <= quantity.exact.high, quantity
        assert math.isfinite(quantity.value), quantity


def test_a_number_too_large_for_a_float_is_no_quantity():
    assert parse_quantity("about " + "9" * 400) is None
    assert parse_quantity("hundred " * 200) is None


# -- (b) the extractor ----------------------------------------------------------------

ARTICLE_WORDS = [
    *[
        "The",
        "police",
        "recorded",
        "offences",
        "crimes",
        "in",
        "since",
        "from",
        "to",
        "by",
        "up",
        "down",
        "rose",
        "fell",
        "and",
        "was",
        "were",
        "saw",
        "only",
        "first",
        "lowest",
        "highest",
        "largest",
        "rise",
        "fall",
        "increase",
        "drop",
        "a",
        "an",
        "of",
        "all",
        "the",
    ],
    *["2016/17", "2017/18", "2016/2017", "2017", "April 2016", "Q1", "2017 Q1", "last year"],
    *["the past two years", "the year before", "between 2016 and 2017", "a day", "per cent"],
    *["30%", "29.97%", "10pc", "12pp", "percentage points", "1,437", "2,895", "£1.2m", "-5"],
    *["almost", "nearly", "about", "more than", "just over", "up to", "fewer than", "some"],
    *["four", "twenty-one", "two-thirds", "half", "one in five", "a dozen", "hundreds of"],
    *["doubled", "twice", "three times", "fold", "North Wales Police", "Wales", "Gwent"],
    *["South Wales", "Dyfed-Powys", "the largest rise", "the only force", "all saw increases"],
    *[".", ",", ";", ":", "-", "–", "—", "(", ")", '"', "'", "’", "\n", "\n\n", "\t"],
    *["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "**bold**", "[link](http://x)"],
    *["# Heading", "> quote", "* bullet", "Image source, Getty", "Published", "é", "数字", "🙂"],
    *["\u200b", "\u00a0", "\ufeff", "\u2028", "0", "0.5", "3.97", "999999999999999999999"],
]
ARTICLE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(ARTICLE_WORDS),
        st.sampled_from(ARTICLE_WORDS),
        st.text(max_size=6),
        FIGURES,
    ),
    max_size=40,
).map(" ".join)


@pytest.fixture(scope="module")
def seed_catalog():
    return load_catalog(ROOT / "data")


@settings(max_examples=fuzz_examples("extractor"))
@given(text=ARTICLE_TEXT, date=st.sampled_from([None, "2018-09-13"]))
@example(text="Offences rose about " + "9" * 400 + "% in 2017.", date=None)
@example(text="Dyfed-Powys rise all saw increases", date=None)  # an empty anchor; a crash
def test_extractor_never_raises_and_claims_are_anchored(nlp, seed_catalog, text, date):
    from claimcheck.api import judge
    from claimcheck.model import Article, Report
    from claimcheck.report import render

    claims = list(nlp(text)._.claims)
    for claim in claims:
        assert claim.text == text[claim.start : claim.end], claim
        assert claim.text.strip(), claim  # anchored on words, never on nothing
        for quantity in (claim.quantity, *claim.operands):
            if quantity is not None:
                assert quantity.interval.low <= quantity.interval.high, claim
    result = judge(Article(Path("fuzz.txt"), text, date), claims, seed_catalog)
    report = Report(results=(result,), data_path="data", tables=("t",))
    json.loads(render(report, "json"))
    render(report, "html")
    render(report, "text")


# Markup repeated, open and never closed: each shape once made reading quadratic.
MARKUP = [" *a", "*", "**", "__", "[", "![", "[a](", "](", "<!--", "-->", "`", "#", "> ", "- "]
MARKUP += ["<a b='", '<a b="', "<a ", "<", "</", "<!", "<p>", "</p>", "&amp;", "&#", "<script>"]
MARKUP += ["<!-- claimcheck: ignore -->\n", "[claimcheck: ignore]", "\n", "%", "12 345 "]
REPEATED_MARKUP = st.lists(
    st.tuples(st.sampled_from(MARKUP), st.integers(1, 200)).map(lambda p: p[0] * p[1]),
    max_size=6,
).map("".join)


@settings(max_examples=fuzz_examples("markup"))
@given(
    source=st.one_of(REPEATED_MARKUP, st.tuples(ARTICLE_TEXT, REPEATED_MARKUP).map("".join)),
    kind=st.sampled_from(["md", "html", "txt"]),
)
@example(source="Police recorded 5 offences. " + "[" * 200, kind="md")
@example(source="\x00<p>", kind="html")  # refused as binary
def test_markup_is_read_into_mapped_text_and_claims(nlp, tmp_path_factory, source, kind):
    """An article of repeated markup loads, or is refused with one line naming it
    (empty, or binary for a NUL byte); each character of its text maps, in order, onto
    the file; and the extractor reads it."""
    from claimcheck.article import load_article
    from claimcheck.errors import ArticleError

    path = tmp_path_factory.mktemp("markup") / f"article.{kind}"
    path.write_text(source, encoding="utf-8")
    try:
        article = load_article(path)
    except ArticleError as error:
        event("refused")
        assert str(error).startswith(f"{path}: "), error
        assert "empty" in str(error) or ("binary" in str(error) and "\x00" in source), error
        return
    if article.origin is not None:
        origin = list(article.origin)
        assert len(origin) == len(article.text)
        assert origin == sorted(origin) and origin[0] >= 0 and origin[-1] <= len(source)
    for claim in nlp(article.text)._.claims:
        assert claim.text == article.text[claim.start : claim.end], claim


# -- (c) the data readers and the catalog ---------------------------------------------

HEADERS = [
    *[
        "area",
        "force",
        "year",
        "quarter",
        "offences",
        "crimes",
        "code",
        "id",
        "source",
        "type",
        "value",
        "rate",
        "Total",
        "all",
    ],
    *["2016/17", "2017/18", "2016", "2017", "April 2016", "2016-17", "Q1", "offence type"],
]
# Per kind of column: the usual cells, and the odd ones (drawn one time in five).
TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=6)
USUAL = {
    "dimension": ["North", "South", "Wales", "North Wales Police", "Gwent Police", "online"],
    "period": ["2016", "2017", "2016/17", "2017/18", "2016-17", "April 2016", "2017 Q1"],
    "quarter": ["1", "2", "3", "4", "Q1", "Q4"],
    "measure": ["0", "1", "130", "1,437", "3.5", "45%", "£3", "543[note 2]", "12 (r)"],
    "source": ["bbc", "nspcc", "https://example.org"],
}
ODD = {
    "dimension": ["all", "Total", "é", "<script>", "{{ 7*7 }}", "", " ", "North "],
    "period": ["FY2017", "2019/20", "1999", "Q1", "13", "", "2016/2017", "2017/16"],
    "quarter": ["Q5", "0", "", "first"],
    "measure": [
        *["-", "-00", "..", "[c]", "*", "N/A", "x", "", " ", "12 approx", "nan", "inf"],
        *["1e5", "1,2,3", "-5", "+7", ".5", "9" * 400, "0.000000001", "1" + "0" * 300],
    ],
    "source": ["", "javascript:alert(1)", "<script>alert(1)</script>"],
}
CELLS = {
    kind: st.one_of(
        *[st.sampled_from(USUAL[kind])] * 3,
        st.integers(-(10**6), 10**9).map(str) if kind == "measure" else st.nothing(),
        st.sampled_from(ODD[kind]),
        TEXT,
    )
    for kind in USUAL
}
ROLES = ["entity", "dimension", "period", "quarter", "measure", "source", "ignore"]


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = "".join(
        f"\\u{ord(c):04x}" if c < " " or c == "\x7f" else "\\" + c if c in '"\\' else c
        for c in text
    )
    return f'"{escaped}"'


@st.composite
def tables(draw):
    """CSV bytes that are mostly tables (so that loading gets deep) and sometimes junk."""
    width = draw(st.integers(1, 6))
    header = draw(
        st.lists(
            st.one_of(st.sampled_from(HEADERS), st.sampled_from(HEADERS), TEXT.filter(bool)),
            min_size=width,
            max_size=width,
            unique=draw(st.integers(0, 4)) > 0,
        )
    )
    kinds = draw(st.lists(st.sampled_from(sorted(USUAL)), min_size=width, max_size=width))
    if draw(st.integers(0, 4)):
        kinds[-1] = "measure"  # most tables have figures
    rows = [header]
    for _ in range(draw(st.integers(1, 8)) if draw(st.integers(0, 9)) else 0):
        row = [draw(CELLS[kind]) for kind in kinds]
        if draw(st.integers(0, 19)) == 0:  # a ragged row
            row = row[: draw(st.integers(0, width))] + draw(st.lists(CELLS["measure"], max_size=2))
        rows.append(row)
    delimiter = draw(st.sampled_from([",", ",", ";", "\t", "|"]))
    if draw(st.integers(0, 3)):
        buffer = io.StringIO()
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
        ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=ending).writerows(
            rows
        )
        text = buffer.getvalue()
    else:  # joined by hand: quotes and delimiters inside cells go unescaped
        text = "\n".join(delimiter.join(row) for row in rows)
    encoding = draw(
        st.sampled_from(["utf-8"] * 14 + ["utf-8-sig", "cp1252", "latin-1"] * 2 + ["utf-16"])
    )
    data = text.encode(encoding, errors="replace")
    if data and draw(st.integers(0, 7)) == 0:  # a damaged byte or three
        at = draw(st.integers(0, len(data) - 1))
        damage = draw(st.sampled_from([b"", b"\x00", b"\xff", b"\xe9", b"\r", b"\n", b'"', b","]))
        data = data[:at] + damage + data[at + draw(st.integers(0, 3)) :]
    if draw(st.integers(0, 29)) == 0:  # not a table at all
        data = draw(st.binary(min_size=1, max_size=200))
    return header, data


@st.composite
def metadata(draw, header: list[str]):
    """A table's TOML: mostly well-formed, with roles for some columns, sometimes junk."""
    if draw(st.integers(0, 2)) == 0:
        return None
    if draw(st.integers(0, 20)) == 0:
        return draw(st.text(max_size=60))
    lines = []
    if draw(st.booleans()):
        lines.append(f"unit = {toml_string(draw(st.sampled_from(HEADERS)))}")
    if draw(st.booleans()):
        lines.append(f"measure = {toml_string(draw(st.sampled_from(HEADERS)))}")
    if draw(st.booleans()):
        lines.append(
            f"source = {toml_string(draw(st.sampled_from(USUAL['source'] + ODD['source'])))}"
        )
    for name in header:
        if draw(st.integers(0, 2)) == 0:
            role = draw(st.sampled_from(ROLES))
            lines.append(f"[columns.{toml_string(name)}]\nrole = {toml_string(role)}")
            if draw(st.integers(0, 2)) == 0:
                total = draw(st.sampled_from(USUAL["dimension"] + ODD["dimension"]))
                lines.append(f"total = {toml_string(total)}")
                lines.append(f"additive = {draw(st.sampled_from(['true', 'false']))}")
                lines.append(f"synonyms = [{toml_string(draw(st.sampled_from(HEADERS)))}]")
    if draw(st.booleans()):
        lines.append(f"[periods]\nyear_start = {draw(st.integers(0, 13))}")
    if draw(st.booleans()):
        members = draw(
            st.lists(st.sampled_from(USUAL["dimension"] + ODD["dimension"]), min_size=1, max_size=3)
        )
        lines.append(f"[groups.G]\nmembers = [{', '.join(map(toml_string, members))}]")
        if draw(st.booleans()):
            lines.append("[groups.H]\nmembers = ['G']")
    if draw(st.booleans()):
        name = draw(st.sampled_from(USUAL["dimension"] + ODD["dimension"]))
        lines.append(f"[aliases]\n{toml_string(name)} = ['N', 'the north']")
    if draw(st.booleans()):
        url = draw(st.sampled_from(USUAL["source"] + ODD["source"]))
        lines.append(f"[sources.bbc]\ntitle = 'BBC'\nurl = {toml_string(url)}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def scratch():
    directory = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@settings(max_examples=fuzz_examples("catalog"))
@given(data=st.data())
@example(data=b"area,2016/17,0\nN,1,1\n")  # wide and long measures: a NaN period, unsortable
@example(data=b"area,_value,year\nNorth,North,2017\n")  # a column named like an internal one
@example(data=b"year,quarter,offences\n2017 Q1,2,5\n")  # a quarter of a quarter: IndexError
@example(data=b"year,quarter,offences\nApril 2016,2,5\n")  # a quarter of a month: ValueError
def test_catalog_raises_only_claimcheck_errors(scratch, data):
    if isinstance(data, bytes):  # an explicit example
        table, toml, suffix = data, None, ".csv"
    else:
        header, table = data.draw(tables(), label="table")
        toml = data.draw(metadata(header), label="metadata")
        suffix = data.draw(st.sampled_from([".csv", ".csv", ".tsv"]), label="suffix")
    directory = Path(tempfile.mkdtemp(dir=scratch))
    try:
        (directory / f"t{suffix}").write_bytes(table)
        if toml is not None:
            (directory / "t.toml").write_text(toml, encoding="utf-8")
        try:
            catalog = load_catalog(directory)
        except ClaimcheckError as error:
            assert str(error).startswith(str(directory)), error  # names the file
            event(f"refused: {type(error).__name__}")
            return
        event("loaded")
        for loaded in catalog.tables:
            cells = loaded.cells
            for value, status in zip(cells["_value"], cells["_status"], strict=True):
                if status == "ok":
                    assert math.isfinite(value), (value, status)
                else:
                    assert value is None or math.isnan(value), (value, status)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


# -- TOML: configuration and metadata nested or shaped in any way ----------------------

TOML_KEY = st.sampled_from(["data", "fail-on", "format", "exclude", "title", "columns", "x"])


@st.composite
def nested_toml(draw) -> str:
    """A TOML document whose one value nests `depth` deep in inline tables or arrays
    (to 200,000: Python's parser recurses), or a flat value of any type."""
    key = draw(TOML_KEY)
    depth = draw(st.one_of(st.integers(0, 40), st.sampled_from([299, 300, 501, 5_000, 200_000])))
    if draw(st.booleans()):
        value = "{a = " * depth + "1" + "}" * depth
    else:
        value = "[" * depth + "1" + "]" * depth
    table = draw(st.sampled_from(["", "[tool.claimcheck]\n", "[columns]\n", "[tool]\n"]))
    return f"{table}{key} = {value}\n"


@settings(max_examples=fuzz_examples("toml"))
@given(text=nested_toml(), where=st.sampled_from(["claimcheck.toml", "pyproject.toml", "t.toml"]))
@example(text='tool = "claimcheck"\n', where="pyproject.toml")
def test_toml_of_any_shape_is_read_or_refused_in_one_line_naming_the_file(scratch, text, where):
    from claimcheck.config import load_config

    directory = Path(tempfile.mkdtemp(dir=scratch))
    try:
        path = directory / where
        path.write_text(text, encoding="utf-8")
        try:
            if where == "t.toml":
                (directory / "t.csv").write_text("area,offences\nNorth,1\n", encoding="utf-8")
                load_catalog(directory)
            else:
                load_config(path)
        except ClaimcheckError as error:
            assert str(path) in str(error) and "\n" not in str(error), error
            event(f"refused: {type(error).__name__}")
            return
        event("read")
    finally:
        shutil.rmtree(directory, ignore_errors=True)
