"""RSS and Atom feeds (feedparser): one Article per entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from ..errors import problem
from ..types import Article, Problem
from .html import fragment_text


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    markup = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    return fragment_text(markup)


def read_feed(data: bytes, origin: str) -> Iterator[Article | Problem]:
    """Entries of a feed given as raw bytes (feedparser honours the declared encoding)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield problem("E110", origin, reason=reason)
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield Article(
            origin=f"{origin}#{number}",
            text=_entry_text(entry),
            doc_id=entry.get("id") or entry.get("link") or None,
            title=entry.get("title") or None,
            published=entry.get("published") or entry.get("updated") or None,
            source=outlet,
            url=entry.get("link") or None,
            kind="rss",
        )
