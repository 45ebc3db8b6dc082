"""Helpers for the actor tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.errors import EventwireError
from eventwire.types import Document


def make_document(text: str, when: str | None = None, dateline: str | None = None) -> Document:
    published = datetime.fromisoformat(when).replace(hour=12, tzinfo=timezone.utc) if when else None
    paragraphs = tuple(p for p in text.split("\n\n") if p.strip())
    return Document(doc_id="test", origin="test", body=paragraphs, published=published, dateline=dateline)


def by_text(mentions):
    """{mention text: (code, country, sector)}; later mentions of the same words win."""
    return {m.text: (m.actor.code, m.actor.country, m.actor.sector) for _, m in mentions}


def assert_rejected(load, text: str, code: str) -> None:
    """``load(text, "mine.tsv")`` fails with error ``code`` naming the file."""
    with pytest.raises(EventwireError) as caught:
        load(text, "mine.tsv")
    assert caught.value.code == code and "mine.tsv" in str(caught.value)
