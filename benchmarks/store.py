"""Store benchmark: build a store of about 1,000,000 events, then time dyad queries and exports.

    python benchmarks/store.py [--mentions 1750000] [--batch 5000] [--db PATH] [--keep]

Documents are generated on the fly (never all in memory), in date order like
a news feed or a backfill, and go through the real ingest path
(``EventStore.ingest_results``: batches, transactions, deduplication), so the
figures include ingest throughput and the process's memory as the store
grows: resident memory now, how much of it is DuckDB's buffer pool (which
caches the growing database file), and the peak. A fifth of the articles
re-report recent stories, and busy dyads see one act reported many times a
day, so 1,750,000 mentions make about 1,000,000 deduplicated events.
Targets (issue 5): a dyad query under 1 s on a store of 1,000,000 events;
memory flat while ingesting.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from eventwire.config import Settings
from eventwire.store import EventStore
from eventwire.types import ActorRef, Document, DocumentResult, Event, Location, Trigger

COUNTRIES = ("USA", "CHN", "RUS", "UKR", "PRK", "KOR", "JPN", "IND", "PAK", "IRN", "ISR", "PSE", "EGY", "TUR", "SYR",
             "IRQ", "SAU", "DEU", "FRA", "GBR", "BRA", "MEX", "NGA", "ETH", "KEN", "ZAF", "PHL", "VNM", "AUS", "CAN")  # fmt: skip
SECTORS = ("GOV", "MIL", "COP", "OPP", "BUS", "MED", "CVL")
# CAMEO code, quad class, Goldstein score, PLOVER category
ACTIONS = (("010", 1, 0.0, "CONSULT"), ("036", 1, 4.0, "CONSULT"), ("042", 1, 1.9, "CONSULT"), ("051", 1, 3.4, "SUPPORT"),
           ("057", 1, 8.0, "AGREE"), ("061", 2, 6.4, "COOPERATE"), ("071", 2, 7.4, "AID"), ("112", 3, -2.0, "ACCUSE"),
           ("128", 3, -4.0, "REJECT"), ("138", 3, -7.0, "THREATEN"), ("141", 4, -6.5, "PROTEST"), ("163", 4, -8.0, "SANCTION"),
           ("173", 4, -5.0, "COERCE"), ("190", 4, -10.0, "ASSAULT"), ("195", 4, -10.0, "ASSAULT"))  # fmt: skip
AGENCIES = tuple(f"Agency {n}" for n in range(20))
START = date(2021, 1, 1)
DAYS = 3 * 365


def _actor(rng: random.Random, country: str) -> ActorRef:
    code = country + rng.choice(SECTORS)
    return ActorRef(text=code, name=None, code=code, country=country, sector=code[3:], start=0, end=6)


def _event(rng: random.Random, doc_id: str, index: int, day: date) -> Event:
    source, target = rng.sample(COUNTRIES, 2)
    if rng.random() < 0.3:  # a few busy dyads, as in real news
        source, target = rng.choice((("USA", "CHN"), ("RUS", "UKR"), ("ISR", "PSE")))
    cameo, quad, goldstein, plover = rng.choice(ACTIONS)
    sentence = f"Sentence {index} of {doc_id}."
    place = Location(f"City {rng.randrange(5)}", target, 10.0, 20.0) if rng.random() < 0.5 else None
    return Event(
        event_id=hashlib.blake2b(f"{doc_id}:{index}".encode(), digest_size=10).hexdigest(),
        doc_id=doc_id, sentence_index=index, sentence=sentence, date=day.isoformat(), date_precision="day",
        source=_actor(rng, source), target=_actor(rng, target), cameo=cameo, cameo_root=cameo[:2],
        goldstein=goldstein, quad_class=quad, plover=plover, plover_mode=None, modality="asserted", past=False,
        reported_by=None, location=place, trigger=Trigger("did", 0, 3), confidence=0.8,
    )  # fmt: skip


def generate(mentions: int, per_article: int = 5, seed: int = 1) -> Iterator[DocumentResult]:
    """Coded documents with ``mentions`` event mentions in all, in date order like a news feed
    (three years); a fifth re-report a story from the last few dozen articles."""
    rng = random.Random(seed)
    articles = (mentions + per_article - 1) // per_article
    for number in range(articles):
        doc_id = f"bench-{number:08d}"
        story = max(0, number - rng.randrange(1, 50)) if rng.random() < 0.2 else number
        day = START + timedelta(days=story * DAYS // articles + (0 if story == number else rng.randrange(2)))
        count = min(per_article, mentions - number * per_article)
        events = tuple(_event(random.Random(f"{seed}:{story}:{i}"), doc_id, i, day) for i in range(count))
        published = datetime.combine(day, datetime.min.time(), tzinfo=timezone.utc)
        document = Document(doc_id=doc_id, origin=doc_id, body=(f"Story {doc_id}.",), source=rng.choice(AGENCIES),
                            published=published, text_hash=hashlib.sha256(doc_id.encode()).hexdigest())  # fmt: skip
        yield DocumentResult(document=document, events=events, sentences=count, sentences_parsed=count)


def rss_mb() -> float:
    """The process's resident memory now (Linux), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, action, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<44} {best:8.3f} s", flush=True)
    return result


