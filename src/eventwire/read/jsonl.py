"""JSON Lines corpora: one article a line, ``text`` plus optional metadata.

    {"id": "a1", "text": "...", "title": "...", "date": "2023-03-14", "source": "...", "url": "..."}

``id`` becomes the doc_id, ``date`` (or ``published``) the publication
date. A bad line is reported with its line number; the others go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..clean.dates import parse_date
from ..errors import problem
from ..types import Article, Problem

DATE_FIELDS = ("published", "date")


def json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words: "a number", "a list", "null", ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    kinds = ((str, "a string"), ((int, float), "a number"), (list, "a list"), (dict, "an object"))
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return None if value is None or value == "" else str(value)


def record_article(record: Any, origin: str) -> Iterator[Article | Problem]:
    """The Article of one parsed record; a Problem first when its date is unreadable."""
    if not isinstance(record, dict):
        yield problem("E107", origin, reason=f"expected an object, got {json_kind(record)}")
        return
    if "text" in record and not isinstance(record["text"], str):
        yield problem("E107", origin, reason=f"field 'text' must be a string, got {json_kind(record['text'])}")
        return
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        yield problem("E108", origin)
        return
    field = next((key for key in DATE_FIELDS if _optional_text(record, key)), None)
    published = _optional_text(record, field) if field else None
    if published and parse_date(published) is None:
        yield problem("E113", origin, value=published, field=field)
        published = None
    yield Article(
        origin=origin,
        text=record["text"],
        doc_id=_optional_text(record, "id"),
        title=_optional_text(record, "title"),
        published=published,
        source=_optional_text(record, "source"),
        url=_optional_text(record, "url"),
        kind="jsonl",
    )


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
    return str(exc)


def _line_article(line: bytes | str, origin: str, max_bytes: int) -> Iterator[Article | Problem]:
    size = len(line.encode("utf-8") if isinstance(line, str) else line)
    if size > max_bytes:
        yield problem("E103", origin, size=size, limit=max_bytes)
        return
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        yield problem("E105", origin, reason=f"JSON Lines must be UTF-8; invalid byte at {exc.start}")
        return
    except ValueError as exc:
        yield problem("E107", origin, reason=_json_error(exc))
        return
    yield from record_article(record, origin)


def read_jsonl_lines(lines: Iterable[bytes | str], name: str, max_bytes: int) -> Iterator[Article | Problem]:
    """Articles of a JSON Lines stream; ``max_bytes`` limits each line."""
    seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen = True
        yield from _line_article(line, f"{name}:{number}", max_bytes)
    if not seen:
        yield problem("E101", name)


def read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Stream a JSON Lines file: a corpus may be far larger than one article."""
    try:
        with path.open("rb") as handle:
            yield from read_jsonl_lines(handle, str(path), max_bytes)
    except OSError as exc:
        yield problem("E112", str(path), reason=exc.strerror or str(exc))


def read_json_document(text: str, name: str) -> Iterator[Article | Problem]:
    """A .json file: one record, or a list of records."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield problem("E107", name, reason=_json_error(exc))
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield from record_article(record, f"{name}[{number}]" if isinstance(data, list) else name)
