"""The dashboard in headless Chromium (Debian's chromium, driven by Playwright).

Never downloads a browser: the system Chromium is found on PATH by the
``chromium`` fixture (tests/conftest.py), which skips these tests on a
machine without it and fails them under CI (.ci/run installs it).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# chromium first: without it, skip before the server and the model start
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.usefixtures("chromium")]


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=LAUNCH_ARGS)
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


PHONE = {"width": 390, "height": 844}
# Every page, and the pages with the widest content: tables of events, long sentences, the chart.
PHONE_PAGES = {
    "overview": "/",
    "events": "/events",
    "events-filtered": "/events?source=CHL&target=PER",
    "dyads": "/dyad",
    "dyad": "/dyad?source=PER&target=CHL&interval=week",
    "article": "/articles/andes-001",
    "article-markup": "/articles/" + quote("andes-<script>-005", safe=""),
    "error": "/no/such/page",
}
# Content clipped by a box that scrolls sideways (or by an <svg>) is not checked, the box itself is.
OVERFLOW_JS = """() => {
  const width = window.innerWidth;
  const clipped = (node) => {
    for (let up = node.parentElement; up && up !== document.body; up = up.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(up).overflowX)) return true;
    }
    return false;
  };
  const over = [];
  for (const node of document.querySelectorAll("body *")) {
    if (node.ownerSVGElement || clipped(node)) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      over.push(`${node.tagName.toLowerCase()}${node.id ? "#" + node.id : ""}.${String(node.className.baseVal ?? node.className)} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
  }
  return {width, scrollWidth: document.scrollingElement.scrollWidth, over: over.slice(0, 10)};
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", sorted(PHONE_PAGES))
def test_every_page_fits_a_phone_screen(phone, web_server, tmp_path, name):
    phone.goto(web_server.url + PHONE_PAGES[name])
    phone.wait_for_selector("body[data-ready='1']")
    phone.screenshot(path=str(tmp_path / f"phone-{name}.png"), full_page=True)
    fit = phone.evaluate(OVERFLOW_JS)
    assert fit["width"] == PHONE["width"]
    assert fit["over"] == [] and fit["scrollWidth"] <= fit["width"], fit
    nav = phone.locator("header.top nav").bounding_box()
    header = phone.locator("header.top").bounding_box()
    assert nav["y"] >= header["y"] and nav["y"] + nav["height"] <= header["y"] + header["height"]  # the nav stays inside the header bar


def test_rows_the_filter_script_builds_also_stack_on_a_phone(phone, web_server, tmp_path):
    phone.goto(web_server.url + "/events")
    phone.wait_for_selector("body[data-ready='1']")
    phone.fill("input[name=source]", "PER")
    phone.click("#apply-filters")
    phone.wait_for_selector("body[data-loaded='source=PER']")
    phone.screenshot(path=str(tmp_path / "phone-events-script.png"), full_page=True)
    fit = phone.evaluate(OVERFLOW_JS)
    assert fit["over"] == [] and fit["scrollWidth"] <= fit["width"], fit
    labels = phone.locator("#events-table tbody tr.event-row").first.locator("td").evaluate_all("cells => cells.map(c => c.dataset.label)")
    assert labels == ["Date", "Source", "Target", "Event", "Goldstein", "Modality", "Trigger", "Sentence"]
