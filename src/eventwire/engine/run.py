"""Choosing an engine. First version: one process.

Issue 7 adds worker processes and the Dask engine behind this function.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..config import Settings
from ..pipeline import code_inputs
from ..types import DocumentResult, Problem


def iter_results(inputs: Sequence[str], settings: Settings) -> Iterator[DocumentResult | Problem]:
    yield from code_inputs(inputs, settings)
