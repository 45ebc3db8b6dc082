"""The web app's access to the event store.

``StoreHandle`` opens the store once, on first use, and keeps it open for
the life of the app: sealed (read-only, no access to other files, URLs or
settings: ``EventStore.open_sealed``) unless the server allows ingest. Everything
is read through ``EventStore``; the few views the dashboard needs that the
store API has no method for (places, countries) are small queries over the
store's documented views (``events``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..config import Settings
from ..store import EventStore
from ..types import DocumentResult
from .worldmap import Place


T = TypeVar("T")


class StoreHandle:
    def __init__(self, path: Path, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self._store: EventStore | None = None
        self._open_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._cache: dict[Hashable, Any] = {}
        self._cache_lock = threading.Lock()

    def cached(self, key: Hashable, compute: Callable[[EventStore], T]) -> T:
        """``compute(store)``, remembered until the app writes to the store.

        For the summaries every overview page needs (counts, places, countries):
        they change only when articles are stored, and only this app can store
        them while it holds the store open.
        """
        with self._cache_lock:
            if key not in self._cache:
                self._cache[key] = compute(self.get())
            return self._cache[key]

    def get(self) -> EventStore:
        """The open store; raises ``EventwireError`` (E4xx) if it cannot be opened."""
        with self._open_lock:
            if self._store is None:
                # read-only: the sealed connection of 'eventwire query' (no writes, files, URLs
                # or settings); with --allow-ingest the app's writes need a writable one
                self._store = EventStore.open(self.path) if self.writable else EventStore.open_sealed(self.path)
            return self._store

    def stats(self, top: int = 10) -> dict[str, Any]:
        """``EventStore.stats``, cached."""
        return self.cached(("stats", top), lambda store: store.stats(top=top))

    def store_result(self, result: DocumentResult, settings: Settings) -> bool:
        """Store one coded article (idempotent); True when it is in the store afterwards, new or not."""
        store = self.get()
        with self._write_lock:  # one writer at a time on the shared connection
            counts = store.ingest_results([result], settings)
        with self._cache_lock:
            self._cache.clear()
        return counts.articles > 0

    def close(self) -> None:
        with self._open_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def _rows(store: EventStore, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    _, rows = store.query(sql, params or [])
    return list(rows)


def places(store: EventStore, limit: int = 500) -> tuple[list[Place], int]:
    """Where events happened (places with coordinates), and how many events have none."""
    rows = _rows(
        store,
        "SELECT location_name, any_value(location_country), avg(location_lat), avg(location_lon), count(*) AS n"
        " FROM events WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL"
        " GROUP BY location_name ORDER BY n DESC, location_name LIMIT ?",
        [limit],
    )
    unplaced = _rows(store, "SELECT count(*) FROM events WHERE location_lat IS NULL OR location_lon IS NULL")[0][0]
    return [Place(str(name), country, float(lat), float(lon), int(n)) for name, country, lat, lon, n in rows], int(unplaced)


def country_counts(store: EventStore, limit: int = 12) -> list[tuple[str, int]]:
    """Countries by the number of events they take part in (as source or target)."""
    return [
        (str(country), int(n))
        for country, n in _rows(
            store,
            "SELECT country, count(*) AS n FROM ("
            " SELECT source_country AS country FROM events WHERE source_country IS NOT NULL"
            " UNION ALL SELECT target_country FROM events"
            " WHERE target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country)"
            " GROUP BY country ORDER BY n DESC, country LIMIT ?",
            [limit],
        )
    ]


def countries(store: EventStore) -> list[str]:
    """Every country code that appears as a source or target, for filter suggestions."""
    rows = _rows(
        store,
        "SELECT DISTINCT c FROM (SELECT source_country AS c FROM events UNION SELECT target_country FROM events)"
        " WHERE c IS NOT NULL ORDER BY c",
    )
    return [str(c) for (c,) in rows]


@dataclass(frozen=True)
class BarRow:
    label: str
    value: int
    href: str
