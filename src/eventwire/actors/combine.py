"""Role and sector combination: one chunk -> coded drafts of actor mentions.

Within a chunk the head decides what the mention is — a person (listed, or
a name after a title), an organisation, a role ("Sudanese army"), or a
place — and the other units add what they know: a demonym or a possessor
gives the country, role words give the sector (PETRARCH's combination:
``RUS`` + ``COP`` -> ``RUSCOP``). A more specific role word beats a generic
one ("army spokesman" is MIL), and "former" makes a person ELI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..frozen import replace
from .entries import PERSON, ActorEntry, AgentEntry
from .phrases import ACTOR, AGENT, DET, NAME, Chunk, Unit, split_possessors
from .tokens import token_key

PERSON_HEAD, ORG_HEAD, ROLE_HEAD, PLACE_HEAD = "person", "organisation", "role", "place"
GROUP_ANAPHOR, COUNTRY_ANAPHOR = "@group", "@country"  # roles of "the group", "the country"
# find(kind) -> the antecedent Draft: kind is "person", "thing" (not a person),
# "group" (an organisation), "country" or "any".
Find = Callable[[str], "Draft | None"]
PRONOUN_KINDS = {"his": "person", "her": "person", "its": "thing", "their": "any"}
FORMER_SECTOR = None  # "former President X": the country, no sector (the office is no longer theirs)


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
    bare: bool = False  # an actor of its country with no sector ("Chinese ships")
    coreferent: bool = False  # stands for an earlier actor ("the group", "its leader")
    site: bool = False  # an institution that can be a place: "in hospital", "at the university"
    kin: str | None = None  # an ethnic group's kin state, its country when the context names no other

    @property
    def full_code(self) -> str:
        if self.code:
            return self.code
        sector = self.sector or ""
        return sector + (self.country or "") if self.prefix else (self.country or "") + sector


BLANK = Draft(0, 0, ROLE_HEAD, None, None)  # copied with a group's fields: cheaper than Draft's __init__


def unit_rule(unit: Unit) -> str:
    if unit.kind == ACTOR and unit.entry is not None:
        return f"{unit.entry.source}:{unit.entry.key}"
    if unit.kind == AGENT:
        agents = unit.agents
        return "agent:" + (agents[0].key if len(agents) == 1 else "/".join([a.key for a in agents]))
    if unit.recalled is not None:
        return f"memory:{unit.recalled.label}"
    return "name"


def pick_agent(agents: list[AgentEntry]) -> AgentEntry | None:
    """The role word that sets the sector: a defining one ("rebel", "opposition"),
    else the last specific one, else the last generic one."""
    with_sector = [a for a in agents if a.sector]
    defining = [a for a in with_sector if a.defining]
    specific = [a for a in with_sector if not a.generic]
    chosen = defining or specific or with_sector
    return chosen[-1] if chosen else None


def resolve_chunk(chunk: Chunk, when: date | None, find: Find = lambda kind: None, lone: dict[int, tuple[ActorEntry, Draft]] | None = None) -> list[Draft]:
    """Drafts of one chunk; each possessor folds into what it possesses.

    "China's foreign ministry" is one mention (CHN GOV). A possessing person
    stays a mention of their own and lends their country: "Putin's spokesman".
    A possessive pronoun lends its antecedent: "its leader", "his cabinet".
    ``lone``: drafts of dictionary actors alone in their group, kept by ``_resolve_actor``.
    """
    if len(chunk.units) == 1 and chunk.units[0].kind == ACTOR:  # a chunk of one dictionary actor: most chunks
        return [_resolve_actor(chunk.units[0], when, lone)]
    drafts: list[Draft] = []
    possessor: Draft | None = None
    for segment in split_possessors(chunk):
        pronoun = _pronoun_possessor(segment, find) if possessor is None else None
        found = resolve_segment(segment, when, possessor or pronoun, find, lone)
        if not found:
            continue
        if possessor is not None and (possessor.head != PERSON_HEAD or found[0].head in (ROLE_HEAD, ORG_HEAD)):
            # "China's foreign ministry", "Kabila's rebel forces": one mention
            first = found[0]
            places = tuple(dict.fromkeys(possessor.places + ((possessor.country,) if possessor.head == PLACE_HEAD and possessor.country else ()) + first.places))
            found[0] = replace(first, start=min(possessor.start, first.start), rule=possessor.rule + " 's " + first.rule, places=places)
        elif possessor is not None:
            drafts.append(possessor)
        possessor = found[-1]
        drafts.extend(found[:-1])
    if possessor is not None:
        drafts.append(possessor)
    return drafts


def _pronoun_possessor(segment: tuple[Unit, ...], find: Find) -> Draft | None:
    first = segment[0]
    if len(segment) > 1 and segment[1].kind == DET:
        return None  # "called her a great leader": an object, not a possessor
    kind = PRONOUN_KINDS.get(token_key(first.text)) if first.kind == DET else None
    antecedent = find(kind) if kind else None
    if antecedent is None:
        return None
    return replace(antecedent, start=first.start, end=first.end, coreferent=True, rule=f"{first.text} -> {antecedent.name or antecedent.full_code}")


def resolve_segment(
    units: tuple[Unit, ...], when: date | None, possessor: Draft | None, find: Find = lambda kind: None, lone: dict[int, tuple[ActorEntry, Draft]] | None = None,
) -> list[Draft]:
    content = [u for u in units if u.kind in (ACTOR, AGENT, NAME)]
    if not content:
        return []
    anaphor = _anaphor(units, content, find)
    if anaphor is not None:
        return [anaphor]
    drafts = []
    for group in _split_heads(content) if len(content) > 1 else [content]:
        draft = _resolve_group(group, when, possessor, lone)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _anaphor(units: tuple[Unit, ...], content: list[Unit], find: Find) -> Draft | None:
    """ "the group", "the bloc", "the country": the most recent such actor."""
    if len(content) != 1 or content[0].kind != AGENT or units[0].kind != DET or token_key(units[0].text) != "the":
        return None
    roles = {a.role for a in content[0].agents}
    kind = "group" if GROUP_ANAPHOR in roles else "country" if COUNTRY_ANAPHOR in roles else None
    antecedent = find(kind) if kind else None
    if antecedent is None:
        return None
    unit = content[0]
    return replace(antecedent, start=unit.start, end=unit.end, coreferent=True, words=(), rule=f"the {unit.text} -> {antecedent.name or antecedent.full_code}")


def _split_heads(content: list[Unit]) -> list[list[Unit]]:
    """Split where a second person or organisation directly follows another: "Hamas Israel".

    With a role word between them they are one actor: "Hamas leader Ismail
    Haniyeh", "UN Secretary-General Antonio Guterres".
    """
    groups: list[list[Unit]] = [[]]
    for unit in content:
        previous = groups[-1][-1] if groups[-1] else None
        if previous is not None and _entity(unit) and _entity(previous):
            groups.append([])
        groups[-1].append(unit)
    return [g for g in groups if g]


def _entity(unit: Unit) -> bool:
    return (unit.kind == ACTOR and not unit.is_place) or (unit.kind == NAME and unit.recalled is not None)


def _resolve_group(units: list[Unit], when: date | None, possessor: Draft | None, lone: dict[int, tuple[ActorEntry, Draft]] | None = None) -> Draft | None:
    if len(units) == 1 and possessor is None and units[0].kind == ACTOR:
        return _resolve_actor(units[0], when, lone)
    start, end = units[0].start, units[-1].end
    places = [u for u in units if u.is_place]
    place_countries = tuple(dict.fromkeys([c for u in places if (c := _country_on(u.entry, when))])) if places else ()
    country = _residence(places) or (place_countries[-1] if place_countries else (possessor.country if possessor and possessor.head == PLACE_HEAD else None))
    units = [_as_role_word(u, country) if u.kind == ACTOR else u for u in units]
    agents = [a for u in units if u.kind == AGENT for a in u.agents]
    former = any([a.former for a in agents])
    if country is None and possessor is not None:
        country = possessor.country
    if country is None:  # "the pope", "the pontiff": a role with a country of its own
        country = next((a.home for a in agents if a.home), None)
    rule = unit_rule(units[0]) if len(units) == 1 else " + ".join([unit_rule(u) for u in units])
    base = replace(BLANK, start=start, end=end, country=country, rule=rule, places=place_countries)
    entity = next((u for u in units if u.kind == ACTOR and not u.is_place), None)
    owned = _owned_role(units, entity)
    if owned is not None:
        return owned(base, when)
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
    if agent is not None and former:  # "former ministers": their country, no longer their office
        return replace(base, bare=True, role=agent.role or agent.key)
    if agent is not None:
        return replace(base, sector=agent.sector or None, prefix=agent.prefix, role=agent.role or agent.key, generic=agent.generic, site=agent.site)
    if any(a.bare for a in agents):
        return replace(base, bare=True, role=agents[-1].role)
    if places and not any(u.kind == NAME for u in units):
        place = _place(base, places, when)
        if any(a.role == COUNTRY_ANAPHOR for a in agents) and place.place_kind == "demonym":
            place = replace(place, place_kind="country")  # "Ecuadorean territory" is a place
        return place
    named = _named_organisation(base, units, places)
    if named is None and not places and all(u.kind == NAME for u in units):
        # a name nobody knows yet: kept as a person without code, in case an
        # apposition ("X, the Slovak interior minister") tells who they are
        return replace(base, head=PERSON_HEAD, country=None, name=" ".join(u.text for u in units), words=tuple(w for u in units for w in u.words))
    return named


def _resolve_actor(unit: Unit, when: date | None, lone: dict[int, tuple[ActorEntry, Draft]] | None = None) -> Draft:
    """A group of one dictionary actor, no possessor (half the groups): what ``_resolve_group``
    makes of it, without its steps for role words, names and possessors. An organisation is
    its ``_organisation`` draft: with no role word and no country besides, ``within`` keeps it.

    A place or organisation with one undated code makes the same draft wherever and whenever
    it stands (a person's holds the words of the name): ``lone`` keeps it by the entry's id,
    with the entry (alive while kept, so no other entry takes its id), to copy."""
    entry = unit.entry
    if lone is not None and entry.kind != PERSON and _timeless(entry):
        known = lone.get(id(entry))
        if known is None:
            if len(lone) >= LONE_KEPT:  # unlisted organisations make new entries without end
                lone.clear()
            known = lone[id(entry)] = (entry, _resolve_actor(unit, when))
        return replace(known[1], start=unit.start, end=unit.end)
    country = (_country_on(entry, when) or None) if unit.is_place else None
    places = (country,) if country else ()
    base = replace(BLANK, start=unit.start, end=unit.end, country=country, rule=unit_rule(unit), places=places)
    if unit.is_place:
        return _place(base, [unit], when)
    if entry.kind == PERSON:
        return _person_from_entry(base, unit, [], False, when)
    return _organisation(base, unit, when)


LONE_KEPT = 50_000  # drafts ``_resolve_actor`` keeps


def _timeless(entry: ActorEntry) -> bool:
    """One code, undated: ``code_on`` gives it whatever the date."""
    codes = entry.codes
    return len(codes) == 1 and codes[0].valid_from is None and codes[0].valid_until is None


def _residence(places: list[Unit]) -> str | None:
    """A people named with the state they live in (a demonym or country before a people noun
    of another country) is of that state, as PLOVER codes a group acting inside a state:
    "Bosnian Serbs" are Bosnia's."""
    if len(places) < 2 or places[-1].entry.kind != "people":
        return None
    home = places[-2].entry
    if home.kind in ("demonym", "country") and home.country and home.country != places[-1].entry.country:
        return home.country
    return None


def _owned_role(units: list[Unit], entity: Unit | None):
    """ "Bolsonaro supporters", "the Trump administration": a person's people, not the person."""
    person = next((i for i, u in enumerate(units) if (u.kind == ACTOR and u.entry.kind == PERSON) or (u.kind == NAME and u.recalled is not None)), None)
    if person is None:
        return None
    after = [u for u in units[person + 1 :] if u.kind == AGENT]
    if not after or any(u.title for u in after) or any(u.kind == NAME for u in units[person + 1 :]):
        return None
    agent = pick_agent([a for u in after for a in u.agents])
    if agent is None:
        return None
    owner = units[person]

    def build(base: Draft, when: date | None) -> Draft:
        if owner.kind == ACTOR:
            code = owner.entry.code_on(when)
            country = code.country if code else None
        else:
            country = owner.recalled.actor.country
        return replace(base, country=country or base.country, sector=agent.sector, role=agent.role or agent.key, generic=agent.generic)

    return build


def _as_role_word(unit: Unit, country: str | None) -> Unit:
    """An organisation named by a role word belongs to the country named with it.

    "Peru's Congress" is not the U.S. Congress and "the Turkish Red Crescent"
    is not the ICRC: with another country in the phrase, the words are read as
    the role word they also are.
    """
    if unit.kind != ACTOR or unit.is_place or not unit.agents or unit.entry.kind == PERSON:
        return unit
    if country is None or unit.entry.country == country:
        return unit
    return replace(unit, kind=AGENT, entry=None)


def within(draft: Draft, org: Draft, agent: AgentEntry | None) -> Draft:
    """A role inside an organisation takes the organisation's code: "Hamas gunmen" are Hamas.

    Only a defining word changes the sector of a national group: "the
    opposition BNP" is OPP.
    """
    if agent is not None and agent.defining and org.code is None and org.country:
        return replace(draft, country=org.country, code=None, sector=agent.sector)
    if org.code is not None:  # an IGO is no country's, whoever leads it: "the Russian-led CSTO"
        return replace(draft, country=org.country, code=org.code, sector=org.sector)
    return replace(draft, country=org.country or draft.country, code=org.code, sector=org.sector)


def _titled_name(units: list[Unit]) -> Unit | None:
    for before, unit in zip(units, units[1:]):
        if before.title and unit.kind == NAME:
            return unit
    return None


def _recalled(units: list[Unit]) -> Unit | None:
    return next((u for u in units if u.kind == NAME and u.recalled is not None), None)


def _person_from_entry(base: Draft, unit: Unit, agents: list[AgentEntry], former: bool, when: date | None) -> Draft:
    """A listed person: the text's own specific title wins over the dated code.

    "Vice President Riek Machar" is GOV in a year the list has him as a rebel;
    a generic word ("leader") leaves the list's code for the date.
    """
    entry = unit.entry
    code = entry.code_on(when)
    agent = pick_agent(agents)
    country = code.country if code else base.country
    common = dict(head=PERSON_HEAD, name=entry.name, entry=entry, words=unit.words, role=code.role if code else "")
    plain = code is None or code.code == (code.country or "") + (code.sector or "")
    if former:
        return replace(base, country=country or base.country, sector=FORMER_SECTOR, **common)
    if agent is not None and not agent.generic and plain:
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
            base, head=PERSON_HEAD, country=actor.country, sector=FORMER_SECTOR if former else actor.sector,
            code=None if plain else actor.code, name=actor.name, role=recalled.role, words=name_unit.words, recalled=True,
        )
    draft = replace(base, head=PERSON_HEAD, name=name_unit.text, words=name_unit.words, role=agent.role if agent else "", generic=agent is None or agent.generic)
    if org is not None:
        draft = within(draft, org, agent)
    elif agent is not None:
        draft = replace(draft, sector=agent.sector or None, prefix=agent.prefix)
    if former:
        draft = replace(draft, sector=FORMER_SECTOR, code=None)
    return draft


