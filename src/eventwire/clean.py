"""Clean stage: from a raw Article to a Document with trustworthy metadata.

First version: paragraphs are non-empty lines and the id is a hash of the
text. Issue 2 adds agency, date and dateline detection and trailing-junk
removal.
"""

from __future__ import annotations

import hashlib

from .config import Settings
from .errors import problem
from .types import Article, Document, Problem


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_article(article: Article, settings: Settings) -> Document | Problem:
    body = tuple(line.strip() for line in article.text.splitlines() if line.strip())
    if not body:
        return problem("E111", article.origin)
    digest = text_hash("\n\n".join(body))
    return Document(
        doc_id=article.doc_id or digest[:16],
        origin=article.origin,
        body=body,
        source=article.source,
        title=article.title,
        url=article.url,
        text_hash=digest,
    )


def document_json(document: Document) -> dict:
    """The reader's result as printed by ``eventwire article``."""
    published = document.published
    utc = None
    if published is not None and published.tzinfo is not None:
        from datetime import timezone

        utc = published.astimezone(timezone.utc).replace(tzinfo=None).isoformat()
    return {
        "doc_id": document.doc_id,
        "origin": document.origin,
        "source": document.source,
        "published": published.isoformat() if published else None,
        "published_utc": utc,
        "dateline": document.dateline,
        "title": document.title,
        "url": document.url,
        "language": document.language,
        "body": list(document.body),
        "removed": [{"text": r.text, "reason": r.reason} for r in document.removed],
    }
