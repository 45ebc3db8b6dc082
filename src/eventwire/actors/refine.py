"""Sentence-level steps on drafts: coordination, modifiers, locations, links.

- ``share_roles``: "U.S. and South Korean troops" — the role reaches back
  over a coordination to a demonym or an abbreviated country.
- ``drop_non_actors``: a country or demonym that only modifies a noun
  ("Chinese economy", "the U.S. arms embargo"), a role word used as an
  adjective, a region, and roles said *of* someone ("became Britain's prime
  minister", "Olaf Scholz, the German chancellor", "elected X president")
  are not mentions; an appositive or predicated role still tells its
  person's country and sector. Two hyphen-joined countries before a word of
  relations ("China-Korea ties") stay actors.
- ``as_refugees``: "Ukrainians fleeing the war" are REF.
- ``split_locations``: "talks in Geneva", "a visit to Beijing", "troops
  entered Kinshasa", "Beirut's southern suburbs" — places, not actors.
- ``distribute_roles``: "the ambassadors of Britain, France and Germany" —
  each country named after a role's "of"/"from" is that role (one mention
  per country).
- ``link_countries``: "police in Nairobi", "a spokesman for Hamas" — a
  role without a country takes one from the phrase that follows it.
- ``clue_weight``: how much a place or setting that is not a mention tells
  the fallback (module ``fallback``) about the sentence's country.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..frozen import replace
from ..deps import CLAUSE_SUBJECT_DEPS
from .combine import ORG_HEAD, PERSON_HEAD, PLACE_HEAD, ROLE_HEAD, Draft
from .phrases import named_as
from .rules import Rules

LOCATION_KINDS = frozenset({"country", "capital", "place", "city", "state"})
ACTOR_PLACE_KINDS = frozenset({"country", "capital", "state"})
MODIFIER_PLACE_KINDS = ACTOR_PLACE_KINDS | {"demonym"}  # places that may only modify ("the Mozambican town")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nn"})
PREDICATE_DEPS = frozenset({"attr", "oprd"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
MOTION_PREPOSITIONS = frozenset({"to", "from", "into", "toward", "towards", "onto", "through"})
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _abbreviated(draft: Draft, tokens) -> bool:
    letters = [ch for t in tokens[draft.start : draft.end] for ch in t.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def share_roles(drafts: list[Draft], tokens, rules: Rules) -> list[Draft]:
    """Give a coordinated demonym or abbreviation the role of the phrase that follows.

    "U.S. and South Korean troops", "British, French and German diplomats":
    a comma alone joins only a list that ends in "and"/"or".
    """
    result = list(drafts)
    shared: set[int] = set()
    for i in range(len(result) - 2, -1, -1):
        here, after = result[i], result[i + 1]
        if after.head != ROLE_HEAD or not after.places or after.sector is None:
            continue  # asked first: cheaper than whether ``here`` is bare
        bare = here.head == PLACE_HEAD and (here.place_kind == "demonym" or (here.place_kind in ("country", "nation") and _abbreviated(here, tokens)))
        if not bare:
            continue
        between = [tokens.key(j) for j in range(here.end, after.start) if tokens[j].text.strip()]
        if not between or len(between) > 2 or not all(w in rules.coordinators for w in between):
            continue
        if between == [","] and i + 1 not in shared:
            continue
        shared.add(i)
        result[i] = replace(here, head=ROLE_HEAD, sector=after.sector, prefix=after.prefix, role=after.role, rule=here.rule + " + role of " + after.rule)
    return _share_countries(result, tokens)


def _share_countries(drafts: list[Draft], tokens) -> list[Draft]:
    """A role right after "and" shares the country of the one before.

    A generic word joins it ("Iraqi troops and tanks" is one actor); a
    specific one is an actor of its own ("Chilean students and teachers").
    """
    result: list[Draft | None] = list(drafts)
    for i in range(1, len(result)):
        before, here = result[i - 1], result[i]
        if before is None or before.head != ROLE_HEAD or here.head != ROLE_HEAD or here.country or here.code or not before.places or before.country is None:
            continue
        between = [tokens.key(j) for j in range(before.end, here.start) if tokens[j].text.strip()]
        if between not in (["and"], ["or"]):
            continue
        if here.generic:  # one actor: "Iraqi troops and tanks"
            result[i] = replace(before, end=here.end, rule=before.rule + " and " + here.rule)
            result[i - 1] = None
        else:  # two: "Chilean students and teachers"
            result[i] = replace(here, country=before.country, rule=here.rule + " + country of " + before.rule)
    return [d for d in result if d is not None]


def _next_word(tokens, j: int) -> int:
    while j < len(tokens) and tokens.transparent[j]:
        j += 1
    return j


def is_modifier_use(draft: Draft, tokens, parsed: bool) -> bool:
    """A place word that only modifies a noun: "Chinese economy", "U.S. arms embargo"."""
    last = tokens[draft.end - 1]
    if parsed:
        return last.dep_ in MODIFIER_DEPS and last.head.i >= draft.end
    if draft.place_kind != "demonym":
        return False  # without a parse only demonyms are judged
    j = _next_word(tokens, draft.end)
    return j < len(tokens) and tokens[j].is_alpha and tokens[j].text.islower()


def _said_of(draft: Draft, tokens) -> bool:
    """A role that is predicated, not acting: "became Britain's prime minister", "sworn in as president"."""
    last = tokens[draft.end - 1]
    if last.dep_ in PREDICATE_DEPS:
        return True
    if last.dep_ != "pobj" or last.head.lower_ != "as":
        return False
    # "as Georgia's parliament passed the law" misparsed: the role is the subject of a clause
    after = tokens[draft.end] if draft.end < len(tokens) else None
    plural = last.tag_ in ("NNS", "NNPS")  # "as crowds celebrated": roles said of someone are singular
    return after is None or not (after.tag_ in FINITE_TAGS or (plural and after.tag_ == "VBN"))


def _sides(draft: Draft, drafts: list[Draft], tokens, rules: Rules) -> bool:
    """ "China-Korea relations", "Russia-Ukraine talks": two country names joined by a
    hyphen before a word of relations are the two sides, actors both."""
    if not _is_country(draft):
        return False
    for other in drafts:
        if other is draft or not _is_country(other):
            continue
        first, second = (draft, other) if draft.end < other.start else (other, draft)
        if second.start == first.end + 1 and tokens[first.end].text == "-" and not tokens[first.end - 1].whitespace_:
            after = [tokens.key(j) for j in range(second.end, min(second.end + 2, len(tokens)))]
            return any(word in rules.relation_nouns for word in after)
    return False


def drop_non_actors(drafts: list[Draft], tokens, parsed: bool, rules: Rules) -> tuple[list[Draft], list[Draft]]:
    """(kept, settings): settings are places dropped as modifiers ("the Mozambican town")
    and roles said of someone ("became Japan's prime minister"), which still tell
    what the sentence is about."""
    kept, settings = [], []
    for draft in drafts:
        if draft.head == PLACE_HEAD and draft.place_kind == "region":
            continue
        if draft.head == PLACE_HEAD and draft.place_kind in MODIFIER_PLACE_KINDS and is_modifier_use(draft, tokens, parsed) and not _sides(draft, drafts, tokens, rules):
            settings.append(draft)
            continue
        if draft.head == ROLE_HEAD and parsed and _adjectival(draft, tokens):
            kept.extend(_possessor_of(draft, tokens))  # "Kenya's military policies": Kenya stays
            continue
        if draft.head == ROLE_HEAD and parsed and (_said_of(draft, tokens) or named_as(draft.start, tokens, rules)):
            settings.append(draft)  # "became Japan's prime minister": not a mention, still a clue
            continue
        if draft.head == PLACE_HEAD and draft.coreferent and not (parsed and tokens[draft.end - 1].dep_ in CLAUSE_SUBJECT_DEPS):
            continue  # "the country's reserves", "in the north of the country": only a subject acts
        kept.append(draft)
    if parsed:
        kept = _inform_subjects(_fold_appositions(kept, tokens), [d for d in settings if d.head == ROLE_HEAD], tokens)
    return kept, settings


def _inform_subjects(drafts: list[Draft], said: list[Draft], tokens) -> list[Draft]:
    """ "Marta Vilde became Estonia's prime minister", "X was sworn in as Italy's premier":
    the role said of an unlisted person tells their country and sector."""
    result = list(drafts)
    for role in said:
        if role.country is None:
            continue
        verb = tokens[role.end - 1].head
        if verb.lower_ == "as":
            verb = verb.head
        bearer = OBJECT_DEPS if tokens[role.end - 1].dep_ == "oprd" else CLAUSE_SUBJECT_DEPS  # "elected X president"
        subjects = [c.i for c in verb.children if c.dep_ in bearer]
        for i, draft in enumerate(result):
            named = draft.end == role.start  # "elected Tomas Varga president"
            if draft.head == PERSON_HEAD and draft.country is None and draft.code is None and (named or any(draft.start <= s < draft.end for s in subjects)):
                result[i] = _informed(draft, role, extend=False, how="said to be")
    return result


def _adjectival(draft: Draft, tokens) -> bool:
    """A role word used as an adjective: "military parade" (not a demonym that shares the
    role of a coordinated phrase: "*Russian* and Chinese warships")."""
    if draft.place_kind == "demonym":
        return False
    last = tokens[draft.end - 1]
    return last.tag_ in ADJECTIVE_TAGS and last.dep_ == "amod" and last.head.i >= draft.end


def _possessor_of(draft: Draft, tokens) -> list[Draft]:
    """The country that possesses a dropped phrase, as a mention of its own (empty if none)."""
    if not draft.places or draft.country is None:
        return []
    end = next((i for i in range(draft.start + 1, draft.end) if tokens.key(i) in ("'s", "") and tokens[i].text in ("'s", "'", "\u2019s", "\u2019")), None)
    if end is None:
        return []
    return [replace(draft, end=end, head=PLACE_HEAD, place_kind="country", sector=None, code=None, role="country", rule=draft.rule.split(" 's ")[0])]


def _fold_appositions(drafts: list[Draft], tokens) -> list[Draft]:
    """A role and a person in apposition are one actor.

    "Wang Yi, China's foreign minister": the role tells the person's country
    and sector and is not a mention of its own. "Thailand's army chief,
    General Prayuth": one mention from the role to the name.
    """
    result: list[Draft | None] = list(drafts)
    for index, draft in enumerate(drafts):
        last = tokens[draft.end - 1]
        if last.dep_ != "appos" or result[index] is None:
            continue
        owner = next((i for i, d in enumerate(result) if d is not None and i != index and d.start <= last.head.i < d.end), None)
        if owner is None:
            continue
        pair = sorted((owner, index))
        role = next((i for i in pair if result[i].head == ROLE_HEAD), None)
        person = next((i for i in pair if result[i].head == PERSON_HEAD), None)
        if role is None or person is None:
            continue
        result[person] = _informed(result[person], result[role], extend=role < person)
        result[role] = None
    return [d for d in result if d is not None]


def _informed(person: Draft, role: Draft, extend: bool, how: str = "apposition") -> Draft:
    if person.country is None and person.code is None:
        person = replace(person, country=role.country, sector=person.sector or role.sector, rule=f"{person.rule} + {how} {role.rule}")
    return replace(person, start=role.start) if extend else person


def _preceding_word(tokens, start: int, rules: Rules) -> int:
    """Index of the first word before ``start`` that is not a determiner or compass word."""
    i = start - 1
    while i >= 0 and (tokens.key(i) in rules.determiners or tokens.key(i) in rules.directions or tokens.transparent[i]):
        i -= 1
    return i


def _moved_to(draft: Draft, tokens, rules: Rules) -> bool:
    """ "a visit to Beijing", "fled to Aden", "troops entered Kinshasa"."""
    last = tokens[draft.end - 1]
    head = last.head
    if last.dep_ == "pobj" and head.lower_ in MOTION_PREPOSITIONS:
        return head.head.lemma_.lower() in rules.motion_words
    return last.dep_ == "dobj" and head.lemma_.lower() in rules.motion_objects


def _part_of_place(draft: Draft, tokens, rules: Rules) -> bool:
    """ "Beirut's southern suburbs": the possessor names where, not who."""
    j = draft.end
    if tokens.key(j) != "'s":
        return False
    j += 1
    while j < len(tokens) and (tokens.key(j) in rules.directions or tokens[j].tag_ in ADJECTIVE_TAGS):
        j += 1
    return tokens.key(j) in rules.place_nouns


def split_locations(drafts: list[Draft], tokens, rules: Rules, parsed: bool) -> tuple[list[Draft], list[Draft]]:
    """(actors, locations): places named as where something happens."""
    actors: list[Draft] = []
    locations: list[Draft] = []
    for draft in drafts:
        place = draft.head == PLACE_HEAD and draft.place_kind in LOCATION_KINDS
        if place and _is_location(draft, tokens, rules, parsed, locations) and not _sides(draft, drafts, tokens, rules):
            locations.append(draft)
        elif _seat_as_place(draft, tokens, rules) or (draft.site and tokens.key(_preceding_word(tokens, draft.start, rules)) in rules.locative_prepositions):
            locations.append(draft)  # "reporters at the White House", "treated in hospital"
        else:
            actors.append(draft)
    return actors, locations


def _seat_as_place(draft: Draft, tokens, rules: Rules) -> bool:
    """A seat of government after "in"/"at": the building, not the government."""
    if draft.head != ORG_HEAD or draft.entry is None or draft.entry.kind != "seat":
        return False
    return tokens.key(_preceding_word(tokens, draft.start, rules)) in rules.locative_prepositions


def _is_location(draft: Draft, tokens, rules: Rules, parsed: bool, locations: list[Draft]) -> bool:
    if draft.place_kind in ("place", "city"):
        return True  # regions and cities are never actors by themselves
    i = _preceding_word(tokens, draft.start, rules)
    if _part_of_place(draft, tokens, rules):
        return True
    if tokens.key(draft.end) == "'s":
        return False  # "at New Delhi's decision": a possessor acts
    if tokens.key(i) in rules.locative_prepositions:
        return not (parsed and tokens.key(i) == "at" and tokens[i].head.lemma_.lower() in rules.aim_words)  # "fired at Israel"
    if locations and tokens.key(i) in ("and", "or") and locations[-1].end == i:
        return True  # "in Moscow and Beijing"
    return parsed and _moved_to(draft, tokens, rules)


OWNER_PREPOSITIONS = frozenset({"of", "from"})


def distribute_roles(drafts: list[Draft], tokens, rules: Rules) -> list[Draft]:
    """ "the ambassadors of Britain, France and Germany", "migrants from Guatemala and
    Honduras": each country is an actor with the role's sector, and the role word is
    not a mention of its own (one mention per country; the event stage reads the role
    word's "of" phrase)."""
    by_start = {d.start: i for i, d in enumerate(drafts)}
    result: list[Draft | None] = list(drafts)
    for i, draft in enumerate(drafts):
        if draft.head != ROLE_HEAD or draft.country or draft.code or not draft.sector or tokens.key(draft.end) not in OWNER_PREPOSITIONS:
            continue
        if draft.end - 1 > 0 and not tokens[draft.end - 1].text[:1].islower():
            continue  # a named body ("oil company YPF from Spain's Repsol")
        owners = _owner_list(_target_index(draft.end + 1, tokens, rules), by_start, drafts, tokens, rules)
        if not owners:
            continue
        for j in owners:
            owner = drafts[j]
            rule = f"{draft.rule} {tokens.key(draft.end)} {owner.rule}"
            result[j] = replace(owner, head=ROLE_HEAD, sector=draft.sector, prefix=draft.prefix, role=draft.role, generic=draft.generic, rule=rule)
        result[i] = None
    return [d for d in result if d is not None]


def _target_index(j: int, tokens, rules: Rules) -> int:
    while j < len(tokens) and (tokens.key(j) in rules.determiners or tokens.key(j) in rules.directions):
        j += 1
    return j


def _owner_list(j: int, by_start: dict[int, int], drafts: list[Draft], tokens, rules: Rules) -> list[int]:
    """Indexes of the countries at ``j`` and coordinated after it: "Britain, France and Germany"."""
    found: list[int] = []
    while j in by_start and _is_country(drafts[by_start[j]]) and tokens.key(drafts[by_start[j]].end) != "'s":
        index = by_start[j]
        found.append(index)
        k = drafts[index].end
        between = 0
        while k < len(tokens) and tokens.key(k) in rules.coordinators:
            k, between = k + 1, between + 1
        if not between:
            break
        j = _target_index(k, tokens, rules)
    return found


def _is_country(draft: Draft) -> bool:
    return draft.head == PLACE_HEAD and draft.place_kind in ACTOR_PLACE_KINDS | {"nation"} and draft.country is not None and draft.code is None


def link_countries(drafts: list[Draft], locations: Sequence[Draft], tokens, rules: Rules) -> list[Draft]:
    """A role or person without a country takes it from "of/for/in X" right after it.

    "rebels of the SPLA" is one mention: an organisation after "of" is
    absorbed into the role it qualifies.
    """
    if not any(_may_link(d) for d in drafts):
        return list(drafts)  # most sentences: every role has its country already
    # "at X" links to a place only ("police at the border"): "drones at Israel" aim at it
    by_start = {d.start: d for d in list(drafts) + list(locations) if tokens.key(d.start - 1) != "at" or d in locations}
    absorbed: set[int] = set()
    result: list[Draft] = []
    distributed: list[Draft] = []
    for draft in drafts:
        if id(draft) in absorbed:
            continue
        if _absorbs(draft):
            target = _target(draft, by_start, tokens, rules)
            if target is not None and target.head == ORG_HEAD and tokens.key(draft.end) == "of":
                absorbed.add(id(target))
                draft = _within_org(draft, target)
        if _needs_country(draft):
            linked = _linked(draft, by_start, tokens, rules)
            for place, located in _located_in_each(draft, linked, by_start, tokens, rules):
                absorbed.add(id(place))
                distributed.append(located)
            draft = linked
        result.append(draft)
    kept = [d for d in result if id(d) not in absorbed]
    return sorted(kept + distributed, key=lambda d: d.start) if distributed else kept


def _absorbs(draft: Draft) -> bool:
    """A role that may take in an organisation after "of" ("rebels of the SPLA")."""
    return draft.head == ROLE_HEAD and draft.code is None


def _needs_country(draft: Draft) -> bool:
    return draft.country is None and draft.code is None and draft.head != PLACE_HEAD and bool(draft.sector or draft.bare or draft.role)


def _may_link(draft: Draft) -> bool:
    return _absorbs(draft) or _needs_country(draft)


def _located_in_each(draft: Draft, linked: Draft, by_start: dict[int, Draft], tokens, rules: Rules) -> list[tuple[Draft, Draft]]:
    """ "lawmakers in France and Germany": (country, the role in it) for each coordinated country
    after the first, one mention per country at its words (the event stage reads the conjuncts)."""
    if linked is draft or tokens.key(draft.end) not in rules.locative_prepositions:
        return []
    target = _target(draft, by_start, tokens, rules)
    if target is None or target.country != linked.country or not _is_country(target):
        return []
    countries = [d for d in by_start.values() if _is_country(d)]
    found = []
    for j in _owner_list(target.start, {d.start: i for i, d in enumerate(countries)}, countries, tokens, rules)[1:]:
        place = countries[j]
        if place.country != linked.country:
            note = f" + {tokens.key(draft.end)} {place.name or place.country}"
            found.append((place, replace(linked, start=place.start, end=place.end, country=place.country, rule=draft.rule + note)))
    return found


def _within_org(draft: Draft, org: Draft) -> Draft:
    note = f" + of {org.name or org.full_code}"
    if draft.generic or draft.country is None or draft.country == org.country:
        return replace(draft, end=org.end, country=org.country, code=org.code, sector=org.sector if draft.generic or org.code else draft.sector, rule=draft.rule + note)
    return replace(draft, end=org.end, rule=draft.rule + note)


def _target(draft: Draft, by_start: dict[int, Draft], tokens, rules: Rules) -> Draft | None:
    j = draft.end + (tokens.key(draft.end) in rules.link_participles)
    if tokens.key(j) not in rules.link_prepositions:
        return None
    j += 1
    while j < len(tokens) and (tokens.key(j) in rules.determiners or tokens.key(j) in rules.modifiers or tokens.key(j) in rules.directions):
        j += 1
    return by_start.get(j)


def _linked(draft: Draft, by_start: dict[int, Draft], tokens, rules: Rules) -> Draft:
    preposition = tokens.key(draft.end + (tokens.key(draft.end) in rules.link_participles))
    target = _target(draft, by_start, tokens, rules)
    if target is None or (target.country is None and target.code is None):
        return draft
    note = f" + {preposition} {target.name or target.country}"
    if target.head == ORG_HEAD and draft.generic:  # "a spokesman for Hamas", "delegates of the party"
        return replace(draft, country=target.country, code=target.code, sector=target.sector, rule=draft.rule + note)
    if target.code is not None and target.country is None:  # "the head of the IAEA"
        return replace(draft, code=target.code, rule=draft.rule + note)
    return replace(draft, country=target.country, rule=draft.rule + note)


# How much a country named in the sentence tells about an actor whose phrase names none
# (module ``fallback``): a place where it happens says most, an actor of the sentence
# less, a country that only qualifies a thing ("an Israeli attack") or is where someone
# goes ("fled to Saudi Arabia") little.
WHERE_WEIGHT, ACTOR_WEIGHT, MODIFIER_WEIGHT, DESTINATION_WEIGHT = 2.0, 1.0, 0.5, 0.25


def clue_weight(draft: Draft, tokens, rules: Rules, parsed: bool, actor_tokens: frozenset[int] = frozenset()) -> float:
    """Weight of a location or setting (not a mention) as a clue to the sentence's country."""
    if draft.head != PLACE_HEAD:
        return ACTOR_WEIGHT  # a role said of someone: "became Japan's prime minister"
    if parsed and _moved_to(draft, tokens, rules):
        return DESTINATION_WEIGHT
    if is_modifier_use(draft, tokens, parsed) and draft.place_kind not in ("place", "city"):
        head = tokens[draft.end - 1].head.i if parsed else _next_word(tokens, draft.end)
        inside = tokens.key(head) in rules.place_nouns and tokens.key(head) not in rules.edge_nouns
        return WHERE_WEIGHT if inside else MODIFIER_WEIGHT
    if parsed and _venue_of_a_thing(tokens[draft.end - 1], actor_tokens, rules):
        return ACTOR_WEIGHT  # "talks in Kenya": where the talks were, not the sentence
    return WHERE_WEIGHT


def _venue_of_a_thing(token, actor_tokens: frozenset[int], rules: Rules) -> bool:
    """ "talks in Kenya" (not "rebels in Mali": where an actor is tells about the actor;
    nor "the city of Benghazi", which is the place itself)."""
    preposition = token.head
    noun = preposition.head
    if token.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in rules.locative_prepositions:
        return False
    return noun.pos_ == "NOUN" and noun.i not in actor_tokens and noun.lower_ not in rules.place_nouns


def as_residents(drafts: list[Draft], tokens, rules: Rules) -> list[Draft]:
    """An ethnic group ("ethnic Albanians", "ethnic Uzbek militias") is coded, as PLOVER codes
    it, with the state where it acts: its country is left for the context to give, and its
    kin state (the demonym's) is kept for when the context names none."""
    result = []
    for d in drafts:
        ethnic = d.start > 0 and tokens.key(d.start - 1) in rules.ethnic_words
        if ethnic and d.country and d.code is None and (d.head == ROLE_HEAD or d.place_kind in ("people", "demonym")):
            d = replace(d, head=ROLE_HEAD, country=None, kin=d.country, sector=d.sector or "CVL", place_kind="", name=None, rule=d.rule + " + ethnic group")
        result.append(d)
    return result


def as_refugees(drafts: list[Draft], tokens, rules: Rules) -> list[Draft]:
    """ "Ukrainians fleeing the invasion", "civilians displaced by the fighting": people
    named by the flight that makes them refugees are REF (of their own country)."""
    fleeing = [d.sector == "CVL" and d.code is None and tokens.key(d.end) in rules.refugee_words for d in drafts]
    return [replace(d, sector="REF", rule=d.rule + " + fleeing") if flees else d for d, flees in zip(drafts, fleeing)]
