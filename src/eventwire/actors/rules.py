"""The word lists of ``data/actors/rules.toml`` as one frozen record."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields

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


def load_rules() -> Rules:
    text = data_dir().joinpath("rules.toml").read_text("utf-8")
    try:
        data = tomllib.loads(text)
        values = {}
        for f in fields(Rules):
            value = data[f.name]
            values[f.name] = value if isinstance(value, int) else frozenset(str(v) for v in value)
        return Rules(**values)
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise EventwireError("E208", origin="rules.toml", reason=str(exc)) from None
