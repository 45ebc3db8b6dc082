"""``EventStore``: the Python API over a DuckDB event store.

The CLI (ingest, export, stats, dyad, query) and the web dashboard are thin
layers over this class. Records come back in the DESIGN.md event shape.

    with EventStore.open("eventwire.duckdb", read_only=True) as store:
        rows, total = store.events({"source": "CHN", "target": "PRK"}, limit=20)
        series = store.dyad_series("CHN", "PRK", interval="month")

Each method uses its own cursor, so one open store may serve several
threads (a web server) as long as nothing else writes to the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Mapping

import duckdb

from ..config import Settings
from ..errors import EventwireError
from ..types import DocumentResult, Problem
from .db import connect, first_line, first_row, get_meta, store_files
from .dyad import DyadSeries, dyad_series
from .filters import EventFilter, where_clause
from .ingest import IngestCounts, Progress, StoreWriter, ingest_results
from .records import EVENT_EXTRA_FIELDS, event_record, mention_record

FilterLike = EventFilter | Mapping[str, Any] | None

_EVENT_SELECT = (
    "SELECT m.*, me.global_event_id, "
    + ", ".join(f"e.{name} AS e_{name}" for name in ("date", *EVENT_EXTRA_FIELDS))
    + " FROM store_events e JOIN store_mentions m ON m.event_id = e.event_id"
    " JOIN store_mention_event me ON me.event_id = e.event_id"
)


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


class EventStore:
    """An open event store. Use ``EventStore.open``; close it (or use ``with``) when done."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> EventStore:
        """Open (writable: create or upgrade) the store at ``path``.

        ``read_only=True`` never changes the file, and fails with a one-line
        ``EventwireError`` if the store does not exist or is being written.
        """
        return cls(connect(path, read_only=read_only), Path(path), read_only)

    @classmethod
    def open_sealed(cls, path: str | Path) -> EventStore:
        """Open the store at ``path`` for untrusted SQL (``eventwire query``, the web server):
        read-only, with DuckDB's access to files, URLs and extensions off and its settings
        locked, so a query can neither write, read another file, nor change that."""
        return cls(connect(path, sealed=True), Path(path), read_only=True)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self.connection.cursor()

    # --- writing ----------------------------------------------------------------------

    def writer(self, settings: Settings, on_problem: Callable[[Problem], None] | None = None) -> StoreWriter:
        if self.read_only:
            raise EventwireError("E411", origin=str(self.path))
        return StoreWriter(self.connection, settings, on_problem)

    def ingest_results(
        self,
        results: Iterable[DocumentResult | Problem],
        settings: Settings,
        on_progress: Progress | None = None,
        on_problem: Callable[[Problem], None] | None = None,
    ) -> IngestCounts:
        """Store already coded documents (e.g. from ``engine.iter_results``); idempotent.

        ``on_problem`` is told of bad inputs and of id conflicts (E413)."""
        return ingest_results(self.writer(settings, on_problem), results, on_progress, on_problem)

    def ingest(
        self,
        inputs: Sequence[str],
        settings: Settings,
        on_progress: Progress | None = None,
        on_problem: Callable[[Problem], None] | None = None,
    ) -> IngestCounts:
        """Read, code and store ``inputs``; articles already stored are skipped before coding,
        and so are the store's own files inside an input folder."""
        from ..engine import iter_results

        writer = self.writer(settings, on_problem)
        results = iter_results(list(inputs), settings, skip=writer.is_stored, exclude=store_files(self.path))
        return ingest_results(writer, results, on_progress, on_problem)

    # --- reading ----------------------------------------------------------------------

    def events(self, filters: FilterLike = None, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Deduplicated events matching ``filters``, newest first, and how many match in all.

        Each record is the DESIGN.md record of the event's first report, with
        ``date`` the event's date and the extra fields ``global_event_id``,
        ``num_mentions``, ``num_sources``, ``num_articles``, ``first_seen``,
        ``source_url``.
        """
        where, params = where_clause(EventFilter.of(filters), "date", mentions_table=False)
        sql = (
            f"SELECT event_id, date AS e_date, {', '.join(f'{name} AS e_{name}' for name in EVENT_EXTRA_FIELDS)}"
            f" FROM store_events {where} ORDER BY date DESC NULLS LAST, global_event_id LIMIT ? OFFSET ?"
        )
        page, total = self._page(f"SELECT count(*) FROM store_events {where}", sql, params, limit, offset)
        return [event_record(row) for row in self._with_first_reports(page)], total

    def _with_first_reports(self, page: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each event row of a page joined to its first report's mention row.

        One lookup of the page's mentions by id: a join of the page to the
        whole mentions table cost about 40% more CPU (on 50,000 mentions).
        """
        ids = [row["event_id"] for row in page]
        cursor = self._cursor()
        mentions = {m["event_id"]: m for m in _dicts(cursor.execute("SELECT * FROM store_mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]))}
        return [{**mentions[row["event_id"]], "global_event_id": row["e_global_event_id"], **row} for row in page]

    def iter_events(self, filters: FilterLike = None, batch: int = 10_000) -> Iterator[dict[str, Any]]:
        """Every matching event record (as ``events`` returns them), oldest first, streamed."""
        where, params = where_clause(EventFilter.of(filters), "date", mentions_table=False)
        sql = (
            f"{_EVENT_SELECT} WHERE e.global_event_id IN (SELECT global_event_id FROM store_events {where})"
            " ORDER BY e.date NULLS LAST, e.global_event_id"
        )
        yield from (event_record(row) for row in _iter_dicts(self._cursor().execute(sql, params), batch))

    def iter_mentions(self, filters: FilterLike = None, batch: int = 10_000) -> Iterator[dict[str, Any]]:
        """Every matching raw mention record, in date order, streamed."""
        where, params = where_clause(EventFilter.of(filters), "event_date", mentions_table=True)
        sql = (
            f"SELECT m.*, me.global_event_id FROM (SELECT * FROM store_mentions {where}) m"
            " LEFT JOIN store_mention_event me USING (event_id)"
            " ORDER BY m.event_date NULLS LAST, m.doc_id, m.sentence_index, m.event_id"
        )
        yield from (_with_event_id(row) for row in _iter_dicts(self._cursor().execute(sql, params), batch))

    def event(self, global_event_id: int) -> dict[str, Any] | None:
        """One deduplicated event with ``mentions``: the records of every report of it."""
        cursor = self._cursor()
        rows = _dicts(cursor.execute(f"{_EVENT_SELECT} WHERE e.global_event_id = ?", [int(global_event_id)]))
        if not rows:
            return None
        record = event_record(rows[0])
        record["mentions"] = self.event_mentions(global_event_id)
        return record

    def event_mentions(self, global_event_id: int) -> list[dict[str, Any]]:
        """Every stored mention of one event, in report order, each with ``global_event_id``."""
        sql = (
            "SELECT m.*, me.global_event_id FROM store_mentions m JOIN store_mention_event me USING (event_id)"
            " WHERE me.global_event_id = ? ORDER BY m.event_date NULLS LAST, m.published_utc NULLS LAST,"
            " m.doc_id, m.sentence_index, m.event_id"
        )
        return [_with_event_id(row) for row in _dicts(self._cursor().execute(sql, [int(global_event_id)]))]

    def mentions(self, filters: FilterLike = None, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Raw mentions (one per coded sentence event) matching ``filters``, and the total."""
        where, params = where_clause(EventFilter.of(filters), "event_date", mentions_table=True)
        sql = (
            f"SELECT m.*, me.global_event_id FROM (SELECT * FROM store_mentions {where}) m"
            " LEFT JOIN store_mention_event me USING (event_id)"
            " ORDER BY m.event_date DESC NULLS LAST, m.doc_id, m.sentence_index, m.event_id LIMIT ? OFFSET ?"
        )
        rows, total = self._page(f"SELECT count(*) FROM store_mentions {where}", sql, params, limit, offset)
        return [_with_event_id(row) for row in rows], total

    def _page(self, count_sql: str, rows_sql: str, params: list[Any], limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """The rows of one page (``rows_sql`` ends with LIMIT ? OFFSET ?) and the total count."""
        cursor = self._cursor()
        total = first_row(cursor.execute(count_sql, params))[0]
        rows = _dicts(cursor.execute(rows_sql, [*params, max(0, int(limit)), max(0, int(offset))]))
        return rows, int(total)

    def article(self, doc_id: str) -> dict[str, Any] | None:
        """One stored article: metadata, ``body`` paragraphs, ``sentences`` that hold events, ``events``.

        Each entry of ``sentences`` has ``index``, ``text``, ``paragraph`` and
        ``start``/``end`` (offsets in that paragraph; None if not found) so a
        page can highlight it; trigger and actor offsets in ``events`` are
        relative to the sentence text.
        """
        cursor = self._cursor()
        rows = _dicts(cursor.execute("SELECT * FROM articles WHERE doc_id = ?", [doc_id]))
        if not rows:
            return None
        article = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in rows[0].items()}
        mention_rows = _dicts(
            cursor.execute(
                "SELECT m.*, me.global_event_id FROM store_mentions m LEFT JOIN store_mention_event me USING (event_id)"
                " WHERE m.doc_id = ? ORDER BY m.sentence_index, m.trigger_start, m.event_id",
                [doc_id],
            )
        )
        article["events"] = [_with_event_id(row) for row in mention_rows]
        article["sentences"] = _evidence_sentences(mention_rows, article["body"] or [])
        return article

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts of articles, events and mentions, the date range and the top dyads."""
        cursor = self._cursor()
        articles, sources = first_row(cursor.execute("SELECT count(*), count(DISTINCT source_key) FROM store_articles"))
        mentions = first_row(cursor.execute("SELECT count(*) FROM store_mentions"))[0]
        events, first, last = first_row(cursor.execute("SELECT count(*), min(date), max(date) FROM store_events"))
        quads = dict(cursor.execute("SELECT quad_class, count(*) FROM store_events GROUP BY ALL").fetchall())
        dyads = cursor.execute(
            "SELECT source_country, target_country, count(*) AS n, sum(num_mentions) FROM store_events"
            " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
            " GROUP BY ALL ORDER BY n DESC, source_country, target_country LIMIT ?",
            [int(top)],
        ).fetchall()
        window = get_meta(cursor, "dedupe_window_days")
        return {
            "articles": int(articles),
            "events": int(events),
            "mentions": int(mentions),
            "sources": int(sources),
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "by_quad_class": {str(q): int(quads.get(q, 0)) for q in (1, 2, 3, 4)},
            "top_dyads": [{"source": s, "target": t, "events": int(n), "mentions": int(m)} for s, t, n, m in dyads],
            "dedupe_window_days": int(window) if window is not None else None,
        }

    def dyad_series(
        self,
        source: str,
        target: str,
        interval: str = "month",
        both_directions: bool = False,
        modalities: tuple[str, ...] = ("asserted",),
    ) -> DyadSeries:
        """Events between two countries per period: counts by quad class and mean Goldstein."""
        return dyad_series(self._cursor(), source, target, interval, both_directions, modalities)

    def export(self, fmt: str, path: str | Path, mentions: bool = False, asserted_only: bool = False,
               min_confidence: float = 0.0) -> int:
        """Write events (or raw ``mentions``) as gdelt, csv, jsonl, parquet or plover; returns rows written."""
        from .export import export

        return export(self, fmt, path, mentions=mentions, asserted_only=asserted_only, min_confidence=min_confidence)

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], Iterable[tuple[Any, ...]]]:
        """Run SQL over the views ``events``, ``mentions``, ``articles``: column names and a row iterator."""
        cursor = self._cursor()
        try:
            cursor.execute(sql, list(params))
        except duckdb.Error as exc:
            raise EventwireError("E412" if _refused(exc) else "E403", reason=first_line(exc)) from None
        columns = [column[0] for column in cursor.description or []]
        return columns, _iter_rows(cursor)


def _refused(exc: duckdb.Error) -> bool:
    """Did DuckDB refuse the statement (a write, a file, a setting) rather than fail on it?"""
    if isinstance(exc, duckdb.PermissionException):
        return True
    text = str(exc)
    return isinstance(exc, duckdb.InvalidInputException) and ("read-only mode" in text or "has been locked" in text)


def _iter_dicts(cursor: duckdb.DuckDBPyConnection, size: int) -> Iterator[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    while rows := cursor.fetchmany(size):
        yield from (dict(zip(names, row)) for row in rows)


def _iter_rows(cursor: duckdb.DuckDBPyConnection, size: int = 10_000) -> Iterable[tuple[Any, ...]]:
    while rows := cursor.fetchmany(size):
        yield from rows


def _with_event_id(row: Mapping[str, Any]) -> dict[str, Any]:
    record = mention_record(row)
    record["global_event_id"] = row.get("global_event_id")
    return record


def _evidence_sentences(rows: list[dict[str, Any]], body: list[str]) -> list[dict[str, Any]]:
    sentences: dict[int, dict[str, Any]] = {}
    for row in rows:
        index = row["sentence_index"]
        if index in sentences:
            continue
        paragraph = row["paragraph"]
        start = body[paragraph].find(row["sentence"]) if paragraph is not None and paragraph < len(body) else -1
        sentences[index] = {
            "index": index,
            "text": row["sentence"],
            "paragraph": paragraph,
            "start": start if start >= 0 else None,
            "end": start + len(row["sentence"]) if start >= 0 else None,
        }
    return [sentences[i] for i in sorted(sentences)]
