"""How fast the dashboard and API answer over a large store.

Builds a synthetic store (``--events`` events in articles of 5 events each,
random dyads, codes, dates and places; reused if it exists), serves it with
``eventwire serve`` and prints the median and worst response time of
each page and API call over ``--repeat`` requests.

    python benchmarks/web.py --events 200000 --store /tmp/web-bench.duckdb
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from eventwire.config import load_settings
from eventwire.store import EventStore
from eventwire.types import ActorRef, Document, DocumentResult, Event, Location, Trigger

COUNTRIES = ("USA", "CHN", "RUS", "UKR", "IND", "PAK", "ISR", "PSE", "IRN", "TUR", "KOR", "PRK", "JPN", "DEU", "FRA",
             "GBR", "BRA", "MEX", "NGA", "ETH", "KEN", "EGY", "SAU", "SYR", "IRQ", "AFG", "PHL", "VNM", "IDN", "ZAF")  # fmt: skip
CODES = (("040", 1.0, 1, "CONSULT"), ("051", 3.4, 1, "SUPPORT"), ("057", 8.0, 1, "AGREE"), ("073", 7.4, 2, "AID"),
         ("112", -2.0, 3, "ACCUSE"), ("120", -4.0, 3, "REJECT"), ("138", -7.0, 3, "THREATEN"), ("163", -8.0, 4, "SANCTION"),
         ("173", -5.0, 4, "COERCE"), ("190", -10.0, 4, "ASSAULT"))  # fmt: skip
PLACES = (("Geneva", "CHE", 46.2, 6.15), ("Kyiv", "UKR", 50.45, 30.52), ("Beijing", "CHN", 39.9, 116.4), ("Lagos", "NGA", 6.45, 3.4),
          ("Delhi", "IND", 28.6, 77.2), ("Gaza", "PSE", 31.5, 34.47), ("Manila", "PHL", 14.6, 120.98), ("Lima", "PER", -12.05, -77.04))  # fmt: skip


def _event(rng: random.Random, doc_id: str, index: int, day: date) -> Event:
    source, target = rng.sample(COUNTRIES, 2)
    cameo, goldstein, quad, plover = rng.choice(CODES)
    sentence = f"{source} officials met {target} envoys over issue {index}."
    place = rng.choice(PLACES) if rng.random() < 0.6 else None
    return Event(
        event_id=f"{doc_id}-{index}", doc_id=doc_id, sentence_index=index, sentence=sentence,
        date=day.isoformat(), date_precision="day",
        source=ActorRef(source, None, source, source, None, 0, 3), target=ActorRef(target, None, target, target, None, 18, 21),
        cameo=cameo, cameo_root=cameo[:2], goldstein=goldstein, quad_class=quad, plover=plover, plover_mode=None,
        modality="asserted", past=False, reported_by=None, location=Location(*place) if place else None,
        trigger=Trigger("met", 14, 17), confidence=0.9,
    )  # fmt: skip


def synthetic_results(events: int, seed: int = 7):
    rng = random.Random(seed)
    start = date(2021, 1, 1)
    for number in range(events // 5):
        doc_id = f"bench-{number}"
        day = start + timedelta(days=rng.randrange(3 * 365))
        made = tuple(_event(rng, doc_id, i, day) for i in range(5))
        document = Document(doc_id=doc_id, origin="<bench>", body=tuple(e.sentence for e in made), title=f"Synthetic article {number}", text_hash=doc_id)
        yield DocumentResult(document=document, events=made, sentences=5, sentences_parsed=5)


def build(path: Path, events: int) -> float:
    settings = load_settings()
    began = time.perf_counter()
    with EventStore.open(path) as store:
        store.ingest_results(synthetic_results(events), settings)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/eventwire-web-bench.duckdb"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.store.exists():
        print(f"building a store of {args.events:,} events: {build(args.store, args.events):.1f} s")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(args.store), "--port", str(port)])
    url = f"http://127.0.0.1:{port}"
    paths = ("/", "/events", "/events?source=CHN&plover=ASSAULT", "/dyad?source=USA&target=CHN&interval=week",
             "/api/events?limit=100", "/api/events?source=RUS&target=UKR&since=2022-01-01", "/api/dyad?source=USA&target=CHN",
             "/api/stats", "/articles/bench-1")  # fmt: skip
    try:
        with httpx.Client(base_url=url, timeout=120) as client:
            _wait_until_up(client)
            stats = client.get("/api/stats").json()
            print(f"store: {stats['events']:,} events, {stats['mentions']:,} mentions, {stats['articles']:,} articles")
            for path in paths:
                times = []
                for _ in range(args.repeat):
                    began = time.perf_counter()
                    response = client.get(path)
                    times.append(time.perf_counter() - began)
                    response.raise_for_status()
                print(f"{path:55s} median {statistics.median(times) * 1000:7.1f} ms   worst {max(times) * 1000:7.1f} ms")
    finally:
        server.terminate()
        server.wait()


def _wait_until_up(client: httpx.Client) -> None:
    for _ in range(300):
        try:
            client.get("/openapi.json")
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    main()
