"""Hostile text is inert: markup, script, javascript: links and Jinja syntax from any input.

Article text, file names, data cells and metadata are all untrusted. In the HTML
report they must come out as escaped text: no <script> or <img> from input, no event
handler attributes, no javascript: URL in an href, `{{ 7*7 }}` printed rather than
evaluated. The JSON must stay valid with the text intact. (A real-browser test is
separate; these are static checks on the rendered page.)
"""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import check
from claimcheck.article import load_article
from claimcheck.cli import main
from claimcheck.model import (
    Cell,
    Report,
    Source,
)
from claimcheck.quantities import parse_quantity
from claimcheck.report import render
from claimcheck.report.html import SCRIPT as REPORT_SCRIPT
from tests.conftest import ROOT
from tests.hostile_reports import report_carrying

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS = "javascript:alert(1)"
JINJA = "{{ 7*7 }}"
RAW = "{% raw %}"
HOSTILE = (SCRIPT, IMG, JS, JINJA, RAW)
EVERYTHING = " ".join(HOSTILE)

# The only elements and attributes the report's own template uses.
# What hostile input could become if it escaped: elements that run or fetch things.
FORBIDDEN_TAGS = {"script", "img", "iframe", "object", "embed", "link", "svg", "base", "form"}


class Page(HTMLParser):
    """Every start tag with its attributes, and the text, as a browser would parse them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    @property
    def hrefs(self) -> list[str]:
        return [attrs["href"] or "" for _, attrs in self.tags if "href" in attrs]


def without_own_script(html: str) -> str:
    """The page less the report's own script (the one the CSP allows by its hash)."""
    own = f"<script>{REPORT_SCRIPT}</script>"
    assert html.count(own) <= 1
    return html.replace(own, "")


def assert_inert(html: str) -> Page:
    """The page holds the hostile strings as text, and nothing they could have become."""
    html = without_own_script(html)
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert not re.search(r"\b49\b", html)  # {{ 7*7 }} never evaluated
    page = Page(html)
    for tag, attrs in page.tags:
        assert tag not in FORBIDDEN_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    for href in page.hrefs:
        assert href.startswith(("#", "https://")), href
        assert "javascript:" not in href.lower()
    text = "".join(page.text)
    for hostile in (SCRIPT, IMG, JINJA, RAW):
        assert hostile in text, hostile
    return page


def hostile_report() -> Report:
    """A report with a hostile string in every text field a renderer shows."""
    cell_with_quote = Cell(
        table="t",
        row=3,
        column="c",
        value=1.0,
        label="l",
        source="s",
        url='https://example.org/" onmouseover="alert(1)',
    )
    return report_carrying(
        EVERYTHING,
        path=Path(f"/tmp/{SCRIPT}{IMG}{JINJA}.txt"),
        url=JS,
        extra_cells=(cell_with_quote,),
        sources=(
            Source(key=SCRIPT, title=f"title {EVERYTHING}", url=JS, note=f"note {EVERYTHING}"),
            Source(key="k", title="t", url=f"https://example.org/{IMG}", note=None),
        ),
        generated_at=f"time {EVERYTHING}",
    )


def test_html_report_shows_hostile_fields_as_inert_text():
    page = assert_inert(render(hostile_report(), "html"))
    assert 'https://example.org/" onmouseover="alert(1)' in page.hrefs
    assert f"https://example.org/{IMG}" in page.hrefs


def test_json_report_is_valid_with_hostile_fields_intact():
    report = hostile_report()
    payload = json.loads(render(report, "json"))
    claim = payload["articles"][0]["claims"][0]
    assert payload["articles"][0]["path"] == str(report.results[0].article.path)
    assert claim["explanation"] == f"explanation {EVERYTHING}"
    assert claim["suggestion"] == f"suggestion {EVERYTHING}"
    assert claim["evidence"][0]["url"] == JS
    assert claim["evidence"][0]["label"] == f"label {EVERYTHING}"
    assert payload["sources"][0]["note"] == f"note {EVERYTHING}"


