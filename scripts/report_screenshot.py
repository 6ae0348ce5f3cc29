"""Regenerate docs/report.png: the seed article's report in Debian's Chromium.

python scripts/report_screenshot.py   # needs the test extra and /usr/bin/chromium
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from claimcheck import check
from claimcheck.report import render

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main() -> None:
    os.chdir(ROOT)  # relative paths, as a user would type them
    report = check(["articles/nspcc.txt"], data="data", timestamp=False)
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "nspcc.html"
        page_file.write_text(render(report, "html"), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 960, "height": 1500})
            page.goto(page_file.as_uri())
            page.locator("a.claim", has_text="up 30%").click()  # show one claim's evidence
            page.screenshot(path=ROOT / "docs" / "report.png")
            browser.close()


if __name__ == "__main__":
    main()
