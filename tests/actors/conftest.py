"""Fixtures for the actor tests: code a small text with the session pipeline."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.types import Document


def make_document(text: str, when: str | None = None, dateline: str | None = None) -> Document:
    published = datetime.fromisoformat(when).replace(hour=12, tzinfo=timezone.utc) if when else None
    paragraphs = tuple(p for p in text.split("\n\n") if p.strip())
    return Document(doc_id="test", origin="test", body=paragraphs, published=published, dateline=dateline)


@pytest.fixture(scope="session")
def code_text(pipeline):
    """code_text(text, when=None, parse=True) -> list of (sentence index, ActorMention)."""

    def run(text: str, when: str | None = None, parse: bool = True, dateline: str | None = None):
        document = make_document(text, when, dateline)
        sentences = pipeline.parser.parse(document, None if parse else (lambda s: False))
        coded = pipeline.actors.code_document(document, sentences)
        return [(s.sentence_index, m) for s in coded for m in s.mentions]

    return run


def by_text(mentions):
    """{mention text: (code, country, sector)}; later mentions of the same words win."""
    return {m.text: (m.actor.code, m.actor.country, m.actor.sector) for _, m in mentions}
