"""What every worker does with a batch, whatever the engine.

A bug or bad data that raises on one document must not lose the batch:
the batch is coded again one document at a time and only the document
that fails becomes a Problem (E602). Engines call ``code_batch`` so that
this happens the same way in one process, in worker processes and on Dask.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import Protocol

from ..config import Settings
from ..errors import problem
from ..types import Article, Problem
from .batches import Item, Result


class BatchCoder(Protocol):
    """What engines need from a pipeline (``eventwire.pipeline.Pipeline``)."""

    def code_batch(self, items: Sequence[Item]) -> list[Result]: ...

    def code_article(self, article: Article) -> Result: ...


CoderFactory = Callable[[Settings], BatchCoder]
# Objects allocated before a young collection runs. Coding a sentence makes tens of thousands of
# short-lived objects in reference cycles (parsed tokens and their index); Python's default of 700
# collects many times per sentence, each time for little. Memory stays bounded: a collection still
# runs every 50,000 allocations.
CODING_GC_THRESHOLD = 50_000


def load_pipeline(settings: Settings) -> BatchCoder:
    """The default factory: the full pipeline (imported late: workers load spaCy, parents need not).
    What it loads lives as long as the worker, frozen: the garbage collector never walks it."""
    from ..startup import collection_paused

    with collection_paused():
        from ..pipeline import Pipeline

        pipeline = Pipeline(settings)
        gc.freeze()  # before collection resumes: no collection walks what was loaded, not even once
    gc.set_threshold(CODING_GC_THRESHOLD, *gc.get_threshold()[1:])
    return pipeline


def failure_reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def worker_failure(item: Item, reason: str) -> Problem:
    return item if isinstance(item, Problem) else problem("E602", item.origin, reason=reason)


def code_one(coder: BatchCoder, item: Item) -> Result:
    if isinstance(item, Problem):
        return item
    try:
        return coder.code_article(item)
    except Exception as exc:  # noqa: BLE001 - any failure on one document becomes its Problem
        return worker_failure(item, failure_reason(exc))


def code_batch(coder: BatchCoder, items: Sequence[Item]) -> list[Result]:
    """Results of ``items`` in order; a document that raises becomes an E602 Problem."""
    try:
        return coder.code_batch(items)
    except Exception:  # noqa: BLE001 - find the failing document by coding them one by one
        return [code_one(coder, item) for item in items]
