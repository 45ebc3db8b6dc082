"""The dashboard's pages: overview, events, dyad, article (server-rendered HTML)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..types import MODALITIES, PLOVER_CATEGORIES
from .app import WebContext, context_of, render
from .charts import dyad_chart
from .evidence import article_paragraphs
from .params import DocIdParam, checked_country, DyadQuery, EventFilters, Interval, event_filters
from .patterns import COUNTRY_PATTERN
from .problems import WebError
from .storeview import BarRow, countries, country_counts, places
from .worldmap import VIEW_BOX, map_dots

router = APIRouter(include_in_schema=False)
DYAD_PAGE_EVENTS = 50  # the newest of the pair's events; the page links to /events for all of them
Web = Annotated[WebContext, Depends(context_of)]
Filters = Annotated[EventFilters, Depends(event_filters)]


def _dyad_rows(stats: dict) -> list[BarRow]:
    return [
        BarRow(f"{d['source']} → {d['target']}", d["events"], "/dyad?" + urlencode({"source": d["source"], "target": d["target"]}))
        for d in stats["top_dyads"]
    ]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, web: Web) -> HTMLResponse:
    stats = web.store.stats(top=10)
    found, unplaced = web.store.cached("places", places)
    dots = [(dot, urlencode({"source": dot.place.country} if dot.place.country else {})) for dot in map_dots(found)]
    recent, _ = web.store.cached("recent", lambda store: store.events(limit=10))
    return render(
        request, "overview.html", "overview",
        summary=stats,
        top_dyads=_dyad_rows(stats),
        countries=[BarRow(c, n, "/events?" + urlencode({"source": c})) for c, n in web.store.cached("country_counts", country_counts)],
        map={"view_box": " ".join(str(v) for v in VIEW_BOX), "land": web.land_path, "dots": dots, "unplaced": unplaced},
        recent=recent,
    )  # fmt: skip


def _filter_choices(web: WebContext) -> dict[str, object]:
    return {"countries": web.store.cached("countries", countries), "plover_categories": PLOVER_CATEGORIES, "modalities": MODALITIES}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, web: Web, filters: Filters) -> HTMLResponse:
    events, total = web.store.get().events(filters.store_filter(), limit=filters.limit, offset=filters.offset)
    return render(request, "events.html", "events", filters=filters, events=events, total=total, **_filter_choices(web))


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(
    request: Request,
    web: Web,
    source: Annotated[str | None, Query(pattern=COUNTRY_PATTERN)] = None,
    target: Annotated[str | None, Query(pattern=COUNTRY_PATTERN)] = None,
    interval: Interval = "month",
) -> HTMLResponse:
    choices = {"countries": web.store.cached("countries", countries)}
    source, target = checked_country(web, "source", source), checked_country(web, "target", target)
    if not source or not target:
        return render(request, "dyad.html", "dyad", dyad=None, top_dyads=_dyad_rows(web.store.stats(top=15)), **choices)
    dyad = DyadQuery(source, target, interval)
    store = web.store.get()
    series = store.dyad_series(dyad.source, dyad.target, interval=dyad.interval)
    events, total = store.events({"source": dyad.source, "target": dyad.target}, limit=DYAD_PAGE_EVENTS)
    return render(
        request, "dyad.html", "dyad",
        dyad=dyad, chart=dyad_chart(series.periods) if series.periods else None, periods=len(series.periods),
        series_total=series.total, events=events, total=total, x_label=f"{dyad.interval} (asserted events only)", **choices,
    )  # fmt: skip


def safe_url(url: str | None) -> str | None:
    """Only web links are shown as links: a ``javascript:`` URL in the data must not become one."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, web: Web, doc_id: DocIdParam) -> HTMLResponse:
    article = web.store.get().article(doc_id)
    if article is None:
        raise WebError(404, "E504", field="doc_id", doc_id=doc_id)
    paragraphs, unplaced = article_paragraphs(article)
    article = {**article, "url": safe_url(article.get("url"))}
    return render(request, "article.html", "article", article=article, paragraphs=paragraphs, unplaced=unplaced, events=article["events"])
