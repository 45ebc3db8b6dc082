"""Query parameters shared by the API and the pages, validated once.

Empty values count as absent, so a plain HTML filter form (which submits
every field) and an API client mean the same thing by a blank field.
Bad values become a 422 with code E502 naming the parameter.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import Path, Query, Request

from ..store import EventFilter
from ..types import MODALITIES, PLOVER_CATEGORIES
from .patterns import ACTOR_PATTERN, CAMEO_PATTERN, COUNTRY_REQUIRED, DATE_PATTERN
from .app import WebContext, context_of
from .problems import invalid

MAX_LIMIT = 1000
# Deeper pages are for `eventwire export`; the bound also keeps every value
# inside DuckDB's 64-bit integers (a larger one failed inside the query).
MAX_OFFSET = 10_000_000
MAX_ID_LENGTH = 200
FILTER_FIELDS = ("source", "target", "plover", "cameo", "since", "until", "doc_id", "modality")
Interval = Literal["week", "month", "year"]


def _period_date(field: str, value: str | None, end: bool) -> date | None:
    """``2023`` / ``2023-03`` / ``2023-03-14`` as the first (or last) day it covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1), parts[2] if len(parts) > 2 else None
    try:
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise invalid(field, f"{value!r} is not a real date") from None


def checked_country(web: WebContext, field: str, value: str | None) -> str | None:
    """An upper-cased country or actor code; a three-letter one must name a known country."""
    if not value:
        return None
    value = value.upper()
    if len(value) == 3 and not web.is_known_country(value):
        raise invalid(field, f"unknown country code {value!r} (ISO 3166-1 alpha-3, such as USA)")
    return value


def _cameo(web: WebContext, value: str | None) -> str | None:
    if value and value[:2] not in web.cameo_roots:
        raise invalid("cameo", f"unknown CAMEO code {value!r}: codes start with a root from 01 to 20")
    return value or None


def _choice(field: str, value: str | None, choices: tuple[str, ...], upper: bool) -> str | None:
    if not value:
        return None
    value = value.upper() if upper else value.lower()
    if value not in choices:
        raise invalid(field, f"must be one of {', '.join(choices)} (got {value!r})")
    return value


@dataclass(frozen=True)
class EventFilters:
    """Which events to show: every field optional, combined with AND."""

    source: str | None = None  # country of the source actor (ISO alpha-3), or an actor code
    target: str | None = None
    plover: str | None = None
    cameo: str | None = None  # a code or a prefix: "05" matches 05, 051, 0512...
    since: date | None = None
    until: date | None = None
    doc_id: str | None = None
    modality: str | None = None
    limit: int = 50
    offset: int = 0

    def query(self, **changes: object) -> str:
        """The URL query string of these filters, with ``changes``."""
        values = asdict(replace(self, **changes))
        values = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
        defaults = asdict(EventFilters())
        return urlencode({k: v for k, v in values.items() if v not in (None, "") and v != defaults[k]})

    def store_filter(self) -> EventFilter:
        """The same filters in the store's terms (limit and offset apart)."""
        return EventFilter(**{name: getattr(self, name) for name in FILTER_FIELDS})

    def is_filtered(self) -> bool:
        return any(getattr(self, name) for name in FILTER_FIELDS)


DocIdParam = Annotated[str, Path(min_length=1, max_length=MAX_ID_LENGTH, description="The article's id")]
ActorParam = Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="Country of the actor (ISO 3166-1 alpha-3, e.g. CHN), or a whole actor code (CHNGOV, IGOUNO)")]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD, YYYY-MM or YYYY (inclusive)")]


def event_filters(
    request: Request,
    source: ActorParam = None,
    target: ActorParam = None,
    plover: Annotated[str | None, Query(description=f"PLOVER category: {', '.join(PLOVER_CATEGORIES)}")] = None,
    cameo: Annotated[str | None, Query(pattern=CAMEO_PATTERN, description="CAMEO code or prefix, e.g. 05 or 051")] = None,
    since: DateParam = None,
    until: DateParam = None,
    doc_id: Annotated[str | None, Query(max_length=MAX_ID_LENGTH, description="Only events of this article")] = None,
    modality: Annotated[str | None, Query(description=f"One of {', '.join(MODALITIES)}")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip")] = 0,
) -> EventFilters:
    """FastAPI dependency: the event filters of a request."""
    web = context_of(request)
    filters = EventFilters(
        source=checked_country(web, "source", source),
        target=checked_country(web, "target", target),
        plover=_choice("plover", plover, PLOVER_CATEGORIES, upper=True),
        cameo=_cameo(web, cameo),
        since=_period_date("since", since, end=False),
        until=_period_date("until", until, end=True),
        doc_id=doc_id or None,
        modality=_choice("modality", modality, MODALITIES, upper=False),
        limit=limit,
        offset=offset,
    )
    if filters.since and filters.until and filters.until < filters.since:
        raise invalid("until", f"{until!r} is before since {since!r}")
    return filters


@dataclass(frozen=True)
class DyadQuery:
    source: str
    target: str
    interval: Interval = "month"


def dyad_query(
    request: Request,
    source: Annotated[str, Query(pattern=COUNTRY_REQUIRED, description="Source country, ISO alpha-3")],
    target: Annotated[str, Query(pattern=COUNTRY_REQUIRED, description="Target country, ISO alpha-3")],
    interval: Annotated[Interval, Query(description="Time bucket")] = "month",
) -> DyadQuery:
    """FastAPI dependency: the pair of countries of a dyad request."""
    web = context_of(request)
    return DyadQuery(source=checked_country(web, "source", source), target=checked_country(web, "target", target), interval=interval)
