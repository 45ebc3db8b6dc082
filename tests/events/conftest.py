"""Helpers for event tests: sentences with hand-marked actors.

The events stage is tested on its own: actor mentions are given by the
test (``"China=CHN"``, ``"Xi Jinping=CHNGOV"``), so these tests do not
depend on the actor dictionaries.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.types import Actor, ActorMention, Document, ParsedSentence, SentenceActors

SECTORS = ("GOV", "MIL", "COP", "MED", "REB", "OPP", "CVL", "BUS", "JUD", "LEG", "IGO")


def actor_from_code(code: str) -> Actor:
    if code[:3] in ("IGO", "NGO", "IMG"):
        return Actor(code=code, country=None, sector=code[:3])
    return Actor(code=code, country=code[:3], sector=code[3:6] or None, name=None)


def mentions_for(doc, actors: dict[str, str]) -> tuple[ActorMention, ...]:
    """Mentions of each ``text -> code`` pair, at every occurrence in the sentence."""
    found = []
    for text, code in actors.items():
        start = doc.text.find(text)
        while start >= 0:
            span = doc.char_span(start, start + len(text), alignment_mode="expand")
            found.append(ActorMention(text, span.start_char, span.end_char, actor_from_code(code), span.start, span.end, "test"))
            start = doc.text.find(text, start + len(text))
    return tuple(sorted(found, key=lambda m: m.start))


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


def triples(events) -> set[tuple]:
    return {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None) for e in events}
