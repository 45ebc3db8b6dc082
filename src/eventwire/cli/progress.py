"""A one-line progress display for long runs on a terminal (none when piped)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ..store import IngestCounts


def estimate_articles(inputs: Sequence[str]) -> int | None:
    """About how many articles ``inputs`` hold: files, or lines of JSON Lines files. None if unknowable (stdin, URLs)."""
    total = 0
    for name in inputs:
        if name == "-" or "://" in name:
            return None
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.is_file() else []
        total += sum(_count_lines(f) if f.suffix == ".jsonl" else 1 for f in files)
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class IngestProgress:
    """Redraws one status line at most every ``interval`` seconds: articles, rate, events, ETA."""

    def __init__(self, stream: IO[str], total: int | None, interval: float = 0.25) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self._last = 0.0
        self._width = 0

    def __call__(self, counts: IngestCounts) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        self._draw(self.line(counts))

    def line(self, counts: IngestCounts) -> str:
        done = counts.articles + counts.problems
        rate = done / counts.seconds if counts.seconds > 0 else 0.0
        parts = [f"{done}/{self.total}" if self.total else str(done), "articles", f"{rate:.1f}/s", f"{counts.mentions} events"]
        if self.total and rate > 0 and done <= self.total:
            parts.append(f"ETA {_clock((self.total - done) / rate)}")
        return "  ".join(parts)

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self.stream.flush()

    def close(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
