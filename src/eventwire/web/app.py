"""The FastAPI application: API routes, pages, static assets, safety.

``create_app`` builds one independent app per call (no module-level app),
holding everything it needs in ``app.state.web``: settings, the store path,
whether writing is allowed, and the lazily loaded coding pipeline.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings, load_settings
from ..events.ontology import Ontology
from ..store.countries import countries as iso_countries
from .coding import LazyCoder, PipelineFactory, load_pipeline
from .limits import BodyLimitMiddleware
from .problems import WebError, install_error_handlers
from .storeview import StoreHandle, countries
from .worldmap import packaged_land_path

# Defence in depth beside escaping: only our own scripts, styles and images run.
SECURITY_HEADERS = (
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


@dataclass(frozen=True)
class WebContext:
    """What every route of one app needs."""

    settings: Settings
    db_path: Path
    allow_ingest: bool
    coder: LazyCoder
    store: StoreHandle
    templates: Jinja2Templates
    land_path: str  # SVG path of the world's land, decoded once
    cameo_roots: frozenset[str]  # "01" .. "20": a CAMEO filter must start with one

    def is_known_country(self, code: str) -> bool:
        """An ISO alpha-3 country, or a code the store's events use (a typo is neither)."""
        return code in iso_countries() or code in self.store.cached("countries", countries)


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def _templates() -> Jinja2Templates:
    # autoescape everything: templates render article text, titles and actor names
    env = Environment(loader=PackageLoader("eventwire.web", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=env)


def context_of(request: Request) -> WebContext:
    """FastAPI dependency: the app's ``WebContext``."""
    return request.app.state.web


def render(request: Request, template: str, page: str, status: int = 200, **values: object) -> HTMLResponse:
    web = context_of(request)
    values = {"page": page, "store_name": web.db_path.name, **values}
    return web.templates.TemplateResponse(request, template, values, status_code=status)


def _error_page(request: Request, error: WebError) -> Response:
    return render(request, "error.html", "error", status=error.status_code, error=error)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.web.store.close()


def create_app(
    db_path: str | Path,
    settings: Settings | None = None,
    *,
    allow_ingest: bool = False,
    pipeline_factory: PipelineFactory = load_pipeline,
) -> FastAPI:
    """The eventwire web app over the store at ``db_path``.

    ``pipeline_factory`` builds the coding pipeline on the first
    ``POST /api/code``; tests pass one that returns an already loaded pipeline.
    """
    from . import api, pages

    settings = settings or load_settings()
    app = FastAPI(
        title="eventwire",
        summary="Political event data (CAMEO, PLOVER) coded from news: query the store, code new text.",
        version="0.1.0",
        docs_url=None,  # the interactive docs load assets from a CDN; this tool works offline
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_lifespan,
    )
    app.state.web = WebContext(
        settings=settings,
        db_path=Path(db_path),
        allow_ingest=allow_ingest,
        coder=LazyCoder(settings, pipeline_factory),
        store=StoreHandle(Path(db_path), writable=allow_ingest),
        templates=_templates(),
        land_path=packaged_land_path(),
        cameo_roots=frozenset(code.root for code in Ontology.packaged().codes.values()),
    )
    install_error_handlers(app, _error_page)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.web.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(packages=[("eventwire.web", "static")]), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
