"""The worker-process pool, with a light coder so no model loads."""

import itertools
import signal
from collections import deque
import subprocess
import sys
import time
from pathlib import Path

import pytest
from .engine_fakes import LOADS_ENV, articles, load_fake

from eventwire.engine.batches import Batch, iter_batches
from eventwire.engine.processes import ProcessPoolEngine
from eventwire.errors import EventwireError, problem
from eventwire.types import Problem


@pytest.fixture()
def loads(tmp_path, monkeypatch):
    folder = tmp_path / "loads"
    folder.mkdir()
    monkeypatch.setenv(LOADS_ENV, str(folder))
    return folder


def run(settings, items, workers=2, max_chars=1, start=None):
    with ProcessPoolEngine(settings, workers, load_fake, start=start) as engine:
        return list(engine.results(iter_batches(items, max_chars)))


@pytest.mark.parametrize(("start", "loads_expected"), [("spawn", 2), ("fork", 1)])
def test_results_keep_input_order_when_workers_finish_out_of_order(settings, loads, start, loads_expected):
    texts = [f"Story {n}. SLEEP-{(7 - n) * 40}" for n in range(8)]
    items = articles(texts)
    items.insert(3, problem("E101", "empty.txt"))
    results = run(settings, items, start=start)
    assert [r.origin if isinstance(r, Problem) else r.document.doc_id for r in results] == [i.origin for i in items]
    assert len({r.document.source for r in results if not isinstance(r, Problem)}) == 2  # both workers coded
    # spawned: the coder loaded once per worker, not per batch; forked: once, here, for both
    assert len(list(loads.iterdir())) == loads_expected


def test_workers_fork_only_from_a_process_that_runs_no_other_thread():
    import threading

    from eventwire.engine.processes import start_method

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert start_method() == "spawn"  # a lock the other thread held would stay held in the child
    finally:
        release.set()
        other.join()
    script = "from eventwire.engine.processes import start_method; print(start_method())"
    alone = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert alone.stdout.strip() == ("fork" if sys.platform.startswith("linux") else "spawn")


def test_loading_is_timed_once_for_all_workers_and_once_in_process(settings, loads):
    from eventwire.engine.processes import InProcessEngine

    told: list[float] = []
    with ProcessPoolEngine(settings, 2, load_fake, on_loaded=told.append, start="spawn") as engine:  # each worker loads
        assert len(told) == 1 and told[0] > 0  # before any batch: every worker has loaded
        list(engine.results(iter_batches(articles(["One.", "Two."]), 1)))
    with InProcessEngine(settings, load_fake, on_loaded=told.append) as engine:
        list(engine.results(iter_batches(articles(["One.", "Two."]), 1)))
    assert len(told) == 2 and len(list(loads.iterdir())) == 3


def test_workers_started_without_waiting_load_while_the_first_batches_are_read(settings, loads):
    told: list[float] = []
    with ProcessPoolEngine(settings, 2, load_fake, on_loaded=told.append, wait_on_enter=False) as engine:
        assert told == []  # entered at once: nothing waited for the workers yet
        results = list(engine.results(iter_batches(articles(["One.", "Two.", "Three."]), 1)))
    assert len(told) == 1 and [r.document.doc_id for r in results] == ["doc-0", "doc-1", "doc-2"]


def test_the_last_batches_are_shared_out_one_document_at_a_time(settings, loads):
    first = [f"Fast {n}. SLEEP-000" for n in range(8)]
    last = [f"Slow {n}. SLEEP-150" for n in range(4)]
    results = run(settings, articles(first + last), max_chars=4 * len(first[0]))  # batches of four, the last one slow
    assert [r.document.doc_id for r in results] == [f"doc-{n}" for n in range(12)]
    assert len({r.document.source for r in results[8:]}) == 2  # the last batch, coded by both workers


