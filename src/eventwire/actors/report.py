"""Actor mentions for people who maintain dictionaries: records and lines.

``iter_coded`` reads, cleans, parses (every sentence, fully) and codes the
actors of each input; ``mention_record`` is the JSON shape printed by
``eventwire actors --json``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from ..clean import clean_article
from ..config import Settings
from ..parse import Parser
from ..read import iter_articles
from ..types import ACTOR_KIND, ActorMention, Document, ParsedSentence, Problem, SentenceActors
from .coder import ActorCoder

RECORD_KEYS = ("sentence", "text", "start", "end", "code", "country", "sector", "name", "rule", "kind")


@dataclass(frozen=True)
class CodedDocument:
    document: Document
    sentences: tuple[ParsedSentence, ...]
    actors: tuple[SentenceActors, ...]


def with_date(document: Document, when: datetime | None) -> Document:
    """The document dated ``when`` if it has no date of its own."""
    if when is None or document.published is not None:
        return document
    return replace(document, published=when.replace(tzinfo=when.tzinfo or timezone.utc))


def iter_coded(inputs: Sequence[str], settings: Settings, when: datetime | None = None) -> Iterator[CodedDocument | Problem]:
    parser = Parser(settings.model.names, batch_size=settings.parse.batch_size)
    coder = ActorCoder(settings)
    for item in iter_articles(inputs, settings):
        document = item if isinstance(item, Problem) else clean_article(item, settings)
        if isinstance(document, Problem):
            yield document
            continue
        document = with_date(document, when)
        sentences = parser.parse(document)
        yield CodedDocument(document, sentences, coder.code_document(document, sentences))


def mention_record(mention: ActorMention, sentence_index: int) -> dict:
    """One mention as printed by ``--json``; offsets are relative to its sentence."""
    actor = mention.actor
    return {
        "sentence": sentence_index,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "name": actor.name,
        "rule": mention.rule,
        "kind": mention.kind,
    }


def mention_line(record: dict) -> str:
    where = f"{record['sentence']}:{record['start']}-{record['end']}"
    fields = [where, record["text"], record["code"], record["country"] or "-", record["sector"] or "-", record["name"] or "-", record["rule"]]
    if record["kind"] != ACTOR_KIND:
        fields.append(record["kind"])
    return "\t".join(str(f) for f in fields)
