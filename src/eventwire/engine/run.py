"""Choosing an engine. First version: one process.

Issue 7 adds worker processes and the Dask engine behind this function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..config import Settings
from ..pipeline import Pipeline
from ..read import iter_articles
from ..types import Article, DocumentResult, Problem


def iter_results(
    inputs: Sequence[str],
    settings: Settings,
    skip: Callable[[Article], bool] | None = None,
) -> Iterator[DocumentResult | Problem]:
    """Code ``inputs`` in input order.

    ``skip`` is called, in this process, on each article as it is read and
    before it is coded; articles it returns True for are neither coded nor
    yielded (``eventwire ingest`` passes over stored articles this way).
    """
    pipeline: Pipeline | None = None  # loaded on the first article to code: none when all are skipped
    for item in iter_articles(inputs, settings):
        if isinstance(item, Problem):
            yield item
        elif skip is None or not skip(item):
            pipeline = pipeline or Pipeline(settings)
            yield pipeline.code_article(item)
