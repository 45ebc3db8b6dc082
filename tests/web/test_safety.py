"""Body limits (413), parameter validation (422), escaping, and no writes without --allow-ingest."""

from __future__ import annotations

import re

import pytest

from eventwire.errors import EventwireError
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
    ("/api/events?offset=99999999999999999999", "offset"),
    ("/api/events?offset=10000001", "offset"),
    ("/api/events?offset=1e3", "offset"),
    ("/api/events?limit=99999999999999999999", "limit"),
    ("/api/events?source=ZZZ", "source"),
    ("/api/events?target=qqq", "target"),
    ("/api/events?cameo=99", "cameo"),
    ("/api/events?cameo=2101", "cameo"),
    ("/api/events?since=0000", "since"),
    ("/api/events?until=2023-04-31", "until"),
    ("/api/events?doc_id=" + "d" * 201, "doc_id"),
    ("/api/articles/" + "a" * 201, "doc_id"),
    ("/api/dyad?source=PER&target=XYZ", "target"),
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


def test_range_errors_say_the_range(api):
    offset = api.get("/api/events", params={"offset": "99999999999999999999"}).json()["error"]["message"]
    assert offset == "invalid parameter 'offset': must be at most 10,000,000 (got '99999999999999999999')"
    assert api.get("/api/events", params={"limit": "0"}).json()["error"]["message"] == "invalid parameter 'limit': must be at least 1 (got '0')"
    assert api.get("/api/events", params={"limit": "ten"}).json()["error"]["message"] == "invalid parameter 'limit': must be a whole number (got 'ten')"


def test_the_deepest_page_is_answered(api):
    response = api.get("/api/events", params={"offset": 10_000_000})
    assert response.status_code == 200
    assert response.json()["events"] == [] and response.json()["total"] > 0


def test_unknown_codes_are_refused_and_known_ones_pass(api):
    message = api.get("/api/events", params={"source": "zzz"}).json()["error"]["message"]
    assert message == "invalid parameter 'source': unknown country code 'ZZZ' (ISO 3166-1 alpha-3, such as USA)"
    cameo = api.get("/api/events", params={"cameo": "99"}).json()["error"]["message"]
    assert cameo == "invalid parameter 'cameo': unknown CAMEO code '99': codes start with a root from 01 to 20"
    # a real country with no events, and a code the dictionaries may add under a known root, are not errors
    for params in ({"source": "ISL"}, {"cameo": "1799"}, {"source": "CHLGOV"}):
        response = api.get("/api/events", params=params)
        assert response.status_code == 200, params


@pytest.mark.parametrize(("path", "status"), [
    ("/static/../../etc/passwd", 404),
    ("/static/%2e%2e/%2e%2e/etc/passwd", 404),
    ("/static/..%2f..%2fapp.py", 404),
    ("/static/vendor/..%2f..%2f..%2fpyproject.toml", 404),
    ("/api/articles/..%2f..%2fetc%2fpasswd", 404),
    ("/api/articles/%2e%2e", 404),
    ("/articles/..%2F..%2Fetc%2Fpasswd", 404),
    ("/api/articles/%00", 404),
])  # fmt: skip
def test_traversal_and_odd_ids_are_refused_without_reading_files(api, path, status):
    response = api.get(path)
    assert response.status_code == status
    assert "root:" not in response.text and "[project]" not in response.text
    assert "E504" in response.text or "E505" in response.text


@pytest.mark.parametrize("path", ["/dyad?source=PER&target=XYZ", "/events?offset=99999999999999999999", "/articles/" + "a" * 201])
def test_bad_page_parameters_are_422_pages(api, path):
    response = api.get(path)
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "[E502] invalid parameter" in response.text


def test_a_crash_is_a_coded_500_not_a_bare_one(fixture_store, settings, start_server, client_for):
    def broken_pipeline(_settings):
        raise RuntimeError("the model is missing a file")

    client = client_for(start_server(create_app(fixture_store, settings, pipeline_factory=broken_pipeline)))
    response = client.post("/api/code", json={"text": "Peru thanked Chile."})
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "E509", "message": "internal server error; the server log has the details"}}
    assert "model is missing" not in response.text


def test_country_errors_say_what_a_valid_value_looks_like(api):
    message = api.get("/api/events", params={"source": "CHINA"}).json()["error"]["message"]
    assert message == "invalid parameter 'source': must be a three-letter country code such as USA, or an actor code such as USAGOV (got 'CHINA')"
    dyad = api.get("/api/dyad", params={"source": "CHNGOV", "target": "PRK"}).json()["error"]["message"]
    assert dyad == "invalid parameter 'source': must be a three-letter country code such as USA (got 'CHNGOV')"


@pytest.mark.parametrize(("body", "code", "field"), [
    ({}, "E502", "text"),
    ({"text": ""}, "E502", "text"),
    ({"text": "Peru met Chile.", "date": "last Tuesday"}, "E502", "date"),
    ({"text": "Peru met Chile.", "date": "2023-02-30"}, "E502", "date"),
    ({"text": "Peru met Chile.", "date": "2023-03-14T25:00"}, "E502", "date"),
    ({"text": "Peru met Chile.", "title": "t" * 2001}, "E502", "title"),
    ({"text": 5}, "E502", "text"),
    ({"text": "Peru met Chile.", "store": "maybe"}, "E502", "store"),
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


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_text('/etc/hostname')",
    "COPY (SELECT 1 AS x) TO '{out}'",
    "SET enable_external_access = true",
    "CREATE TABLE planted (x INTEGER)",
    "INSERT INTO store_meta VALUES ('planted', 'x')",
])  # fmt: skip
def test_a_read_only_server_reads_the_store_and_nothing_else(web_server, tmp_path, sql):
    """The app's own connection is the sealed one of 'eventwire query': any SQL it ever runs can only read the store."""
    store = web_server.server.config.app.state.web.store.get()
    out = tmp_path / "out.csv"
    with pytest.raises(EventwireError) as refused:
        store.query(sql.format(out=out))
    assert refused.value.code == "E412"
    assert not out.exists()
    assert store.query("SELECT count(*) FROM events")[1] is not None  # still reads
