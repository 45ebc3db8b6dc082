"""Exporting a store: gdelt, csv, jsonl, parquet, plover (docs/store.md, "Export formats").

Every export is written to a temporary file beside the target and renamed
into place at the end, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import duckdb

from ...errors import EventwireError
from ...outputs import replaced_when_done
from ..db import first_line
from .gdelt import gdelt_select, register_tables
from .plover import plover_record

if TYPE_CHECKING:
    from ..eventstore import EventStore

FORMATS = ("gdelt", "csv", "jsonl", "parquet", "plover")
_COPY_OPTIONS = {
    "gdelt": "FORMAT CSV, HEADER true, DELIMITER '\t'",
    "csv": "FORMAT CSV, HEADER true",
    "parquet": "FORMAT PARQUET, COMPRESSION zstd",
}


def export(store: EventStore, fmt: str, path: str | Path, mentions: bool = False, asserted_only: bool = False,
           min_confidence: float = 0.0) -> int:
    """Write the store's events (or raw ``mentions``) to ``path`` in ``fmt``; returns the rows written.

    ``gdelt`` always holds asserted events only (GDELT has no modality column);
    ``plover`` always holds events. ``min_confidence``: only events at least that confident.
    """
    if fmt not in FORMATS:
        raise EventwireError("E402", fmt=fmt)
    if mentions and fmt in ("gdelt", "plover"):
        raise EventwireError("E409", field="--mentions", reason=f"the {fmt} format holds deduplicated events only")
    with replaced_when_done(path) as partial:
        try:
            return _write(store, fmt, partial, mentions, _Selection(asserted_only, float(min_confidence)))
        except duckdb.Error as exc:  # COPY TO reports a full disk or a vanished folder this way
            raise EventwireError("E410", path=str(path), reason=first_line(exc)) from None


class _Selection(NamedTuple):
    """Which stored events an export holds."""

    asserted_only: bool
    min_confidence: float

    def filters(self) -> dict[str, Any]:
        return {"modality": "asserted" if self.asserted_only else None, "min_confidence": self.min_confidence or None}

    def where(self) -> str:
        """The same as SQL (COPY takes no parameters; the values are a known word and a float)."""
        conditions = []
        if self.asserted_only:
            conditions.append("modality = 'asserted'")
        if self.min_confidence > 0:
            conditions.append(f"confidence >= {self.min_confidence!r}")
        return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def _write(store: EventStore, fmt: str, path: Path, mentions: bool, selection: _Selection) -> int:
    filters = selection.filters()
    if fmt == "jsonl":
        records = store.iter_mentions(filters) if mentions else store.iter_events(filters)
        return _write_lines(path, records)
    if fmt == "plover":
        return _write_lines(path, (plover_record(r) for r in store.iter_events(filters)))
    cursor = store.connection.cursor()
    if fmt == "gdelt":
        register_tables(cursor)
        query = gdelt_select(asserted_only=True, min_confidence=selection.min_confidence)
    else:
        view, order = ("mentions", "event_date, doc_id, sentence_index") if mentions else ("events", "date, global_event_id")
        query = f"SELECT * FROM {view}{selection.where()} ORDER BY {order}"
    quoted = str(path).replace("'", "''")
    rows = cursor.execute(f"COPY ({query}) TO '{quoted}' ({_COPY_OPTIONS[fmt]})").fetchall()
    return int(rows[0][0]) if rows else 0


def _write_lines(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
