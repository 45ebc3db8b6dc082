"""A dyad series as a picture: events by quad class (stacked bars) over mean Goldstein (line)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from ..errors import EventwireError
from ..outputs import replaced_when_done
from .countries import country_name
from .dyad import QUAD_CLASSES, DyadSeries

QUAD_COLOURS = {1: "#8fd19e", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b"}
BAR_DAYS = {"week": 5, "month": 22, "year": 260}
PLOT_SUFFIXES = (".png", ".svg")


def plot_title(series: DyadSeries) -> str:
    arrow = "\u2194" if series.both_directions else "\u2192"
    return f"{country_name(series.source)} {arrow} {country_name(series.target)}: events by {series.interval}"


def check_plot_path(path: str | Path) -> Path:
    """``path`` if it names a PNG or SVG file; raises E408 otherwise."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise EventwireError("E408", origin=str(path))
    return path


def plot_dyad(series: DyadSeries, path: str | Path) -> Path:
    """Draw ``series`` to a PNG or SVG file (replaced when complete) and return its path."""
    from matplotlib.figure import Figure  # no pyplot: no global figure state

    path = check_plot_path(path)
    figure = Figure(figsize=(10, 6.5), layout="constrained")
    counts_axis, goldstein_axis = figure.subplots(2, 1, sharex=True, height_ratios=(2, 1))
    _draw_counts(counts_axis, series)
    _draw_goldstein(goldstein_axis, series)
    figure.suptitle(plot_title(series), fontsize=14, fontweight="bold")
    modalities = ", ".join(series.modalities)
    counts_axis.set_title(f"{series.total} deduplicated events ({modalities})", fontsize=10, color="#555555")
    goldstein_axis.set_xlabel(series.interval.capitalize())
    _label_periods(goldstein_axis, series)
    with replaced_when_done(path) as partial:
        figure.savefig(partial, dpi=120, format=path.suffix.lower().lstrip("."))
    return path


def tick_label(series: DyadSeries, index: int, previous: int | None) -> str:
    """Short labels; the year only on the first tick and where it changes."""
    start = series.periods[index].period
    if series.interval == "year":
        return str(start.year)
    year, week, _ = start.isocalendar()
    if series.interval == "month":
        year, part = start.year, start.strftime("%b")
    else:
        part = f"W{week:02d}"
    before = series.periods[previous].period if previous is not None else None
    before_year = None if before is None else (before.year if series.interval == "month" else before.isocalendar()[0])
    return f"{part}\n{year}" if before_year != year else part


def _label_periods(axis, series: DyadSeries, most: int = 16) -> None:
    """One tick in the middle of each period's bar (every k-th when there are many)."""
    if not series.periods:
        return
    step = -(-len(series.periods) // most)
    offset = timedelta(days=BAR_DAYS[series.interval] / 2)
    shown = list(range(0, len(series.periods), step))
    labels = [tick_label(series, i, shown[n - 1] if n else None) for n, i in enumerate(shown)]
    axis.set_xticks([series.periods[i].period + offset for i in shown], labels)


def _draw_counts(axis, series: DyadSeries) -> None:
    dates = [p.period for p in series.periods]
    width = timedelta(days=BAR_DAYS[series.interval])
    bottoms = [0] * len(dates)
    for index, (quad, name) in enumerate(QUAD_CLASSES.items()):
        heights = [p.counts[index] for p in series.periods]
        axis.bar(dates, heights, width=width, bottom=bottoms, align="edge", color=QUAD_COLOURS[quad], label=name.capitalize())
        bottoms = [b + h for b, h in zip(bottoms, heights)]
    axis.set_ylabel("Events")
    axis.yaxis.get_major_locator().set_params(integer=True)
    axis.legend(loc="upper left", frameon=False, ncols=2, fontsize=9)
    axis.grid(axis="y", alpha=0.3)
    axis.set_ylim(0, max(bottoms + [1]) * 1.3)  # room for the legend
    if not series.periods:
        axis.text(0.5, 0.5, "No events between these countries", transform=axis.transAxes, ha="center", color="#777777")


def _draw_goldstein(axis, series: DyadSeries) -> None:
    offset = timedelta(days=BAR_DAYS[series.interval] / 2)
    points = [(p.period + offset, p.mean_goldstein) for p in series.periods if p.mean_goldstein is not None]
    axis.axhline(0, color="#888888", linewidth=0.8)
    if points:
        axis.plot([d for d, _ in points], [g for _, g in points], marker="o", color="#2c3e50", label="Mean Goldstein score")
        axis.legend(loc="upper left", frameon=False, fontsize=9)
    axis.set_ylim(-10.5, 10.5)
    axis.set_ylabel("Mean Goldstein\n(-10 conflict \u2026 +10 cooperation)", fontsize=9)
    axis.grid(axis="y", alpha=0.3)
