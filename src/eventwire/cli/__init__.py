"""The ``eventwire`` command: a thin layer over the library.

Each command lives in its own module and is registered here.
"""

from __future__ import annotations

from .main import main
from . import actors, article, code, dyad, evaluate, evaluate_actors, export, ingest, petrarch, query, serve, stats  # noqa: F401  (register commands)

__all__ = ["main"]
