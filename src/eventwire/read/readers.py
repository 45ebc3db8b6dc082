"""iter_articles: every input, whatever its shape, as Articles - or Problems.

Files, folders (recursively), ``-`` (standard input) and http(s) URLs are
accepted. The kind of each input (plain text, HTML, feed, JSON Lines, JSON)
is decided by sniffing its content, then by its extension. A bad input gives
a Problem naming it, and the others go on.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

from ..config import Settings
from ..errors import problem
from ..types import Article, Problem
from .decode import decode_bytes
from .jsonl import read_json_document, read_jsonl_file, read_jsonl_lines
from .sniff import JSONL_SUFFIXES, sniff_kind
from .sources import Loaded, files_under, is_url, load_file, load_stdin, load_url


def read_loaded(loaded: Loaded, max_bytes: int) -> Iterator[Article | Problem]:
    """Articles of one input already in memory."""
    text = decode_bytes(loaded.data, loaded.origin)
    if isinstance(text, Problem):
        yield text
        return
    kind = sniff_kind(text, loaded.suffix)
    # The feed and HTML readers (feedparser, trafilatura: over half a second) are imported at the first
    # input that needs them: a run over JSON Lines or text starts its workers sooner without them.
    if kind == "feed":
        from .feeds import read_feed

        yield from read_feed(loaded.data, loaded.origin)
    elif kind == "html":
        from .html import read_html

        yield from read_html(text, loaded.origin, loaded.url)
    elif kind == "jsonl":
        yield from read_jsonl_lines(text.splitlines(), loaded.origin, max_bytes)
    elif kind == "json":
        yield from read_json_document(text, loaded.origin)
    else:
        yield Article(origin=loaded.origin, text=text, url=loaded.url)


def _read_path(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, max_bytes)  # streamed; the limit is per record
        return
    loaded = load_file(path, max_bytes)
    yield from [loaded] if isinstance(loaded, Problem) else read_loaded(loaded, max_bytes)


def _read_input(name: str, max_bytes: int, exclude: Collection[Path]) -> Iterator[Article | Problem]:
    if name == "-" or is_url(name):
        loaded = load_stdin(max_bytes) if name == "-" else load_url(name, max_bytes)
        yield from [loaded] if isinstance(loaded, Problem) else read_loaded(loaded, max_bytes)
        return
    path = Path(name)
    if path.is_dir():
        for child in files_under(path, exclude):
            yield from _read_path(child, max_bytes)
    elif path.exists():
        yield from _read_path(path, max_bytes)
    else:
        yield problem("E006", name)


def iter_articles(inputs: Sequence[str], settings: Settings, exclude: Collection[Path] = ()) -> Iterator[Article | Problem]:
    """Articles of ``inputs`` in order; a Problem (never an exception) for each bad one.

    Files and folders in ``exclude`` (resolved paths) are passed over inside
    input folders: ``eventwire ingest`` keeps its own store files out this way.
    """
    for name in inputs:
        yield from _read_input(name, settings.reader.max_bytes, exclude)
