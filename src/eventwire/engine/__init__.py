"""Engines decide where documents are coded; all give the same results in input order.

    iter_results(inputs, settings) -> Iterator[DocumentResult | Problem]
"""

from .run import code_items, iter_results, open_engine, worker_count

__all__ = ["code_items", "iter_results", "open_engine", "worker_count"]
