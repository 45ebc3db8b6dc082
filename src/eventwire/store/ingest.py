"""Storing coded documents: idempotent, a batch per transaction, streaming.

An article already in the store (same doc_id, or the same text hash when
the input gave no id) is skipped, preferably before it is coded
(``StoreWriter.is_stored`` is the engine's ``skip`` predicate). An article
whose id is stored already with *other* text is an id conflict: the first
text stays, and the conflict is reported (E413, naming both origins) and
counted apart from true duplicates. Each batch of
articles, their event mentions and the events they change is committed in
one transaction, so a run killed at any moment leaves whole batches only,
and running it again finishes the job exactly as one clean run would.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow

from ..clean import clean_article
from ..config import Settings
from ..errors import problem
from ..types import Article, DocumentResult, Problem
from .db import first_row
from .dedupe import ensure_window, update_events
from .records import article_row, document_hash, id_was_given, mention_row
from .schema import ARTICLE_COLUMNS, MENTION_COLUMNS

ARROW_TYPES = {
    "VARCHAR": pyarrow.string(),
    "BOOLEAN": pyarrow.bool_(),
    "INTEGER": pyarrow.int32(),
    "TINYINT": pyarrow.int8(),
    "BIGINT": pyarrow.int64(),
    "DOUBLE": pyarrow.float64(),
    "DATE": pyarrow.date32(),
    "TIMESTAMP": pyarrow.timestamp("us"),
    "VARCHAR[]": pyarrow.list_(pyarrow.string()),
}


def arrow_schema(columns: Sequence[tuple[str, str]]) -> pyarrow.Schema:
    """The Arrow schema of a table's columns (SQL type is the first word of its declaration)."""
    return pyarrow.schema([(name, ARROW_TYPES[kind.split()[0]]) for name, kind in columns])


def arrow_table(rows: list[dict[str, Any]], schema: pyarrow.Schema) -> pyarrow.Table:
    """Rows (dicts) as an Arrow table, built column by column (much faster than from_pylist)."""
    columns = list(zip(*[[row[name] for name in schema.names] for row in rows])) or [()] * len(schema)
    return pyarrow.table([pyarrow.array(column, field.type) for column, field in zip(columns, schema)], schema=schema)


ARTICLE_SCHEMA = arrow_schema(ARTICLE_COLUMNS)
MENTION_SCHEMA = arrow_schema(MENTION_COLUMNS)


@dataclass(frozen=True)
class IngestCounts:
    """What an ingest did so far (or in all, at the end)."""

    stored: int = 0  # articles stored
    skipped: int = 0  # articles already in the store
    conflicts: int = 0  # articles not stored: their id is stored with other text (E413)
    problems: int = 0  # inputs that could not be used
    mentions: int = 0  # event mentions stored
    withheld: int = 0  # events below the confidence threshold, not stored
    batches: int = 0  # transactions committed
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        """Articles seen: stored or skipped."""
        return self.stored + self.skipped


Progress = Callable[[IngestCounts], None]


