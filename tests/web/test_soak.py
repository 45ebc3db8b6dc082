"""A short run of benchmarks/soak.py: a real server, concurrent clients, good and bad requests, no 5xx."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "soak.py"

pytestmark = pytest.mark.slow


def test_a_short_soak_gets_no_5xx_and_refuses_every_bad_request():
    command = [sys.executable, str(SOAK), "--requests", "240", "--clients", "8", "--events", "500", "--no-coding", "--json", "--max-seconds", "240"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=400)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert result["requests"] == 240
    assert result["server_errors"] == 0 and result["connection_errors"] == 0
    assert result["server_log_tracebacks"] == 0
    kinds = result["by_kind"]
    assert set(kinds) == {"page", "api", "malformed", "oversized", "traversal"}
    for kind in ("malformed", "oversized", "traversal"):  # refused, each with a 4xx
        assert all(400 <= int(status) < 500 for status in kinds[kind]["statuses"]), kinds[kind]
    assert "413" in kinds["oversized"]["statuses"] and "422" in kinds["malformed"]["statuses"]
    assert set(kinds["page"]["statuses"]) == {"200"} and set(kinds["api"]["statuses"]) == {"200"}
