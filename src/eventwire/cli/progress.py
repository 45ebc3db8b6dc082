"""Progress on the terminal for long runs: one status line redrawn in place.

Shown only when stderr is a terminal (or when asked for); piped or
redirected runs stay quiet. ``Progress`` serves ``eventwire code`` (engine
results in, a summary line out); ``IngestProgress`` serves ``eventwire
ingest`` (fed with the store's counts). The counting and the wording live
in ``eventwire.engine.progress``; this module only draws.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, TextIO

import click

from ..engine.progress import Rates, Tally, duration, estimate_documents, status_line, summary_line
from ..types import DocumentResult, Problem

if TYPE_CHECKING:  # the store (DuckDB) is imported by ``ingest`` only
    from ..store import IngestCounts

REDRAW_SECONDS = 0.25
CLEAR_LINE = "\r\x1b[2K"  # back to the start of the line, and erase it

estimate_articles = estimate_documents  # the name ``ingest`` uses


class StatusLine:
    """A line that is redrawn in place and erased before anything else is printed."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.drawn = False

    def draw(self, text: str) -> None:
        width = shutil.get_terminal_size().columns - 1  # a wrapped line could not be redrawn in place
        self.stream.write(CLEAR_LINE + text[:width])
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
            self.drawn = False


class Progress:
    """Feeds a Tally with engine results and keeps the terminal informed."""

    def __init__(self, inputs: Sequence[str], enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.status = StatusLine(self.stream)
        self.tally = Tally()
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.first: tuple[float, Tally] | None = None  # rates count from the first result, not from start-up
        self.loading: float | None = None  # seconds the pipelines took to load, when they did
        self.expected: list[int | None] = []  # filled by the counting thread
        if self.enabled:
            # Counting a large input takes a moment: do it beside the run, not before it.
            threading.Thread(target=self._count, args=(list(inputs),), daemon=True).start()

    def add(self, item: DocumentResult | Problem) -> None:
        self.tally.add(item)
        if isinstance(item, Problem):
            self.echo(item.line())
        now = time.monotonic()
        if self.first is None:
            self.first = (now, self.tally.copy())
        if self.enabled and now - self.drawn_at >= REDRAW_SECONDS:
            first_at, first_tally = self.first
            rates = Rates.between(first_tally, self.tally, now - first_at)
            self.status.draw(status_line(self.tally, rates, self.expected[0] if self.expected else None))
            self.drawn_at = now

    def loaded(self, seconds: float) -> None:
        """The engine's pipelines are loaded (engine ``on_loaded``)."""
        self.loading = seconds

    def echo(self, line: str) -> None:
        """A line of its own on stderr (problems), above the status line."""
        self.status.clear()
        click.echo(line, file=self.stream)

    def finish(self) -> None:
        """Erase the status line; print the summary (when enabled)."""
        self.status.clear()
        if self.enabled:
            click.echo(summary_line(self.tally, time.monotonic() - self.started, self.loading), file=self.stream)

    def _count(self, inputs: list[str]) -> None:
        try:
            self.expected.append(estimate_documents(inputs))
        except OSError:  # an unreadable input is reported by the reader; no ETA then
            self.expected.append(None)


class IngestProgress:
    """Redraws one status line at most every ``interval`` seconds: articles, rate, events, ETA."""

    def __init__(self, stream: IO[str], total: int | None, interval: float = REDRAW_SECONDS) -> None:
        self.status = StatusLine(stream)
        self.total = total
        self.interval = interval
        self._last = 0.0

    def __call__(self, counts: IngestCounts) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        self.status.draw(self.line(counts))

    def line(self, counts: IngestCounts) -> str:
        done = counts.articles + counts.conflicts + counts.problems
        rate = done / counts.seconds if counts.seconds > 0 else 0.0
        parts = [f"{done}/{self.total}" if self.total else str(done), "articles", f"{rate:.1f}/s", f"{counts.mentions} events"]
        if self.total and rate > 0 and done <= self.total:
            parts.append(f"ETA {duration((self.total - done) / rate)}")
        return "  ".join(parts)

    def close(self) -> None:
        self.status.clear()
