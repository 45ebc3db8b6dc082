"""Engines decide where documents are coded; all give the same results in input order.

    iter_results(inputs, settings) -> Iterator[DocumentResult | Problem]
"""

from .run import iter_results

__all__ = ["iter_results"]
