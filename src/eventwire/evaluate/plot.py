"""The precision-recall curve of an evaluation: one point per confidence threshold."""

from __future__ import annotations

from pathlib import Path

from ..outputs import replaced_when_done
from ..store.plot import check_plot_path
from .score import THRESHOLDS, Figures


def plot_precision_recall(curve: dict[float, Figures], path: str | Path, title: str) -> Path:
    """Draw precision against recall, keeping only events at least as confident as each threshold
    of ``curve``; the thresholds of the text report are labelled."""
    from matplotlib.figure import Figure  # no pyplot: no global figure state

    path = check_plot_path(path)
    figure = Figure(figsize=(7, 6), layout="constrained")
    axis = figure.subplots()
    points = sorted(curve.items())
    axis.plot([f.recall for _, f in points], [f.precision for _, f in points], marker="o", markersize=3, color="#2c3e50")
    labels: dict[tuple[float, float], list[str]] = {}  # thresholds that give the same point share a label
    for threshold, figures in points:
        if threshold in THRESHOLDS:
            labels.setdefault((figures.recall, figures.precision), []).append(f"{threshold:g}")
    for point, names in labels.items():
        axis.annotate("\u2265" + ", ".join(names), point, textcoords="offset points", xytext=(6, 4), fontsize=8, color="#555555")
    axis.set_xlim(0, 1.02)
    axis.set_ylim(0, 1.02)
    axis.set_xlabel("Triple recall")
    axis.set_ylabel("Triple precision")
    axis.grid(alpha=0.3)
    axis.set_title(title, fontsize=11)
    with replaced_when_done(path) as partial:
        figure.savefig(partial, dpi=120, format=path.suffix.lower().lstrip("."))
    return path
