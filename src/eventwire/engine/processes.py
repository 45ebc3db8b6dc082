"""Engines on this machine: one process, or a pool of worker processes.

The parent reads and cuts batches (``batches.py``); each worker loads the
pipeline once and codes whole batches. Results come back out of order and
leave in input order. At most a few batches per worker are read ahead, so
memory stays flat however large the corpus.

Where it is safe (Linux, a parent with no other thread) the parent loads
the pipeline once and forks the workers from it: they start at once and
share its pages, instead of each importing and loading side by side (two
loads on two cores take half as long again as one). Elsewhere workers are
spawned and each loads its own.

A worker that dies (a segfault in a native library, the OOM killer) takes
only its batch down: the batch is coded again one document per task on a
fresh worker, and the document that kills a worker again becomes an E602
Problem.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from ..config import Settings
from ..errors import EventwireError
from ..types import Article
from .batches import Batch, Result, item_size
from .work import BatchCoder, CoderFactory, code_batch, failure_reason, load_pipeline, worker_failure

# Batches read ahead per worker: enough to keep every worker busy while an
# earlier batch is late; few enough to keep memory flat.
WINDOW_PER_WORKER = 3
# Work sent to a worker at once: the batch it codes and the next, which waits in the pipe; at most
# QUEUED_MAX_CHARS of text waits there (a larger batch could fill the pipe and block the parent).
SENT_PER_WORKER = 2
QUEUED_MAX_CHARS = 30_000
STOP_TIMEOUT_SECONDS = 10
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


OnLoaded = Callable[[float], None]  # told the seconds the pipelines took to load


class InProcessEngine:
    """Codes batches in this process: ``--workers 1``, and inputs too small to share."""

    def __init__(self, settings: Settings, factory: CoderFactory = load_pipeline, on_loaded: OnLoaded | None = None) -> None:
        self.settings = settings
        self.factory = factory
        self.on_loaded = on_loaded
        self.coder: BatchCoder | None = None

    def __enter__(self) -> InProcessEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.coder = None

    def load(self) -> BatchCoder:
        """The pipeline, loaded on first need: not at all when no article needs coding."""
        if self.coder is None:
            started = time.perf_counter()
            self.coder = self.factory(self.settings)
            if self.on_loaded is not None:
                self.on_loaded(time.perf_counter() - started)
        return self.coder

    def results(self, batches: Iterable[Batch]) -> Iterator[Result]:
        for batch in batches:
            if any(isinstance(item, Article) for item in batch.items):
                yield from code_batch(self.load(), batch.items)
            else:
                yield from batch.items


def start_method() -> str:
    """``fork`` from a loaded parent on Linux when this process runs no other thread (a forked child
    keeps only the forking thread: a lock another thread held would stay held for ever); else ``spawn``."""
    if not sys.platform.startswith("linux"):
        return "spawn"
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return "spawn"
    return "fork" if threads == 1 else "spawn"


@dataclass(frozen=True)
class Loaded:
    """A factory that hands out a pipeline the parent loaded: forked workers inherit it."""

    coder: BatchCoder

    def __call__(self, settings: Settings) -> BatchCoder:
        return self.coder


def serve(factory: CoderFactory, settings: Settings, conn: Connection) -> None:
    """A worker process: load the pipeline once, then code batches until told to stop.

    A worker whose parent is gone (killed) ends quietly: at once on Linux,
    else when it next talks to the parent and finds the pipe broken.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    end_with_parent()
    try:
        _load_and_code(factory, settings, conn)
    except (EOFError, OSError):  # the pipe broke (EOF, EPIPE, ECONNRESET): nobody is left to answer
        return
    exit_at_once()


