"""Scoring actor mentions against the actor gold file (GOLD-SPEC section 2).

Gold records are JSON lines: ``{"id", "text", "date", "mentions": [{"text",
"country", "sector", "code", optional "start"}]}``. Each gold mention is
aligned with an overlapping predicted mention (each prediction used once),
preferring one that ends where the gold mention ends — its head — and then
the largest overlap; actor mentions go before place and modifier mentions
(``SentenceActors.places``), which count only where the gold lists an actor. A
gold mention with no overlapping prediction counts as wrong on every measure.
Actor mentions that overlap no gold mention are *extra*;
pronoun mentions are reported apart,
since the gold lists named and descriptive mentions only ("the bloc" and
"its citizens" are scored, "he" is not).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import EventwireError
from ..read.jsonl import json_kind
from ..types import ACTOR_KIND, Actor, Document


@dataclass(frozen=True)
class GoldMention:
    text: str
    start: int
    end: int
    country: str | None
    sector: str | None
    code: str | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: date | None
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True)
class Predicted:
    text: str
    start: int  # offsets in the record text
    end: int
    actor: Actor
    coreferent: bool = False
    rule: str = ""
    kind: str = ACTOR_KIND  # a place or modifier mention (``SentenceActors.places``) is no claim of an actor

    @property
    def is_actor(self) -> bool:
        return self.kind == ACTOR_KIND


@dataclass(frozen=True)
class Miss:
    record: str
    gold: GoldMention
    predicted: Predicted | None


@dataclass
class ActorScore:
    gold: int = 0
    found: int = 0
    country: int = 0
    sector: int = 0
    code: int = 0
    extra: int = 0
    coreferent: int = 0
    as_place: int = 0  # gold mentions found as a place or modifier mention
    errors: list[Miss] = field(default_factory=list)
    extras: list[tuple[str, Predicted]] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    sectors: Counter = field(default_factory=Counter)

    def rate(self, part: int) -> float:
        return part / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Share of (non-pronoun) predicted mentions that match a gold mention."""
        predicted = self.found + self.extra
        return self.found / predicted if predicted else 0.0

    def summary(self) -> str:
        return (
            f"actor mentions: {self.gold} gold in {len(self.countries)} countries, {len(self.sectors)} sectors | "
            f"found {self.rate(self.found):.1%} ({self.as_place} as place/modifier) | country {self.rate(self.country):.1%} | "
            f"sector {self.rate(self.sector):.1%} | code {self.rate(self.code):.1%} | "
            f"precision {self.precision:.1%} ({self.extra} extra, {self.coreferent} pronoun/anaphor not scored)"
        )


def _field(data: Any, name: str, kind: type, kind_name: str, what: str = "record") -> Any:
    """``data[name]``, checked: a ValueError that names the field otherwise."""
    if not isinstance(data, dict):
        raise ValueError(f"a {what} must be a JSON object, got {json_kind(data)}")
    if name not in data:
        raise ValueError(f"{what} has no field '{name}'")
    if not isinstance(data[name], kind):
        raise ValueError(f"{what} field '{name}' must be {kind_name}, got {json_kind(data[name])}")
    return data[name]


def _record(line: str, origin: str) -> GoldRecord:
    try:
        data = json.loads(line)
        text = _field(data, "text", str, "a string")
        when = date.fromisoformat(data["date"]) if data.get("date") else None
        mentions = tuple(_gold_mention(m, text) for m in _field(data, "mentions", list, "a list of mentions"))
        return GoldRecord(str(data.get("id", origin)), text, when, mentions)
    except (ValueError, TypeError) as exc:
        raise EventwireError("E801", origin=origin, reason=str(exc)) from None


def _gold_mention(data: dict, text: str) -> GoldMention:
    words = _field(data, "text", str, "a string", what="mention")
    start = data.get("start", text.find(words))
    if start < 0 or text[start : start + len(words)] != words:
        raise ValueError(f"mention {words!r} is not in the sentence")
    return GoldMention(words, start, start + len(words), data.get("country"), data.get("sector"), data.get("code"))


def read_gold(path: str | Path) -> list[GoldRecord]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EventwireError("E804", origin=str(path), reason=exc.strerror if isinstance(exc, OSError) else str(exc)) from None
    records = [_record(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    if not records:
        raise EventwireError("E802", origin=str(path))
    return records


def record_document(record: GoldRecord) -> Document:
    published = datetime(record.date.year, record.date.month, record.date.day, 12, tzinfo=timezone.utc) if record.date else None
    return Document(doc_id=record.id, origin=record.id, body=(record.text,), published=published)


def predicted_mentions(record: GoldRecord, sentences, coded) -> list[Predicted]:
    """Mentions with offsets moved from their sentence to the record text."""
    found, cursor = [], 0
    by_index = {s.sentence_index: s.mentions + s.places for s in coded}
    for sentence in sentences:
        offset = record.text.find(sentence.text, cursor)
        offset = cursor if offset < 0 else offset
        cursor = offset + len(sentence.text)
        for m in by_index.get(sentence.index, ()):
            found.append(Predicted(m.text, offset + m.start, offset + m.end, m.actor, m.coreferent, m.rule, m.kind))
    return found


PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i"})


def is_pronoun(mention: Predicted) -> bool:
    """Pronoun mentions are not scored: the gold lists named and descriptive mentions only."""
    return mention.coreferent and mention.text.lower() in PRONOUNS


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_record(record: GoldRecord, predicted: Sequence[Predicted], score: ActorScore) -> None:
    named = [p for p in predicted if not is_pronoun(p)]
    score.coreferent += len(predicted) - len(named)
    used: set[int] = set()
    for gold in record.mentions:
        score.gold += 1
        score.countries[gold.country] += 1
        score.sectors[gold.sector] += 1
        options = [(i, p.is_actor, p.end == gold.end, _overlap(gold.start, gold.end, p.start, p.end)) for i, p in enumerate(named) if i not in used]
        options = [option for option in options if option[3] > 0]
        if not options:
            score.errors.append(Miss(record.id, gold, None))
            continue
        # an actor mention first, then one ending where the gold phrase ends (its head: a possessor
        # before a role is not the phrase's actor), then the largest overlap
        best = max(options, key=lambda option: option[1:])[0]
        used.add(best)
        actor = named[best].actor
        score.found += 1
        score.as_place += not named[best].is_actor
        right = (actor.country == gold.country, actor.sector == gold.sector, actor.code == gold.code)
        score.country += right[0]
        score.sector += right[1]
        score.code += right[2]
        if not (right[0] and right[1]):
            score.errors.append(Miss(record.id, gold, named[best]))
    for i, p in enumerate(named):
        if i not in used and p.is_actor:
            score.extra += 1
            score.extras.append((record.id, p))


def score_records(records: Iterable[GoldRecord], parser, coder) -> ActorScore:
    """Code every gold sentence with ``parser`` and ``coder`` and score the mentions."""
    score = ActorScore()
    for record in records:
        document = record_document(record)
        sentences = parser.parse(document)
        coded = coder.code_document(document, sentences)
        score_record(record, predicted_mentions(record, sentences, coded), score)
    return score
