"""PLOVER / POLECAT-style JSON records, field names from the PLOVER data-field chapter.

One record per deduplicated event. Fields PLOVER does not name (CAMEO code,
Goldstein score, modality, report counts) are added under their own names,
as the PLOVER manual invites.
"""

from __future__ import annotations

from typing import Any, Mapping

from ... import __version__
from ..countries import country_name


def _entity(actor: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    code = actor.get("code") or ""
    return [
        {
            "code": actor.get("country") or code[:3] or None,
            "country_name": country_name(actor.get("country")),
            "sector": actor.get("sector"),
            "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"),
            "cameo_code": code or None,
        }
    ]


def _location(location: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "extracted_place": location.get("name"),
        "resolved_place": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "country": country_name(location.get("country")),
        "country_code": location.get("country"),
    }


def plover_record(event: Mapping[str, Any]) -> dict[str, Any]:
    """A PLOVER JSON record from an ``EventStore`` event record."""
    trigger = event.get("trigger") or {}
    first_seen = event.get("first_seen")
    return {
        "id": str(event["global_event_id"]),
        "date": event.get("date"),
        "actor": _entity(event.get("source")),
        "recipient": _entity(event.get("target")),
        "event": [event["plover"]] if event.get("plover") else [],
        "mode": [event["plover_mode"]] if event.get("plover_mode") else [],
        "context": [],
        "event_loc": _location(event.get("location")),
        "event_text": [trigger.get("text")] if trigger.get("text") else [],
        "quad_code": event.get("quad_class"),
        "text": event.get("sentence"),
        "text_info": {"sequence": event.get("sentence_index"), "start": trigger.get("start"), "end": trigger.get("end")},
        "cite_info": {"corpus": "eventwire", "citation": event.get("doc_id"), "url": event.get("source_url")},
        "coder": f"eventwire {__version__}",
        "coded_date": first_seen[:10] if isinstance(first_seen, str) else None,
        "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"),
        "modality": event.get("modality"),
        "past": event.get("past"),
        "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
    }
