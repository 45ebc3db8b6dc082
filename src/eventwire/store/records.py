"""Stored rows from pipeline records, and DESIGN.md event records from rows."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any, Mapping
from urllib.parse import urlsplit

from ..formats import event_row
from ..types import ActorRef, Document, DocumentResult, Event
from .schema import ACTOR_COLUMNS, ARTICLE_COLUMNS, MENTION_COLUMNS

ARTICLE_NAMES = tuple(name for name, _ in ARTICLE_COLUMNS)
MENTION_NAMES = tuple(name for name, _ in MENTION_COLUMNS)
ACTOR_PARTS = tuple(name for name, _ in ACTOR_COLUMNS)


def document_hash(document: Document) -> str:
    """The document's text hash, computed if the cleaner left it empty."""
    return document.text_hash or hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def id_was_given(document: Document) -> bool:
    """True unless the doc_id is the one derived from the text hash."""
    return not document_hash(document).startswith(document.doc_id)


def utc_naive(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def source_key(document: Document) -> str:
    """Who published it, for num_sources: the outlet, else the URL's host, else the article itself."""
    if document.source and document.source.strip():
        return document.source.strip().casefold()
    host = urlsplit(document.url).hostname if document.url else None
    if host:
        return host.removeprefix("www.")
    return f"doc:{document.doc_id}"


def article_row(result: DocumentResult, ingested_at: datetime) -> dict[str, Any]:
    document = result.document
    return {
        "doc_id": document.doc_id,
        "text_hash": document_hash(document),
        "id_given": id_was_given(document),
        "origin": document.origin,
        "source": document.source,
        "source_key": source_key(document),
        "title": document.title,
        "url": document.url,
        "dateline": document.dateline,
        "language": document.language,
        "published": document.published.isoformat() if document.published else None,
        "published_utc": utc_naive(document.published),
        "body": list(document.body),
        "sentences": result.sentences,
        "sentences_parsed": result.sentences_parsed,
        "events": len(result.events),
        "ingested_at": ingested_at,
    }


def parse_event_date(value: str | None) -> date | None:
    """An ISO date; month or year precision ("2020-10", "2020") become the first day."""
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p] + [1, 1]
        return date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None


def cameo_base(cameo: str) -> str:
    """GDELT's EventBaseCode: the 3-digit level ("0251" -> "025"); shorter codes stay as they are."""
    return cameo[:3]


def _actor_values(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {f"{prefix}_{part}": getattr(actor, part) if actor else None for part in ACTOR_PARTS}


def paragraph_of(sentence: str, body: tuple[str, ...]) -> int | None:
    for index, paragraph in enumerate(body):
        if sentence and sentence in paragraph:
            return index
    return None


def actor_key(actor: ActorRef | None, other: ActorRef | None) -> str:
    """How an actor is compared across reports: its country in an international event
    (reports name "China", "Beijing" or "the Chinese coast guard" for one act), its full
    code in a domestic one (police and opposition are different actors) or without a country."""
    if actor is None:
        return ""
    if actor.country is None or (other is not None and other.country == actor.country):
        return actor.code
    return actor.country


def dedupe_key(event: Event, event_date: date | None) -> str:
    """Mentions that may be one real-world event share this key (docs/store.md)."""
    parts = [
        actor_key(event.source, event.target),
        actor_key(event.target, event.source),
        cameo_base(event.cameo),
        event.modality,
        event.date_precision or "day",
    ]
    if event_date is None:  # undated mentions only merge within their own article
        parts.append(f"undated:{event.doc_id}")
    return "|".join(parts)


def place_key(event: Event, dateline: str | None) -> str | None:
    """Where the event happened, for dedupe; None when unknown.

    A place equal to the article's dateline counts as unknown: it is often
    where the reporter files from, so two outlets reporting one event from
    different cities must not split it.
    """
    location = event.location
    if location is None or not location.name:
        return None
    name = location.name.strip().casefold()
    if dateline and name == dateline.strip().casefold():
        return None
    return f"{location.country or ''}:{name}"


def mention_row(event: Event, document: Document) -> dict[str, Any]:
    """The stored row of one event mention: the flat event row plus offsets and dedupe fields."""
    event_date = parse_event_date(event.date) or document.published_date
    paragraph = paragraph_of(event.sentence, document.body)
    row = event_row(event)
    row.update(
        {
            "doc_id": document.doc_id,
            "paragraph": paragraph,
            "date": parse_event_date(event.date),
            **_actor_values("source", event.source),
            **_actor_values("target", event.target),
            **_actor_values("reported_by", event.reported_by),
            "cameo_base": cameo_base(event.cameo),
            "event_date": event_date,
            "published_utc": utc_naive(document.published),
            "dedupe_key": dedupe_key(event, event_date),
            "place_key": place_key(event, document.dateline),
            "in_lead": paragraph == 0 if paragraph is not None else event.sentence_index == 0,
            "rules": list(event.rules),
        }
    )
    return {name: row.get(name) for name in MENTION_NAMES}


# --- rows back to records -------------------------------------------------------------


def _actor_record(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_code") is None:
        return None
    record = {part: row.get(f"{prefix}_{part}") for part in ACTOR_PARTS}
    return record


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def mention_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored mention as the event record of DESIGN.md (``Event.to_dict()`` shape)."""
    location = None
    if row.get("location_name") is not None:
        location = {
            "name": row["location_name"],
            "country": row.get("location_country"),
            "lat": row.get("location_lat"),
            "lon": row.get("location_lon"),
        }
    return {
        "event_id": row["event_id"],
        "doc_id": row["doc_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": _iso(row["date"]),
        "date_precision": row["date_precision"],
        "source": _actor_record(row, "source"),
        "target": _actor_record(row, "target"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "modality": row["modality"],
        "past": row["past"],
        "reported_by": _actor_record(row, "reported_by"),
        "location": location,
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "confidence": row["confidence"],
        "rules": list(row.get("rules") or ()),  # none for mentions stored before rules were recorded
    }


EVENT_EXTRA_FIELDS = ("global_event_id", "num_mentions", "num_sources", "num_articles", "first_seen", "source_url")


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A deduplicated event: its first report's record, plus the event's id, date and counts.

    ``row`` joins an ``events`` row (prefixed ``e_``) to its representative
    mention's columns. ``date`` is the event's date (its earliest mention).
    """
    record = mention_record(row)
    record["date"] = _iso(row["e_date"])
    record.update({name: _iso(row[f"e_{name}"]) for name in EVENT_EXTRA_FIELDS})
    return record
