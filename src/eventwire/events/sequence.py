"""Word-order constraints (relation "sequence"), the way PETRARCH patterns read.

A PETRARCH pattern such as ``- SAID $ * (TO +) AID [070]`` names words on
each side of the verb in the order they are written. Each "sequence"
constraint looks on its side of the trigger, beyond what the previous one of
that side matched: after the trigger rightwards, within the trigger's
phrase; before it leftwards, nearest first. A constraint with words matches
them consecutively (a word matches a token's lower-case form or lemma); one
without words takes the next noun phrase — the slot of a role (``$``, ``+``)
or a phrase skipped (``^``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import syntax
from .patterns import Constraint

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl"})
INSIDE_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "flat", "poss"})


@dataclass(frozen=True)
class Cursor:
    """Where the next "sequence" constraint of each side may start looking."""

    before: int  # the next match ends before this token index
    after: int  # the next match starts at or after this index
    limit: int  # ... and ends before this one (the end of the trigger's phrase)
    clauses: frozenset[int] = frozenset()  # words of clauses with their own subject: no pattern words there

    @classmethod
    def around(cls, token: Token, start: int, end: int) -> Cursor:
        clauses = frozenset(t.i for c in token.children if c.dep_ in CLAUSE_DEPS and _has_subject(c) for t in c.subtree)
        return cls(before=start, after=end, limit=max(end, token.right_edge.i + 1), clauses=clauses)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def word_matches(token: Token, word: str) -> bool:
    return token.lower_ == word or syntax.lemma(token) == word


def phrase_at(doc: Doc, start: int, phrase: tuple[str, ...]) -> bool:
    if start < 0 or start + len(phrase) > len(doc):
        return False
    return all(word_matches(doc[start + k], word) for k, word in enumerate(phrase))


@dataclass(frozen=True)
class PhraseIndex:
    """Phrases by their first word: finding any of them in a sentence costs one look-up per word."""

    by_first: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> PhraseIndex:
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            found.setdefault(phrase[0], []).append(phrase)
        return cls(MappingProxyType({word: tuple(group) for word, group in found.items()}))

    def found_in(self, doc: Doc, words: syntax.Words) -> bool:
        """Does one of the phrases occur in ``doc`` (a word matches a lemma or a form)? ``words``: the doc's."""
        by_first = self.by_first
        firsts = by_first.keys() & words.vocabulary  # the sentence's words that start a phrase: mostly none
        if not firsts:
            return False
        for i, (lemma, lower) in enumerate(zip(words.lemmas, words.lowers)):
            if lemma in firsts or lower in firsts:
                starting = by_first.get(lemma, ()) + by_first.get(lower, ())
                if any(phrase_at(doc, i, phrase) for phrase in starting):
                    return True
        return False


def phrase_head(token: Token) -> Token:
    """The head of the noun phrase a word belongs to: "the [Minas] Tirith" -> Tirith."""
    while token.dep_ in INSIDE_PHRASE_DEPS and token.head.i > token.i and token.head.pos_ in NOMINAL_POS:
        token = token.head
    return token


def _after(doc: Doc, constraint: Constraint, cursor: Cursor) -> tuple[Token, Cursor] | None:
    for j in range(cursor.after, cursor.limit):
        if j in cursor.clauses and constraint.phrases:
            continue
        for phrase in constraint.phrases:
            if j + len(phrase) <= cursor.limit and phrase_at(doc, j, phrase):
                return doc[j + len(phrase) - 1], replace(cursor, after=j + len(phrase))
        if not constraint.phrases and doc[j].pos_ in NOMINAL_POS:
            head = phrase_head(doc[j])
            return head, replace(cursor, after=max(head.i + 1, j + 1))
    return None


def _before(doc: Doc, constraint: Constraint, cursor: Cursor) -> tuple[Token, Cursor] | None:
    for j in range(cursor.before - 1, -1, -1):
        for phrase in constraint.phrases:
            start = j - len(phrase) + 1
            if phrase_at(doc, start, phrase):
                return doc[j], replace(cursor, before=start)
        if not constraint.phrases and doc[j].pos_ in NOMINAL_POS:
            head = phrase_head(doc[j])
            return head, replace(cursor, before=min(doc[j].left_edge.i, j))
    return None


def match_sequence(doc: Doc, constraint: Constraint, cursor: Cursor) -> tuple[Token, Cursor] | None:
    """The token the constraint matched (a phrase's last word, or a noun phrase's head) and the moved cursor."""
    if constraint.side == "before":
        return _before(doc, constraint, cursor)
    return _after(doc, constraint, cursor)
