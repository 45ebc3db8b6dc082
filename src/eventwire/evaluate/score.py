"""Scoring coded events against gold records.

Each gold text is one unit. Gold events expand to (source, type, target)
triples, one per source-target pair; every coded event is scored but the
negated ones (a hypothetical event is wrong unless the gold holds it, as
the reviewers' scorer has it).

Mutual acts compare as unordered pairs. A gold record with two or more
sources and no target ("Kagame and Tshisekedi met", "the two armies
clashed") is read as the actors acting on each other (PLOVER lists all
participants as actors): one mutual pair per two of them. Triples of a
reciprocal type (CONSULT, COOPERATE) between two actors are mutual pairs
whichever way they are written. On the coder's side, target-less events of
one trigger with two or more sources, and the two directions of one act
(A->B and B->A, one trigger), are mutual pairs too, so duplicates collapse.
A mutual pair matches the same pair, or a directed triple between the two
either way round.

A role the gold leaves uncoded or empty (``UNSPECIFIED``) matches any coded actor,
and a bare organisation class ("IGO", "NGO", "IMG", as in the PLOVER
team's records) matches any organisation of that class.

Figures: event-type recall (gold types found among the coded types of the
same text), precision, recall and F1 of triples, and the same per type;
and the overall figures again keeping only events whose confidence reaches
each of a few thresholds (what ``--min-confidence`` would give).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import NamedTuple

from ..types import ActorRef, Event
from .gold import NON_STATE_PREFIXES, ActorKeys, GoldRecord

# every event the coder gives counts but a negated one (which says the act did not happen): a hypothetical
# event is a claim too, and is wrong unless the gold holds it, as the reviewers score (score_gsr.py)
SCORED_MODALITIES = ("asserted", "intended", "future", "hypothetical")
RECIPROCAL_TYPES = ("CONSULT", "COOPERATE")
UNSPECIFIED = "*"  # a role the gold record did not code
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.9)  # confidence thresholds the figures are reported at


class Triple(NamedTuple):
    """(source, type, target); a mutual pair holds its two actors in sorted order."""

    source: str | None
    kind: str
    target: str | None
    mutual: bool = False


def mutual_pair(one: str, kind: str, other: str) -> Triple:
    first, second = sorted((one, other))
    return Triple(first, kind, second, True)


def directed(source: str | None, kind: str, target: str | None) -> Triple:
    """A triple; between two actors, a reciprocal type is a mutual pair."""
    if kind in RECIPROCAL_TYPES and {source, target}.isdisjoint({None, UNSPECIFIED}):
        return mutual_pair(source, kind, target)
    return Triple(source, kind, target)


def _joint(actors: Sequence[str | None], kind: str) -> set[Triple]:
    """Two or more actors of one act with no target: they act on each other, one pair per two."""
    named = [a for a in actors if a is not None]
    if len(named) < 2:
        return {Triple(a, kind, None) for a in actors}
    return {mutual_pair(a, kind, b) for a, b in combinations(named, 2)}


def ref_key(actor: ActorRef | None, keys: ActorKeys | None = None) -> str | None:
    """The comparable key of a coded actor: its country, or its organisation code."""
    if actor is None:
        return None
    if actor.code.upper().startswith(NON_STATE_PREFIXES):
        return keys.organisation(actor.code.upper()) if keys else actor.code.upper()[:6]
    return actor.country


def _gold_keys(actors: tuple | None) -> list[str | None]:
    """The gold's actors of a role; a role it names no one in is open, as the reviewers' scorer reads it
    (PLOVER codes nearly every act with a target, so an empty role says the coder did not code it)."""
    return [a.key for a in actors or ()] or [UNSPECIFIED]


def gold_triples(records: Iterable[GoldRecord]) -> set[Triple]:
    found: set[Triple] = set()
    for record in records:
        if record.event is None:
            continue
        sources = _gold_keys(record.sources)
        if len(sources) > 1 and record.targets == ():
            found |= _joint(sources, record.event)
            continue
        for source in sources:
            for target in _gold_keys(record.targets):
                found.add(directed(source, record.event, target))
    return found


def coded_triples(events: Iterable[Event], keys: ActorKeys | None = None) -> set[Triple]:
    """Scored events as triples; per trigger and type, target-less events of several actors and
    acts coded both ways (the same two actors, "police and protesters clashed") are mutual pairs."""
    return {t for _, triples in event_triples(events, keys) for t in triples}


def event_triples(events: Iterable[Event], keys: ActorKeys | None = None) -> list[tuple[Event, frozenset[Triple]]]:
    """Each scored event with the triples it gives (``coded_triples``); other events are left out."""
    acts: dict[tuple, list[Event]] = {}
    for e in events:
        if e.modality in SCORED_MODALITIES and e.plover:
            trigger = (e.trigger.start, e.trigger.end) if e.trigger else None
            acts.setdefault((trigger, e.plover), []).append(e)
    found: list[tuple[Event, frozenset[Triple]]] = []
    for (_, kind), group in acts.items():
        lone = [e for e in group if e.target is None]
        lone_keys = [ref_key(e.source, keys) for e in lone]
        pairs = _joint(lone_keys, kind) if len(lone) > 1 else {Triple(s, kind, None) for s in lone_keys}
        found += [(e, frozenset(t for t in pairs if key in (t.source, t.target))) for e, key in zip(lone, lone_keys)]
        ways = {(e.source.code, e.target.code) for e in group if e.source and e.target}
        for e in group:
            if e.target is not None:
                source, target = ref_key(e.source, keys), ref_key(e.target, keys)
                both_ways = e.source is not None and (e.target.code, e.source.code) in ways and e.source.code != e.target.code
                found.append((e, frozenset({mutual_pair(source, kind, target) if both_ways and source else directed(source, kind, target)})))
    return found


def _side_matches(coded: str | None, gold: str | None) -> bool:
    if gold == UNSPECIFIED:
        return True
    if gold in NON_STATE_PREFIXES:  # a bare class: any organisation of it
        return coded is not None and coded.startswith(gold)
    return coded == gold


def triple_matches(coded: Triple, gold: Triple) -> bool:
    """The same triple (or within what the gold leaves open), or a mutual pair against a triple
    between the same two actors either way round."""
    if coded.kind != gold.kind:
        return False
    if _side_matches(coded.source, gold.source) and _side_matches(coded.target, gold.target):
        return True
    if not (coded.mutual or gold.mutual) or coded.source is None or coded.target is None:
        return False
    return _side_matches(coded.target, gold.source) and _side_matches(coded.source, gold.target)


@dataclass(frozen=True)
class TextResult:
    """One gold text: what the coder found and what it should have."""

    text: str
    ids: tuple[str, ...]
    gold: frozenset[Triple]
    coded: frozenset[Triple]
    traps: tuple[str, ...] = ()
    shaped: tuple = ()  # the coded events as ``rules.Shaped`` (rule names, triples, scored), for per-rule figures
    events: tuple[Event, ...] = field(default=(), compare=False)  # the events coded from the text

    @property
    def gold_types(self) -> set[str]:
        return {t[1] for t in self.gold}

    @property
    def coded_types(self) -> set[str]:
        return {t[1] for t in self.coded}

    def true_gold(self) -> set[Triple]:
        return {g for g in self.gold if any(triple_matches(c, g) for c in self.coded)}

    def true_coded(self) -> set[Triple]:
        return {c for c in self.coded if any(triple_matches(c, g) for g in self.gold)}

    @property
    def correct(self) -> bool:
        return len(self.true_gold()) == len(self.gold) and len(self.true_coded()) == len(self.coded)


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Figures:
    """Counts and the rates they give."""

    gold: int = 0
    coded: int = 0
    true_gold: int = 0  # gold triples the coder found
    true_coded: int = 0  # coded triples the gold holds
    type_gold: int = 0  # (text, type) pairs in the gold
    type_found: int = 0  # of those, types the coder gave the text

    @property
    def precision(self) -> float:
        return ratio(self.true_coded, self.coded)

    @property
    def recall(self) -> float:
        return ratio(self.true_gold, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def type_recall(self) -> float:
        return ratio(self.type_found, self.type_gold)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "event_type_recall": round(self.type_recall, 4), "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4), "gold_triples": self.gold,
            "coded_triples": self.coded, "true_gold": self.true_gold, "true_coded": self.true_coded,
            "gold_types": self.type_gold, "types_found": self.type_found,
        }  # fmt: skip


def figures(results: Sequence[TextResult], kind: str | None = None) -> Figures:
    """Totals over ``results``, or for one event type."""

    def only(triples: Iterable[Triple]) -> list[Triple]:
        return [t for t in triples if kind is None or t[1] == kind]

    totals = [0, 0, 0, 0, 0, 0]
    for result in results:
        gold_types = [t for t in result.gold_types if kind is None or t == kind]
        counts = (len(only(result.gold)), len(only(result.coded)), len(only(result.true_gold())),
                  len(only(result.true_coded())), len(gold_types), sum(t in result.coded_types for t in gold_types))
        totals = [a + b for a, b in zip(totals, counts)]
    return Figures(*totals)


def threshold_figures(results: Sequence[TextResult], thresholds: Iterable[float], keys: ActorKeys | None = None) -> dict[float, Figures]:
    """Overall figures when only events with at least each threshold's confidence are kept."""
    found = {}
    for threshold in thresholds:
        kept = [replace(r, coded=frozenset(coded_triples([e for e in r.events if e.confidence >= threshold], keys))) for r in results]
        found[threshold] = figures(kept)
    return found


