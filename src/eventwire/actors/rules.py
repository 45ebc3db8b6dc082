"""The word lists of ``data/actors/rules.toml`` as one frozen record."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cached_property

from ..errors import EventwireError
from .load import data_dir


@dataclass(frozen=True)
class Rules:
    locative_prepositions: frozenset[str]
    link_prepositions: frozenset[str]
    link_participles: frozenset[str]
    determiners: frozenset[str]
    modifiers: frozenset[str]
    name_particles: frozenset[str]
    not_names: frozenset[str]
    family_name_first: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    coordinators: frozenset[str]
    stance_prefixes: frozenset[str]
    stance_suffixes: frozenset[str]
    leading_participles: frozenset[str]
    motion_words: frozenset[str]
    motion_objects: frozenset[str]
    directions: frozenset[str]
    place_nouns: frozenset[str]
    group_anaphors: frozenset[str]
    country_anaphors: frozenset[str]
    possessive_pronouns: frozenset[str]
    memory_window: int = 3
    name_variants: tuple[frozenset[str], ...] = ()  # spellings of one name word: Sergei, Sergey
    name_endings: tuple[tuple[str, ...], ...] = ()  # spellings of one ending: -sky, -skiy, -skyy
    relation_nouns: frozenset[str] = frozenset()  # "China-Korea *relations*": both countries are sides
    own_object_verbs: frozenset[str] = frozenset()  # "sent troops": the troops are the sender's
    naming_verbs: frozenset[str] = frozenset()  # "elected X president": the role is said of X
    refugee_words: frozenset[str] = frozenset()  # "Ukrainians fleeing ...": refugees
    aim_words: frozenset[str] = frozenset()  # "fired missiles at Israel": a target, not a place
    edge_nouns: frozenset[str] = frozenset()  # "the Lebanese border": on the edge, not inside
    spelling_variants: tuple[tuple[str, ...], ...] = ()  # organisation, organization
    ethnic_words: frozenset[str] = frozenset()  # "ethnic Albanians": coded where they act
    compound_prefixes: frozenset[str] = frozenset()  # "multi-party elections": no party
    abroad_roles: frozenset[str] = frozenset()  # "Iranian diplomats": serve in another country
    other_side_prepositions: frozenset[str] = frozenset()  # "spying for Moscow": the other side

    @cached_property
    def word_unit_keys(self) -> frozenset[str]:
        """Keys that may make a word a unit of its own whatever its dependency (``phrases``): the
        possessive, determiners and leading participles."""
        return self.determiners | self.leading_participles | {"'s"}


def load_rules() -> Rules:
    text = data_dir().joinpath("rules.toml").read_text("utf-8")
    try:
        data = tomllib.loads(text)
        values = {}
        for f in fields(Rules):
            value = data[f.name]
            if isinstance(value, int):
                values[f.name] = value
            elif f.name == "name_variants":
                values[f.name] = tuple(frozenset(str(w).lower() for w in group) for group in value)
            elif f.name in ("name_endings", "spelling_variants"):
                values[f.name] = tuple(tuple(str(w).lower() for w in group) for group in value)
            else:
                values[f.name] = frozenset(str(v) for v in value)
        return Rules(**values)
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise EventwireError("E208", origin="rules.toml", reason=str(exc)) from None