def test_a_crashing_document_becomes_e602_and_the_run_goes_on(settings, loads):
    items = articles(["One.", "Two.", "CRASH-WORKER now.", "Four.", "Five."])
    results = run(settings, items, max_chars=10**6)  # all five in one batch: the crash takes it down
    assert [getattr(r, "code", None) for r in results] == [None, None, "E602", None, None]
    assert results[2].origin == "doc-2" and "exited with code 7" in results[2].message
    assert [r.document.doc_id for r in results if not isinstance(r, Problem)] == ["doc-0", "doc-1", "doc-3", "doc-4"]


def test_work_waiting_in_a_dead_workers_pipe_is_coded_by_another(settings, loads):
    items = articles(["SLEEP-200 then CRASH-WORKER.", "One.", "Two.", "Three.", "Four.", "Five."])
    results = run(settings, items)  # one document a batch: the crashing worker holds its next one too
    assert [getattr(r, "code", None) for r in results] == ["E602", None, None, None, None, None]
    assert [r.document.doc_id for r in results[1:]] == [f"doc-{n}" for n in range(1, 6)]


def test_work_sent_to_a_worker_that_died_meanwhile_stays_first_in_line():
    import multiprocessing

    from eventwire.engine.processes import Worker

    parent_end, child_end = multiprocessing.Pipe()
    child_end.close()  # the worker died: its end of the pipe is gone
    held = (Batch(0, tuple(articles(["One."]))), None)
    worker = Worker(None, parent_end, deque([held]))
    pending = deque([(Batch(1, tuple(articles(["Two."]))), None)])
    ProcessPoolEngine(None, 1)._send_or_keep(worker, pending)  # no BrokenPipeError
    assert [b.number for b, _ in pending] == [1] and list(worker.sent) == [held]  # the crash is still the held work's


def test_a_busy_worker_is_sent_one_small_batch_more_while_input_remains():
    from eventwire.engine.processes import QUEUED_MAX_CHARS, SENT_PER_WORKER, Worker

    small, large = (Batch(0, tuple(articles(["x" * size]))) for size in (10, QUEUED_MAX_CHARS + 1))
    idle, busy, full = (Worker(None, None, deque([(small, None)] * held)) for held in (0, 1, SENT_PER_WORKER))
    may_send = ProcessPoolEngine._may_send
    assert may_send(idle, (large, None), exhausted=True)
    assert may_send(busy, (small, None), exhausted=False)
    assert not may_send(busy, (small, None), exhausted=True)  # the last work goes to whoever is free first
    assert not may_send(busy, (large, None), exhausted=False)  # it could fill the pipe and block the parent
    assert not may_send(full, (small, None), exhausted=False)


def test_in_flight_work_is_bounded(settings, loads):
    pulled = itertools.count()
    endless = (articles([f"Story {next(pulled)}."])[0] for _ in itertools.count())
    with ProcessPoolEngine(settings, 2, load_fake) as engine:
        results = engine.results(iter_batches(endless, max_chars=1))
        first = list(itertools.islice(results, 10))
    assert len(first) == 10
    assert next(pulled) <= 10 + 3 * 2 + 2  # read ahead: at most the window of 3 batches per worker


@pytest.mark.parametrize("start", ["spawn", "fork"])
def test_a_worker_that_cannot_load_stops_the_run_with_its_error(settings, start):
    bad = settings.with_overrides({"model.names": ("no_such_model_installed",)})
    with pytest.raises(EventwireError) as caught:
        ProcessPoolEngine(bad, 1, start=start).__enter__()
    assert caught.value.code == "E004" and "no_such_model_installed" in caught.value.line()


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's reaping is left


def ended_within(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while any(running(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_workers_end_quietly_when_their_parent_is_killed():
    script = Path(__file__).with_name("orphaned_pool.py")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    # capture_output reads until every holder of the pipes is gone: the workers too
    assert result.returncode == -signal.SIGKILL
    pids = [int(pid) for pid in result.stdout.split()]
    assert len(pids) == 2 and result.stderr == ""  # no "Traceback ... BrokenPipeError"
    assert ended_within(pids, seconds=10)  # a process closes its pipes a moment before it has quite ended