def curve_thresholds(results: Sequence[TextResult]) -> list[float]:
    """The points of the precision-recall curve: every confidence an event was given, and the
    thresholds of the text report."""
    return sorted(set(THRESHOLDS) | {e.confidence for r in results for e in r.events})


@dataclass(frozen=True)
class Scores:
    results: tuple[TextResult, ...]
    records: int  # records scored
    overall: Figures = field(default_factory=Figures)
    per_type: dict[str, Figures] = field(default_factory=dict)
    skipped: int = 0  # malformed records left out
    by_threshold: dict[float, Figures] = field(default_factory=dict)

    @classmethod
    def of(cls, results: Sequence[TextResult], records: int, skipped: int = 0, keys: ActorKeys | None = None) -> Scores:
        kinds = sorted({t[1] for r in results for t in r.gold | r.coded})
        per_type = {k: figures(results, k) for k in kinds}
        return cls(tuple(results), records, figures(results), per_type, skipped, threshold_figures(results, THRESHOLDS, keys))

    def trap_figures(self) -> dict[str, tuple[int, int]]:
        """Per trap label: (texts, texts coded exactly right)."""
        found: dict[str, list[int]] = {}
        for result in self.results:
            for trap in set(result.traps):
                counts = found.setdefault(trap, [0, 0])
                counts[0] += 1
                counts[1] += result.correct
        return {trap: (c[0], c[1]) for trap, c in sorted(found.items())}
