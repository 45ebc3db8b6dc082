"""Web dashboard and HTTP API over the event store (``eventwire serve``)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
