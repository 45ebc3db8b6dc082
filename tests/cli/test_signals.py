"""A killed or interrupted run of the real command: no traceback from any process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_ctrl_c_while_workers_start_says_interrupted_and_exits_130(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("[engine]\nbatch_chars = 500\n")  # several batches: a pool of workers starts
    command = [sys.executable, "-m", "eventwire", "--config", str(config), "ingest", str(CORPUS), "-",
               "--db", str(tmp_path / "x.duckdb"), "--workers", "2"]  # fmt: skip
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while not children(process.pid) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children(process.pid), "no worker process started"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C at a terminal does: the whole process group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "interrupted" and "Traceback" not in stderr, stderr
