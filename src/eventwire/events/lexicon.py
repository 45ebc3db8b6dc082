"""Word lists around the patterns (``data/event-lexicon.toml``), and the user's additions.

The loader is strict: a section or key the coder does not know (a typo such
as ``negaton``) stops with a coded error naming the file and the key, so a
list is never silently left empty.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import EventwireError

LEXICON_FILE = "event-lexicon.toml"
# The lists of the file, by section; ``speech.verbs`` is the field ``speech_verbs``.
SECTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "modality": ("negation", "hypothetical_modals", "future_modals", "conditional_marks", "recurrence_marks",
                 "recurrence_nouns", "future_governors", "hypothetical_governors", "intended_governors", "promise_verbs",
                 "negating_governors", "future_modifiers", "intended_modifiers", "hypothetical_modifiers", "dispatch_verbs",
                 "attempted_force"),
    "speech": ("verbs", "quote_verbs", "reporter_nouns", "speculators"),
    "roles": ("object_control", "relative_pronouns", "agentive_heads", "pronouns", "target_prepositions", "people_nouns",
              "institution_nouns", "protest_aims", "official_nouns", "characterising_verbs", "threat_words", "helping_verbs",
              "borrowing_prepositions", "answering_verbs", "obligation_modals", "stative_passives",
              "needs_target", "joint_needs_target", "mutual_categories", "mutual_verb_categories", "joint_modifiers", "own_country_targets",
              "scene_targets", "scene_prepositions"),
    "time": ("background_prepositions", "background_nouns", "background_verbs", "reason_verbs", "background_heads",
             "topic_prepositions"),
})  # fmt: skip
KEEP_CASE = frozenset({"attempted_force", "needs_target", "joint_needs_target", "mutual_categories", "mutual_verb_categories", "own_country_targets", "scene_targets"})  # codes, not words


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
    attempted_force: frozenset[str]
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
    obligation_modals: frozenset[str]
    needs_target: frozenset[str]
    joint_needs_target: frozenset[str]
    mutual_categories: frozenset[str]
    stative_passives: frozenset[str]
    mutual_verb_categories: frozenset[str]
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
    def from_toml(cls, text: str, origin: str = LEXICON_FILE) -> Lexicon:
        """The packaged lexicon: every list of ``SECTIONS`` present, nothing else."""
        lists = _read_lists(text, origin)
        missing = [name for name in _FIELD_SECTIONS if name not in lists]
        if missing:
            section, key = _FIELD_SECTIONS[missing[0]]
            raise EventwireError("E330", origin=origin, reason=f"the list '{section}.{key}' is missing")
        return cls(**lists)

    def adding(self, text: str, origin: str) -> Lexicon:
        """This lexicon with the words of a user's file added to its lists (any subset of ``SECTIONS``)."""
        lists = _read_lists(text, origin)
        return replace(self, **{name: getattr(self, name) | words for name, words in lists.items()})

    @classmethod
    def packaged(cls) -> Lexicon:
        return cls.from_toml(resources.files("eventwire.data").joinpath(LEXICON_FILE).read_text("utf-8"))

    @classmethod
    def load(cls, user_files: Sequence[str | Path] = ()) -> Lexicon:
        """The packaged lexicon with the user's files (setting ``events.lexicon``, ``--lexicon``) added."""
        lexicon = cls.packaged()
        for path in map(Path, user_files):
            try:
                text = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise EventwireError("E331", origin=str(path), reason=exc.strerror if isinstance(exc, OSError) else str(exc)) from None
            lexicon = lexicon.adding(text, str(path))
        return lexicon


def _field_name(section: str, key: str) -> str:
    return "speech_verbs" if (section, key) == ("speech", "verbs") else key


# field name -> (section, key) as written in the file
_FIELD_SECTIONS = MappingProxyType({_field_name(s, k): (s, k) for s, keys in SECTIONS.items() for k in keys})


def _read_lists(text: str, origin: str) -> dict[str, frozenset[str]]:
    """The lists of a lexicon file by field name; an unknown section or key, or a value that is not a
    list of words, stops with E330 naming the file and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EventwireError("E330", origin=origin, reason=f"not TOML ({exc})") from None
    lists: dict[str, frozenset[str]] = {}
    for section, values in data.items():
        if section not in SECTIONS or not isinstance(values, dict):
            raise EventwireError("E330", origin=origin, reason=f"unknown section '{section}' (known: {', '.join(SECTIONS)})")
        for key, words in values.items():
            if key not in SECTIONS[section]:
                raise EventwireError("E330", origin=origin, reason=f"unknown key '{section}.{key}'")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise EventwireError("E330", origin=origin, reason=f"'{section}.{key}' must be a list of words")
            name = _field_name(section, key)
            lists[name] = frozenset(w if name in KEEP_CASE else w.lower() for w in words)
    return lists
