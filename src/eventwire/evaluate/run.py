"""Coding gold texts with one loaded pipeline and scoring the result."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timezone

from ..pipeline import Pipeline
from ..types import Document, Event
from .gold import ActorKeys, GoldRecord, group_by_text
from .rules import shaped_events
from .score import Scores, TextResult, coded_triples, gold_triples


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    return day.replace(hour=12, tzinfo=timezone.utc)


def gold_document(records: Sequence[GoldRecord]) -> Document:
    """The gold text as a one-paragraph document dated as the record says."""
    first = records[0]
    return Document(
        doc_id=first.id,
        origin=f"gold:{first.id}",
        body=(first.text,),
        published=_published(first.date),
        text_hash=hashlib.sha256(first.text.encode("utf-8")).hexdigest(),
    )


def code_gold_text(pipeline: Pipeline, records: Sequence[GoldRecord]) -> tuple[Event, ...]:
    return pipeline.code_document(gold_document(records)).events


def evaluate_records(records: Sequence[GoldRecord], pipeline: Pipeline, keys: ActorKeys | None = None,
                     skipped: int = 0, min_confidence: float = 0.0) -> Scores:
    """Code every gold text and score the events against its records (``skipped``: malformed
    records of the file, counted in the figures' header). The figures keep the events whose
    confidence reaches ``min_confidence`` (what the coder set so would give); the figures by
    threshold, the curve and the per-rule figures see every event the pipeline gave."""
    keys = keys or ActorKeys()
    results = []
    for text, group in group_by_text(records).items():
        events = code_gold_text(pipeline, group)
        results.append(TextResult(
            text=text,
            ids=tuple(r.id for r in group),
            gold=frozenset(gold_triples(group)),
            coded=frozenset(coded_triples([e for e in events if e.confidence >= min_confidence], keys)),
            traps=tuple(r.trap for r in group if r.trap),
            shaped=shaped_events(events, keys),
            events=events,
        ))  # fmt: skip
    return Scores.of(results, len(records), skipped, keys)
