"""Geometry of the dyad chart, computed here and drawn as SVG by a template.

Cooperation (quad classes 1 and 2) stacks up from a zero line, conflict
(3 and 4) stacks down from it, and the mean Goldstein score of each period
is a line on a right-hand axis from -10 to +10 whose zero is the same line.
The periods come from the store's dyad series (``store.DyadSeries``), which
keeps empty periods between the first and the last so time reads evenly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..store import DyadPeriod
from ..store.dyad import QUAD_CLASSES

WIDTH, HEIGHT = 960, 380
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 24, 56
MAX_X_LABELS = 12


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class DyadChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    zero: float  # y of the zero line
    bars: tuple[Rect, ...]
    goldstein_lines: tuple[str, ...]  # SVG polyline points, broken at periods without events
    goldstein_dots: tuple[Rect, ...]  # x, y of each mean; width = radius
    count_ticks: tuple[Tick, ...]
    goldstein_ticks: tuple[Tick, ...]
    time_ticks: tuple[Tick, ...]


def nice_step(largest: float, steps: int = 4) -> int:
    """A round tick step (1, 2, 5 x 10^n) so that ``steps`` ticks cover ``largest``."""
    raw = max(largest, 1) / steps
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw)) or 1


def _bars(periods: Sequence[DyadPeriod], x_of, y_of, slot: float) -> list[Rect]:
    bars = []
    width = min(max(slot * 0.7, 1.0), 48.0)
    for i, period in enumerate(periods):
        up = down = 0
        for quad, count in zip(QUAD_CLASSES, period.counts):
            if not count:
                continue
            below = quad > 2
            low = down if below else up
            high = low + count
            y0, y1 = (y_of(-low), y_of(-high)) if below else (y_of(high), y_of(low))
            bars.append(Rect(round(x_of(i) - width / 2, 2), y0, width, y1 - y0, f"q{quad}", f"{period.label}: {count} {QUAD_CLASSES[quad]}"))
            down, up = (high, up) if below else (down, high)
    return bars


def _runs(x_of, g_of, periods: Sequence[DyadPeriod]) -> tuple[str, ...]:
    """Polylines through consecutive periods that have a mean; a gap breaks the line."""
    runs: list[list[str]] = [[]]
    for i, period in enumerate(periods):
        if period.mean_goldstein is None:
            runs.append([])
        else:
            runs[-1].append(f"{x_of(i)},{g_of(period.mean_goldstein)}")
    return tuple(" ".join(run) for run in runs if len(run) > 1)


def dyad_chart(periods: Sequence[DyadPeriod]) -> DyadChart:
    """The chart of a dyad's periods."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    biggest = max([max(p.counts[0] + p.counts[1], p.counts[2] + p.counts[3]) for p in periods] + [1])
    step = nice_step(biggest)
    top_count = step * math.ceil(biggest / step)
    zero = TOP + plot_h / 2

    def y_of(count: float) -> float:
        return round(zero - count / top_count * (plot_h / 2), 2)

    def g_of(score: float) -> float:
        return round(zero - score / 10 * (plot_h / 2), 2)

    slot = plot_w / max(len(periods), 1)

    def x_of(i: int) -> float:
        return round(LEFT + slot * (i + 0.5), 2)

    means = [(x_of(i), g_of(p.mean_goldstein), p) for i, p in enumerate(periods) if p.mean_goldstein is not None]
    labels_every = max(1, math.ceil(len(periods) / MAX_X_LABELS))
    return DyadChart(
        width=WIDTH, height=HEIGHT, left=LEFT, right=WIDTH - RIGHT, top=TOP, bottom=HEIGHT - BOTTOM, zero=zero,
        bars=tuple(_bars(periods, x_of, y_of, slot)),
        goldstein_lines=_runs(x_of, g_of, periods),
        goldstein_dots=tuple(Rect(x, y, 3.5, 0, "goldstein", f"{p.label}: mean Goldstein {p.mean_goldstein:+.1f} over {p.total} events") for x, y, p in means),
        count_ticks=tuple(Tick(y_of(v), str(abs(v))) for v in range(-top_count, top_count + 1, step)),
        goldstein_ticks=tuple(Tick(g_of(v), f"{v:+d}" if v else "0") for v in range(-10, 11, 5)),
        time_ticks=tuple(Tick(x_of(i), p.label) for i, p in enumerate(periods) if i % labels_every == 0),
    )  # fmt: skip

