"""The actor dictionary as plain frozen dataclasses: one structure, many sources.

Every source of actor knowledge — the built-in files in ``data/actors/``, a
user's ``--actors`` file, and the PETRARCH/TABARI ``.actors`` and ``.agents``
dictionaries (loaded by ``eventwire.petrarch``) — becomes the same three
kinds of record, and one matcher takes any list of them.

``ActorEntry`` — something that is an actor by name
    ``key``      stable id shown as the ``rule`` of a mention, e.g. ``"Donald Trump"``.
    ``name``     canonical name (``Actor.name``).
    ``kind``     ``country``, ``capital``, ``place``, ``person``, ``igo``, ``ngo``,
                 ``img``, ``armed``, ``party``, ``media``, ``gov``, ``business``, ... —
                 free text; the coder only treats ``country``/``capital``/``state``
                 (places that can be locations rather than actors), ``place``
                 (regions and cities: never actors by themselves), ``person``
                 (titles, surnames, pronouns), ``demonym``/``people``,
                 ``region`` (no code: stops matches inside it) and ``nation``
                 (a country that is always an actor, never a location nor a
                 mere modifier: PETRARCH dictionaries) specially.
    ``phrases``  how it is written in news, each phrase a string as it appears in
                 text: ``"Workers' Party of Korea"``, ``"U.S."``, ``"al-Qaeda"``.
                 Case matters where written: a word written with a capital needs a
                 capital in the text, a word written in capitals (``"WHO"``) needs
                 capitals, a word written in lower case matches any case. Loaders of
                 upper-case sources (PETRARCH) convert names to title case.
    ``codes``    ``DatedCode`` tuple: ``(code, country, sector, valid_from,
                 valid_until, role)``; bounds are inclusive dates or ``None`` (open).
                 A code without bounds is the default when no dated code applies;
                 without one, undated text takes the latest code (a person's latest
                 role), and on a date outside all codes a person takes the nearest
                 role between two roles and their country with no sector before the
                 first or after the last.
    ``short``    phrases valid only after the entry was named in full earlier in the
                 same document (``"Kim"`` after ``"Kim Jong Un"``).
    ``cues``     lower-case words whose presence in the document favours this entry
                 when several entries share a phrase (``Georgia``, ``Congo``, ``Korea``).
    ``prior``    tie-break between entries sharing a phrase (higher wins).
    ``source``   the file it came from, for the ``rule`` shown to users.

``AgentEntry`` — a role word that combines with the nearest country
    ``phrases``  singular and plural forms (``"foreign minister"``, ``"foreign ministers"``).
    ``sector``   sector code added to the country: ``RUS`` + ``COP`` -> ``RUSCOP``.
    ``prefix``   PETRARCH ``NGO~``: the sector goes before the country code.
    ``title``    may stand before a personal name (``President``, ``Gen.``).
    ``person``   denotes a person (``minister``) rather than a body (``ministry``).
    ``generic``  yields to a more specific agent or organisation in the same phrase
                 (``army spokesman`` is MIL, not GOV).
    ``former``   marks a past holder (``former``, ``ex-``): the person keeps the
                 country and loses the sector.
    ``bare``     an actor of its country with no sector ("Chinese ships").
    ``site``     an institution that can be a place: "in hospital", "at the university".
    ``defining`` sets the sector whatever else the phrase says: "rebel envoys"
                 are REB, "the opposition BNP" is OPP.
    ``role``     canonical role, used to resolve ``"the president"`` to an earlier actor.
    ``home``     the country of a role that belongs to one ("pope", "pontiff" -> VAT),
                 used when the phrase names no other country.

``ActorDictionary`` — the loaded whole: actor entries and agent entries.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

PERSON = "person"
NATION = "nation"  # a country that is always an actor, never set aside as a location (PETRARCH dictionaries)
PLACE_KINDS = frozenset({"country", "capital", "place", "city", "state"})


@dataclass(frozen=True)
class DatedCode:
    """One code of an actor, valid between two dates (inclusive, ``None`` = open)."""

    code: str
    country: str | None
    sector: str | None
    valid_from: date | None = None
    valid_until: date | None = None
    role: str = ""

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_until is not None

    def applies(self, when: date | None) -> bool:
        """Whether this code holds on ``when``; undated text takes what holds today.

        "Today" for undated text means the open-ended codes: the dictionary's
        view of the present, so results do not change with the clock.
        """
        if when is None:
            return self.valid_until is None
        if self.valid_from is not None and when < self.valid_from:
            return False
        return self.valid_until is None or when <= self.valid_until


def _inside_another(code: DatedCode, codes: list[DatedCode]) -> bool:
    """``code``'s period lies strictly inside another's: [2010-01-09, 2010-01-12] in [2008, 2012]."""
    start, end = code.valid_from or date.min, code.valid_until or date.max
    return any(
        (other.valid_from or date.min) <= start and end <= (other.valid_until or date.max)
        and ((other.valid_from or date.min), (other.valid_until or date.max)) != (start, end)
        for other in codes
    )


def _nearest(codes: Sequence[DatedCode], when: date) -> DatedCode | None:
    """A person's code on a date outside all of their roles; their country never depends on
    the story's. Between two roles: the nearest one in time (the
    later on a tie): "Trump" in 2022 is USAGOV. Before the first role or after the last:
    the country with no sector, as for a former holder ("Castro" in 2012 is CUB)."""
    if not codes:
        return None
    first = min(c.valid_from or date.min for c in codes)
    last = max(c.valid_until or date.max for c in codes)
    if when < first or when > last:
        country = codes[-1].country
        return DatedCode(country or "", country, None)

    def distance(code: DatedCode) -> int:
        if code.valid_from is not None and when < code.valid_from:
            return (code.valid_from - when).days
        return (when - code.valid_until).days if code.valid_until is not None and when > code.valid_until else 0

    return min(codes, key=lambda c: (distance(c), -(c.valid_from or date.min).toordinal()))


DATES_KEPT = 1000  # dates an entry keeps its code for (``ActorEntry.code_on``)


@dataclass(frozen=True)
class ActorEntry:
    key: str
    name: str
    kind: str
    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    short: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    prior: int = 0
    source: str = "built-in"

    def code_on(self, when: date | None) -> DatedCode | None:
        """The code that holds on ``when``: a dated one first, else the default."""
        codes = self.codes
        if len(codes) == 1 and codes[0].valid_from is None and codes[0].valid_until is None:
            return codes[0]  # most entries: one undated code, asked of every match
        known = self._codes_on
        if when not in known:
            if len(known) >= DATES_KEPT:
                known.clear()
            known[when] = self._dated_code_on(when)
        return known[when]

    @functools.cached_property
    def _codes_on(self) -> dict[date | None, DatedCode | None]:
        """``code_on`` by date, for an entry of several or dated codes: asked of every match, with
        the few dates of the stories coded."""
        return {}

    def _dated_code_on(self, when: date | None) -> DatedCode | None:
        codes = self.codes
        dated = [c for c in codes if c.dated and c.applies(when)]
        if dated:  # a period inside another is its exception (PETRARCH dictionaries write them so);
            # on a handover day, an office in government is the one news reports
            return min(dated, key=lambda c: (not _inside_another(c, dated), c.sector != "GOV", c.valid_from or date.min))
        defaults = [c for c in self.codes if not c.dated]
        if defaults:
            return defaults[0]
        if when is None:  # undated: the latest code, for a person their latest role
            return max(self.codes, key=lambda c: (c.valid_from or date.min, c.valid_until or date.max), default=None)
        return _nearest(self.codes, when) if self.kind == PERSON else None

    @functools.cached_property  # asked of every match, of entries loaded once
    def country(self) -> str | None:
        """The country of the entry's codes, if they all agree."""
        countries = {c.country for c in self.codes}
        return countries.pop() if len(countries) == 1 else None

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS


@dataclass(frozen=True)
class AgentEntry:
    key: str
    phrases: tuple[str, ...]
    sector: str
    prefix: bool = False
    title: bool = False
    person: bool = False
    generic: bool = False
    former: bool = False
    bare: bool = False
    defining: bool = False
    site: bool = False
    role: str = ""
    source: str = "built-in"
    home: str | None = None  # the country the role belongs to when its phrase names none (pope -> VAT)


@dataclass(frozen=True)
class ActorDictionary:
    actors: tuple[ActorEntry, ...] = ()
    agents: tuple[AgentEntry, ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)

    def __add__(self, other: ActorDictionary) -> ActorDictionary:
        return ActorDictionary(
            self.actors + other.actors,
            self.agents + other.agents,
            self.sources + other.sources,
        )