def test_text_report_prints_hostile_fields_verbatim():
    text = render(hostile_report(), "text")
    assert f"explanation {EVERYTHING}" in text


@pytest.fixture
def hostile_inputs(tmp_path: Path) -> dict[str, Path]:
    """An article whose name, text and data are hostile, and a table whose name, cells,
    headers and metadata are too."""
    folder = tmp_path / "<script>alert(1)<"
    folder.mkdir()
    article = folder / "script>{{ 7*7 }}.txt"  # the path reads <script>alert(1)</script>...
    article.write_text(
        f"{SCRIPT}\n\nNorth Wales Police recorded 373 offences in 2017/18. {EVERYTHING}\n\n"
        f"Gwent Police recorded 300 offences in 2017/18. [click]({JS}) {IMG}\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    data.mkdir()
    table = data / '"><img src=x onerror=alert(1)>.csv'
    table.write_text(
        "force,year,offences,source\n"
        "North Wales Police,2016/17,287,evil\n"
        "North Wales Police,2017/18,373,evil\n"
        "Gwent Police,2016/17,259,evil\n"
        "Gwent Police,2017/18,267,evil\n"
        f'"{SCRIPT}",2017/18,1,evil\n'
        f'"{{{{ 7*7 }}}} {{% raw %}}",2017/18,2,evil\n',
        encoding="utf-8",
    )
    table.with_suffix(".toml").write_text(
        f"title = '{SCRIPT}'\n"
        "[columns.force]\nrole = 'entity'\n"
        f"[columns.offences]\nrole = 'measure'\nsynonyms = ['{JINJA}', '{RAW}']\n"
        "[sources.evil]\n"
        f"title = '{JINJA} {SCRIPT}'\n"
        f"url = '{JS}'\n"
        f"note = '''{RAW} {IMG}'''\n",
        encoding="utf-8",
    )
    return {"article": article, "data": data}


def run_hostile(inputs: dict[str, Path], tmp_path: Path, *options: str):
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        [
            str(inputs["article"]),
            "--data",
            str(inputs["data"]),
            "--report",
            str(report),
            "--no-timestamp",
            *options,
        ],
    )
    assert result.exit_code == 1, result.output  # Gwent's 300 is contradicted
    return result, report.read_text(encoding="utf-8")


def test_hostile_article_and_data_end_to_end_give_inert_html(hostile_inputs, tmp_path):
    _, html = run_hostile(hostile_inputs, tmp_path)
    page = assert_inert(html)
    text = "".join(page.text)
    assert str(hostile_inputs["article"]) in text  # the file name, as text
    assert '"><img src=x onerror=alert(1)>' in text  # the table name
    assert f"{JINJA} {SCRIPT}" in text  # the source's title
    assert not any(JS in href for href in page.hrefs)  # its javascript: url is not linked


def test_hostile_article_and_data_end_to_end_give_valid_json(hostile_inputs, tmp_path):
    result, _ = run_hostile(hostile_inputs, tmp_path, "--format", "json")
    payload = json.loads(result.stdout)
    article = payload["articles"][0]
    assert article["path"] == str(hostile_inputs["article"])
    text = hostile_inputs["article"].read_text(encoding="utf-8")
    for claim in article["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    evidence = [cell for claim in article["claims"] for cell in claim["evidence"]]
    assert evidence
    assert {cell["table"] for cell in evidence} == {'"><img src=x onerror=alert(1)>'}
    assert {cell["source"] for cell in evidence} == {f"{JINJA} {SCRIPT}"}
    assert {cell["url"] for cell in evidence} == {JS}  # intact in JSON, never a link in HTML


@pytest.mark.parametrize(
    ("name", "markup"),
    [
        (
            "article.html",
            f"<p>North Wales Police recorded 373 offences in 2017/18.</p>{SCRIPT}"
            f'<p><a href="{JS}">click</a> <img src=x onerror=alert(1)> &lt;b&gt;{JINJA}</p>',
        ),
        (
            "article.md",
            f"North Wales Police recorded 373 offences in 2017/18.\n\n[click]({JS}) "
            f"![x]({JS}) {SCRIPT} {JINJA} {RAW}\n",
        ),
    ],
)
def test_hostile_markup_in_html_and_markdown_articles_is_inert(tmp_path, name, markup):
    article = tmp_path / name
    article.write_text(markup, encoding="utf-8")
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        [str(article), "--no-data", "--report", str(report), "--format", "json", "--no-timestamp"],
    )
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)
    html = without_own_script(report.read_text(encoding="utf-8"))
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert not re.search(r"\b49\b", html)
    page = Page(html)
    # The 7s are claims, highlighted inside the braces; as text, the braces are all there.
    text = "".join(page.text)
    assert "{{" in text and "}}" in text and "*" in text  # the braces stay, as text
    assert all(not h.lower().startswith("javascript:") for h in page.hrefs)