class StoreWriter:
    """Buffers coded documents and commits them a batch at a time."""

    def __init__(
        self, connection: duckdb.DuckDBPyConnection, settings: Settings, on_problem: Callable[[Problem], None] | None = None
    ) -> None:
        self.connection = connection
        self.settings = settings
        self.on_problem = on_problem  # told of each id conflict (E413)
        self.batch_size = max(1, settings.store.batch_articles)
        self.window_days = settings.dedupe.window_days
        self.counts = IngestCounts()
        self._articles: list[dict[str, Any]] = []
        self._mentions: list[dict[str, Any]] = []
        self._pending: dict[str, tuple[str, str]] = {}  # doc_id -> (text hash, origin) in this batch
        self._pending_hashes: set[str] = set()
        self._started = time.monotonic()

    # --- skipping what is stored ---------------------------------------------------

    def _stored_as(self, doc_id: str) -> tuple[str, str] | None:
        """(text hash, origin) of the article stored, or waiting in this batch, under ``doc_id``."""
        if doc_id in self._pending:
            return self._pending[doc_id]
        return first_row(self.connection.execute("SELECT text_hash, origin FROM store_articles WHERE doc_id = ?", [doc_id]))

    def _hash_known(self, text_hash: str) -> bool:
        if text_hash in self._pending_hashes:
            return True
        return first_row(self.connection.execute("SELECT 1 FROM store_articles WHERE text_hash = ? LIMIT 1", [text_hash])) is not None

    def is_stored(self, article: Article) -> bool:
        """Is this article's id (or, without an id, its text) stored already? Runs before coding.

        Counts the skip, or reports the id conflict; an article that cannot
        be cleaned is left to the pipeline to report.
        """
        stored = self._stored_as(article.doc_id) if article.doc_id is not None else None
        if article.doc_id is not None and stored is None:
            return False  # a new id: no need to clean it here
        document = clean_article(article, self.settings)
        if isinstance(document, Problem):
            return False
        text_hash = document_hash(document)
        if stored is not None:
            self._skip_or_conflict(document.doc_id, document.origin, text_hash != stored[0], stored[1])
            return True
        if self._stored_as(document.doc_id) is not None or self._hash_known(text_hash):
            self._count(skipped=1)
            return True
        return False

    def _skip_or_conflict(self, doc_id: str, origin: str, other_text: bool, first_origin: str | None) -> None:
        """Count a true duplicate as skipped; report and count an id stored with other text."""
        if not other_text:
            self._count(skipped=1)
            return
        self._count(conflicts=1)
        if self.on_problem:
            self.on_problem(problem("E413", origin, doc_id=doc_id, first=first_origin or "an earlier input"))

    # --- writing -----------------------------------------------------------------

    def add(self, result: DocumentResult) -> bool:
        """Buffer a coded document; commit when the batch is full. False if it is in this batch already.

        Whether it is in the store already is checked for the whole batch at
        once, in ``flush`` (one query instead of one per article).
        """
        document = result.document
        text_hash = document_hash(document)
        pending = self._pending.get(document.doc_id)
        if pending is not None:
            self._skip_or_conflict(document.doc_id, document.origin, text_hash != pending[0], pending[1])
            return False
        if not id_was_given(document) and text_hash in self._pending_hashes:
            self._count(skipped=1)
            return False
        self._articles.append(article_row(result, _now()))
        seen: set[str] = set()
        for event in result.events:
            if event.event_id not in seen:  # a repeated id would break the batch; keep the first
                seen.add(event.event_id)
                self._mentions.append(mention_row(event, document))
        self._pending[document.doc_id] = (text_hash, document.origin)
        self._pending_hashes.add(text_hash)
        self._count(stored=1, mentions=len(seen), withheld=result.withheld)  # provisional: flush() recounts what was stored before
        if len(self._articles) >= self.batch_size:
            self.flush()
        return True

    def add_problem(self) -> None:
        self._count(problems=1)

    def flush(self) -> None:
        """Commit the buffered documents, their mentions and the events they change, all or nothing."""
        if not self._articles:
            return
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            ensure_window(connection, self.window_days)
            self._drop_stored()
            _insert(connection, "store_articles", arrow_table(self._articles, ARTICLE_SCHEMA))
            _insert(connection, "store_mentions", arrow_table(self._mentions, MENTION_SCHEMA), new_only=True)
            update_events(connection, self.window_days)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        self._articles, self._mentions = [], []
        self._pending, self._pending_hashes = {}, set()
        self._count(batches=1)

    def _drop_stored(self) -> None:
        """Take out of the batch the articles the store holds already (e.g. stored by another run meanwhile)."""
        keys = pyarrow.table({
            "doc_id": [a["doc_id"] for a in self._articles],
            "text_hash": [a["text_hash"] for a in self._articles],
            "id_given": [a["id_given"] for a in self._articles],
        })  # fmt: skip
        self.connection.register("batch_keys", keys)
        try:
            stored = {doc_id: (other, origin) for doc_id, other, origin in self.connection.execute(_STORED_IN_BATCH).fetchall()}
        finally:
            self.connection.unregister("batch_keys")
        if not stored:
            return
        for article in self._articles:
            if article["doc_id"] in stored:
                self._count(stored=-1)
                self._skip_or_conflict(article["doc_id"], article["origin"], *stored[article["doc_id"]])
        self._articles = [a for a in self._articles if a["doc_id"] not in stored]
        kept = [m for m in self._mentions if m["doc_id"] not in stored]
        self._count(mentions=len(kept) - len(self._mentions))
        self._mentions = kept

    def _count(self, **increments: int) -> None:
        counts = self.counts
        changes = {name: getattr(counts, name) + value for name, value in increments.items()}
        self.counts = replace(counts, **changes, seconds=time.monotonic() - self._started)


_STORED_IN_BATCH = """
SELECT b.doc_id, bool_or(s.doc_id = b.doc_id AND s.text_hash <> b.text_hash), any_value(s.origin)
FROM batch_keys b JOIN store_articles s
  ON s.doc_id = b.doc_id OR (NOT b.id_given AND s.text_hash = b.text_hash)
GROUP BY b.doc_id
"""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _insert(connection: duckdb.DuckDBPyConnection, table: str, rows: pyarrow.Table, new_only: bool = False) -> None:
    if rows.num_rows == 0:
        return
    connection.register("batch_rows", rows)
    try:
        condition = " WHERE event_id NOT IN (SELECT event_id FROM store_mentions)" if new_only else ""
        columns = ", ".join(f'"{name}"' for name in rows.column_names)
        connection.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_rows{condition}")
    finally:
        connection.unregister("batch_rows")


def ingest_results(
    writer: StoreWriter,
    results: Iterable[DocumentResult | Problem],
    on_progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestCounts:
    """Store coded documents as they stream in; returns the final counts."""
    for item in results:
        if isinstance(item, Problem):
            writer.add_problem()
            if on_problem:
                on_problem(item)
        else:
            writer.add(item)
        if on_progress:
            on_progress(writer.counts)
    writer.flush()
    return writer.counts
