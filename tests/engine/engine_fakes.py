"""A light stand-in for the pipeline, to test engines without loading spaCy.

Engines import coders through a factory; worker processes import this
module by name (it is on the test path), so it must stay importable and
free of pytest fixtures. Markers in the article text make it misbehave:

    CRASH-WORKER   the worker process dies on the spot (os._exit)
    RAISE-ERROR    coding raises an exception
    SLEEP-<ms>     coding takes that long (to scramble completion order)
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path

from eventwire.config import Settings
from eventwire.types import Article, Document, DocumentResult, Problem

LOADS_ENV = "EVENTWIRE_TEST_LOADS"  # folder where each load leaves a file named after its pid


class FakeCoder:
    def __init__(self, settings: Settings) -> None:
        folder = os.environ.get(LOADS_ENV)
        if folder:
            (Path(folder) / f"{os.getpid()}-{time.monotonic_ns()}").touch()

    def code_article(self, article: Article) -> DocumentResult:
        if "CRASH-WORKER" in article.text:
            os._exit(7)
        if "RAISE-ERROR" in article.text:
            raise ValueError("cannot code this one")
        delay = re.search(r"SLEEP-(\d+)", article.text)
        if delay:
            time.sleep(int(delay.group(1)) / 1000)
        document = Document(doc_id=article.doc_id or article.origin, origin=article.origin, body=(article.text,), source=str(os.getpid()))
        return DocumentResult(document=document, events=(), sentences=article.text.count(".") or 1, sentences_parsed=1)

    def code_batch(self, items: Sequence[Article | Problem]) -> list[DocumentResult | Problem]:
        return [item if isinstance(item, Problem) else self.code_article(item) for item in items]


def load_fake(settings: Settings) -> FakeCoder:
    return FakeCoder(settings)


def articles(texts: Sequence[str]) -> list[Article]:
    return [Article(origin=f"doc-{number}", text=text, doc_id=f"doc-{number}") for number, text in enumerate(texts)]


def load_failing(settings: Settings) -> FakeCoder:
    from eventwire.errors import EventwireError

    raise EventwireError("E004", model="a-model-nobody-installed")
