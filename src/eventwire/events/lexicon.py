"""Word lists around the patterns (``data/event-lexicon.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources

LEXICON_FILE = "event-lexicon.toml"


@dataclass(frozen=True)
class Lexicon:
    negation: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    conditional_marks: frozenset[str]
    recurrence_marks: frozenset[str]
    recurrence_nouns: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    intended_governors: frozenset[str]
    promise_verbs: frozenset[str]
    negating_governors: frozenset[str]
    future_modifiers: frozenset[str]
    intended_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    dispatch_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    reporter_nouns: frozenset[str]
    speculators: frozenset[str]
    object_control: frozenset[str]
    relative_pronouns: frozenset[str]
    agentive_heads: frozenset[str]
    pronouns: frozenset[str]
    target_prepositions: frozenset[str]
    borrowing_prepositions: frozenset[str]
    answering_verbs: frozenset[str]
    civilian_sectors: frozenset[str]
    riot_triggers: frozenset[str]
    obligation_modals: frozenset[str]
    needs_target: frozenset[str]
    joint_needs_target: frozenset[str]
    mutual_categories: frozenset[str]
    background_prepositions: frozenset[str]
    background_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    background_heads: frozenset[str]
    background_verbs: frozenset[str]
    reason_verbs: frozenset[str]
    helping_verbs: frozenset[str]
    joint_modifiers: frozenset[str]
    people_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    official_nouns: frozenset[str]
    protest_aims: frozenset[str]
    threat_words: frozenset[str]
    characterising_verbs: frozenset[str]
    own_country_targets: frozenset[str]
    scene_targets: frozenset[str]
    scene_prepositions: frozenset[str]

    @classmethod
    def from_toml(cls, text: str) -> Lexicon:
        data = tomllib.loads(text)
        flat: dict[str, frozenset[str]] = {}
        for section, values in data.items():
            for key, words in values.items():
                name = f"speech_{key}" if section == "speech" and key == "verbs" else key
                keep_case = name in ("civilian_sectors", "needs_target", "joint_needs_target", "mutual_categories",
                                     "own_country_targets", "scene_targets")
                flat[name] = frozenset(w if keep_case else w.lower() for w in words)
        return cls(**{f.name: flat.get(f.name, frozenset()) for f in fields(cls)})

    @classmethod
    def packaged(cls) -> Lexicon:
        return cls.from_toml(resources.files("eventwire.data").joinpath(LEXICON_FILE).read_text("utf-8"))

