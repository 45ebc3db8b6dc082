"""Filters over stored events and mentions, as SQL conditions with parameters."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Mapping

from ..errors import EventwireError
from ..types import MODALITIES


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; every field is optional and they combine with AND.

    ``source``/``target``: a 3-letter country code (``CHN``) matches the
    actor's country; a longer actor code (``CHNGOV``, ``IGOUNO``) matches the
    code exactly. ``both_directions`` also accepts target -> source.
    ``cameo``: a code or prefix (``"05"`` matches 05, 051, 0511...).
    ``since``/``until``: ISO dates, inclusive. ``doc_id``: events with a
    mention in that article. ``min_confidence``: events whose confidence is
    at least this.
    """

    source: str | None = None
    target: str | None = None
    both_directions: bool = False
    plover: str | None = None
    cameo: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    doc_id: str | None = None
    modality: str | None = None
    min_confidence: float | None = None

    @classmethod
    def of(cls, value: EventFilter | Mapping[str, Any] | None) -> EventFilter:
        """A filter from a filter, a dict of its fields (unknown keys are an error), or None."""
        if value is None:
            return cls()
        if isinstance(value, EventFilter):
            return value
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise EventwireError("E409", field="filter", reason=f"unknown field(s) {', '.join(unknown)}")
        return cls(**{k: v for k, v in value.items() if v not in (None, "")})


def _iso_date(name: str, value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise EventwireError("E409", field=name, reason=f"{value!r} is not a date (YYYY-MM-DD)") from None


def _actor_condition(role: str, value: str) -> tuple[str, list[Any]]:
    value = value.strip().upper()
    column = f"{role}_country" if len(value) == 3 else f"{role}_code"
    return f"{column} = ?", [value]


def _dyad_condition(flt: EventFilter) -> tuple[list[str], list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    for role, value in (("source", flt.source), ("target", flt.target)):
        if value:
            sql, args = _actor_condition(role, value)
            parts.append(sql)
            params += args
    if not parts or not flt.both_directions:
        return parts, params
    swapped = EventFilter(source=flt.target, target=flt.source)
    other, other_params = _dyad_condition(swapped)
    return [f"(({' AND '.join(parts)}) OR ({' AND '.join(other)}))"], params + other_params


def where_clause(flt: EventFilter, date_column: str, mentions_table: bool) -> tuple[str, list[Any]]:
    """``WHERE ...`` (or an empty string) and its parameters, for the events or the mentions table."""
    conditions, params = _dyad_condition(flt)
    if flt.plover:
        conditions.append("plover = ?")
        params.append(flt.plover.strip().upper())
    if flt.cameo:
        conditions.append("starts_with(cameo, ?)")
        params.append(flt.cameo.strip())
    if flt.modality:
        if flt.modality not in MODALITIES:
            raise EventwireError("E409", field="modality", reason=f"must be one of {', '.join(MODALITIES)}")
        conditions.append("modality = ?")
        params.append(flt.modality)
    if flt.min_confidence:
        conditions.append("confidence >= ?")
        params.append(float(flt.min_confidence))
    if flt.since:
        conditions.append(f"{date_column} >= ?")
        params.append(_iso_date("since", flt.since))
    if flt.until:
        conditions.append(f"{date_column} <= ?")
        params.append(_iso_date("until", flt.until))
    if flt.doc_id:
        if mentions_table:
            conditions.append("doc_id = ?")
        else:
            conditions.append(
                "global_event_id IN (SELECT me.global_event_id FROM store_mention_event me"
                " JOIN store_mentions m USING (event_id) WHERE m.doc_id = ?)"
            )
        params.append(flt.doc_id)
    return ("WHERE " + " AND ".join(conditions)) if conditions else "", params
