"""Choosing an engine and running it over the inputs.

``iter_results`` reads the inputs in this process (streaming), cuts them
into batches and hands the batches to an engine:

- ``local`` with one worker, or when the input fits in one batch: this process;
- ``local`` with N workers: N worker processes (``processes.py``);
- ``dask``: a Dask cluster, or a LocalCluster of N workers (``cluster.py``).

All engines code the same batches with the same code, so they give the
same results in the same (input) order.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from ..config import Settings
from ..errors import EventwireError
from ..types import Article, Problem
from .batches import Batch, Item, Result, iter_batches
from .processes import InProcessEngine, OnLoaded, ProcessPoolEngine
from .work import CoderFactory, load_pipeline

ENGINES = ("local", "dask")
# Local inputs of at least this many batches' worth of bytes start the workers before the first article
# is read. Their text is at most their bytes (HTML: much less), so now and then workers start for one batch.
LARGE_INPUT_BATCHES = 2


class Engine(Protocol):
    """Loaded on ``__enter__`` (workers started, pipelines loaded), released on ``__exit__``."""

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc_info: object) -> None: ...

    def results(self, batches: Iterable[Batch]) -> Iterator[Result]: ...


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worker_count(settings: Settings) -> int:
    """``engine.workers``, with 0 meaning one per available CPU core."""
    workers = settings.engine.workers
    if workers < 0:
        raise EventwireError("E604", workers=workers)
    return workers or available_cores()


def open_engine(settings: Settings, factory: CoderFactory = load_pipeline, *, small_input: bool = False,
                on_loaded: OnLoaded | None = None, read_while_loading: bool = False) -> Engine:
    """The engine ``settings`` ask for; ``small_input`` (one batch) stays in this process unless Dask is asked for.
    ``on_loaded`` is told how many seconds the pipelines took to load (every worker loading at once).
    ``read_while_loading``: worker processes are started on entering and loaded by the first ``results``,
    which reads the first batches meanwhile."""
    workers = worker_count(settings)
    name = settings.engine.name
    if name not in ENGINES:
        raise EventwireError("E605", name=name)
    if name == "dask":
        from .cluster import DaskEngine  # imports distributed: only when asked for

        return DaskEngine(settings, workers, factory, on_loaded)
    if workers == 1 or small_input:
        return InProcessEngine(settings, factory, on_loaded)
    return ProcessPoolEngine(settings, workers, factory, on_loaded, wait_on_enter=not read_while_loading)


def code_items(items: Iterable[Item], settings: Settings, factory: CoderFactory = load_pipeline,
               on_loaded: OnLoaded | None = None, large_input: bool = False) -> Iterator[Result]:
    """Code already-read articles (problems pass through) with the engine of ``settings``.
    ``large_input``: known to hold more than one batch, so the workers start before anything is read."""
    batches = iter_batches(items, settings.engine.batch_chars)
    if large_input:
        with open_engine(settings, factory, on_loaded=on_loaded, read_while_loading=True) as engine:
            yield from engine.results(batches)
        return
    head = list(itertools.islice(batches, 2))  # one batch of work is not worth starting workers
    with open_engine(settings, factory, small_input=len(head) < 2, on_loaded=on_loaded) as engine:
        yield from engine.results(itertools.chain(head, batches))


def local_bytes_reach(inputs: Sequence[str], least: int) -> bool:
    """Whether the files and folders among ``inputs`` hold at least ``least`` bytes (stdin and URLs count as
    nothing: their size is known only once read)."""
    total = 0
    for name in inputs:
        path = Path(name)
        for file in path.rglob("*") if path.is_dir() else (path,):
            with contextlib.suppress(OSError):  # unreadable: the reader reports it
                total += file.stat().st_size if file.is_file() else 0
            if total >= least:
                return True
    return False


def iter_results(
    inputs: Sequence[str],
    settings: Settings,
    skip: Callable[[Article], bool] | None = None,
    factory: CoderFactory = load_pipeline,
    exclude: Collection[Path] = (),
    on_loaded: OnLoaded | None = None,
) -> Iterator[Result]:
    """Read and code ``inputs``; results and problems in input order, whatever the engine.

    ``skip`` is called, in this process, on each article as it is read and
    before it is coded; articles it returns True for are neither coded nor
    yielded (``eventwire ingest`` passes over stored articles this way).
    Files in ``exclude`` are not read when found inside an input folder.
    ``on_loaded`` is told how long the pipelines took to load.
    """
    from ..read import iter_articles  # here, not above: worker processes import this package and never read

    items = iter_articles(inputs, settings, exclude)
    if skip is not None:  # all may be skipped (stored already): nothing loads before an article needs it
        items = (item for item in items if isinstance(item, Problem) or not skip(item))
    large = skip is None and local_bytes_reach(inputs, LARGE_INPUT_BATCHES * settings.engine.batch_chars)
    yield from code_items(items, settings, factory, on_loaded, large_input=large)
