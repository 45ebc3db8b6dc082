"""The evidence of events, as highlighted pieces of sentence text.

A sentence is cut at every start and end of a trigger or actor span, so
overlapping spans (a trigger inside an actor's words, two events sharing a
source) give pieces that each know all the roles covering them. Templates
render the pieces with autoescaping: the text is never trusted as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ROLES = ("source", "target", "trigger")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    role: str  # "source" | "target" | "trigger"
    event: str  # the event's id


@dataclass(frozen=True)
class Piece:
    text: str
    roles: tuple[str, ...] = ()
    events: tuple[str, ...] = ()

    @property
    def marked(self) -> bool:
        return bool(self.roles)


def _offsets(sentence: str, part: Mapping[str, Any]) -> tuple[int, int] | None:
    """A span's offsets, checked against the sentence; found by its words if absent or stale."""
    text = part.get("text") or ""
    start, end = part.get("start"), part.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence):
        if not text or sentence[start:end] == text:
            return start, end
    found = sentence.find(text) if text else -1
    return (found, found + len(text)) if found >= 0 else None


def event_spans(event: Mapping[str, Any]) -> list[Span]:
    """The trigger and actor spans of one event record, in its sentence."""
    sentence = event.get("sentence") or ""
    spans = []
    for role in ROLES:
        part = event.get(role)
        if not isinstance(part, Mapping):
            continue
        offsets = _offsets(sentence, part)
        if offsets:
            spans.append(Span(offsets[0], offsets[1], role, str(event.get("event_id", ""))))
    return spans


def pieces(text: str, spans: Iterable[Span]) -> tuple[Piece, ...]:
    """``text`` cut into pieces, each with the roles and events that cover it."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in usable), *(s.end for s in usable)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [s for s in usable if s.start <= start and end <= s.end]
        roles = tuple(r for r in ROLES if any(s.role == r for s in covering))
        events = tuple(dict.fromkeys(s.event for s in covering))
        result.append(Piece(text[start:end], roles, events))
    return tuple(result)


def sentence_pieces(sentence: str, events: Sequence[Mapping[str, Any]]) -> tuple[Piece, ...]:
    """A sentence with the evidence of all its events marked."""
    return pieces(sentence, [span for event in events for span in event_spans(event)])


def article_paragraphs(article: Mapping[str, Any]) -> tuple[list[tuple[Piece, ...]], int]:
    """Each paragraph of a stored article cut into pieces, and how many events could not be placed.

    ``article`` is ``EventStore.article``'s record: ``body`` paragraphs,
    ``sentences`` (each with ``paragraph`` and its ``start`` offset there, or
    None when the sentence was not found) and ``events``.
    """
    body = list(article.get("body") or [])
    where = {s["index"]: (s["paragraph"], s["start"]) for s in article.get("sentences") or [] if s.get("start") is not None}
    spans: dict[int, list[Span]] = {}
    unplaced = 0
    for event in article.get("events") or []:
        paragraph, offset = where.get(event.get("sentence_index"), (None, None))
        if paragraph is None or not 0 <= paragraph < len(body):
            unplaced += 1
            continue
        for span in event_spans(event):
            spans.setdefault(paragraph, []).append(Span(span.start + offset, span.end + offset, span.role, span.event))
    return [pieces(text, spans.get(i, ())) for i, text in enumerate(body)], unplaced