def exit_at_once() -> None:
    """End this worker without tearing its pipeline down: freeing millions of objects one by one
    takes a tenth of a second and more, and the parent waits for it; the kernel frees a process at once."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def load_coder(factory: CoderFactory, settings: Settings) -> BatchCoder:
    """The pipeline, or an EventwireError: a failure of any other kind becomes E603 with its reason
    (in a worker, or in the parent that loads for the workers it forks)."""
    try:
        return factory(settings)
    except EventwireError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as E603
        raise EventwireError("E603", reason=failure_reason(exc)) from None


def _load_and_code(factory: CoderFactory, settings: Settings, conn: Connection) -> None:
    try:
        coder = load_coder(factory, settings)
    except EventwireError as exc:
        conn.send(("failed", exc))
        return
    conn.send(("ready", None))
    while (batch := conn.recv()) is not None:
        conn.send(("done", code_batch(coder, batch.items)))


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """SIGINT ignored for the block, in the main thread (signals are the main thread's only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def end_with_parent() -> None:
    """Have the kernel end this process when its parent dies (Linux; elsewhere a no-op)."""
    parent = multiprocessing.parent_process()
    if not sys.platform.startswith("linux") or parent is None:
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent.pid:  # the parent died before the request was made
        os._exit(0)


def exit_reason(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        return f"worker process killed by {signal.Signals(-code).name}"
    return f"worker process exited with code {code}"


Work = tuple[Batch, int | None]  # a batch, and which of its items when it is one of a batch cut into items


@dataclass
class Worker:
    process: BaseProcess
    conn: Connection
    sent: deque[Work] = field(default_factory=deque)  # sent and not answered yet, in the order sent

    def send(self, batch: Batch, part: int | None = None) -> bool:
        """False if the worker has died: its pipe is broken, and the work stays the caller's."""
        try:
            self.conn.send(batch)
        except OSError:
            return False
        self.sent.append((batch, part))
        return True

    def tell_to_stop(self) -> None:
        """Ask an idle worker to end (a busy one is terminated by ``stop``)."""
        if not self.sent and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)

    def stop(self) -> None:
        if not self.sent:
            self.process.join(STOP_TIMEOUT_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.conn.close()


@dataclass
class Reorder:
    """Results that arrive out of order leave in batch order."""

    expected: int = 0
    complete: dict[int, list[Result]] = field(default_factory=dict)
    parts: dict[int, list[Result | None]] = field(default_factory=dict)

    def add(self, batch: Batch, results: list[Result], part: int | None = None) -> None:
        if part is None:
            self.complete[batch.number] = results
            return
        slots = self.parts[batch.number]
        slots[part] = results[0]
        if all(slot is not None for slot in slots):
            self.complete[batch.number] = self.parts.pop(batch.number)  # type: ignore[assignment]

    def expect_parts(self, number: int, count: int) -> None:
        self.parts[number] = [None] * count

    def ready(self) -> Iterator[Result]:
        while self.expected in self.complete:
            yield from self.complete.pop(self.expected)
            self.expected += 1


def split_for_the_end(queue: deque[Work], order: Reorder) -> deque[Work]:
    """The batches left once all are read, one document each (their results gathered in ``order``)."""
    parts: deque[Work] = deque()
    for batch, part in queue:
        if part is not None or len(batch.items) == 1:
            parts.append((batch, part))
            continue
        order.expect_parts(batch.number, len(batch.items))
        parts.extend((single, index) for index, single in enumerate(batch.split()))
    return parts


class ProcessPoolEngine:
    """``workers`` processes, each with its own pipeline, fed batch by batch."""

    def __init__(self, settings: Settings, workers: int, factory: CoderFactory = load_pipeline, on_loaded: OnLoaded | None = None,
                 wait_on_enter: bool = True, start: str | None = None) -> None:
        """``wait_on_enter``: the ``with`` block starts once every worker has loaded; else at once, and
        ``results`` reads the first batches while the workers load. ``start``: ``fork`` (load here once,
        then fork) or ``spawn`` (each worker loads); by default ``start_method()``."""
        self.settings = settings
        self.size = workers
        self.factory = factory
        self.on_loaded = on_loaded
        self.wait_on_enter = wait_on_enter
        self.context = multiprocessing.get_context(start or start_method())
        self.loaded: Loaded | None = None  # forking: the pipeline this process loaded for the workers
        self.workers: list[Worker] = []
        self.started: float | None = None  # when loading started, until every worker is ready

    @property
    def forks(self) -> bool:
        return self.context.get_start_method() == "fork"

    def __enter__(self) -> ProcessPoolEngine:
        self.started = time.perf_counter()
        try:
            if not self.forks:
                self.workers = [self._spawn() for _ in range(self.size)]  # all start loading at once
            if self.wait_on_enter:
                self._await_loaded()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _load_here(self) -> None:
        """Load the pipeline in this process, for the workers forked next to inherit."""
        self.loaded = Loaded(load_coder(self.factory, self.settings))

    def __exit__(self, *exc_info: object) -> None:
        for worker in self.workers:  # all told first: they end side by side
            worker.tell_to_stop()
        for worker in self.workers:
            worker.stop()
        self.workers = []
        self.loaded = None

    def _await_loaded(self) -> None:
        if self.started is None:
            return
        if self.forks and not self.workers:
            self._load_here()
            self.workers = [self._spawn() for _ in range(self.size)]
        for worker in self.workers:
            self._await_ready(worker)
        if self.on_loaded is not None:
            self.on_loaded(time.perf_counter() - self.started)
        self.started = None

    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers if w.process.pid is not None]

    def _spawn(self) -> Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=serve, args=(self.loaded or self.factory, self.settings, child_end), daemon=True, name="eventwire-worker")
        with sigint_ignored():  # inherited: a Ctrl-C while the worker starts up is the parent's alone
            process.start()
        child_end.close()
        return Worker(process, parent_end)

    def _await_ready(self, worker: Worker) -> None:
        try:
            status, error = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join()
            raise EventwireError("E603", reason=exit_reason(worker.process)) from None
        if status == "failed":
            raise error

    def results(self, batches: Iterable[Batch]) -> Iterator[Result]:
        """Results in input order. Batches are read a few ahead, and a busy worker holds its next batch,
        so that no worker waits for reading or for the parent; the last ones are cut into single
        documents, so that the workers finish together instead of one idling while the other codes a
        whole batch."""
        source = iter(batches)
        head = list(itertools.islice(source, self.size))  # read while the workers load, if they still do
        self._await_loaded()
        source = itertools.chain(head, source)
        order = Reorder()
        retries: deque[Work] = deque()  # work a dead worker had been sent: first to go again
        queue: deque[Work] = deque()  # read, not yet sent
        window = WINDOW_PER_WORKER * self.size
        read = 0
        exhausted = False
        while True:
            while not exhausted and len(queue) < SENT_PER_WORKER * self.size and read - order.expected < window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    queue = split_for_the_end(queue, order)
                else:
                    read += 1
                    queue.append((batch, None))
            self._dispatch(retries, queue, exhausted)
            yield from order.ready()
            busy = [w for w in self.workers if w.sent]
            if not busy and exhausted and not retries and not queue:
                return
            if busy:
                self._collect(busy, order, retries)

    def _dispatch(self, retries: deque[Work], queue: deque[Work], exhausted: bool) -> None:
        """Every free worker its next work, then every worker (``_may_send``) one more to wait in its pipe."""
        for worker in self.workers:
            if not worker.sent and not worker.process.is_alive():  # died between batches
                self._replace(worker)
        for depth in range(SENT_PER_WORKER):
            for worker in self.workers:
                pending = retries or queue
                if pending and len(worker.sent) == depth and self._may_send(worker, pending[0], exhausted):
                    self._send_or_keep(worker, pending)

    def _send_or_keep(self, worker: Worker, pending: deque[Work]) -> None:
        """Send the next work; if the worker died meanwhile, the work stays first in line. A dead worker
        holding work is found by ``_collect`` (its sentinel is ready); one holding none is replaced now."""
        if worker.send(*pending[0]):
            pending.popleft()
        elif not worker.sent:
            self._replace(worker)

    @staticmethod
    def _may_send(worker: Worker, work: Work, exhausted: bool) -> bool:
        """An idle worker takes work; a busy one one batch more, to start on as soon as it is done instead
        of waiting for the parent to answer - unless all is read (the last work goes to whoever is free
        first) or the batch is too large to wait in the pipe without blocking the parent."""
        if not worker.sent:
            return True
        return len(worker.sent) < SENT_PER_WORKER and not exhausted and sum(map(item_size, work[0].items)) <= QUEUED_MAX_CHARS

    def _collect(self, busy: list[Worker], order: Reorder, retries: deque[Work]) -> None:
        """Wait until some worker finishes or dies, and file what it did. A worker codes what it is sent
        in order: an answer is for the first work it holds, and a crash is that work's; the rest it held
        goes to the next free worker."""
        by_handle = {w.conn: w for w in busy} | {w.process.sentinel: w for w in busy}
        finished = {id(by_handle[handle]): by_handle[handle] for handle in wait(list(by_handle))}
        for worker in finished.values():
            batch, part = worker.sent[0]
            try:
                _, results = worker.conn.recv()
            except (EOFError, OSError):
                worker.process.join()
                reason = exit_reason(worker.process)
                worker.sent.popleft()
                retries.extendleft(reversed(worker.sent))
                self._replace(worker)
                self._file_crash(batch, part, reason, order, retries)
                continue
            worker.sent.popleft()
            order.add(batch, results, part)

    def _file_crash(self, batch: Batch, part: int | None, reason: str, order: Reorder, retries: deque[Work]) -> None:
        if part is None and len(batch.items) > 1:
            order.expect_parts(batch.number, len(batch.items))
            retries.extend((single, index) for index, single in enumerate(batch.split()))
        else:
            order.add(batch, [worker_failure(batch.items[0], reason)], part)

    def _replace(self, worker: Worker) -> None:
        """Start a fresh process in place of a dead one."""
        worker.process.join()
        worker.conn.close()
        fresh = self._spawn()
        self._await_ready(fresh)
        worker.process, worker.conn, worker.sent = fresh.process, fresh.conn, deque()
