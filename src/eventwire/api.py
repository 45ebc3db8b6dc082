"""The Python API for notebooks and scripts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .types import Article, DocumentResult, Event, Problem

if TYPE_CHECKING:
    import pandas

    from .pipeline import Pipeline

BATCH_ARTICLES = 32  # articles parsed in one nlp.pipe stream by code_many; memory stays bounded
ARTICLE_FIELDS = {"id": "doc_id", "doc_id": "doc_id", "title": "title", "source": "source", "url": "url", "date": "published", "published": "published"}


def _article(text: str, date: Any = None, origin: str = "<api>", **metadata: Any) -> Article:
    fields = {ARTICLE_FIELDS[k]: v for k, v in metadata.items() if k in ARTICLE_FIELDS and v is not None}
    if date is not None:
        fields["published"] = date.isoformat() if hasattr(date, "isoformat") else str(date)
    if fields.get("doc_id") is not None:
        fields["doc_id"] = str(fields["doc_id"])
    return Article(origin=origin, text=text, kind="api", **fields)


def _record_article(item: str | Mapping[str, Any], number: int) -> Article:
    record = {"text": item} if isinstance(item, str) else dict(item)
    text = record.pop("text", "")
    return _article(text, origin=f"<api>:{number}", **record)


class Coder:
    """A loaded pipeline: the spaCy model and dictionaries, loaded once."""

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        from .pipeline import Pipeline

        settings = settings or load_settings()
        self.settings = settings.with_overrides(overrides)
        self.pipeline: Pipeline = Pipeline(self.settings)

    def code(self, text: str, date: Any = None, **metadata: Any) -> list[Event]:
        """Events of one article; ``date`` is its publication date."""
        result = self.pipeline.code_article(_article(text, date, **metadata))
        return [] if isinstance(result, Problem) else list(result.events)

    def code_many(self, documents: Iterable[str | Mapping[str, Any]]) -> Iterator[Event]:
        """Events of many articles, streamed in input order: strings or dicts with ``text`` and metadata.

        Articles are coded in small batches, so an endless iterator works and
        memory stays flat.
        """
        articles = (_record_article(item, number) for number, item in enumerate(documents))
        while batch := list(islice(articles, BATCH_ARTICLES)):
            for result in self.pipeline.code_batch(batch):
                if isinstance(result, DocumentResult):
                    yield from result.events


@lru_cache(maxsize=2)
def _default_coder(settings: Settings) -> Coder:
    # A memo, not state: settings are immutable, so a loaded coder can be reused.
    return Coder(settings)


def code(text: str, date: Any = None, *, settings: Settings | None = None, **metadata: Any) -> list[Event]:
    """Code one article's text; metadata: id, title, source, url."""
    return _default_coder(settings or load_settings()).code(text, date, **metadata)


def code_many(documents: Iterable[str | Mapping[str, Any]], *, settings: Settings | None = None) -> Iterator[Event]:
    """Stream events from many documents (strings, or dicts with ``text``)."""
    return _default_coder(settings or load_settings()).code_many(documents)


def to_dataframe(events: Iterable[Event]) -> pandas.DataFrame:
    """One row per event, flat columns (``formats.ROW_COLUMNS``)."""
    import pandas

    from .formats import ROW_COLUMNS, event_row

    return pandas.DataFrame([event_row(e) for e in events], columns=list(ROW_COLUMNS))
