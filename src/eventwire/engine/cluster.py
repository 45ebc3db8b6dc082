"""The Dask engine: batches coded on a Dask distributed cluster.

Each Dask worker loads the pipeline once, in a worker plugin that lives on
the worker object (no module state); tasks look it up by name. The client
(this process) reads and cuts the batches, keeps a bounded window of them
on the cluster and yields their results in input order, so documents
stream through and are never all in memory, and the results are those of
the local engines.

Without a scheduler address a LocalCluster of ``workers`` processes is
started and closed with the engine.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from ..config import Settings
from ..errors import EventwireError
from .batches import Batch, Item, Result
from .work import BatchCoder, CoderFactory, code_batch, failure_reason, load_pipeline, worker_failure

WINDOW_PER_WORKER = 3  # batches on the cluster per worker thread
CONNECT_TIMEOUT = "15s"


def plugin_name(settings: Settings) -> str:
    """One pipeline per distinct settings on a shared cluster."""
    return "eventwire-pipeline-" + hashlib.sha1(repr(settings).encode()).hexdigest()[:12]


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once per Dask worker and codes batches with it."""

    def __init__(self, settings: Settings, factory: CoderFactory) -> None:
        self.settings = settings
        self.factory = factory
        self.coder: BatchCoder | None = None
        self.lock: threading.Lock | None = None
        self.error: EventwireError | None = None  # why setup failed, if it did

    def setup(self, worker: Any) -> None:
        # spaCy pipelines are not thread-safe: a worker started with several
        # threads codes one batch at a time (start workers with --nthreads 1).
        self.lock = threading.Lock()
        try:
            self.coder = self.factory(self.settings)
        except EventwireError as exc:  # kept for the client to raise (see setup_errors), not logged as a traceback
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - same, as E603
            self.error = EventwireError("E603", reason=failure_reason(exc))

    def teardown(self, worker: Any) -> None:
        self.coder = None

    def code(self, items: tuple[Item, ...]) -> list[Result]:
        assert self.coder is not None and self.lock is not None, "plugin not set up"
        with self.lock:
            return code_batch(self.coder, items)


def setup_error(name: str, dask_worker: Any = None) -> EventwireError | None:
    """Run on every worker (``client.run``) after registration: did loading the pipeline fail there?"""
    return dask_worker.plugins[name].error


def code_on_worker(name: str, items: tuple[Item, ...]) -> list[Result]:
    """The task: code a batch with this worker's pipeline."""
    return get_worker().plugins[name].code(items)


class DaskEngine:
    def __init__(self, settings: Settings, workers: int, factory: CoderFactory = load_pipeline,
                 on_loaded: Callable[[float], None] | None = None) -> None:
        self.settings = settings
        self.size = workers
        self.factory = factory
        self.on_loaded = on_loaded  # told the seconds from connecting to every worker's pipeline loaded
        self.address = settings.engine.scheduler
        self.name = plugin_name(settings)
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None

    def __enter__(self) -> DaskEngine:
        started = time.perf_counter()
        try:
            self.client = self._connect()
            self.client.register_plugin(PipelinePlugin(self.settings, self.factory), name=self.name)
            for error in self.client.run(setup_error, self.name).values():
                if error is not None:
                    raise error
            if self.on_loaded is not None:
                self.on_loaded(time.perf_counter() - started)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _connect(self) -> Client:
        if not self.address:
            self.cluster = LocalCluster(
                n_workers=self.size, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.ERROR,  # any free port: 8787 may be taken
            )  # fmt: skip
            return Client(self.cluster)
        try:
            return Client(self.address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EventwireError("E601", address=self.address, reason=str(exc) or type(exc).__name__) from None

    def __exit__(self, *exc_info: object) -> None:
        if self.client is not None:
            if self.cluster is None:  # a shared cluster keeps running: free our pipelines
                try:
                    self.client.unregister_worker_plugin(self.name)
                except Exception:  # noqa: BLE001 - best effort on the way out
                    pass
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def threads(self) -> int:
        assert self.client is not None, "use the engine in a with block"
        return max(1, sum(self.client.nthreads().values()))

    def results(self, batches: Iterable[Batch]) -> Iterator[Result]:
        window: deque[tuple[Batch, Future]] = deque()
        limit = WINDOW_PER_WORKER * self.threads()
        for batch in batches:
            window.append((batch, self._submit(batch)))
            if len(window) >= limit:
                yield from self._gather(*window.popleft())
        while window:
            yield from self._gather(*window.popleft())

    def _submit(self, batch: Batch) -> Future:
        assert self.client is not None, "use the engine in a with block"
        return self.client.submit(code_on_worker, self.name, batch.items, pure=False)

    def _gather(self, batch: Batch, future: Future) -> list[Result]:
        try:
            return future.result()
        except KilledWorker as exc:
            if len(batch.items) == 1:
                return [worker_failure(batch.items[0], f"Dask worker died ({exc})")]
            return [result for single in batch.split() for result in self._gather(single, self._submit(single))]
        except Exception as exc:  # noqa: BLE001 - anything else is the cluster, not a document
            raise EventwireError("E607", reason=f"{type(exc).__name__}: {exc}") from None
        finally:
            future.release()
