"""Placeholder event coder: codes nothing yet.

Replaced by the pattern-driven coder of issue 4; the interface stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..types import Document, Event, ParsedSentence, SentenceActors


class EventCoder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def may_have_event(self, text: str) -> bool:
        return True

    def code_document(
        self,
        document: Document,
        sentences: Sequence[ParsedSentence],
        actors: Sequence[SentenceActors],
    ) -> tuple[Event, ...]:
        return ()
