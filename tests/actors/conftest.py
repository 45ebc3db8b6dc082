"""Fixtures for the actor tests: code a small text with the session pipeline."""

from __future__ import annotations

import pytest

from .helpers import make_document


@pytest.fixture(scope="session")
def code_text(pipeline):
    """code_text(text, when=None, parse=True) -> list of (sentence index, ActorMention)."""

    def run(text: str, when: str | None = None, parse: bool = True, dateline: str | None = None):
        document = make_document(text, when, dateline)
        sentences = pipeline.parser.parse(document, None if parse else (lambda s: False))
        coded = pipeline.actors.code_document(document, sentences)
        return [(s.sentence_index, m) for s in coded for m in s.mentions]

    return run


@pytest.fixture(scope="session")
def places_of(pipeline):
    """places_of(text, when=None, kinds=False) -> {words: country} (or (country, kind)) of the
    sentence's place and modifier mentions (``SentenceActors.places``); the actors are not there."""

    def run(text: str, when: str | None = None, kinds: bool = False):
        document = make_document(text, when)
        coded = pipeline.actors.code_document(document, pipeline.parser.parse(document))
        actors = {m.text for s in coded for m in s.mentions}
        places = {m.text: (m.actor.country, m.kind) if kinds else m.actor.country for s in coded for m in s.places}
        assert not actors & set(places)
        return places

    return run