def _organisation(base: Draft, unit: Unit, when: date | None) -> Draft:
    entry: ActorEntry = unit.entry
    code = entry.code_on(when)
    fields = dict(head=ORG_HEAD, name=entry.name, entry=entry, role=entry.kind)
    if code is None:
        return replace(base, **fields)
    return _coded(base, code, **fields)


def _named_organisation(base: Draft, units: list[Unit], places: list[Unit]) -> Draft | None:
    """A name nobody listed after a country word: "Qatar Airways", "Rwandan Patriotic Front".

    Its country is known, its sector is not.
    """
    if not places or units[0] is not places[0] or places[0].entry.kind not in ("country", "demonym", "capital"):
        return None
    if not all(u.kind == NAME and u.recalled is None for u in units[len(places):]) or len(units) == len(places):
        return None
    name = " ".join(u.text or " ".join(u.words) for u in units[len(places):])
    return replace(base, head=ORG_HEAD, country=places[-1].entry.country, name=name, role="organisation")


def _country_on(entry: ActorEntry, when: date | None) -> str | None:
    """A place's country on the date: "Congo" was Brazzaville's while Kinshasa's was Zaire."""
    code = entry.code_on(when) if len(entry.codes) > 1 else None
    return code.country if code is not None else entry.country


def _place(base: Draft, places: list[Unit], when: date | None = None) -> Draft:
    unit = places[-1]
    entry = unit.entry
    code = (entry.code_on(when) or entry.codes[0]) if entry.codes else None
    if code is None:  # a region: not an actor
        return replace(base, head=PLACE_HEAD, country=None, place_kind="region", entry=entry)
    home = _residence(places)
    return replace(
        base, head=PLACE_HEAD, country=home or code.country, sector=code.sector, name=None if home else entry.name,
        entry=entry, place_kind=entry.kind, role=entry.kind,
    )
