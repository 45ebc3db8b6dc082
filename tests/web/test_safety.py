"""Body limits (413), parameter validation (422), escaping, and no writes without --allow-ingest."""

from __future__ import annotations

import re

import pytest

from eventwire.web import create_app

LIMIT = 10_000_000  # setting web.max_body_bytes, default


def test_a_declared_body_over_the_limit_is_refused_with_413(api):
    body = b'{"text": "' + b"x" * LIMIT + b'"}'
    response = api.post("/api/code", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E501"


def test_a_streamed_body_over_the_limit_is_refused_with_413(api):
    def chunks():  # no Content-Length: sent chunked, counted as it arrives
        yield b'{"text": "'
        for _ in range(11):
            yield b"y" * 1_000_000
        yield b'"}'

    response = api.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E501"


def test_the_limit_is_a_setting_and_bodies_under_it_pass(settings, pipeline, fixture_store, start_server, client_for):
    small = settings.with_overrides({"web.max_body_bytes": 400})
    client = client_for(start_server(create_app(fixture_store, small, pipeline_factory=lambda _s: pipeline)))
    ok = client.post("/api/code", json={"text": "Peru thanked Chile for its help on Monday."})
    assert ok.status_code == 200
    assert client.post("/api/code", json={"text": "word " * 100}).status_code == 413
    streamed = client.post("/api/code", content=iter([b'{"text": "', b"z" * 500, b'"}']), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


@pytest.mark.parametrize(("path", "field"), [
    ("/api/events?source=CHINA", "source"),
    ("/api/events?target=1AB", "target"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=5000", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?limit=ten", "limit"),
    ("/api/events?since=2023-13-01", "since"),
    ("/api/events?since=2023-02-30", "since"),
    ("/api/events?since=yesterday", "since"),
    ("/api/events?since=2023-05-01&until=2023-04-01", "until"),
    ("/api/events?plover=FRIENDSHIP", "plover"),
    ("/api/events?cameo=5", "cameo"),
    ("/api/events?modality=maybe", "modality"),
    ("/api/dyad?source=PER", "target"),
    ("/api/dyad?source=PER&target=CHL&interval=decade", "interval"),
])  # fmt: skip
def test_bad_parameters_get_a_422_naming_the_parameter(api, path, field):
    response = api.get(path)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E502" and error["field"] == field
    assert error["message"].startswith(f"invalid parameter '{field}': ")


def test_country_errors_say_what_a_valid_value_looks_like(api):
    message = api.get("/api/events", params={"source": "CHINA"}).json()["error"]["message"]
    assert message == "invalid parameter 'source': must be a three-letter country code such as USA, or an actor code such as USAGOV (got 'CHINA')"
    dyad = api.get("/api/dyad", params={"source": "CHNGOV", "target": "PRK"}).json()["error"]["message"]
    assert dyad == "invalid parameter 'source': must be a three-letter country code such as USA (got 'CHNGOV')"


@pytest.mark.parametrize(("body", "code", "field"), [
    ({}, "E502", "text"),
    ({"text": ""}, "E502", "text"),
    ({"text": "Peru met Chile.", "date": "last Tuesday"}, "E502", "date"),
    ({"text": "Peru met Chile.", "colour": "red"}, "E502", "colour"),
    ({"text": "   \n  "}, "E111", "text"),
])  # fmt: skip
def test_bad_code_requests_get_a_coded_422(api, body, code, field):
    response = api.post("/api/code", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == code and response.json()["error"]["field"] == field


def test_malformed_json_is_a_coded_422(api):
    response = api.post("/api/code", content=b'{"text": "unfinished', headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "E506"


def test_coding_on_a_read_only_server_writes_nothing(api):
    before = api.get("/api/stats").json()
    response = api.post("/api/code", json={"text": "Chile thanked Peru for its help with the reservoir.", "date": "2023-05-02"})
    assert response.status_code == 200 and response.json()["stored"] is False
    assert api.get("/api/stats").json() == before
    refused = api.post("/api/code", json={"text": "Chile thanked Peru.", "store": True})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "E503"
    assert api.get("/api/stats").json() == before


def test_write_methods_are_refused_on_read_endpoints(api):
    response = api.post("/api/events", json={})
    assert response.status_code == 405 and response.json()["error"]["code"] == "E508"


SCRIPT_ARTICLE = "andes-<script>-005"


def test_article_page_escapes_markup_in_text_title_actor_and_source(api):
    page = api.get(f"/articles/{SCRIPT_ARTICLE}")
    assert page.status_code == 200
    html = page.text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt; Border crossing &lt;b&gt;reopens&lt;/b&gt;" in html
    assert "&lt;b&gt;Ecuador&lt;/b&gt; head of state" in html
    assert "Andes &lt;i&gt;Desk&lt;/i&gt;" in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']
    assert "<img" not in html and "<b>" not in html
    assert 'href="javascript:' not in html


def test_pages_load_nothing_from_other_hosts_and_send_a_strict_policy(api):
    for path in ("/", "/events", "/dyad?source=PER&target=CHL", "/articles/andes-001"):
        response = api.get(path)
        assert response.status_code == 200
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assets = re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"', response.text)
        assert assets and all(a.startswith("/static/") for a in assets)
    for asset in ("/static/app.js", "/static/style.css"):
        assert api.get(asset).status_code == 200


def test_an_unknown_page_is_a_coded_404_page(api):
    response = api.get("/no/such/page")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "[E505]" in response.text


def test_a_bad_page_parameter_is_a_422_page(api):
    response = api.get("/events?limit=abc")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "[E502] invalid parameter &#39;limit&#39;" in response.text