# -- Figures written in ways that split them: thousands grouped by spaces ------------

SPACES = {"space": " ", "no-break": "\u00a0", "thin": "\u2009", "narrow no-break": "\u202f"}


def quantities_in(nlp, text: str) -> list[tuple[str, float]]:
    """The figures the pipeline reads in a text, as written and as valued."""
    doc = nlp(text)
    return [(span.text, span._.quantity.value) for span in doc.spans["claimcheck_quantities"]]


@pytest.fixture(scope="module")
def verdict_of(tmp_path_factory):
    """The verdict on one claim of a one-sentence article, checked against data/."""

    def run(sentence: str, claim: str) -> str:
        article = tmp_path_factory.mktemp("a") / "article.txt"
        article.write_text(sentence + "\n", encoding="utf-8")
        report = check([article], data=ROOT / "data", timestamp=False)
        found = {v.claim.text: v for v in report.results[0].verdicts}
        assert claim in found, sorted(found)
        return found[claim].verdict

    return run


@pytest.mark.parametrize("space", SPACES.values(), ids=SPACES.keys())
def test_thousands_grouped_by_any_space_are_one_correct_figure(verdict_of, space):
    # data/: the four Welsh forces recorded 1,458 offences in 2017/18, 1,437 in 2016/17.
    sentence = (
        f"Across Wales, the four forces recorded 1{space}458 offences in 2017/18, "
        f"compared with 1{space}437 a year earlier."
    )
    assert verdict_of(sentence, f"1{space}458") == "supported"
    assert verdict_of(sentence, f"1{space}437") == "supported"


@pytest.mark.parametrize("space", SPACES.values(), ids=SPACES.keys())
@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("12 345", 12_345),
        ("12 345 678", 12_345_678),
        ("1 000", 1_000),
        ("123 456.7", 123_456.7),
        ("£12 345m", 12_345_000_000),
    ],
)
def test_a_number_grouped_by_spaces_is_read_as_one(nlp, space, written, value):
    written = written.replace(" ", space)
    assert quantities_in(nlp, f"Police recorded {written} offences.") == [(written, value)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a four-digit lead is a year, not a group of thousands
        ("In 2017 345 offences were recorded.", [345]),
        # a year before a grouped number does not make a list of it
        ("In 2016 12 345 offences were recorded.", [12_345]),
        # figures after a reference word are references, each its own
        ("See page 12 345 of the report.", [12, 345]),
        ("As tables 3 100 show, it fell.", [3, 100]),
        # a number just before the run makes it a list
        ("The scores were 1 2 345 in all.", [1, 2, 345]),
        # groups that are not all three digits, or separators that differ
        ("They counted 12 34 cars.", [12, 34]),
        ("They counted 12 3456 cars.", [12, 3456]),
        ("They counted 12 345,678 cars.", [12, 345_678]),
        ("They counted 12 345\u00a0678 cars.", [12, 345, 678]),
    ],
)
def test_near_misses_of_a_grouped_number_stay_separate_figures(nlp, text, figures):
    assert [value for _, value in quantities_in(nlp, text)] == figures


