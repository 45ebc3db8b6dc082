"""Soak the web server with a bounded mix of good and bad requests; print status counts and latencies.

Starts ``eventwire serve`` (a real uvicorn process on 127.0.0.1) over a store
it builds from benchmarks/web.py's synthetic articles (or ``--store``), then
sends ``--requests`` requests from ``--clients`` concurrent clients, each on
its own keep-alive connection: the pages, the API (coding included), and
malformed, oversized and path-traversal requests. The mix is drawn from a
fixed seed, so two runs send the same requests. It prints the count of each
status, the latency percentiles (p50, p95, max) per kind and in all, and the
tracebacks in the server's log, and exits 1 if any answer was a 5xx or a
connection failed. Traffic goes only to the local server; the run stops after
``--requests`` requests or ``--max-seconds``, whichever comes first.

    python benchmarks/soak.py                                  # 2,000 requests, 16 clients
    python benchmarks/soak.py --requests 300 --clients 4 --events 1000 --json
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from web import COUNTRIES, build  # benchmarks/web.py: the synthetic store

MAX_BODY = 100_000  # the server's --max-body-bytes: small, so oversized bodies stay cheap to send
CODE_TEXT = "Kenya and Ethiopia signed a water-sharing agreement in Nairobi on Tuesday, officials said."


@dataclass(frozen=True)
class Request:
    kind: str  # page | api | code | malformed | oversized | traversal
    method: str
    path: str  # sent exactly as written: http.client does not normalise "/../"
    body: bytes | None = None
    chunked: bool = False  # send the body without Content-Length


def _json(value: object) -> bytes:
    return json.dumps(value).encode()


def good_requests(rng: random.Random, articles: int) -> list[Request]:
    a, b = rng.sample(COUNTRIES, 2)
    article = f"bench-{rng.randrange(articles)}"
    offset = rng.randrange(0, articles * 5, 50)
    return [
        Request("page", "GET", "/"),
        Request("page", "GET", "/events"),
        Request("page", "GET", f"/events?source={a}&plover=ASSAULT&offset={offset}"),
        Request("page", "GET", "/dyad"),
        Request("page", "GET", f"/dyad?source={a}&target={b}&interval={rng.choice(['week', 'month', 'year'])}"),
        Request("page", "GET", f"/articles/{article}"),
        Request("page", "GET", rng.choice(["/static/style.css", "/static/app.js", "/static/favicon.svg"])),
        Request("api", "GET", f"/api/events?limit={rng.choice([10, 50, 100, 1000])}&offset={offset}"),
        Request("api", "GET", f"/api/events?source={a}&target={b}&since=2022-01&until=2023"),
        Request("api", "GET", f"/api/events?cameo={rng.choice(['04', '051', '19'])}&modality=asserted"),
        Request("api", "GET", f"/api/dyad?source={a}&target={b}&interval={rng.choice(['week', 'month', 'year'])}"),
        Request("api", "GET", "/api/stats"),
        Request("api", "GET", f"/api/articles/{article}"),
        Request("api", "GET", "/openapi.json"),
    ]


def bad_requests(rng: random.Random) -> list[Request]:
    big = b"x" * rng.randrange(MAX_BODY + 1, 3 * MAX_BODY)
    return [
        Request("malformed", "GET", "/api/events?offset=99999999999999999999"),
        Request("malformed", "GET", "/api/events?limit=0"),
        Request("malformed", "GET", "/api/events?limit=ten"),
        Request("malformed", "GET", "/api/events?limit=-99999999999999999999999"),
        Request("malformed", "GET", "/api/events?since=2023-02-30"),
        Request("malformed", "GET", "/api/events?since=2023-05-01&until=2023-04-01"),
        Request("malformed", "GET", "/api/events?source=ZZZ"),
        Request("malformed", "GET", "/api/events?source=%00%ff%fe"),
        Request("malformed", "GET", "/api/events?cameo=99"),
        Request("malformed", "GET", "/api/events?plover=FRIENDSHIP"),
        Request("malformed", "GET", "/api/dyad?source=USA"),
        Request("malformed", "GET", "/api/dyad?source=USA&target=CHN&interval=decade"),
        Request("malformed", "GET", "/events?offset=1e309"),
        Request("malformed", "GET", "/dyad?source=%E2%80%AE&target=CHN"),
        Request("malformed", "POST", "/api/code", b'{"text": "unfinished'),
        Request("malformed", "POST", "/api/code", _json({"text": "Peru met Chile.", "date": "2023-02-30"})),
        Request("malformed", "POST", "/api/code", _json({"text": 12, "store": "maybe"})),
        Request("malformed", "POST", "/api/code", _json([1, 2, 3])),
        Request("malformed", "POST", "/api/events", _json({})),
        Request("malformed", "DELETE", "/api/articles/bench-1"),
        Request("malformed", "GET", "/no/such/page"),
        Request("oversized", "POST", "/api/code", b'{"text": "' + big + b'"}'),
        Request("oversized", "POST", "/api/code", b'{"text": "' + big + b'"}', chunked=True),
        Request("oversized", "GET", "/api/events?doc_id=" + "d" * 5_000),
        Request("oversized", "GET", "/api/articles/" + "a" * 2_000),
        Request("oversized", "GET", "/api/events?source=" + "A" * 60_000),
        Request("traversal", "GET", "/static/../../../../etc/passwd"),
        Request("traversal", "GET", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        Request("traversal", "GET", "/static/..%2f..%2f..%2fpyproject.toml"),
        Request("traversal", "GET", "/static/vendor/../../app.py"),
        Request("traversal", "GET", "/articles/..%2F..%2F..%2Fetc%2Fpasswd"),
        Request("traversal", "GET", "/api/articles/%2e%2e%2f%2e%2e%2fstore.duckdb"),
        Request("traversal", "GET", "/../../../../etc/passwd"),
    ]


# Share of each kind in the mix (the rest of the weight is good page and API requests).
BAD_SHARE = {"malformed": 0.22, "oversized": 0.06, "traversal": 0.10}
CODE_SHARE = 0.01


def plan(count: int, articles: int, seed: int, coding: bool = True) -> list[Request]:
    """``count`` requests drawn from a fixed seed: the same run every time."""
    rng = random.Random(seed)
    requests = []
    for _ in range(count):
        roll = rng.random()
        if roll < CODE_SHARE and coding:
            requests.append(Request("code", "POST", "/api/code", _json({"text": CODE_TEXT, "date": "2023-05-02"})))
            continue
        roll -= CODE_SHARE
        kind = next((k for k, share in BAD_SHARE.items() if (roll := roll - share) < 0), None)
        if kind:
            requests.append(rng.choice([r for r in bad_requests(rng) if r.kind == kind]))
        else:
            requests.append(rng.choice(good_requests(rng, articles)))
    return requests


@dataclass
class Outcome:
    kind: str
    status: int  # 0: the connection failed
    seconds: float
    error: str = ""


@dataclass
class Client:
    """One keep-alive connection, reopened after the server closes it (as it does after a 413)."""

    port: int
    connection: http.client.HTTPConnection = field(init=False)

    def __post_init__(self) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def send(self, request: Request) -> Outcome:
        began = time.perf_counter()
        try:
            headers = {"Content-Type": "application/json"} if request.body is not None else {}
            body = iter([request.body]) if request.chunked else request.body
            self.connection.request(request.method, request.path, body=body, headers=headers, encode_chunked=request.chunked)
            response = self.connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            self.connection.close()
            return Outcome(request.kind, 0, time.perf_counter() - began, f"{type(exc).__name__}: {exc}")
        return Outcome(request.kind, status, time.perf_counter() - began)


def run_clients(port: int, requests: list[Request], clients: int, max_seconds: float) -> tuple[list[Outcome], float]:
    todo: queue.SimpleQueue[Request] = queue.SimpleQueue()
    for request in requests:
        todo.put(request)
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def work() -> None:
        client = Client(port)
        while time.monotonic() < deadline:
            try:
                request = todo.get_nowait()
            except queue.Empty:
                break
            outcome = client.send(request)
            with lock:
                outcomes.append(outcome)
        client.connection.close()

    threads = [threading.Thread(target=work) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far; None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Server:
    port: int
    pid: int


@contextmanager
def server(store: Path, log: Path) -> Iterator[Server]:
    """``eventwire serve`` on a free local port, its stderr in ``log``; stopped at the end."""
    port = free_port()
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(store), "--port", str(port), "--max-body-bytes", str(MAX_BODY)]
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_until_up(port, process)
        yield Server(port, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(port: int, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not start (exit status {process.poll()})")


def percentiles(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)] if ordered else 0.0
    return {"p50_ms": statistics.median(ordered) * 1000 if ordered else 0.0, "p95_ms": p95 * 1000, "max_ms": max(ordered, default=0.0) * 1000}


def summary(outcomes: list[Outcome], wall: float, clients: int, log: Path, server_cpu: float | None) -> dict:
    statuses = Counter(o.status for o in outcomes)
    kinds = sorted({o.kind for o in outcomes})
    log_text = log.read_text("utf-8", errors="replace")
    return {
        "requests": len(outcomes),
        "clients": clients,
        "seconds": round(wall, 2),
        "requests_per_second": round(len(outcomes) / wall, 1) if wall else 0.0,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": sum(n for s, n in statuses.items() if s >= 500),
        "connection_errors": statuses.get(0, 0),
        "errors_seen": sorted({o.error for o in outcomes if o.error})[:5],
        "latency": percentiles([o.seconds for o in outcomes]),
        "by_kind": {
            k: {"requests": sum(1 for o in outcomes if o.kind == k),
                "statuses": {str(s): n for s, n in sorted(Counter(o.status for o in outcomes if o.kind == k).items())},
                **percentiles([o.seconds for o in outcomes if o.kind == k])}
            for k in kinds
        },  # fmt: skip
        "server_log_tracebacks": log_text.count("Traceback"),
        # CPU the server used per request: unlike latency, hardly changed by other work on the machine
        "server_cpu_ms_per_request": round(server_cpu * 1000 / len(outcomes), 1) if server_cpu is not None and outcomes else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }


def print_summary(result: dict) -> None:
    lat = result["latency"]
    print(f"{result['requests']:,} requests from {result['clients']} clients in {result['seconds']:.1f} s ({result['requests_per_second']} requests/s)")
    print("status counts: " + ", ".join(f"{s}: {n}" for s, n in result["statuses"].items()))
    print(f"{'kind':10s} {'requests':>8s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}  statuses")
    for kind, row in result["by_kind"].items():
        statuses = ", ".join(f"{s}×{n}" for s, n in row["statuses"].items())
        print(f"{kind:10s} {row['requests']:8d} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} {row['max_ms']:8.1f}  {statuses}")
    print(f"{'all':10s} {result['requests']:8d} {lat['p50_ms']:8.1f} {lat['p95_ms']:8.1f} {lat['max_ms']:8.1f}")
    print(f"5xx responses: {result['server_errors']}; failed connections: {result['connection_errors']}; tracebacks in the server log: {result['server_log_tracebacks']}")
    for error in result["errors_seen"]:
        print(f"  {error}")
    print(f"server CPU time: {result['server_cpu_ms_per_request']} ms per request")
    print(f"machine: {result['cpus']} CPUs, load average {', '.join(map(str, result['load_average']))} (1, 5, 15 min) at the end")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=positive, default=2000)
    parser.add_argument("--clients", type=positive, default=16)
    parser.add_argument("--events", type=positive, default=50_000, help="events in the store it builds (ignored with --store)")
    parser.add_argument("--store", type=Path, help="serve this store instead of building one (its ids are not bench-N: article requests then get 404)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--max-seconds", type=float, default=600, help="stop sending after this long, whatever is left")
    parser.add_argument("--no-coding", dest="coding", action="store_false", help="send no POST /api/code that codes text (the server then never loads spaCy)")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-soak-") as tmp:
        store = args.store or Path(tmp) / "soak.duckdb"
        if args.store is None:
            built = build(store, args.events)
            if not args.json:
                print(f"built a store of {args.events:,} synthetic events in {built:.1f} s")
        log = Path(tmp) / "server.log"
        with server(store, log) as running:
            port = running.port
            if args.coding:
                warm = Client(port).send(Request("code", "POST", "/api/code", _json({"text": CODE_TEXT})))  # loads spaCy once, untimed
                if not args.json:
                    print(f"server up on 127.0.0.1:{port}; first coding request (loads the model): {warm.seconds:.1f} s, status {warm.status}")
            requests = plan(args.requests, max(args.events // 5, 1), args.seed, args.coding)
            cpu_before = cpu_seconds(running.pid)
            outcomes, wall = run_clients(port, requests, args.clients, args.max_seconds)
            cpu_after = cpu_seconds(running.pid)
        server_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
        result = summary(outcomes, wall, args.clients, log, server_cpu)
    if args.json:
        print(json.dumps(result))
    else:
        print_summary(result)
    return 1 if result["server_errors"] or result["connection_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
