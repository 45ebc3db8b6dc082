"""The coding pipeline of one server process, loaded on first use.

Loading spaCy takes seconds, so the server starts without it and loads it
once, on the first ``POST /api/code``; later requests reuse it. Coding is
serialised by a lock: it is CPU-bound, and a spaCy pipeline is not meant to
be driven by several threads at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..config import Settings
from ..types import Article, DocumentResult, Problem

if TYPE_CHECKING:
    from ..pipeline import Pipeline

PipelineFactory = Callable[[Settings], "Pipeline"]


def load_pipeline(settings: Settings) -> Pipeline:
    from ..pipeline import Pipeline

    return Pipeline(settings)


class LazyCoder:
    def __init__(self, settings: Settings, factory: PipelineFactory = load_pipeline) -> None:
        self.settings = settings
        self._factory = factory
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def code(self, text: str, date: str | None = None, title: str | None = None) -> DocumentResult | Problem:
        """Code one article sent to the API (nothing is stored here)."""
        article = Article(origin="<api>", text=text, title=title, published=date, kind="api")
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory(self.settings)
            return self._pipeline.code_article(article)