# -- Markup built to take quadratic time: articles are read in linear time ------------

# Each shape is a fragment that, repeated, once made reading the article grow with the
# square of its length: openers that never close, each rescanning the rest of the file.
SLOW_SHAPES = [
    ("md", " *a"),  # italics that never close
    ("md", "["),  # links that never close
    ("md", "!["),  # images that never close
    ("md", "[a]("),  # link targets that never close
    ("md", "<!--"),  # comments that never close
    ("md", "**a "),  # bold
    ("md", "`"),  # inline code
    ("md", "<!-- claimcheck: ignore -->\n"),  # suppression markers, each on its line
    ("md", "x <!-- claimcheck: ignore --> "),  # suppression markers on one long line
    ("html", "<a b='"),  # attribute values that never close
    ("html", '<a b="'),
    ("html", "<a "),  # tags that never close
    ("html", "<"),  # a "<" that opens nothing
    ("html", "<!--"),
    ("html", "<!"),
    ("html", "</"),
    ("html", "<script>"),
    ("html", "&amp;"),
]


def reading_time(path: Path) -> float:
    """The least CPU time of three reads of an article (least: the others waited)."""
    times = []
    for _ in range(3):
        start = time.process_time()
        load_article(path)
        times.append(time.process_time() - start)
    return max(min(times), 1e-3)


@pytest.mark.parametrize(("kind", "shape"), SLOW_SHAPES)
def test_reading_markup_grows_linearly_with_its_length(tmp_path, kind, shape):
    size = 25_000  # characters of the smaller input; the larger has four times as many
    times = []
    for scale in (1, 4):
        path = tmp_path / f"a{scale}.{kind}"
        path.write_text("Police recorded 5 offences. " + shape * (scale * size // len(shape)))
        times.append(reading_time(path))
    # Linear time makes the ratio about 4; quadratic, about 16.
    assert times[1] / times[0] < 8, times


# -- Dates and times: their digits are no figures ------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "2018-02-28",
        "2018-02-28T10:00",
        "2018-02-28T10:00:00Z",
        "2018-02-28 10:45",
        "28/02/2018",
        "02/28/18",
        "28.02.2018",
        "28-02-2018",
        "2018/02/28",
        "28 February 2018",
        "28th of Feb. 2018",
        "February 28, 2018",
        "Feb 28, 2018",
        "10:45",
    ],
)
def test_a_date_or_time_yields_no_figure(nlp, date):
    assert quantities_in(nlp, f"On {date} Gwent Police recorded 345 offences.") == [("345", 345)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a day after its month, followed by a noun: a count
        ("In February 28 people died.", [28]),
        ("In May 12 officers were hurt.", [12]),
        # a month is written with a capital: "may" here is a verb
        ("Some 12 may be hurt.", [12]),
        # a financial year, and numbers that are no day and month (read as before)
        ("It recorded 267 offences in 2017/18.", [267]),
        ("Scores of 40/50/60 were given.", [40]),
    ],
)
def test_near_misses_of_a_date_keep_their_figures(nlp, text, figures):
    assert [value for _, value in quantities_in(nlp, text)] == figures


def test_a_dated_sentence_is_checked_on_its_figure_alone(verdict_of):
    # data/: North Wales Police recorded 373 offences in 2017/18.
    sentence = "On 2018-02-28 North Wales Police said it recorded 373 offences in 2017/18."
    assert verdict_of(sentence, "373") == "supported"


# -- Figures with a minus sign: negative, unless the dash joins two figures ----------

MINUS = {"hyphen-minus": "-", "minus sign": "\u2212"}


