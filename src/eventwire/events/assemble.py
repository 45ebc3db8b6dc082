"""Event assembly: codes, ids, triggers, and tidying a sentence's events."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import ActorRef, Event, Location, Modality, Trigger
from .confidence import ConfidenceTable
from .dates import When
from .frames import Composite
from .ontology import Ontology

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_TRIGGER_TOKENS = 6


def event_id(doc_id: str, sentence_index: int, sentence: str, trigger: Trigger, code: str,
             source: ActorRef | None, target: ActorRef | None) -> str:
    """Stable: the same document, sentence, trigger and roles give the same id."""
    parts = [doc_id, str(sentence_index), sentence, f"{trigger.start}:{trigger.end}", code,
             f"{source.code}@{source.start}" if source else "", f"{target.code}@{target.start}" if target else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def trigger_of(doc: Doc, composite: Composite) -> Trigger:
    """The words of the act, widened to its frames while they stay close ("imposing sanctions")."""
    start, end = composite.inner.start, composite.inner.end
    for predicate in reversed(composite.chain[:-1]):
        wider = (min(start, predicate.start), max(end, predicate.end))
        if wider[1] - wider[0] > MAX_TRIGGER_TOKENS:
            break
        start, end = wider
    span = doc[start:end]
    return Trigger(span.text, span.start_char, span.end_char)


@dataclass(frozen=True)
class Draft:
    """Everything about one event but its identity."""

    code: str
    source: ActorRef
    target: ActorRef | None
    modality: Modality
    when: When
    reported_by: ActorRef | None
    location: Location | None
    trigger: Trigger
    rules: tuple[str, ...] = ()  # names of the rules behind its code, source, target and modality


def build_event(draft: Draft, ontology: Ontology, doc_id: str, sentence_index: int, sentence: str,
                confidence: ConfidenceTable) -> Event:
    entry = ontology.lookup(draft.code)
    return Event(
        event_id=event_id(doc_id, sentence_index, sentence, draft.trigger, draft.code, draft.source, draft.target),
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sentence,
        date=draft.when.date.isoformat() if draft.when.date else None,
        date_precision=draft.when.precision,
        source=draft.source,
        target=draft.target,
        cameo=entry.code,
        cameo_root=entry.root,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        plover=entry.plover or "",
        plover_mode=entry.plover_mode,
        modality=draft.modality,
        past=draft.when.past,
        reported_by=draft.reported_by,
        location=draft.location,
        trigger=draft.trigger,
        confidence=confidence.confidence(draft.rules),
        rules=draft.rules,
    )


def _key(event: Event) -> tuple:
    source, target = (event.source.code if event.source else None), (event.target.code if event.target else None)
    return (source, event.plover, target, event.modality)


def _country(actor: ActorRef | None) -> str | None:
    return (actor.country or actor.code) if actor else None


def tidy(events: Sequence[Event]) -> list[Event]:
    """Drop repeats of one (source, type, target), and target-less events a fuller one covers
    ("Lula hosted Chavez for talks": the talks are the visit)."""
    seen: set[tuple] = set()
    with_target = {_key(e)[:2] for e in events if e.target} | {(e.target.code, e.plover) for e in events if e.target}
    with_target |= {(_country(e.source), e.plover) for e in events if e.target}  # "warned Saddam that U.S. warplanes ..."
    kept = []
    for event in events:
        key = _key(event)
        if key in seen or (event.target is None and (key[:2] in with_target or (_country(event.source), event.plover) in with_target)):
            continue
        seen.add(key)
        kept.append(event)
    return kept
