"""``eventwire serve --db PATH``: the web dashboard and HTTP API (uvicorn)."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import click

from ..errors import EventwireError
from .main import main


def _check_port(host: str, port: int) -> None:
    """Fail with one line, before uvicorn logs a traceback, if the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = "address already in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
            raise EventwireError("E507", host=host, port=port, reason=reason) from None


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None, help="Event store to serve (default: setting store.path).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-ingest", is_flag=True, default=False, help="Let POST /api/code store what it codes (default: code only, never write).")
@click.option("--max-body-bytes", type=click.IntRange(min=1), default=None, help="Refuse request bodies larger than this with 413 (setting web.max_body_bytes).")
@click.pass_context
def serve(ctx: click.Context, db_path: str | None, host: str, port: int, allow_ingest: bool, max_body_bytes: int | None) -> None:
    """Serve the event store as a web dashboard and an HTTP API.

    Pages: / (overview), /events, /dyad, /articles/ID. API: /api/code,
    /api/events, /api/dyad, /api/articles/ID; OpenAPI at /openapi.json.
    The store is only read unless --allow-ingest is given.
    """
    import uvicorn

    from ..web import create_app

    settings = ctx.obj.with_overrides({"web.max_body_bytes": max_body_bytes})
    path = Path(db_path or settings.store.path)
    _check_port(host, port)
    app = create_app(path, settings, allow_ingest=allow_ingest)
    app.state.web.store.get()  # fail now, in one line, if the store cannot be opened
    click.echo(f"eventwire: serving {path} at http://{host}:{port}/ ({'ingest allowed' if allow_ingest else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
