"""Counts of a coding run, and the words that report them.

The engine's results feed a ``Tally``; the CLI decides when and where to
show ``status_line`` (while running) and ``summary_line`` (at the end).
Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..types import DocumentResult, Problem

FEED_SUFFIXES = (".xml", ".rss", ".atom")
LINE_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class Tally:
    """Running totals, updated with each result as it leaves the engine."""

    documents: int = 0
    problems: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0

    def add(self, item: DocumentResult | Problem) -> None:
        if isinstance(item, Problem):
            self.problems += 1
            return
        self.documents += 1
        self.sentences += item.sentences
        self.parsed += item.sentences_parsed
        self.events += len(item.events)

    def copy(self) -> Tally:
        return replace(self)

    @property
    def inputs(self) -> int:
        return self.documents + self.problems

    @property
    def skipped(self) -> int:
        return self.sentences - self.parsed


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Rates:
    documents: float  # per second
    sentences: float

    @classmethod
    def between(cls, earlier: Tally, later: Tally, seconds: float) -> Rates:
        if seconds <= 0:
            return cls(0.0, 0.0)
        return cls((later.inputs - earlier.inputs) / seconds, (later.sentences - earlier.sentences) / seconds)


def status_line(tally: Tally, rates: Rates, expected: int | None = None) -> str:
    """One line while running: done so far, rates, and an ETA when the total is known."""
    done = f"{tally.inputs:,}" + (f"/~{expected:,}" if expected else "")
    parts = [f"{done} documents", f"{rates.documents:,.1f} docs/s", f"{rates.sentences:,.0f} sentences/s", f"{tally.events:,} events"]
    if expected and rates.documents > 0 and expected > tally.inputs:
        parts.append(f"ETA {duration((expected - tally.inputs) / rates.documents)}")
    return " · ".join(parts)


def summary_line(tally: Tally, elapsed: float, loading: float | None = None) -> str:
    """The closing line: documents, sentences parsed vs skipped, events, time; with ``loading`` (the
    seconds the pipelines took to load), that time apart and the rate after it."""
    problems = f" ({tally.problems:,} skipped with problems)" if tally.problems else ""
    coding = elapsed - (loading or 0.0)
    rate = f"{tally.documents / coding if coding > 0 else 0.0:,.1f} documents/s"
    timing = f"pipelines loaded in {loading:.1f} s, then {rate}" if loading is not None else rate
    return (
        f"coded {tally.documents:,} documents{problems}: {tally.sentences:,} sentences, "
        f"{tally.parsed:,} parsed, {tally.skipped:,} tokenized only; {tally.events:,} events "
        f"in {duration(elapsed)} ({timing})"
    )


def _count_in_file(path: Path) -> int:
    """Articles a file probably holds: lines of JSON Lines, items of feeds, else one."""
    suffix = path.suffix.lower()
    if suffix not in LINE_SUFFIXES + FEED_SUFFIXES:
        return 1
    count = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            count += chunk.count(b"\n") if suffix in LINE_SUFFIXES else chunk.count(b"<item") + chunk.count(b"<entry")
    return count


def estimate_documents(inputs: Sequence[str]) -> int | None:
    """About how many documents ``inputs`` hold, for an ETA; None when unknowable (stdin, URLs)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            total += sum(_count_in_file(p) for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            total += _count_in_file(path)
        elif name == "-" or "://" in name:
            return None
    return total or None
