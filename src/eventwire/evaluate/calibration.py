"""Fitting the confidence table (``data/confidence.tsv``) from scored development gold.

Each coded event with a PLOVER type is one observation: its rule names and
whether it was *right*. An event that counts as a triple (asserted,
intended, future) is right when the gold holds its triple; a negated or
hypothetical event is right when the gold does not record its act (the
coder was right to say it did not happen).

Estimator: smoothed precision with a hierarchical prior. The coarsest
group (every event) gets (right + 1) / (events + 2); a finer group g
(``events.confidence.LEVELS``) gets (right_g + m * p_parent) /
(events_g + m), where p_parent is the smoothed figure of the coarser group
its events belong to: a group seen a few times stays near its parent, one
seen often speaks for itself. Groups with fewer than ``min_events``
events are left out of the table, so their events take the coarser
figure. The prior strength m is chosen by cross-validation over texts
(``choose_prior``), and the reliability of the result is reported per
confidence bin (``reliability``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..events.confidence import COLUMNS, EVERYTHING, LEVELS, ConfidenceTable, signatures
from .rules import in_gold
from .score import TextResult


@dataclass(frozen=True)
class Observation:
    """One coded event: its rule names, whether it was right, and the text it came from."""

    rules: tuple[str, ...]
    right: bool
    text: str


@dataclass(frozen=True)
class Entry:
    level: str
    signature: str
    events: int
    right: int
    confidence: float


def observations(results: Iterable[TextResult]) -> list[Observation]:
    """The events of scored gold texts, each with whether it was right."""
    found = []
    for result in results:
        right = result.true_coded()
        for event in result.shaped:
            correct = bool(event.triples & right) if event.scored else not in_gold(result, event.triples)
            found.append(Observation(event.rules, correct, result.text))
    return found


def _parent(level: str) -> str | None:
    index = LEVELS.index(level)
    return LEVELS[index + 1] if index + 1 < len(LEVELS) else None


def fit(data: Sequence[Observation], prior_strength: float, min_events: int) -> list[Entry]:
    """The table's entries, coarsest level first."""
    counts: dict[tuple[str, str], list[int]] = {}
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    for item in data:
        keys = signatures(item.rules)
        for level, signature in keys.items():
            tally = counts.setdefault((level, signature), [0, 0])
            tally[0] += 1
            tally[1] += item.right
            parent = _parent(level)
            if parent:
                parents[(level, signature)] = (parent, keys[parent])
    total, right = counts.get(("all", EVERYTHING), [0, 0])
    smoothed = {("all", EVERYTHING): (right + 1) / (total + 2)}
    entries = [Entry("all", EVERYTHING, total, right, round(smoothed[("all", EVERYTHING)], 3))]
    for level in reversed(LEVELS[:-1]):
        for key in sorted(k for k in counts if k[0] == level):
            events, hits = counts[key]
            smoothed[key] = (hits + prior_strength * smoothed[parents[key]]) / (events + prior_strength)
            if events >= min_events:
                entries.append(Entry(level, key[1], events, hits, round(smoothed[key], 3)))
    return entries


def table_of(entries: Iterable[Entry]) -> ConfidenceTable:
    return ConfidenceTable.parse(table_text(entries, ()))


def table_text(entries: Iterable[Entry], header: Sequence[str]) -> str:
    """The TSV of ``data/confidence.tsv``: comment lines, the column names, one row per entry."""
    rows = ["\t".join(COLUMNS)] + [f"{e.level}\t{e.signature}\t{e.events}\t{e.right}\t{e.confidence:.3f}" for e in entries]
    return "\n".join([*(f"# {line}".rstrip() for line in header), *rows]) + "\n"


def mean_log_loss(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean negative log-likelihood of the outcomes under their confidence (lower is better)."""
    clipped = [min(max(p if right else 1 - p, 1e-3), 1.0) for p, right in pairs]
    return -sum(math.log(p) for p in clipped) / len(clipped) if clipped else 0.0


def folds(data: Sequence[Observation], k: int, seed: int = 12) -> list[tuple[list[Observation], list[Observation]]]:
    """k (fit, held-out) splits by text: the events of one sentence stay together."""
    texts = sorted({item.text for item in data})
    random.Random(seed).shuffle(texts)
    fold_of = {text: n % k for n, text in enumerate(texts)}
    return [([o for o in data if fold_of[o.text] != n], [o for o in data if fold_of[o.text] == n]) for n in range(k)]


def held_out(data: Sequence[Observation], prior_strength: float, min_events: int, k: int = 5) -> list[tuple[float, bool]]:
    """(confidence, right) for every event, each scored by a table fitted without its text's fold."""
    scored = []
    for fitting, testing in folds(data, k):
        table = table_of(fit(fitting, prior_strength, min_events))
        scored += [(table.confidence(o.rules), o.right) for o in testing]
    return scored


def choose_prior(data: Sequence[Observation], strengths: Iterable[float], min_events: int, k: int = 5) -> dict[float, float]:
    """Held-out log loss per prior strength (the script keeps the lowest)."""
    return {strength: mean_log_loss(held_out(data, strength, min_events, k)) for strength in strengths}


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    events: int
    mean_confidence: float
    precision: float  # share right


def reliability(pairs: Iterable[tuple[float, bool]], edges: Sequence[float] = (0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)) -> list[Bin]:
    """Per confidence bin: how many events, their mean confidence and the share that were right."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for confidence, right in pairs:
        index = next(i for i in range(len(edges) - 1) if confidence < edges[i + 1])
        groups.setdefault(index, []).append((confidence, right))
    return [
        Bin(edges[i], min(edges[i + 1], 1.0), len(g), sum(c for c, _ in g) / len(g), sum(r for _, r in g) / len(g))
        for i, g in sorted(groups.items())
    ]


def calibration_error(bins: Sequence[Bin]) -> float:
    """Expected calibration error: the events-weighted gap between mean confidence and precision."""
    total = sum(b.events for b in bins)
    return sum(b.events * abs(b.mean_confidence - b.precision) for b in bins) / total if total else 0.0