def duckdb_mb(store: EventStore) -> float:
    rows = store.connection.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()
    return (rows[0][0] or 0) / 1e6


def build(store: EventStore, mentions: int, batch: int) -> None:
    settings = Settings().with_overrides({"store.batch_articles": batch})
    checkpoints = [mentions * f // 10 for f in range(10, 0, -1)]
    started = time.perf_counter()

    def report(counts) -> None:
        if checkpoints and counts.mentions >= checkpoints[-1]:
            checkpoints.pop()
            rate = counts.mentions / (time.perf_counter() - started)
            print(f"  {counts.mentions:>9} mentions stored  {rate:6.0f} mentions/s  RSS now {rss_mb():5.0f} MB "
                  f"(DuckDB buffers {duckdb_mb(store):4.0f} MB), peak {peak_rss_mb():5.0f} MB", flush=True)  # fmt: skip

    counts = store.ingest_results(generate(mentions), settings, on_progress=report)
    seconds = time.perf_counter() - started
    print(f"ingest: {counts.stored} articles, {counts.mentions} mentions in {seconds:.1f} s "
          f"({counts.mentions / seconds:.0f} mentions/s, {counts.batches} transactions)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_750_000, help="event mentions to generate")
    parser.add_argument("--batch", type=int, default=5000, help="articles per transaction")
    parser.add_argument("--db", type=Path, default=None, help="store file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    path = args.db or folder / "bench.duckdb"
    print(f"store: {path}  (python {sys.version.split()[0]})")
    with EventStore.open(path) as store:
        if store.stats(top=0)["mentions"] < args.mentions:
            build(store, args.mentions, args.batch)
        stats = store.stats(top=3)
        print(f"store holds {stats['articles']} articles, {stats['mentions']} mentions, {stats['events']} events; "
              f"top dyad {stats['top_dyads'][0]}")  # fmt: skip
    with EventStore.open(path, read_only=True) as store:
        series = timed("dyad USA->CHN by month (cold)", lambda: store.dyad_series("USA", "CHN"))
        timed("dyad USA<->CHN by week, both directions", lambda: store.dyad_series("USA", "CHN", "week", True), repeat=3)
        timed("dyad RUS->UKR by month", lambda: store.dyad_series("RUS", "UKR"), repeat=3)
        print(f"  ({len(series.periods)} periods, {series.total} events)")
        timed("events page: PSE targets, ASSAULT, 50 rows", lambda: store.events({"target": "PSE", "plover": "ASSAULT"}, limit=50), repeat=3)
        for fmt, name in (("gdelt", "events.tsv"), ("parquet", "events.parquet"), ("csv", "events.csv")):
            rows = timed(f"export {fmt}", lambda fmt=fmt, name=name: store.export(fmt, folder / name))
            print(f"  ({rows} rows, {(folder / name).stat().st_size / 1e6:.0f} MB)")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")
    if not args.keep and args.db is None:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
