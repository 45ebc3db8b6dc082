"""Pronouns the actor stage leaves open: objects and a sentence-opening "they".

The actor stage resolves subject pronouns where the parse makes it safe
("Xi said he ..."). An event also needs its target and, after a sentence
about a group, its actor: "urged *him* to declare a ceasefire", "asked
*them* to open talks", "*They* killed 40 civilians". (Possessives are left
alone: "massed troops near *its* border" is mostly the actor's own.)
The antecedent is the nearest earlier actor of the right kind (a person for
he/him/his/she/her; a group, country or organisation for they/them/their
and it/its) that is not the subject of the pronoun's own clause ("X urged
him": him is not X), else the sentence before: its subject for a pronoun
opening a sentence, its last other actor of the right kind for an object.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..deps import CLAUSE_SUBJECT_DEPS
from ..types import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
OWN_POSSESSIVES = frozenset({"its", "their"})  # "massed troops near *its* border": mostly the actor's own


@dataclass(frozen=True)
class Context:
    """The actors of the sentence before, and which of them was its subject."""

    mentions: tuple[ActorMention, ...] = ()
    subject: ActorMention | None = None


@functools.cache  # a memo of packaged data, not state
def person_heads() -> frozenset[str]:
    """Head words of the role words that name one person, from the ``person`` rows of the actor stage's
    ``agents.tsv``: rows with a plural form are singular ("minister" of "foreign minister", "head" of
    "head of state"); a word that heads a row with no plural names several ("people", "citizens")."""
    from ..actors.load import data_dir, load_agents

    agents = load_agents(data_dir().joinpath("agents.tsv").read_text("utf-8"), "agents.tsv", "agents.tsv")
    heads = {a.key: a.key.split(" of ")[0].split()[-1] for a in agents if a.person}
    several = {heads[a.key] for a in agents if a.person and len(a.phrases) == 1}
    return frozenset(heads[a.key] for a in agents if a.person and len(a.phrases) > 1) - several


def is_person(mention: ActorMention) -> bool:
    """A person: a name from the people lists, or a phrase with a singular person's role ("the president",
    "Russian President Vladimir Putin")."""
    if "person:" in mention.rule:
        return True
    heads = person_heads()
    return any(word in heads for word in mention.text.lower().replace("'s", "").split())


def fits(pronoun: str, mention: ActorMention) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return is_person(mention)
    if mention.actor.country is None and mention.actor.code[:3] not in ("IGO", "NGO", "IMG"):
        return False
    return not is_person(mention)


def _clause_subjects(token: Token) -> set[int]:
    """Tokens of the subject of the clause a pronoun sits in (its own antecedent cannot be that)."""
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "dobj", "poss", "dative") and verb.head.i != verb.i:
        verb = verb.head
    return {t.i for s in verb.children if s.dep_ in CLAUSE_SUBJECT_DEPS for t in s.subtree}


class Antecedents:
    """Resolves a pronoun token of one sentence to an actor mention."""

    def __init__(self, index: Mapping[int, ActorMention], before: Context) -> None:
        self.index = index  # token -> the mention covering it
        self.before = before

    def resolve(self, token: Token) -> ActorMention | None:
        word = token.lower_
        if word not in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS or (token.tag_ == "PRP$" and word in OWN_POSSESSIVES):
            return None
        if token.dep_ in CLAUSE_SUBJECT_DEPS:  # subjects within a sentence are the actor stage's; "They ..." opening one is ours
            found = self._before(token, word) if not any(i < token.i for i in self.index) else None
        else:
            subjects = _clause_subjects(token)
            earlier = [m for i, m in sorted(self.index.items()) if i < token.i and i not in subjects]
            earlier = [m for m in dict.fromkeys(earlier) if fits(word, m) and not m.coreferent]
            found = earlier[-1] if earlier else self._before(token, word)
        if found is None:
            return None
        return replace(found, text=token.text, start=token.idx, end=token.idx + len(token.text), token_start=token.i,
                       token_end=token.i + 1, rule=f"pronoun -> {found.text}", coreferent=True)

    def _before(self, token: Token, word: str) -> ActorMention | None:
        subject = self.before.subject
        if token.dep_ in CLAUSE_SUBJECT_DEPS:  # "They killed 40 civilians": the last sentence's actor
            return subject if subject is not None and fits(word, subject) else None
        others = [m for m in self.before.mentions if fits(word, m) and m != subject]
        return others[-1] if others else None


def _root(doc: Doc) -> Token | None:
    """The sentence's first ROOT word (a loop: asked of every sentence, cheaper than a generator)."""
    for token in doc:
        if token.dep_ == "ROOT":
            return token
    return None


def context_of(doc: Doc, index: Mapping[int, ActorMention]) -> Context:
    """What a sentence leaves the next one: its actors in order and its main subject."""
    root = _root(doc)
    subjects = [s for s in root.children if s.dep_ in CLAUSE_SUBJECT_DEPS] if root is not None else []
    inside = [t.i for s in subjects for t in s.subtree]  # "Supporters *of X*": an actor inside the subject
    subject = next((index[i] for i in inside if i in index), None)
    ordered = [m for _, m in sorted(index.items())]
    # a mention of several words is one object on each: only a change of object can be a new mention (hashing one is costly)
    changes = [m for k, m in enumerate(ordered) if not k or m is not ordered[k - 1]]
    return Context(tuple(dict.fromkeys(changes)), subject)
