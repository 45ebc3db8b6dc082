"""The dashboard's pages as HTML, from the live server over the fixture store."""

from __future__ import annotations

import re
from html import unescape


def _cells(html: str, table_id: str, column: int) -> list[str]:
    table = re.search(rf'<table class="events" id="{table_id}">(.*?)</table>', html, re.S).group(1)
    rows = re.findall(r'<tr class="event-row".*?</tr>', table, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", re.findall(r"<td.*?</td>", row, re.S)[column])).strip() for row in rows]


def test_overview_shows_counts_map_dyads_and_recent_events(api):
    stats = api.get("/api/stats").json()
    html = api.get("/").text
    assert f'data-stat="articles">{stats["articles"]}<' in html and f'data-stat="events">{stats["events"]}<' in html
    assert re.search(r'<path class="land" d="M-?\d', html)  # the world outline
    places = re.findall(r'<circle class="place"', html)
    assert len(places) == 5  # Lima, Arica, Santiago, Addis Ababa, Rumichaca: one circle per place
    assert 'href="/dyad?source=PER&amp;target=CHL"' in html
    assert len(_cells(html, "recent-events", 0)) == min(10, stats["events"])


def test_events_page_filters_like_the_api(api):
    html = api.get("/events", params={"source": "CHL", "target": "", "plover": "", "since": "", "modality": ""}).text
    sources = _cells(html, "events-table", 1)
    assert sources and all(s.startswith("CHL") for s in sources)
    total = api.get("/api/events", params={"source": "CHL"}).json()["total"]
    assert f'data-total="{total}"' in html


def test_events_page_pages_with_links_that_keep_the_filters(api):
    html = api.get("/events", params={"source": "PER", "limit": 2}).text
    assert len(_cells(html, "events-table", 0)) == 2
    assert 'id="next-page" href="/events?source=PER&amp;limit=2&amp;offset=2"' in html


def test_dyad_page_draws_the_series_and_lists_the_events(api):
    html = api.get("/dyad", params={"source": "per", "target": "chl"}).text
    chart = re.search(r'<svg class="chart dyad-chart".*?</svg>', html, re.S).group(0)
    bars = re.findall(r'<rect class="(q[1-4])"', chart)
    assert bars == ["q1", "q3", "q1"]  # Jan consult, Feb rejection, Apr accord; the negated April threat is not drawn
    assert len(re.findall(r'<circle class="goldstein"', chart)) == 3 and "2023-03" in chart
    assert len(re.findall(r'<polyline class="goldstein-line" points="[^"]+"', chart)) == 1  # Jan-Feb; empty March breaks it
    targets = _cells(html, "dyad-events", 2)
    assert targets and all(t.startswith("CHL") for t in targets)


def test_dyad_page_without_a_pair_offers_the_top_pairs(api):
    html = api.get("/dyad").text
    assert 'id="dyad-form"' in html and "PER → CHL" in html


def test_article_page_marks_trigger_source_and_target_of_each_event(api):
    html = api.get("/articles/andes-001").text
    marks = {(m[0], unescape(m[1])) for m in re.findall(r'<mark class="([a-z ]+)" data-events="[^"]+">(.*?)</mark>', html)}
    assert ("source", "Peru's foreign minister") in marks
    assert ("trigger", "met") in marks and ("target", "her Chilean counterpart") in marks
    assert ("trigger", "offered") in marks and ("target", "Peruvian ministry") in marks
    text = unescape(re.sub(r"<[^>]+>", "", re.search(r'id="article-text">(.*?)</div>', html, re.S).group(1)))
    assert "The two governments plan a second round of talks in March." in text  # sentences without events too


def test_article_page_names_the_rules_behind_each_event(api):
    html = api.get("/articles/andes-001").text
    rows = re.findall(r'<tr class="event-row" id="event-[^"]+"[^>]*>(.*?)</tr>', html, re.S)
    rules = [re.findall(r'<span class="code rule">([^<]+)</span>', row) for row in rows]
    assert ["code.pattern", "source.subject", "target.object", "modality.asserted"] in rules
    assert [] in rules  # an event stored without rule names shows none
