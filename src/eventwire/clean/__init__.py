"""Clean stage: from a raw Article to a Document with trustworthy metadata.

    clean_article(article, settings) -> Document | Problem

Steps, each a small module: paragraphs (``text``), the lines above the story
(``header``: agency line, date line, byline, title), the dateline
(``dateline``), the story's end (``trailing``: promos, teasers, prompts,
copyright lines), the language (``language``), and the publication time
(``dates``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time
from typing import Any

from ..config import Settings
from ..errors import problem
from ..types import Article, Document, Problem, RemovedLine
from .agency import agency_from_dateline, canonical_agency
from .dateline import Dateline, parse_dateline
from .dates import PublishedDate, best_date, iso_utc, parse_date
from .header import Header, read_header
from .language import detect_language, sample_words
from .text import paragraphs, sentence_words
from .trailing import split_story

__all__ = ["clean_article", "document_json", "text_hash"]

DATELINE_SEARCH = 2  # the dateline opens the first or second story paragraph
GIVEN_METADATA = ("jsonl", "api")  # kinds whose metadata the user wrote: it wins


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _find_dateline(body: list[str]) -> Dateline | None:
    """The dateline, removed from its paragraph in ``body``."""
    for index, paragraph in enumerate(body[:DATELINE_SEARCH]):
        dateline = parse_dateline(paragraph)
        if dateline:
            body[index] = dateline.rest
            return dateline
    return None


def _source(article: Article, header: Header, dateline: Dateline | None, header_lines: list[str]) -> str | None:
    if article.source and article.kind in GIVEN_METADATA:
        return canonical_agency(article.source) or article.source
    if header.agency:
        return header.agency
    if dateline and dateline.agency:
        return agency_from_dateline(dateline.agency, header_lines)
    return article.source  # the site or feed name


def _published(article: Article, header: Header, hints: str) -> PublishedDate | None:
    given = parse_date(article.published, hints) if article.published else None
    if given and article.kind in GIVEN_METADATA:
        return given
    found = [given] + [parse_date(text, hints) for text in header.date_lines]
    return best_date([d for d in found if d is not None])


def _relabel_agency_lines(removed: tuple[RemovedLine, ...], agency: str | None) -> tuple[RemovedLine, ...]:
    """A header line that repeats the dateline's agency is the agency line."""
    if not agency:
        return removed
    return tuple(
        RemovedLine(r.text, "agency line (source)") if r.text.casefold() == agency.casefold() else r for r in removed
    )


def clean_article(article: Article, settings: Settings) -> Document | Problem:
    lines = paragraphs(article.text)
    header = read_header(lines, article.title)
    body = lines[header.body_start :]
    dateline = _find_dateline(body)
    title = article.title or header.title
    read = {line: sentence_words(line) for line in body}  # the words of each line, read once for the steps below
    story, dropped = split_story(body, title, read)
    if not story:
        return problem("E111", article.origin)
    language = detect_language(" ".join(story), sample_words(story, read)) or settings.reader.languages[0]
    if language not in settings.reader.languages:
        return problem("E109", article.origin, lang=language)
    source = _source(article, header, dateline, lines[: header.body_start])
    place = dateline.place if dateline else None
    published = _published(article, header, " ".join(filter(None, (place, source, article.source))))
    digest = text_hash("\n\n".join(story))
    return Document(
        doc_id=article.doc_id or digest[:16],
        origin=article.origin,
        body=story,
        source=source,
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        title=title,
        dateline=place,
        url=article.url,
        language=language,
        text_hash=digest,
        removed=_relabel_agency_lines(header.removed, dateline.agency if dateline else None) + dropped,
    )


def _shown_date(value: datetime, precision: str | None) -> str:
    """ISO 8601 with the original offset, cut to the precision known."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if value.tzinfo is None and value.time() == time(0, 0):
        return value.date().isoformat()
    return value.isoformat()


def document_json(document: Document) -> dict[str, Any]:
    """The reader's result as printed by ``eventwire article``."""
    published = document.published
    return {
        "doc_id": document.doc_id,
        "origin": document.origin,
        "source": document.source,
        "published": _shown_date(published, document.published_precision) if published else None,
        "published_utc": iso_utc(published) if published else None,
        "published_precision": document.published_precision,
        "dateline": document.dateline,
        "title": document.title,
        "url": document.url,
        "language": document.language,
        "body": list(document.body),
        "removed": [{"text": r.text, "reason": r.reason} for r in document.removed],
    }