@pytest.mark.parametrize("minus", MINUS.values(), ids=MINUS.keys())
@pytest.mark.parametrize(
    ("written", "value", "unit", "currency"),
    [
        ("{}£3.2m", -3_200_000, "number", "GBP"),
        ("£{}3.2m", -3_200_000, "number", "GBP"),
        ("{}2%", -2, "percent", None),
        ("{}4.5", -4.5, "number", None),
        ("{}1,234", -1_234, "number", None),
    ],
)
def test_a_negative_figure_keeps_its_sign(minus, written, value, unit, currency):
    quantity = parse_quantity(written.format(minus))
    assert (quantity.value, quantity.unit, quantity.currency) == (value, unit, currency)
    assert value in quantity.interval and -value not in quantity.interval


def test_a_hedge_on_a_negative_figure_applies_to_its_size():
    almost = parse_quantity("almost \u22122%").interval
    assert -1.9 in almost and -2.1 not in almost and -2 not in almost


def test_a_sign_goes_with_digits_only():
    assert parse_quantity("\u2212two") is None


@pytest.mark.parametrize("minus", MINUS.values(), ids=MINUS.keys())
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The company reported a loss of {}£3.2m in 2017.", -3_200_000),
        ("The rate fell to {}2% in 2017.", -2),
        ("It was {}4.5°C in Cardiff.", -4.5),
    ],
)
def test_a_negative_figure_in_an_article_is_a_claim(nlp, minus, text, figure):
    assert [value for _, value in quantities_in(nlp, text.format(minus))] == [figure]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a dash between figures is a range or a score, read as before
        ("Offences rose 40-45 in 2017.", [40, 45]),
        ("The Wizards won 113-107.", [113, 107]),
        ("Offences rose 40 -45 in 2017.", [40]),
        ("The Wizards won 113 \u2212107.", [113]),
        # a dash between words and digits is part of a name
        ("COVID-19 cases rose to 373.", [373]),
    ],
)
def test_a_dash_between_figures_is_no_minus_sign(nlp, text, figures):
    assert [value for _, value in quantities_in(nlp, text)] == figures


@pytest.mark.parametrize("minus", MINUS.values(), ids=MINUS.keys())
def test_a_change_said_in_words_and_with_a_sign_is_checked_on_its_size(verdict_of, minus):
    # data/: Dyfed-Powys Police, 363 offences in 2016/17 and 275 in 2017/18: a fall of 24%.
    sentence = (
        f"In 2017/18, Dyfed-Powys Police logged 275 offences, a fall of {minus}24% on the "
        "previous year."
    )
    assert verdict_of(sentence, f"fall of {minus}24%") == "supported"


# -- Powers: one number, or none when no float holds it ------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Gwent Police recorded 10^6 offences.", [1_000_000]),
        ("Gwent Police recorded 2^10 offences.", [1_024]),
        # past what a float holds: no figure, as for 400 written digits
        ("Gwent Police recorded 10^309 offences.", []),
        ("Gwent Police recorded 10^99999999 offences.", []),
        ("Gwent Police recorded 1e309 offences.", []),
    ],
)
def test_a_power_is_one_figure_or_none(nlp, text, figures):
    assert [value for _, value in quantities_in(nlp, text)] == figures


@pytest.mark.parametrize("shape", ["[", "%", "#", '"', "\u2019", "x["])
def test_tokenizing_a_run_of_punctuation_grows_linearly_with_its_length(nlp, shape):
    # spaCy strips prefixes one at a time, copying the rest: 10 s for 8,000 "[".
    times = []
    for scale in (1, 4):
        text = "Police recorded 5 offences. " + shape * (scale * 4_000 // len(shape)) + " Up 5%."
        runs = []
        for _ in range(3):
            start = time.process_time()
            doc = nlp.make_doc(text)
            runs.append(time.process_time() - start)
        assert doc.text == text
        times.append(max(min(runs), 1e-3))
    assert times[1] / times[0] < 8, times


def test_a_negative_number_grouped_by_spaces_is_one_figure(nlp):
    assert quantities_in(nlp, "The firm lost \u221212 345 pounds.") == [("\u221212 345", -12_345)]
