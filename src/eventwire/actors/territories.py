"""Territories whose state changed: a place's country on a date (``territories.tsv``).

Users code archives going back decades: a story of 1988 about "police in Leipzig" is
about East Germany, one of 1990 from Asmara about Ethiopia. Each row says that until a
date the places of today's state (or of some of its first-level regions) belonged to
another. Both the actor stage (capitals, cities and regions as dated dictionary
entries, chosen on the dates they hold as history.tsv's are) and the event locations
(events/location.py) read the same table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..errors import EventwireError
from .entries import ActorEntry, DatedCode
from .tables import parse_date, read_rows

SOURCE = "territories.tsv"
COLUMNS = frozenset({"state", "regions", "belonged", "from", "until"})
DATED_KINDS = frozenset({"capital", "city", "place"})  # never a country's own names or demonyms
DATED_PRIOR = -9  # below every other entry: chosen only on a date it holds (docs/actors.md, history.tsv)
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Territory:
    state: str  # today's state, ISO alpha-3
    regions: frozenset[str]  # its first-level regions (geonames admin1); empty: all of it
    belonged: str  # the state it belonged to
    start: date | None
    end: date

    def holds(self, country: str | None, region: str | None, when: date | None) -> bool:
        if when is None or country != self.state or (self.regions and region not in self.regions):
            return False
        return (self.start is None or self.start <= when) and when <= self.end

    def code_within(self, code: DatedCode) -> DatedCode | None:
        """The belonged state's code over the part of ``code``'s period this row covers, if any."""
        start = max(d for d in (self.start, code.valid_from) if d is not None) if self.start or code.valid_from else None
        end = min(d for d in (self.end, code.valid_until) if d is not None)
        if start is not None and end < start:
            return None
        return DatedCode(self.belonged, self.belonged, None, start, end)


@dataclass(frozen=True)
class Territories:
    rows: tuple[Territory, ...] = ()

    def state_on(self, country: str | None, region: str | None, when: date | None) -> str | None:
        """The state a place of ``country`` (in ``region``) belonged to on ``when``; None if the same."""
        return next((t.belonged for t in self.rows if t.holds(country, region, when)), None)

    def dated_entries(self, entries: Iterable[ActorEntry], regions: dict[str, str] | None = None) -> Iterator[ActorEntry]:
        """For each capital, city or region of a state that changed, an entry holding only on the
        dates it belonged to another (``regions``: entry key -> admin1 code, for cities)."""
        regions = regions or {}
        for entry in entries:
            if entry.kind not in DATED_KINDS or entry.country is None or len(entry.codes) != 1:
                continue
            for row in self.rows:
                code = row.code_within(entry.codes[0]) if row.state == entry.country else None
                if code is not None and (not row.regions or regions.get(entry.key) in row.regions):
                    yield replace(entry, key=f"{entry.key}@{row.belonged}", codes=(code,), prior=DATED_PRIOR, source=SOURCE)


def load_territories(text: str, origin: str = SOURCE) -> Territories:
    rows = []
    for row in read_rows(text, origin, COLUMNS, frozenset({"state", "belonged", "until"})):
        state, belonged = row.get("state").upper(), row.get("belonged").upper()
        if not _CODE.fullmatch(state) or not _CODE.fullmatch(belonged) or state == belonged:
            raise EventwireError("E201", origin=row.origin, reason=f"state and belonged must be two different ISO alpha-3 codes, got {state!r}, {belonged!r}")
        start = parse_date(row.get("from"), row.origin)
        end = parse_date(row.get("until"), row.origin, end=True)
        if end is None:
            raise EventwireError("E201", origin=row.origin, reason="a territory needs the date it changed state ('until')")
        if start is not None and end < start:
            raise EventwireError("E201", origin=row.origin, reason=f"'until' {end} is before 'from' {start}")
        rows.append(Territory(state, frozenset(row.items("regions")), belonged, start, end))
    return Territories(tuple(rows))
