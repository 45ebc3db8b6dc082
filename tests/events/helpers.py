"""Helpers for event tests: sentences with hand-marked actors.

The events stage is tested on its own: actor mentions are given by the
test (``"China=CHN"``, ``"Xi Jinping=CHNGOV"``), so these tests do not
depend on the actor dictionaries.
"""

from __future__ import annotations

from eventwire.types import Actor, ActorMention


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


def triples(events) -> set[tuple]:
    return {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None) for e in events}
