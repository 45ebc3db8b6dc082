"""The HTTP API: code text, query events, dyads and articles (JSON).

Reads open the store read-only per request; the only write is
``POST /api/code`` on a server started with ``--allow-ingest``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..types import DocumentResult
from .app import WebContext, context_of
from .params import DocIdParam, DyadQuery, EventFilters, dyad_query, event_filters
from .patterns import DATE_TIME_PATTERN, is_real_date_time
from .problems import WebError

router = APIRouter(prefix="/api", tags=["api"])
Web = Annotated[WebContext, Depends(context_of)]


class CodeRequest(BaseModel):
    """An article to code."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The article text (plain text, paragraphs separated by newlines).")
    date: str | None = Field(default=None, pattern=DATE_TIME_PATTERN, description="Publication date, YYYY-MM-DD or ISO date-time; relative dates in the text resolve against it.")
    title: str | None = Field(default=None, max_length=2000, description="The article's headline.")
    store: bool | None = Field(default=None, description="Store the article and its events: default yes on a server started with --allow-ingest; true on any other server is refused with 403.")

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None and not is_real_date_time(value):
            raise ValueError("is not a real date or time")
        return value


class CodeResponse(BaseModel):
    doc_id: str = Field(description="The article's id: a hash of its text.")
    stored: bool = Field(description="Whether the article and its events are in the store after this request: stored now, or already there (only with --allow-ingest).")
    events: list[dict[str, Any]] = Field(description="Event records as in the JSON Lines output (DESIGN.md).")


@router.post("/code", response_model=CodeResponse, summary="Code an article's text into events")
def code_text(body: CodeRequest, web: Web) -> dict[str, Any]:
    """Codes the text with the server's pipeline (loaded once, on first use).

    Nothing is stored unless the server was started with ``--allow-ingest``.
    """
    if body.store and not web.allow_ingest:
        raise WebError(403, "E503", field="store")
    result = web.coder.code(body.text, date=body.date, title=body.title)
    if not isinstance(result, DocumentResult):
        raise WebError(422, result.code, field="text", text=result.message)
    stored = False
    if web.allow_ingest and body.store is not False:
        stored = web.store.store_result(result, web.settings)
    return {"doc_id": result.document.doc_id, "stored": stored, "events": [e.to_dict() for e in result.events]}


@router.get("/events", summary="Query stored events")
def list_events(web: Web, filters: Annotated[EventFilters, Depends(event_filters)]) -> dict[str, Any]:
    """Deduplicated events matching every given filter, newest first, and how many match in all.

    Each record is the event record of its first report, plus ``global_event_id``,
    ``num_mentions``, ``num_sources``, ``num_articles``, ``first_seen``, ``source_url``.
    """
    events, total = web.store.get().events(filters.store_filter(), limit=filters.limit, offset=filters.offset)
    return {"events": events, "total": total, "limit": filters.limit, "offset": filters.offset}


@router.get("/dyad", summary="Time series of a pair of countries")
def dyad(web: Web, query: Annotated[DyadQuery, Depends(dyad_query)]) -> dict[str, Any]:
    """Asserted events from ``source`` to ``target`` per period: counts by quad class
    (``quad_1`` verbal cooperation .. ``quad_4`` material conflict) and mean Goldstein."""
    return web.store.get().dyad_series(query.source, query.target, interval=query.interval).to_dict()


@router.get("/articles/{doc_id}", summary="An article with its events")
def article(web: Web, doc_id: DocIdParam) -> dict[str, Any]:
    """The stored article: metadata, ``body`` paragraphs, the ``sentences`` that hold
    events (with their place in the paragraph) and ``events`` (one record per mention)."""
    found = web.store.get().article(doc_id)
    if found is None:
        raise WebError(404, "E504", field="doc_id", doc_id=doc_id)
    return found


@router.get("/stats", summary="Counts, date range and top dyads of the store")
def stats(web: Web) -> dict[str, Any]:
    return web.store.stats()
