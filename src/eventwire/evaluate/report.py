"""Evaluation figures as text for people and as JSON for machines."""

from __future__ import annotations

from typing import Any

from .score import Figures, Scores, TextResult, Triple


def as_json(scores: Scores) -> dict[str, Any]:
    return {
        "records": scores.records,
        "skipped": scores.skipped,
        "texts": len(scores.results),
        "texts_without_events": sum(not r.gold for r in scores.results),
        **scores.overall.as_dict(),
        "per_type": {kind: figures.as_dict() for kind, figures in scores.per_type.items()},
        "by_min_confidence": {f"{t:g}": figures.as_dict() for t, figures in scores.by_threshold.items()},
        "traps": {trap: {"texts": n, "correct": ok} for trap, (n, ok) in scores.trap_figures().items()},
    }


def _rates(figures: Figures) -> str:
    return f"{figures.coded:>5} {figures.precision:>6.3f} {figures.recall:>6.3f} {figures.f1:>6.3f} {figures.type_recall:>8.3f}"


def text_lines(scores: Scores) -> list[str]:
    overall = scores.overall
    lines = [
        f"gold: {scores.records} records scored, {scores.skipped} skipped; {len(scores.results)} texts "
        f"({sum(not r.gold for r in scores.results)} with no event)",
        f"event-type recall  {overall.type_recall:.3f}  ({overall.type_found}/{overall.type_gold})",
        f"triple precision   {overall.precision:.3f}  ({overall.true_coded}/{overall.coded})",
        f"triple recall      {overall.recall:.3f}  ({overall.true_gold}/{overall.gold})",
        f"triple F1          {overall.f1:.3f}",
        "",
        f"{'type':<10} {'gold':>5} {'coded':>5} {'prec':>6} {'rec':>6} {'f1':>6} {'type-rec':>8}",
    ]
    lines += [f"{kind:<10} {figures.gold:>5} {_rates(figures)}" for kind, figures in scores.per_type.items()]
    lines += ["", f"{'min confidence':<16} {'coded':>5} {'prec':>6} {'rec':>6} {'f1':>6} {'type-rec':>8}"]
    lines += [f"{threshold:<16g} {_rates(figures)}" for threshold, figures in scores.by_threshold.items()]
    traps = scores.trap_figures()
    if traps:
        lines += ["", "traps (texts coded exactly right):"]
        lines += [f"  {trap:<24} {ok:>4}/{n:<4}" for trap, (n, ok) in traps.items()]
    return lines


def _triple(triple: Triple) -> str:
    source, kind, target, mutual = triple
    if mutual:
        return f"{source} <{kind}> {target}"
    return f"{source or '-'} {kind} {target or '-'}"


def error_record(result: TextResult) -> dict[str, Any]:
    """A text the coder got wrong: what was missed and what was extra."""
    return {
        "ids": list(result.ids),
        "text": result.text,
        "missed": sorted(_triple(t) for t in result.gold - result.true_gold()),
        "extra": sorted(_triple(t) for t in result.coded - result.true_coded()),
        "traps": list(result.traps),
    }
