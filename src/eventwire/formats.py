"""Events as flat rows and as text: the shapes shared by CSV, tables and DataFrames."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .types import ActorRef, Event

ACTOR_PARTS = ("code", "country", "sector", "name", "text")
ROW_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "date", "date_precision",
    *(f"source_{p}" for p in ACTOR_PARTS),
    *(f"target_{p}" for p in ACTOR_PARTS),
    "cameo", "cameo_root", "goldstein", "quad_class", "plover", "plover_mode",
    "modality", "past", "reported_by_code",
    "location_name", "location_country", "location_lat", "location_lon",
    "trigger_text", "trigger_start", "trigger_end", "confidence", "rules", "sentence",
)  # fmt: skip


def _actor_fields(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {f"{prefix}_{part}": getattr(actor, part) if actor else None for part in ACTOR_PARTS}


def event_row(event: Event) -> dict[str, Any]:
    """One flat row per event, columns as ``ROW_COLUMNS``."""
    location = event.location
    row = {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "date": event.date,
        "date_precision": event.date_precision,
        **_actor_fields("source", event.source),
        **_actor_fields("target", event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "modality": event.modality,
        "past": event.past,
        "reported_by_code": event.reported_by.code if event.reported_by else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "confidence": event.confidence,
        "rules": " ".join(event.rules),  # names of the rules behind the event, space-separated
        "sentence": event.sentence,
    }
    return row


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(event_json(event) + "\n")
        count += 1
    return count


class CsvEventWriter:
    """Writes rows as they come, header first."""

    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.DictWriter(out, fieldnames=list(ROW_COLUMNS), lineterminator="\n")
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        self.writer.writerow(event_row(event))


TABLE_COLUMNS = (("date", 10), ("source_code", 9), ("target_code", 9), ("cameo", 5), ("plover", 9), ("modality", 12), ("trigger_text", 24))
MISSING = "-"  # what every terminal table shows for a missing value
CUT = "…"  # the end of a value cut to its column


def table_cell(value: object, width: int) -> str:
    """``value`` as one table cell of at most ``width`` characters: MISSING for none, CUT where cut."""
    text = MISSING if value is None or value == "" else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + CUT


def table_lines(events: Iterable[Event]) -> Iterator[str]:
    """A compact fixed-width table for a terminal."""
    yield "  ".join(name.upper().replace("_CODE", "").replace("_TEXT", "").ljust(width) for name, width in TABLE_COLUMNS)
    for event in events:
        row = event_row(event)
        yield "  ".join(table_cell(row[name], width).ljust(width) for name, width in TABLE_COLUMNS).rstrip()
