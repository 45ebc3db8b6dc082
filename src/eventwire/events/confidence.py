"""Calibrated confidence: how often events shaped by the same rules were right on development gold.

An event's ``rules`` are its code rules, then its source, target and
modality rules (``data/event-rules.tsv``). Its *signature* at each level
keeps less of them, finest first:

    rules     every rule name, in order         "code.pattern source.subject target.object modality.asserted"
    roles     source, target and modality rule   "source.subject target.object modality.asserted"
    target    target and modality rule           "target.object modality.asserted"
    modality  the modality rule                  "modality.asserted"
    all       every event                        "*"

(The last three names are the source, target and modality rules by position:
when the roles are turned round, the target's rule may be a source rule.)

``data/confidence.tsv`` holds, per level and signature seen often enough
on development gold, the smoothed share of such events that were right
(``scripts/calibrate_confidence.py`` writes it; docs/event-record.md says
what the number means). An event's confidence is the entry of its finest
signature in the table. This module only looks the number up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from ..errors import EventwireError

CONFIDENCE_FILE = "confidence.tsv"
LEVELS = ("rules", "roles", "target", "modality", "all")  # finest first
COLUMNS = ("level", "signature", "events", "right", "confidence")
EVERYTHING = "*"


def signatures(rules: Sequence[str]) -> dict[str, str]:
    """The signature of an event with these rule names at every level, finest first."""
    roles = tuple(rules[-3:])
    return {"rules": " ".join(rules), "roles": " ".join(roles), "target": " ".join(roles[1:]),
            "modality": " ".join(roles[2:]), "all": EVERYTHING}  # fmt: skip


@dataclass(frozen=True)
class ConfidenceTable:
    """(level, signature) -> calibrated confidence."""

    entries: Mapping[tuple[str, str], float]

    def confidence(self, rules: Sequence[str]) -> float:
        """The confidence of an event with these rule names: its finest signature in the table."""
        for level, signature in signatures(rules).items():
            found = self.entries.get((level, signature))
            if found is not None:
                return found
        return self.entries[("all", EVERYTHING)]

    def rule_names(self) -> frozenset[str]:
        """Every rule name the table's signatures mention (a stale table names rules that are gone)."""
        return frozenset(name for _, signature in self.entries for name in signature.split() if name != EVERYTHING)

    @classmethod
    def parse(cls, text: str, origin: str = CONFIDENCE_FILE) -> ConfidenceTable:
        """Strict: the header names the columns; every row has a known level, counts and a number from 0 to 1."""
        lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")]
        if not lines or tuple(lines[0][1].split("\t")) != COLUMNS:
            raise EventwireError("E322", origin=origin, reason=f"the first line must name the columns {', '.join(COLUMNS)}")
        entries: dict[tuple[str, str], float] = {}
        for number, line in lines[1:]:
            key, value = _row(line, f"{origin}:{number}")
            if key in entries:
                raise EventwireError("E322", origin=f"{origin}:{number}", reason=f"{key[0]} '{key[1]}' is listed twice")
            entries[key] = value
        if ("all", EVERYTHING) not in entries:
            raise EventwireError("E322", origin=origin, reason="the row 'all *' (every event) is missing")
        return cls(MappingProxyType(entries))

    @classmethod
    def packaged(cls) -> ConfidenceTable:
        return cls.parse(resources.files("eventwire.data").joinpath(CONFIDENCE_FILE).read_text("utf-8"))


def _fits(level: str, names: list[str]) -> bool:
    """Does a signature have the shape of its level? (Rules are placed by position: an event's
    target may have been found by a source rule, when the roles were turned round.)"""
    if level == "all":
        return names == [EVERYTHING]
    size = {"roles": 3, "target": 2, "modality": 1}.get(level, max(len(names), 3))
    return len(names) == size and names[-1].startswith("modality.")


def _row(line: str, where: str) -> tuple[tuple[str, str], float]:
    cells = line.split("\t")
    if len(cells) != len(COLUMNS):
        raise EventwireError("E322", origin=where, reason=f"a row has {len(COLUMNS)} tab-separated cells")
    level, signature, events, right, confidence = cells
    if level not in LEVELS:
        raise EventwireError("E322", origin=where, reason=f"unknown level '{level}' (known: {', '.join(LEVELS)})")
    if not _fits(level, signature.split()):
        raise EventwireError("E322", origin=where, reason=f"'{signature}' is not a signature of level {level}")
    try:
        counts, value = (int(events), int(right)), float(confidence)
    except ValueError:
        raise EventwireError("E322", origin=where, reason="events and right are whole numbers, confidence a number") from None
    if not 0.0 <= value <= 1.0 or not 0 <= counts[1] <= counts[0]:
        raise EventwireError("E322", origin=where, reason="confidence is from 0 to 1, and right at most events")
    return (level, signature), value
