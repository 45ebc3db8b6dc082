"""Role and sector combination: one chunk -> coded drafts of actor mentions.

Within a chunk the head decides what the mention is — a person (listed, or
a name after a title), an organisation, a role ("Sudanese army"), or a
place — and the other units add what they know: a demonym or a possessor
gives the country, role words give the sector (PETRARCH's combination:
``RUS`` + ``COP`` -> ``RUSCOP``). A more specific role word beats a generic
one ("army spokesman" is MIL), and "former" makes a person ELI.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .entries import PERSON, ActorEntry, AgentEntry
from .load import OUT_OF_OFFICE
from .phrases import ACTOR, AGENT, NAME, Chunk, Unit, split_possessors

PERSON_HEAD, ORG_HEAD, ROLE_HEAD, PLACE_HEAD = "person", "organisation", "role", "place"


@dataclass(frozen=True)
class Draft:
    """An actor mention before the document-level steps (country fallback, memory)."""

    start: int  # token offsets
    end: int
    head: str  # person | organisation | role | place
    country: str | None
    sector: str | None
    code: str | None = None  # a code that is not country + sector (IGOUNO, NGOAMN)
    prefix: bool = False  # sector goes before the country (PETRARCH "NGO~")
    name: str | None = None
    role: str = ""
    rule: str = ""
    entry: ActorEntry | None = None
    words: tuple[str, ...] = ()  # the person's name, for later bare mentions
    place_kind: str = ""  # for place heads: country, capital, place, demonym, people
    recalled: bool = False
    places: tuple[str, ...] = ()  # countries of the place units in the chunk
    generic: bool = False  # the role word yields to an organisation it belongs to ("spokesman")

    @property
    def full_code(self) -> str:
        if self.code:
            return self.code
        sector = self.sector or ""
        return sector + (self.country or "") if self.prefix else (self.country or "") + sector


def unit_rule(unit: Unit) -> str:
    if unit.kind == ACTOR and unit.entry is not None:
        return f"{unit.entry.source}:{unit.entry.key}"
    if unit.kind == AGENT:
        return "agent:" + "/".join(a.key for a in unit.agents)
    if unit.recalled is not None:
        return f"memory:{unit.recalled.label}"
    return "name"


def pick_agent(agents: list[AgentEntry]) -> AgentEntry | None:
    """The role word that sets the sector: the last specific one, else the last generic one."""
    with_sector = [a for a in agents if a.sector]
    specific = [a for a in with_sector if not a.generic]
    chosen = specific or with_sector
    return chosen[-1] if chosen else None


def resolve_chunk(chunk: Chunk, when: date | None) -> list[Draft]:
    """Drafts of one chunk; each possessor folds into what it possesses.

    "China's foreign ministry" is one mention (CHN GOV). A possessing person
    stays a mention of their own and lends their country: "Putin's spokesman".
    """
    drafts: list[Draft] = []
    possessor: Draft | None = None
    for segment in split_possessors(chunk):
        found = resolve_segment(segment, when, possessor)
        if not found:
            continue
        if possessor is not None and possessor.head != PERSON_HEAD:
            first = found[0]
            found[0] = replace(first, start=possessor.start, rule=possessor.rule + " 's " + first.rule)
        elif possessor is not None:
            drafts.append(possessor)
        possessor = found[-1]
        drafts.extend(found[:-1])
    if possessor is not None:
        drafts.append(possessor)
    return drafts


def resolve_segment(units: tuple[Unit, ...], when: date | None, possessor: Draft | None) -> list[Draft]:
    content = [u for u in units if u.kind in (ACTOR, AGENT, NAME)]
    if not content:
        return []
    heads = _split_heads(content)
    drafts = []
    for group in heads:
        draft = _resolve_group(group, when, possessor)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _split_heads(content: list[Unit]) -> list[list[Unit]]:
    """Split where a second person or organisation starts: "Hamas Israel" is two actors."""
    groups: list[list[Unit]] = [[]]
    seen_entity = False
    for unit in content:
        entity = unit.kind == ACTOR and not unit.is_place or (unit.kind == NAME and unit.recalled is not None)
        if entity and seen_entity:
            groups.append([])
        seen_entity = seen_entity or entity
        groups[-1].append(unit)
    return [g for g in groups if g]


def _resolve_group(units: list[Unit], when: date | None, possessor: Draft | None) -> Draft | None:
    start, end = units[0].start, units[-1].end
    agents = [a for u in units if u.kind == AGENT for a in u.agents]
    former = any(a.former for a in agents)
    places = [u for u in units if u.is_place]
    place_countries = tuple(dict.fromkeys(c for u in places for c in [u.entry.country] if c))
    country = place_countries[-1] if place_countries else (possessor.country if possessor else None)
    rule = " + ".join(unit_rule(u) for u in units)
    base = Draft(start, end, ROLE_HEAD, country, None, rule=rule, places=place_countries)
    entity = next((u for u in units if u.kind == ACTOR and not u.is_place), None)
    if entity is not None and entity.entry.kind == PERSON:
        return _person_from_entry(base, entity, agents, former, when)
    org = _organisation(base, entity, when) if entity is not None else None
    if org is None and possessor is not None and possessor.head == ORG_HEAD:
        org = possessor  # "the EU's top diplomat", "Hamas's leader"
    agent = pick_agent(agents)
    if _titled_name(units) is not None or _recalled(units) is not None:
        return _person_from_name(base, units, agent, former, org)
    if org is not None:
        return within(replace(base, head=ORG_HEAD, name=org.name, entry=org.entry, role=org.role), org, agent)
    if agent is not None:
        return replace(base, sector=agent.sector or None, prefix=agent.prefix, role=agent.role or agent.key, generic=agent.generic)
    if places and not any(u.kind == NAME for u in units):
        return _place(base, places)
    return None


def within(draft: Draft, org: Draft, agent: AgentEntry | None) -> Draft:
    """A role inside an organisation takes its code; a specific role word may set the sector."""
    specific = agent is not None and not agent.generic and org.code is None and agent.sector
    return replace(draft, country=org.country or draft.country, code=org.code, sector=agent.sector if specific else org.sector)


def _titled_name(units: list[Unit]) -> Unit | None:
    for before, unit in zip(units, units[1:]):
        if before.title and unit.kind == NAME:
            return unit
    return None


def _recalled(units: list[Unit]) -> Unit | None:
    return next((u for u in units if u.kind == NAME and u.recalled is not None), None)


def _person_from_entry(base: Draft, unit: Unit, agents: list[AgentEntry], former: bool, when: date | None) -> Draft:
    entry = unit.entry
    code = entry.code_on(when)
    agent = pick_agent(agents)
    country = code.country if code else base.country
    common = dict(head=PERSON_HEAD, name=entry.name, entry=entry, words=unit.words, role=code.role if code else "")
    if former:
        return replace(base, country=country or base.country, sector=OUT_OF_OFFICE, **common)
    if code is not None and code.dated and code.applies(when):
        return _coded(base, code, **common)
    if agent is not None and agent.title:
        return replace(base, country=country or base.country, sector=agent.sector, **{**common, "role": agent.role})
    if code is None:
        return replace(base, **common)
    return _coded(base, code, **common)


def _coded(base: Draft, code, **fields) -> Draft:
    plain = code.code == (code.country or "") + (code.sector or "")
    return replace(base, country=code.country, sector=code.sector, code=None if plain else code.code, **fields)


def _person_from_name(base: Draft, units: list[Unit], agent: AgentEntry | None, former: bool, org: Draft | None) -> Draft:
    name_unit = _titled_name(units) or _recalled(units)
    recalled = name_unit.recalled
    if recalled is not None and not (agent is not None and agent.title and agent.sector):
        actor = recalled.actor
        plain = actor.code == (actor.country or "") + (actor.sector or "")
        return replace(
            base, head=PERSON_HEAD, country=actor.country, sector=OUT_OF_OFFICE if former else actor.sector,
            code=None if plain else actor.code, name=actor.name, role=recalled.role, words=name_unit.words, recalled=True,
        )
    draft = replace(base, head=PERSON_HEAD, name=name_unit.text, words=name_unit.words, role=agent.role if agent else "", generic=agent is None or agent.generic)
    if org is not None:
        draft = within(draft, org, agent)
    elif agent is not None:
        draft = replace(draft, sector=agent.sector or None, prefix=agent.prefix)
    if former:
        draft = replace(draft, sector=OUT_OF_OFFICE, code=None)
    return draft


def _organisation(base: Draft, unit: Unit, when: date | None) -> Draft:
    entry: ActorEntry = unit.entry
    code = entry.code_on(when)
    fields = dict(head=ORG_HEAD, name=entry.name, entry=entry, role=entry.kind)
    if code is None:
        return replace(base, **fields)
    return _coded(base, code, **fields)


def _place(base: Draft, places: list[Unit]) -> Draft:
    unit = places[-1]
    entry = unit.entry
    code = entry.codes[0] if entry.codes else None
    if code is None:  # a region: not an actor
        return replace(base, head=PLACE_HEAD, country=None, place_kind="region", entry=entry)
    return replace(
        base, head=PLACE_HEAD, country=code.country, sector=code.sector, name=entry.name,
        entry=entry, place_kind=entry.kind, role=entry.kind,
    )
