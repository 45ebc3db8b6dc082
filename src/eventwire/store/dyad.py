"""Dyad analysis: how two countries treat each other over time.

Counts deduplicated events (each real-world event once) by quad class, and
their mean Goldstein score, per week, month or year. Periods with no events
inside the series' span are kept as zero rows so a plot shows the gaps.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

import duckdb

from ..errors import EventwireError

INTERVALS = ("week", "month", "year")
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

_SERIES = """
SELECT date_trunc(?, date)::DATE AS period, quad_class, count(*) AS n, sum(goldstein) AS goldstein
FROM store_events
WHERE date IS NOT NULL AND list_contains(?, modality) AND ({pair})
GROUP BY ALL ORDER BY period, quad_class
"""


@dataclass(frozen=True)
class DyadPeriod:
    """One period of a dyad series."""

    period: date  # first day of the week (Monday), month or year
    label: str  # "2023-W11", "2023-03", "2023"
    counts: tuple[int, int, int, int]  # events by quad class 1..4
    mean_goldstein: float | None  # None when the period has no events

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class DyadSeries:
    source: str
    target: str
    interval: str
    both_directions: bool
    modalities: tuple[str, ...]
    periods: tuple[DyadPeriod, ...]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.periods)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: periods as ISO dates, counts named by quad class."""
        data = asdict(self)
        data["periods"] = [
            {
                "period": p.period.isoformat(),
                "label": p.label,
                **{f"quad_{q}": n for q, n in zip(QUAD_CLASSES, p.counts)},
                "total": p.total,
                "mean_goldstein": p.mean_goldstein,
            }
            for p in self.periods
        ]
        data["total"] = self.total
        return data


def period_label(start: date, interval: str) -> str:
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m") if interval == "month" else str(start.year)


def next_period(start: date, interval: str) -> date:
    if interval == "week":
        return date.fromordinal(start.toordinal() + 7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _pair_sql(both_directions: bool) -> str:
    one_way = "(source_country = ? AND target_country = ?)"
    return f"{one_way} OR {one_way}" if both_directions else one_way


def dyad_series(
    connection: duckdb.DuckDBPyConnection,
    source: str,
    target: str,
    interval: str = "month",
    both_directions: bool = False,
    modalities: tuple[str, ...] = ("asserted",),
) -> DyadSeries:
    """Events from ``source`` to ``target`` country (and back, with ``both_directions``)."""
    if interval not in INTERVALS:
        raise EventwireError("E409", field="interval", reason=f"must be one of {', '.join(INTERVALS)}")
    source, target = source.strip().upper(), target.strip().upper()
    params: list[Any] = [interval, list(modalities), source, target]
    if both_directions:
        params += [target, source]
    rows = connection.execute(_SERIES.format(pair=_pair_sql(both_directions)), params).fetchall()
    return DyadSeries(source, target, interval, both_directions, tuple(modalities), _fill(rows, interval))


def _fill(rows: list[tuple[Any, int, int, float]], interval: str) -> tuple[DyadPeriod, ...]:
    by_period: dict[date, dict[int, tuple[int, float]]] = {}
    for period, quad, count, goldstein in rows:
        start = period.date() if isinstance(period, datetime) else period
        by_period.setdefault(start, {})[quad] = (count, goldstein or 0.0)
    if not by_period:
        return ()
    periods = []
    current, last = min(by_period), max(by_period)
    while current <= last:
        cells = by_period.get(current, {})
        counts = tuple(cells.get(q, (0, 0.0))[0] for q in QUAD_CLASSES)
        total = sum(counts)
        mean = round(sum(g for _, g in cells.values()) / total, 3) if total else None
        periods.append(DyadPeriod(current, period_label(current, interval), counts, mean))  # type: ignore[arg-type]
        current = next_period(current, interval)
    return tuple(periods)
