"""Per-rule figures: how often each rule shaped an event, and how often those events were right.

Every coded event names the rules behind it (``Event.rules``). An event
that counts as a triple (every one but a negated one, as ``score.py`` scores
them) is *right* when its triple is in the gold; per rule, precision is
right / scored. Negated events are not scored but *withheld*; one whose act
the gold does record ("withheld but in gold") suggests the negation rule was wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..types import Event
from .gold import ActorKeys
from .score import TextResult, Triple, directed, event_triples, ratio, ref_key


class Shaped(NamedTuple):
    """One coded event as the per-rule figures see it."""

    rules: tuple[str, ...]
    triples: frozenset[Triple]  # what it gives the score, or would give if it were scored
    scored: bool


def shaped_events(events: Sequence[Event], keys: ActorKeys | None = None) -> tuple[Shaped, ...]:
    """The events of one text with their triples; withheld events get the triple they would give."""
    scored = {id(e): triples for e, triples in event_triples(events, keys)}
    return tuple(
        Shaped(e.rules, scored[id(e)], True) if id(e) in scored
        else Shaped(e.rules, frozenset({directed(ref_key(e.source, keys), e.plover, ref_key(e.target, keys))}), False)
        for e in events if e.plover
    )  # fmt: skip


@dataclass
class RuleFigures:
    """Counts for one rule over a gold set."""

    fired: int = 0  # events it shaped
    scored: int = 0  # of those, events counted as triples
    right: int = 0  # of those, events whose triple the gold holds
    withheld: int = 0  # events it shaped that were not scored (negated)
    withheld_in_gold: int = 0  # of those, events whose act the gold records

    @property
    def precision(self) -> float:
        return ratio(self.right, self.scored)

    def as_dict(self) -> dict[str, Any]:
        return {"fired": self.fired, "scored": self.scored, "right": self.right, "precision": round(self.precision, 4),
                "withheld": self.withheld, "withheld_in_gold": self.withheld_in_gold}  # fmt: skip


def in_gold(result: TextResult, triples: Iterable[Triple]) -> bool:
    """Does the gold of ``result`` hold one of ``triples`` (by the scorer's own matching)?"""
    probe = TextResult(result.text, result.ids, result.gold, frozenset(triples))
    return bool(probe.true_coded())


def rule_figures(results: Iterable[TextResult]) -> dict[str, RuleFigures]:
    """Per rule name, in name order."""
    found: dict[str, RuleFigures] = {}
    for result in results:
        right = result.true_coded()
        for event in result.shaped:
            correct = bool(event.triples & right) if event.scored else in_gold(result, event.triples)
            for rule in dict.fromkeys(event.rules):
                figures = found.setdefault(rule, RuleFigures())
                figures.fired += 1
                if event.scored:
                    figures.scored += 1
                    figures.right += correct
                else:
                    figures.withheld += 1
                    figures.withheld_in_gold += correct
    return dict(sorted(found.items()))


def rule_lines(figures: dict[str, RuleFigures]) -> list[str]:
    """A table: one line per rule."""
    width = max((len(name) for name in figures), default=4)
    lines = [f"{'rule':<{width}} {'fired':>6} {'scored':>6} {'right':>6} {'prec':>6} {'withheld':>8} {'in-gold':>7}"]
    for name, f in figures.items():
        precision = f"{f.precision:.3f}" if f.scored else "-"  # a rule that only withholds has no precision
        lines.append(f"{name:<{width}} {f.fired:>6} {f.scored:>6} {f.right:>6} {precision:>6} {f.withheld:>8} {f.withheld_in_gold:>7}")
    return lines
