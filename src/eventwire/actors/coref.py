"""Document-level coreference: what earlier sentences tell later ones.

``DocumentMemory`` lives for one document (never longer). It remembers:

- people by the short forms of their names (``people.memory_keys``), so a
  later bare "Xi" or "Kim" takes the code of "President Xi Jinping";
- which dictionary entries were named in full, so their ``short`` phrases
  become valid;
- recent actors by role and sector, so "the president" or "the ministry"
  can take the most recent compatible actor.

``resolve_pronouns`` codes "he", "she" and "it" only where the parse makes
the antecedent safe: the subject of a clause reporting or continuing what
the antecedent (its governing clause's subject) did — "Xi said he...",
"North Korea says it..." — or a sentence-initial subject whose previous
sentence named exactly one compatible actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..deps import CLAUSE_SUBJECT_DEPS
from ..types import Actor, ActorMention
from .combine import PERSON_HEAD, PLACE_HEAD, Draft
from .entries import ActorEntry
from .people import memory_keys
from .phrases import Recalled
from .rules import Rules

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
THING_PLACE_KINDS = frozenset({"country", "capital", "nation"})
_LOWER = attrgetter("lower_")


@dataclass(frozen=True)
class Remembered:
    sentence: int
    draft: Draft
    actor: Actor


@dataclass
class DocumentMemory:
    rules: Rules
    names: dict[tuple[str, ...], Recalled] = field(default_factory=dict)
    entries: set[int] = field(default_factory=set)
    recent: list[Remembered] = field(default_factory=list)

    def recall(self, words: tuple[str, ...]) -> Recalled | None:
        return self.names.get(tuple(words))

    def knows(self, entry: ActorEntry) -> bool:
        return id(entry) in self.entries

    def remember(self, sentence: int, draft: Draft, actor: Actor) -> None:
        self.recent.append(Remembered(sentence, draft, actor))
        self.learn_name(draft, actor)

    def learn_name(self, draft: Draft, actor: Actor) -> None:
        """Remember a person's short names as soon as they are named in full."""
        if draft.entry is not None and not draft.recalled:
            self.entries.add(id(draft.entry))
        if draft.head == PERSON_HEAD and draft.words and not draft.recalled and not draft.coreferent:
            recalled = Recalled(actor, draft.role, True, actor.name or " ".join(draft.words))
            for key in memory_keys(draft.words, actor.country, self.rules):
                self.names[key] = recalled

    def latest(self, sentence: int, match) -> Remembered | None:
        """The most recent remembered actor within the window that ``match`` accepts."""
        for item in reversed(self.recent):
            if sentence - item.sentence > self.rules.memory_window:
                return None
            if match(item):
                return item
        return None


def same_role(role: str):
    return lambda item: bool(role) and item.draft.role == role and item.actor.country is not None


def same_sector(sector: str | None):
    return lambda item: sector is not None and item.actor.sector == sector and item.actor.country is not None


def compatible(pronoun: str, draft: Draft, rules: Rules) -> bool:
    if pronoun in rules.person_pronouns:
        return draft.head == PERSON_HEAD
    if draft.head == PLACE_HEAD:
        return draft.place_kind in THING_PLACE_KINDS
    return draft.head != PERSON_HEAD


@dataclass(frozen=True)
class Coded:
    """A mention with the draft it came from (the head kind is needed for pronouns)."""

    mention: ActorMention
    draft: Draft


def resolve_pronouns(doc, coded: Sequence[Coded], previous: Sequence[Coded], rules: Rules) -> list[Coded]:
    found = []
    pronouns = rules.person_pronouns | rules.thing_pronouns
    if pronouns.isdisjoint(map(_LOWER, doc)):
        return found  # most sentences: no pronoun
    for token in doc:
        word = token.lower_
        if word not in pronouns or token.dep_ not in CLAUSE_SUBJECT_DEPS:
            continue
        antecedent = _governing_subject(token, coded, word, rules) or _previous_sole(token, coded, previous, word, rules)
        if antecedent is not None:
            found.append(_pronoun_mention(token, antecedent))
    return found


def _covering(coded: Sequence[Coded], index: int) -> Coded | None:
    return next((c for c in coded if c.mention.token_start <= index < c.mention.token_end), None)


def _governing_subject(token, coded, word, rules) -> Coded | None:
    """ "Xi said he ...": the subject of the clause that governs the pronoun's clause."""
    clause = token.head
    if clause.dep_ not in CLAUSE_DEPS:
        return None
    for child in clause.head.children:
        if child.dep_ in CLAUSE_SUBJECT_DEPS and child.i < token.i:
            hit = _covering(coded, child.i)
            if hit is not None and compatible(word, hit.draft, rules):
                return hit
    return None


def _previous_sole(token, coded, previous, word, rules) -> Coded | None:
    """A sentence-initial subject pronoun and one compatible actor in the sentence before."""
    if token.head.dep_ != "ROOT" or any(c.mention.token_start < token.i for c in coded):
        return None
    if any(not t.is_punct for t in token.doc[: token.i] if t.dep_ not in ("cc", "advmod", "mark", "punct")):
        return None
    candidates = [c for c in previous if compatible(word, c.draft, rules)]
    actors = {(c.mention.actor.code, c.mention.actor.name) for c in candidates}
    return candidates[-1] if len(actors) == 1 else None


def _pronoun_mention(token, antecedent: Coded) -> Coded:
    source = antecedent.mention
    mention = ActorMention(
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        actor=source.actor,
        token_start=token.i,
        token_end=token.i + 1,
        rule=f"pronoun -> {source.actor.name or source.text}",
        coreferent=True,
    )
    return Coded(mention, antecedent.draft)
