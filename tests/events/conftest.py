"""Fixtures of the event tests (helpers in ``helpers.py``)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.types import Document, ParsedSentence, SentenceActors

from .helpers import mentions_for


@pytest.fixture(scope="session")
def event_coder(pipeline):
    return pipeline.events


@pytest.fixture(scope="session")
def code_text(pipeline):
    """Code one or more sentences with the given actors; returns the events."""

    def run(text: str, actors: dict[str, str], published: str = "2021-03-10", dateline: str | None = None):
        document = Document(
            doc_id="test", origin="<test>", body=(text,), dateline=dateline,
            published=datetime.fromisoformat(published).replace(hour=12, tzinfo=timezone.utc),
        )
        parsed = [ParsedSentence(0, 0, text, pipeline.parser.nlp(text), True)]
        mentions = [SentenceActors(p.index, mentions_for(p.doc, actors)) for p in parsed]
        return pipeline.events.code_document(document, parsed, mentions)

    return run
