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
    articles = iter_articles(inputs, settings)
    if skip is not None:
        articles = (a for a in articles if isinstance(a, Problem) or not skip(a))
    yield from Pipeline(settings).code_articles(articles)
