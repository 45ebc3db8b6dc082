"""The HTTP API, over a real uvicorn server and a store of fixture articles."""

from __future__ import annotations

import pytest

from eventwire.web import create_app

ASSERTED = {"source", "target", "cameo", "plover", "modality", "trigger", "sentence", "doc_id", "event_id"}


def _all_events(api, **params):
    data = api.get("/api/events", params={**params, "limit": 1000}).json()
    assert len(data["events"]) == data["total"]
    return data["events"]


def test_events_come_back_as_design_records_with_a_total(api):
    data = api.get("/api/events").json()
    assert data["total"] == len(data["events"]) > 0
    for event in data["events"]:
        assert ASSERTED <= set(event)
        assert event["sentence"][event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_source_and_target_filter_by_country(api):
    events = _all_events(api, source="chl", target="PER")
    assert events and all(e["source"]["country"] == "CHL" and e["target"]["country"] == "PER" for e in events)
    reverse = _all_events(api, source="PER", target="CHL")
    assert reverse and not {e["event_id"] for e in events} & {e["event_id"] for e in reverse}


def test_a_longer_code_filters_by_the_whole_actor_code(api):
    events = _all_events(api, source="CHLMIL")
    assert [e["source"]["code"] for e in events] == ["CHLMIL"]
    assert len(_all_events(api, source="CHL")) > 1


@pytest.mark.parametrize(("params", "check"), [
    ({"plover": "agree"}, lambda e: e["plover"] == "AGREE"),
    ({"cameo": "05"}, lambda e: e["cameo"].startswith("05")),
    ({"modality": "negated"}, lambda e: e["modality"] == "negated"),
    ({"since": "2023-03", "until": "2023-03"}, lambda e: e["date"].startswith("2023-03")),
    ({"since": "2023-04-01"}, lambda e: e["date"] >= "2023-04-01"),
    ({"doc_id": "horn-044"}, lambda e: e["doc_id"] == "horn-044" or e["num_articles"] > 1),
])  # fmt: skip
def test_each_filter_narrows_to_matching_events(api, params, check):
    everything = api.get("/api/events").json()["total"]
    events = _all_events(api, **params)
    assert 0 < len(events) < everything
    assert all(check(e) for e in events)


def test_paging_splits_the_results_without_overlap(api):
    everything = [e["event_id"] for e in _all_events(api)]
    first = api.get("/api/events", params={"limit": 3}).json()
    rest = api.get("/api/events", params={"limit": 1000, "offset": 3}).json()
    assert first["total"] == rest["total"] == len(everything)
    assert [e["event_id"] for e in first["events"] + rest["events"]] == everything


def test_reports_of_one_event_are_counted_once(api, fixture_articles):
    stats = api.get("/api/stats").json()
    mentions = sum(len(r["events"]) for r in fixture_articles)
    assert stats["articles"] == len(fixture_articles) and stats["mentions"] == mentions
    assert stats["events"] < mentions  # two outlets reported the same accusation
    accusations = _all_events(api, source="CHL", target="PER", plover="ACCUSE")
    assert [e["num_articles"] for e in accusations] == [2]


def test_dyad_series_by_month_counts_quad_classes_and_means(api):
    series = api.get("/api/dyad", params={"source": "PER", "target": "CHL", "interval": "month"}).json()
    periods = {p["period"]: p for p in series["periods"]}
    assert list(periods) == ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]  # the empty March is kept
    assert periods["2023-01-01"]["quad_1"] == 1 and periods["2023-01-01"]["mean_goldstein"] == pytest.approx(1.0)
    assert periods["2023-02-01"]["quad_3"] == 1 and periods["2023-02-01"]["mean_goldstein"] == pytest.approx(-4.0)
    assert periods["2023-03-01"]["total"] == 0 and periods["2023-03-01"]["mean_goldstein"] is None
    # the negated troop deployment of April is not an event that happened
    assert periods["2023-04-01"]["quad_4"] == 0 and periods["2023-04-01"]["quad_1"] == 1


def test_article_comes_with_its_events_and_evidence_sentences(api):
    article = api.get("/api/articles/andes-003").json()
    assert article["title"] == "Boats seized, then a quota accord"
    assert len(article["events"]) == 4
    sentences = {s["index"]: s for s in article["sentences"]}
    for event in article["events"]:
        place = sentences[event["sentence_index"]]
        paragraph = article["body"][place["paragraph"]]
        assert paragraph[place["start"] : place["end"]] == event["sentence"]


def test_an_unknown_article_is_a_coded_404(api):
    response = api.get("/api/articles/no-such-article")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E504"


def test_openapi_documents_every_endpoint_and_filter(api):
    spec = api.get("/openapi.json").json()
    assert {"/api/code", "/api/events", "/api/dyad", "/api/articles/{doc_id}"} <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert names >= {"source", "target", "plover", "cameo", "since", "until", "doc_id", "limit", "offset"}
    assert not any(path.startswith(("/events", "/dyad", "/articles")) for path in spec["paths"])  # pages are not API


def test_the_pipeline_loads_once_on_the_first_code_request(settings, pipeline, fixture_store, start_server, client_for):
    loads = []
    app = create_app(fixture_store, settings, pipeline_factory=lambda s: loads.append(s) or pipeline)
    client = client_for(start_server(app))
    assert client.get("/api/events").status_code == 200 and loads == []  # reading needs no model
    for text in ("Peru thanked Chile for its help.", "Chile praised Peru on Tuesday."):
        response = client.post("/api/code", json={"text": text, "date": "2023-06-06"})
        assert response.status_code == 200
        assert set(response.json()) == {"doc_id", "stored", "events"}
        for event in response.json()["events"]:
            assert {"event_id", "source", "target", "cameo", "plover", "modality", "trigger", "sentence"} <= set(event)
    assert len(loads) == 1 and app.state.web.coder.loaded


def test_with_allow_ingest_coded_articles_are_stored_once(tmp_path, settings, pipeline, start_server, client_for):
    app = create_app(tmp_path / "new.duckdb", settings, allow_ingest=True, pipeline_factory=lambda s: pipeline)
    client = client_for(start_server(app))
    text = "Peru's president met the Chilean foreign minister in Lima on Monday.\nChile thanked Peru for the talks."
    coded = client.post("/api/code", json={"text": text, "date": "2023-06-05", "title": "Talks <em>in</em> Lima"}).json()
    assert coded["stored"] is True
    article = client.get(f"/api/articles/{coded['doc_id']}").json()
    assert article["title"] == "Talks <em>in</em> Lima" and len(article["body"]) == 2
    assert [e["event_id"] for e in article["events"]] == [e["event_id"] for e in coded["events"]]
    again = client.post("/api/code", json={"text": text, "date": "2023-06-05"}).json()
    assert again["doc_id"] == coded["doc_id"] and again["stored"] is True  # already there
    not_kept = client.post("/api/code", json={"text": "Chile met Peru again on Friday.", "store": False}).json()
    assert not_kept["stored"] is False
    assert client.get("/api/stats").json()["articles"] == 1  # idempotent, and store=false writes nothing
