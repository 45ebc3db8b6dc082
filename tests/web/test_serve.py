"""``eventwire serve`` as a user runs it: a real process, a real port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stderr.read()}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail("server did not answer")


@pytest.mark.slow
def test_serve_starts_uvicorn_on_the_given_port_and_serves_pages_and_api(fixture_store):
    port = _free_port()
    process = _serve("--db", str(fixture_store), "--port", str(port))
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url + "/openapi.json", process)
        assert "uvicorn" in httpx.get(url + "/").headers.get("server", "")
        assert httpx.get(url + "/api/events", params={"source": "KEN"}).json()["total"] == 1
        assert httpx.get(url + "/dyad", params={"source": "PER", "target": "CHL"}).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_without_a_store_fails_in_one_line(tmp_path):
    missing = tmp_path / "none.duckdb"
    process = _serve("--db", str(missing), "--port", str(_free_port()))
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.startswith("[E407]") and "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    assert not missing.exists()  # reading never creates a store


def test_serve_on_a_busy_port_fails_in_one_line(fixture_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = _serve("--db", str(fixture_store), "--port", str(port))
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.strip() == f"[E507] cannot start the server on 127.0.0.1:{port}: address already in use"
