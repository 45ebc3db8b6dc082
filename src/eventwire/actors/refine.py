"""Sentence-level steps on drafts: coordination, modifiers, locations, links.

- ``share_roles``: "U.S. and South Korean troops" — the role reaches back
  over a coordination to bare countries and demonyms.
- ``drop_modifiers``: a demonym before an ordinary noun ("Chinese economy")
  or a region is not an actor.
- ``split_locations``: "talks in Geneva", "fighting near Kharkiv" — a place
  after a locative preposition is where, not who.
- ``link_countries``: "the president of Russia", "police in Nairobi" — a
  role without a country takes one from the phrase that follows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .combine import ORG_HEAD, PLACE_HEAD, ROLE_HEAD, Draft
from .rules import Rules
from .tokens import is_transparent, token_key

LOCATION_KINDS = frozenset({"country", "capital", "place"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _key(tokens, i: int) -> str:
    return token_key(tokens[i].text) if 0 <= i < len(tokens) else ""


def share_roles(drafts: list[Draft], tokens, rules: Rules) -> list[Draft]:
    """Give bare countries the role of the coordinated role phrase that follows.

    "U.S. and South Korean troops", "British, French and German diplomats":
    a comma alone joins only a list that ends in "and"/"or".
    """
    result = list(drafts)
    shared: set[int] = set()
    for i in range(len(result) - 2, -1, -1):
        here, after = result[i], result[i + 1]
        bare = here.head == PLACE_HEAD and here.place_kind in ("country", "demonym")
        if not bare or after.head != ROLE_HEAD or not after.places or after.sector is None:
            continue
        between = [_key(tokens, j) for j in range(here.end, after.start) if tokens[j].text.strip()]
        if not between or len(between) > 2 or not all(w in rules.coordinators for w in between):
            continue
        if between == [","] and i + 1 not in shared:
            continue
        shared.add(i)
        result[i] = replace(here, head=ROLE_HEAD, sector=after.sector, prefix=after.prefix, role=after.role, rule=here.rule + " + role of " + after.rule)
    return result


def is_modifier_use(draft: Draft, tokens, parsed: bool) -> bool:
    """A demonym that only modifies an ordinary noun: "Chinese economy", "Iranian-made"."""
    last = tokens[draft.end - 1]
    if parsed and last.dep_ in MODIFIER_DEPS and last.head.i >= draft.end:
        return True
    j = draft.end
    while j < len(tokens) and is_transparent(tokens[j].text):
        j += 1
    return j < len(tokens) and tokens[j].is_alpha and tokens[j].text.islower()


def drop_modifiers(drafts: list[Draft], tokens, parsed: bool) -> list[Draft]:
    kept = []
    for draft in drafts:
        if draft.head == PLACE_HEAD and draft.place_kind == "region":
            continue
        if draft.head == PLACE_HEAD and draft.place_kind == "demonym" and is_modifier_use(draft, tokens, parsed):
            continue
        if draft.head == ROLE_HEAD and parsed and _adjectival(draft, tokens):
            continue
        kept.append(draft)
    return kept


def _adjectival(draft: Draft, tokens) -> bool:
    """A role word used as an adjective: "military parade", "diplomatic offensive"."""
    last = tokens[draft.end - 1]
    return last.tag_ in ("JJ", "JJR", "JJS") and last.dep_ == "amod" and last.head.i >= draft.end


def _preceding_word(tokens, start: int, rules: Rules) -> int:
    """Index of the first word before ``start`` that is not a determiner."""
    i = start - 1
    while i >= 0 and (_key(tokens, i) in rules.determiners or is_transparent(tokens[i].text)):
        i -= 1
    return i


def split_locations(drafts: list[Draft], tokens, rules: Rules) -> tuple[list[Draft], list[Draft]]:
    """(actors, locations): places after "in", "at", "near"... are locations."""
    actors: list[Draft] = []
    locations: list[Draft] = []
    for draft in drafts:
        if draft.head == PLACE_HEAD and draft.place_kind in LOCATION_KINDS:
            i = _preceding_word(tokens, draft.start, rules)
            after_location = locations and _key(tokens, i) in rules.coordinators and locations[-1].end >= i - 1
            if _key(tokens, i) in rules.locative_prepositions or after_location:
                locations.append(draft)
                continue
        actors.append(draft)
    return actors, locations


def link_countries(drafts: list[Draft], locations: Sequence[Draft], tokens, rules: Rules) -> list[Draft]:
    """A role or person without a country takes it from "of/for/in X" right after it."""
    by_start = {d.start: d for d in list(drafts) + list(locations)}
    absorbed: set[int] = set()
    result = []
    for draft in drafts:
        if id(draft) in absorbed:
            continue
        if draft.country is None and draft.code is None and draft.head != PLACE_HEAD:
            draft = _linked(draft, by_start, tokens, rules, absorbed)
        result.append(draft)
    return [d for d in result if id(d) not in absorbed]


def _linked(draft: Draft, by_start: dict[int, Draft], tokens, rules: Rules, absorbed: set[int]) -> Draft:
    preposition = _key(tokens, draft.end)
    if preposition not in rules.link_prepositions:
        return draft
    j = draft.end + 1
    while j < len(tokens) and (_key(tokens, j) in rules.determiners or _key(tokens, j) in rules.modifiers):
        j += 1
    target = by_start.get(j)
    if target is None or (target.country is None and target.code is None):
        return draft
    note = f" + {preposition} {target.name or target.country}"
    if target.head == ORG_HEAD and draft.generic:  # "a spokesman for Hamas", "delegates of the party"
        linked = replace(draft, country=target.country, code=target.code, sector=target.sector, rule=draft.rule + note)
    elif target.code is not None and target.country is None:  # "the head of the IAEA"
        linked = replace(draft, code=target.code, rule=draft.rule + note)
    else:
        linked = replace(draft, country=target.country, rule=draft.rule + note)
    if preposition == "of" and target.head == PLACE_HEAD:
        absorbed.add(id(target))
        linked = replace(linked, end=target.end)
    return linked
