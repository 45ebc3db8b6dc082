"""First version of the readers: UTF-8 text files, JSON Lines, folders, stdin.

Extended by issue 2 (HTML, feeds, encodings, bad-input checks).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..config import Settings
from ..errors import problem
from ..types import Article, Problem


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Problem]:
    for number, line in enumerate(text.splitlines(), start=1):
        origin = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield problem("E107", origin, reason=exc.msg)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield problem("E108", origin)
            continue
        yield Article(
            origin=origin,
            text=record["text"],
            doc_id=str(record["id"]) if record.get("id") is not None else None,
            title=record.get("title"),
            published=record.get("published") or record.get("date"),
            source=record.get("source"),
            url=record.get("url"),
            kind="jsonl",
        )


def _read_file(path: Path, settings: Settings) -> Iterator[Article | Problem]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield problem("E112", str(path), reason=str(exc))
        return
    if not text.strip():
        yield problem("E101", str(path))
    elif path.suffix == ".jsonl":
        yield from _read_jsonl(path, text)
    else:
        yield Article(origin=str(path), text=text)


def iter_articles(inputs: Sequence[str], settings: Settings) -> Iterator[Article | Problem]:
    for name in inputs:
        if name == "-":
            yield Article(origin="<stdin>", text=sys.stdin.read())
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_file(child, settings)
        elif path.is_file():
            yield from _read_file(path, settings)
        else:
            yield problem("E006", name)
