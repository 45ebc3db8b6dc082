"""The dashboard in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Never downloads a browser: the system Chromium is required, and its absence
fails the test (CI installs it in .ci/run).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, web_server):
    """A fresh page that records console errors, page errors and every URL it requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.requests = []
    page.on("console", lambda msg: page.problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def test_dashboard_filter_article_and_evidence(page, web_server, api, tmp_path):
    base = web_server.url
    page.goto(base + "/")
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#world-map circle.place").count() == 5
    assert page.locator("#recent-events tr.event-row").count() > 0
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

    # apply a filter on the events page: app.js fetches the API and rebuilds the table
    page.click("header nav a[href='/events']")
    page.fill("input[name=source]", "chl")
    page.fill("input[name=target]", "PER")
    page.click("#apply-filters")
    page.wait_for_selector("body[data-loaded*='source=chl']")
    expected = api.get("/api/events", params={"source": "CHL", "target": "PER"}).json()
    rows = page.locator("#events-table tbody tr.event-row")
    assert rows.count() == expected["total"] > 0
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().startswith("CHL") and cells.nth(2).inner_text().startswith("PER")
    assert page.locator("#events-total").get_attribute("data-total") == str(expected["total"])
    assert page.url.endswith("/events?source=chl&target=PER")
    page.screenshot(path=str(tmp_path / "events-filtered.png"), full_page=True)

    # open the article of the first row; its evidence is highlighted
    first = expected["events"][0]
    page.locator("#events-table a.article-link").first.click()
    page.wait_for_selector("#article-text")
    article = api.get(f"/api/articles/{quote(first['doc_id'], safe='')}").json()
    triggers = page.locator("#article-text mark.trigger").all_inner_texts()
    assert sorted(set(triggers)) == sorted({e["trigger"]["text"] for e in article["events"]})
    sources = set(page.locator("#article-text mark.source").all_inner_texts())
    assert {e["source"]["text"] for e in article["events"]} <= sources
    focused = page.locator("#article-text mark.focus").all_inner_texts()  # the event the row linked to
    assert first["trigger"]["text"] in focused and first["source"]["text"] in focused
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)

    assert page.problems == []
    assert all(url.startswith(base) for url in page.requests)  # nothing from a CDN or any other host


def test_markup_in_an_article_shows_as_text_and_never_runs(page, web_server, tmp_path):
    page.goto(web_server.url + "/articles/" + quote("andes-<script>-005", safe=""))
    page.wait_for_selector("body[data-ready='1']")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert page.locator("#article-text script, #article-text img, #article-title b").count() == 0
    assert page.locator("#article-title").inner_text() == "<script>window.__pwned = 3</script> Border crossing <b>reopens</b>"
    assert page.locator("#article-text mark.trigger").all_inner_texts() == ["praised"]
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(tmp_path / "script-article.png"), full_page=True)
    assert page.problems == []


def test_a_bad_filter_shows_the_coded_error_from_the_api(page, web_server):
    page.goto(web_server.url + "/events")
    page.wait_for_selector("body[data-ready='1']")
    page.fill("input[name=cameo]", "5")
    page.click("#apply-filters")
    page.wait_for_selector("#filter-error")
    assert page.locator("#filter-error").inner_text().startswith("[E502] invalid parameter 'cameo'")


def test_dyad_page_chart_renders(page, web_server, tmp_path):
    page.goto(web_server.url + "/dyad?source=PER&target=CHL")
    chart = page.locator("svg.dyad-chart")
    box = chart.bounding_box()
    assert box and box["width"] > 600 and box["height"] > 200
    assert chart.locator("rect").count() == 3
    chart.screenshot(path=str(tmp_path / "dyad-chart.png"))
    assert (tmp_path / "dyad-chart.png").stat().st_size > 5000
    assert shutil.which("chromium") or CHROMIUM.exists()
