"""Statements of obligation: "X said Y must (or should) do something" is X's demand on Y.

When the act Y must do is one a pattern knows, the event coder codes it and
turns it into a demand (``code.obligation_demand``). This module finds the
statements whose act no pattern knows ("said the navy must patrol the strait",
"said the ministry should raise teachers' pay"): the content clause of a
speech verb, with an obligation modal, whose subject is an actor other than
the speaker. The demand is generic (CAMEO 100).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import syntax
from .lexicon import Lexicon
from .roles import ActorLookup, Filler
from .speech import SpeechFinder
from .targets import placed, same_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONTENT_CLAUSE_DEPS = ("ccomp", "parataxis")


@dataclass(frozen=True)
class Obligation:
    """One statement: who says it, the clause's verb and modal, and who must act."""

    speaker: Filler
    speech_verb: int
    verb: int
    modal: int
    obliged: tuple[Filler, ...]


class ObligationFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _modal(self, clause: Token) -> Token | None:
        return next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in self.lexicon.obligation_modals), None)

    def find(self, doc: Doc, speech: SpeechFinder, lookup: ActorLookup, taken: frozenset[int]) -> Iterator[Obligation]:
        """Obligations in the content clauses of speech verbs whose verb no coded event uses (``taken``)."""
        for verb in speech.verbs:
            said = speech.speech(verb)
            if said.relays or said.speaker is None or said.speaker.mention is None or not placed(said.speaker.mention):
                continue
            for clause in syntax.children(verb, CONTENT_CLAUSE_DEPS):
                modal = self._modal(clause)
                negated = any(c.dep_ == "neg" for c in clause.children)  # "should not expect ...": a refusal more than a demand
                if modal is None or negated or clause.i in taken or syntax.kind_of(clause) != "verb":
                    continue
                subjects = [s.i for s in syntax.children(clause, syntax.SUBJECT_DEPS)]
                obliged = [f for f in lookup.fillers(doc, subjects, ()) if f.mention is not None and placed(f.mention)
                           and not same_actor(f, said.speaker)]
                if obliged:
                    yield Obligation(said.speaker, verb.i, clause.i, modal.i, tuple(obliged))
