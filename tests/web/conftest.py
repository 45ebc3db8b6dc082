"""A real uvicorn server on a free port, serving apps built by the tests."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from eventwire.clean import clean_article
from eventwire.store import EventStore
from eventwire.types import ActorRef, Article, DocumentResult, Event, Location, Trigger
from eventwire.web import create_app


class LiveServer:
    """uvicorn in a background thread, on a socket bound to a free port."""

    def __init__(self, app) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


@contextmanager
def live_server(app) -> Iterator[LiveServer]:
    server = LiveServer(app).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def start_server():
    """Starts a live server for an app; stops them all (and closes their stores) at the end."""
    servers = []

    def start(app) -> LiveServer:
        servers.append(LiveServer(app).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
        server.server.config.app.state.web.store.close()


@pytest.fixture
def client_for():
    """Builds an httpx client for a live server; closes them all at the end."""
    clients = []

    def make(server: LiveServer) -> httpx.Client:
        client = httpx.Client(base_url=server.url, timeout=60)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


# --- a small store built from articles we wrote, with events coded by hand ---

FIXTURE_ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "articles.jsonl"


def _ref(sentence: str, actor: dict | None) -> ActorRef | None:
    if actor is None:
        return None
    start = sentence.index(actor["text"])
    return ActorRef(actor["text"], actor.get("name"), actor["code"], actor["country"], actor.get("sector"), start, start + len(actor["text"]))


def _event(doc_id: str, index: int, record: dict) -> Event:
    sentence = record["sentence"]
    start = sentence.index(record["trigger"])
    roles = f"{doc_id}|{index}|{record['trigger']}|{record['source']['code']}|{(record['target'] or {}).get('code')}"
    location = Location(**record["location"]) if record["location"] else None
    return Event(
        event_id=hashlib.sha256(roles.encode()).hexdigest()[:16], doc_id=doc_id, sentence_index=index, sentence=sentence,
        date=record["date"], date_precision="day", source=_ref(sentence, record["source"]), target=_ref(sentence, record["target"]),
        cameo=record["cameo"], cameo_root=record["cameo"][:2], goldstein=record["goldstein"], quad_class=record["quad_class"],
        plover=record["plover"], plover_mode=None, modality=record["modality"], past=False, reported_by=None,
        location=location, trigger=Trigger(record["trigger"], start, start + len(record["trigger"])), confidence=0.9,
        rules=tuple(record.get("rules", ())),
    )  # fmt: skip


def fixture_records() -> list[dict]:
    return [json.loads(line) for line in FIXTURE_ARTICLES.read_text("utf-8").splitlines() if line.strip()]


def fixture_results(settings) -> list[DocumentResult]:
    """The fixture articles through the real clean stage, with their hand-coded events.

    The web layer is tested on known events, independent of how well the
    event coder does; ``POST /api/code`` tests use the real pipeline.
    """
    results = []
    for number, record in enumerate(fixture_records(), start=1):
        article = Article(origin=f"{FIXTURE_ARTICLES}:{number}", text=record["text"], doc_id=record["id"], title=record["title"],
                          published=record["published"], source=record["source"], url=record["url"], kind="jsonl")  # fmt: skip
        document = clean_article(article, settings)
        sentences = sorted({e["sentence"] for e in record["events"]}, key=document.text.index)
        events = tuple(_event(document.doc_id, sentences.index(e["sentence"]), e) for e in record["events"])
        results.append(DocumentResult(document=document, events=events, sentences=len(sentences), sentences_parsed=len(sentences)))
    return results


@pytest.fixture(scope="session")
def fixture_articles() -> list[dict]:
    """The fixture articles with their hand-coded events, as written in the JSON Lines file."""
    return fixture_records()


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory, settings) -> Path:
    """A DuckDB store holding the fixture articles and events."""
    path = tmp_path_factory.mktemp("web-store") / "web.duckdb"
    with EventStore.open(path) as store:
        store.ingest_results(fixture_results(settings), settings)
    return path


@pytest.fixture(scope="session")
def web_server(fixture_store, settings, pipeline):
    """The read-only app over the fixture store, served by uvicorn; spaCy shared with the session."""
    app = create_app(fixture_store, settings, pipeline_factory=lambda _settings: pipeline)
    with live_server(app) as server:
        yield server
    app.state.web.store.close()


@pytest.fixture
def api(web_server, client_for) -> httpx.Client:
    return client_for(web_server)
