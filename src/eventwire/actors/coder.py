"""First version of the actor coder: whole-country names only.

Replaced by the dictionary-driven coder of issue 3; the interface stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..types import Actor, ActorMention, Document, ParsedSentence, SentenceActors


class ActorCoder:
    def __init__(self, settings: Settings) -> None:
        import pycountry

        self.names: dict[str, str] = {}
        for country in pycountry.countries:
            self.names[country.name.lower()] = country.alpha_3
            common = getattr(country, "common_name", None)
            if common:
                self.names[common.lower()] = country.alpha_3

    def may_mention_actor(self, text: str) -> bool:
        lowered = text.lower()
        return any(name in lowered for name in self.names)

    def _mentions(self, sentence: ParsedSentence) -> tuple[ActorMention, ...]:
        found = []
        tokens = list(sentence.doc)
        i = 0
        while i < len(tokens):
            for length in (4, 3, 2, 1):
                span = sentence.doc[i : i + length]
                code = self.names.get(span.text.lower())
                if code and len(span) == length:
                    actor = Actor(code=code, country=code, sector=None, name=span.text)
                    found.append(ActorMention(span.text, span.start_char, span.end_char, actor, span.start, span.end, "country-name"))
                    i += length - 1
                    break
            i += 1
        return tuple(found)

    def code_document(self, document: Document, sentences: Sequence[ParsedSentence]) -> tuple[SentenceActors, ...]:
        return tuple(SentenceActors(s.index, self._mentions(s)) for s in sentences)
