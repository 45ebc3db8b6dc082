"""The --db option and store opening shared by the store commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..config import Settings
from ..store import EventStore


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=None,
        help="Event store file (DuckDB); default: setting store.path (eventwire.duckdb).",
    )(command)  # fmt: skip


def open_store(ctx: click.Context, db_path: str | None, read_only: bool = True) -> EventStore:
    settings: Settings = ctx.obj
    return EventStore.open(db_path or settings.store.path, read_only=read_only)
