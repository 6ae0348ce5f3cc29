"""The HTML report in a real browser: Debian's Chromium, driven by Playwright.

Skips when Chromium or Playwright is missing (.ci/run installs both). Never runs
`playwright install`: the browser is the system's, at /usr/bin/chromium.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claimcheck import check
from claimcheck.report import render
from tests.conftest import FIXTURES, ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DATA = ROOT / "data"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not CHROMIUM.exists():
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Page:
    """A page that records every request that would leave the machine, and every error."""

    def __init__(self, browser, width: int = 1000, javascript: bool = True) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 800}, java_script_enabled=javascript
        )
        self.page = self.context.new_page()
        self.network: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.network.append(url)
            route.abort()

    def open(self, path: Path):
        self.page.goto(path.as_uri())
        return self.page

    def close(self) -> None:
        assert self.network == [], f"the report reached for the network: {self.network}"
        self.context.close()


def _write(report, path: Path) -> Path:
    path.write_text(render(report, "html"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def draft_html(tmp_path_factory):
    report = check([FIXTURES / "articles" / "draft_with_errors.txt"], data=DATA, timestamp=False)
    return _write(report, tmp_path_factory.mktemp("draft") / "draft.html")


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory):
    report = check([ROOT / "articles" / "nspcc.txt"], data=DATA, timestamp=False)
    return _write(report, tmp_path_factory.mktemp("seed") / "nspcc.html")


def test_claims_are_highlighted_with_a_text_label(browser, seed_html):
    view = Page(browser)
    page = view.open(seed_html)
    claims = page.locator("a.claim")
    assert claims.count() == 19
    assert page.locator("a.claim.supported").count() == 14
    first = claims.first
    assert first.is_visible()
    assert first.locator(".label").inner_text().strip().lower() == "✓ supported"
    assert view.errors == []  # among them: no Content-Security-Policy refusal of the script
    view.close()


def test_clicking_a_claim_reveals_its_evidence(browser, draft_html):
    view = Page(browser)
    page = view.open(draft_html)
    claim = page.locator("a.claim", has_text="up 24%")
    panel = page.locator(f"#ev-{claim.get_attribute('id')}")
    assert not panel.is_visible()
    claim.click()
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Recomputed\n29.97%" in text or "Recomputed\t29.97%" in text or "29.97%" in text
    assert "(373 - 287) / 287 = 29.97%" in text
    assert "iioc-wales-by-force, row 4, offences" in text
    assert "up 30%" in panel.locator("ins").inner_text()
    assert claim.get_attribute("aria-expanded") == "true"
    claim.click()
    assert not panel.is_visible()
    view.close()


def test_without_javascript_a_claim_still_links_to_its_evidence(browser, draft_html):
    view = Page(browser, javascript=False)
    page = view.open(draft_html)
    claim = page.locator("a.claim", has_text="up 24%")
    claim.click()
    assert page.locator(f"#ev-{claim.get_attribute('id')}").is_visible()
    assert page.locator("button.sort").first.is_hidden()  # no dead buttons without a script
    view.close()


def test_the_claims_table_sorts_by_verdict(browser, draft_html):
    view = Page(browser)
    page = view.open(draft_html)
    rows = page.locator("table.claims tbody tr")

    def verdicts():
        return [rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())]

    assert verdicts()[0] == "? unverifiable"  # text order: "thousands" comes first
    page.locator("th[data-key=severity] button.sort").click()
    order = verdicts()
    assert order[:7] == ["✗ contradicted"] * 7
    assert order[7] == "? unverifiable"
    assert order[-1] == "✓ supported"
    page.locator("th[data-key=severity] button.sort").click()
    assert verdicts()[0] == "✓ supported"
    assert page.locator("th[data-key=severity]").get_attribute("aria-sort") == "descending"
    page.locator("th[data-key=line] button.sort").click()
    lines = [int(rows.nth(i).locator("td").first.inner_text()) for i in range(rows.count())]
    assert lines == sorted(lines)
    view.close()


@pytest.mark.parametrize("report", ["seed_html", "draft_html"])
def test_no_horizontal_overflow_at_phone_width(browser, request, report):
    view = Page(browser, width=375)
    page = view.open(request.getfixturevalue(report))
    for claim in page.locator("a.claim.contradicted").all()[:3]:
        claim.click()  # open panels, with their tables, must fit too
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page is {width}px wide at a 375px viewport"
    view.close()


HOSTILE = (
    "Police recorded 276 offences in 2017/18 <script>window.__pwned=1</script> in Gwent.\n\n"
    'Gwent Police saw 259 offences in 2016/17 "><img src=x onerror="window.__pwned=1"> '
    "according to javascript:window.__pwned=1 and {{ 7*7 }} other sources.\n\n"
    'North Wales Police: <a href="javascript:window.__pwned=1">373 in 2017/18</a>.\n'
)


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    data = folder / "data"
    shutil.copytree(DATA, data)
    catalog = data / "catalog.toml"
    text = catalog.read_text(encoding="utf-8")
    text = re.sub(r'url = "https://[^"]*"', 'url = "javascript:window.__pwned=1"', text)
    text = text.replace('title = "', 'title = "<img src=x onerror=window.__pwned=1> {{ 7*7 }} ')
    catalog.write_text(text, encoding="utf-8")
    txt = folder / '"><img src=x onerror="window.__pwned=1">.txt'
    txt.write_text(HOSTILE, encoding="utf-8")
    md = folder / "hostile.md"
    md.write_text(
        "# {{ 7*7 }}\n\nGwent recorded [276 offences](javascript:window.__pwned=1) in 2017/18.\n",
        encoding="utf-8",
    )
    report = check([txt, md], data=data, timestamp=False)
    return _write(report, folder / "hostile.html")


def test_hostile_text_runs_no_script_and_shows_inertly(browser, hostile_html):
    view = Page(browser)
    page = view.open(hostile_html)
    for claim in page.locator("a.claim").all():
        claim.click()
    for link in page.locator("a:not(.claim)").all():
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:"), href
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # The text as a reader sees it, without the verdict labels inside highlighted claims
    # (the 7s of "{{ 7*7 }}" are claims themselves).
    body = page.evaluate(
        "(() => { const copy = document.body.cloneNode(true);"
        " copy.querySelectorAll('.label').forEach((label) => label.remove());"
        " return copy.textContent; })()"
    )
    assert "<script>window.__pwned=1</script>" in body
    assert '"><img src=x onerror="window.__pwned=1">' in body
    assert "{{ 7*7 }}" in body
    assert "<img src=x onerror=window.__pwned=1> {{ 7*7 }} NSPCC Cymru" in body
    assert page.locator("img").count() == 0
    assert page.locator("main script, header script").count() == 0
    view.close()


def test_print_shows_the_evidence_that_needs_attention_and_no_buttons(browser, draft_html):
    view = Page(browser)
    page = view.open(draft_html)
    page.emulate_media(media="print")
    contradicted = page.locator("a.claim.contradicted").first
    assert page.locator(f"#ev-{contradicted.get_attribute('id')}").is_visible()
    supported = page.locator("a.claim.supported").first
    assert not page.locator(f"#ev-{supported.get_attribute('id')}").is_visible()
    assert page.pdf(format="A4")[:4] == b"%PDF"
    view.close()


def test_the_index_of_several_articles_links_each_page_and_fits_a_phone(browser, tmp_path):
    from claimcheck.report.html import site

    report = check(
        [ROOT / "articles" / "nspcc.txt", FIXTURES / "articles" / "draft_with_errors.txt"],
        data=DATA,
        timestamp=False,
    )
    for name, html in site(report).items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    view = Page(browser, width=375)
    page = view.open(tmp_path / "index.html")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.locator("a", has_text="draft_with_errors.txt").click()
    assert page.url.endswith("/draft_with_errors.html")
    assert page.locator("a.claim.contradicted").count() == 7
    page.locator("a", has_text="All articles").click()
    assert page.url.endswith("/index.html")
    view.close()
