"""Where inputs come from: files, folders (recursively), standard input, URLs."""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from .. import __version__
from ..errors import problem
from ..types import Problem

URL_TIMEOUT_SECONDS = 30
CONTENT_TYPE_SUFFIXES = (("html", ".html"), ("rss", ".xml"), ("atom", ".xml"), ("xml", ".xml"), ("json", ".json"))


@dataclass(frozen=True)
class Loaded:
    """The bytes of one input, with what is known about where they came from."""

    origin: str
    data: bytes
    suffix: str = ""  # file extension, or one implied by a URL's content type
    url: str | None = None


def is_url(name: str) -> bool:
    return urlparse(name).scheme in ("http", "https")


def files_under(folder: Path, exclude: Collection[Path] = ()) -> Iterator[Path]:
    """Regular files below ``folder`` in a stable order, skipping hidden ones and those in
    ``exclude`` (resolved paths). A broken symbolic link is yielded too, to be reported."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (exclude and (Path(root) / d).resolve() in exclude))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or (exclude and path.resolve() in exclude):
                continue
            if path.is_file() or _is_broken_link(path):
                yield path


def _is_broken_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def _too_large(origin: str, size: int | str, limit: int) -> Problem:
    return problem("E103", origin, size=size, limit=limit)


def load_file(path: Path, max_bytes: int) -> Loaded | Problem:
    if _is_broken_link(path):
        return problem("E114", str(path), target=os.readlink(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return _too_large(str(path), size, max_bytes)
        return Loaded(str(path), path.read_bytes(), path.suffix)
    except OSError as exc:
        return problem("E112", str(path), reason=exc.strerror or str(exc))


def load_stdin(max_bytes: int) -> Loaded | Problem:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        return _too_large("<stdin>", f"more than {max_bytes}", max_bytes)
    return Loaded("<stdin>", data)


def _suffix_for(url: str, content_type: str) -> str:
    for marker, suffix in CONTENT_TYPE_SUFFIXES:
        if marker in content_type:
            return suffix
    return PurePosixPath(urlparse(url).path).suffix


def load_url(url: str, max_bytes: int) -> Loaded | Problem:
    request = urllib.request.Request(url, headers={"User-Agent": f"eventwire/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_SECONDS) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type() or ""
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return problem("E112", url, reason=str(getattr(exc, "reason", exc)))
    if len(data) > max_bytes:
        return _too_large(url, f"more than {max_bytes}", max_bytes)
    return Loaded(url, data, _suffix_for(url, content_type), url=url)
