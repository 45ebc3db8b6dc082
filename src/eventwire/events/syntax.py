"""Small questions asked of spaCy's dependency parse.

Only tags, lemmas and dependencies are used (never the ``ner`` component,
which the engine may exclude for speed).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..deps import ACTIVE_SUBJECT_DEPS as SUBJECT_DEPS  # noqa: F401 (the doer of a clause, as the event stage names it)
from ..deps import PASSIVE_SUBJECT_DEPS  # noqa: F401

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})  # proper nouns: names
PREP_DEPS = frozenset({"prep", "agent", "dative"})
PREP_TAGS = frozenset({"IN", "TO", "RP", "RB"})  # "outside" is often RB
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def kind_of(token: Token) -> str | None:
    """"verb", "noun" or None, from the fine-grained tag (it is asked of every word: a set test and
    a prefix, no table). Every tag starting "VB" is a verb's, ours and other tag sets'."""
    tag = token.tag_
    if tag in NOUN_TAGS:
        return "noun"
    return "verb" if tag.startswith("VB") else None


@dataclass(frozen=True)
class Words:
    """One sentence's lemmas and lower-case forms by token index, read once: the discard phrases and
    the speech verbs ask them of every word. ``vocabulary`` holds both, so a phrase list whose first
    words are none of them is passed over with one set test."""

    lemmas: tuple[str, ...]
    lowers: tuple[str, ...]
    vocabulary: frozenset[str]

    @classmethod
    def of(cls, doc: Iterable[Token]) -> Words:
        tokens = list(doc)
        lemmas = tuple(map(str.lower, [t.lemma_ for t in tokens]))  # as ``lemma``, in one pass
        lowers = tuple([t.lower_ for t in tokens])
        return cls(lemmas, lowers, frozenset(lemmas).union(lowers))


def clause_verb(token: Token) -> Token | None:
    """The word itself if a verb, else its nearest verb ancestor (climbed lazily: most words are verbs or near one)."""
    if kind_of(token) == "verb":
        return token
    return next((t for t in token.ancestors if kind_of(t) == "verb"), None)


def is_leaf(token: Token) -> bool:
    """Has the word no dependents (most words)?"""
    return next(token.children, None) is None


def children(token: Token, deps: Collection[str]) -> list[Token]:
    found = []  # a loop, not a comprehension: most words asked have no dependents, and the loop costs nothing then
    for child in token.children:
        if child.dep_ in deps:
            found.append(child)
    return found


def prep_objects(token: Token, prep: str | None = None) -> list[tuple[str, Token]]:
    """(preposition, object) pairs of ``token``'s prepositional phrases (a list: asked tens of
    thousands of times a corpus, mostly of words with none, where a generator costs more)."""
    found = []  # a loop, as ``children``
    for child in token.children:
        if child.dep_ in PREP_DEPS and child.tag_ in PREP_TAGS and (prep is None or child.lower_ == prep):
            for obj in child.children:
                if obj.dep_ in PREP_OBJECT_DEPS:
                    found.append((child.lower_, obj))
    return found


def is_passive(token: Token) -> bool:
    """ "was attacked", and participles with an agent: "a swap *mediated by* the UAE"."""
    for child in token.children:  # a loop, as ``children``
        if child.dep_ in ("auxpass", "nsubjpass"):
            return True
    return token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in token.children)


def coordinated(token: Token) -> bool:
    """Can the word have conjuncts: is it one, or has it one below it? (Most words: no, told without
    working out the conjuncts, which are read only the first time they are asked.)"""
    if token.dep_ == "conj":
        return True
    for child in token.children:  # a loop, as ``children``
        if child.dep_ == "conj":
            return True
    return False


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Jordan and Britain")."""
    if not coordinated(token):
        return [token]
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def subordinate(clause: Token) -> bool:
    """An adverbial clause opened by its own conjunction ("*after* the US abstained", "*because* ...",
    "*while* ..."): another event, whose actors are not the governing act's."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("that", "so") for c in clause.children)


def clauses_within(token: Token) -> list[Token]:
    """Relative and subordinate clauses inside a phrase ("forces *that Ankara regards as terrorists*"):
    their actors are not the phrase's."""
    return [t for t in token.subtree if t.i != token.i and (t.dep_ == "relcl" or t.dep_ == "advcl" and subordinate(t))]


def ancestors_path(token: Token, deps: Iterable[str]) -> Iterator[Token]:
    """Heads reached while climbing through ``deps`` arcs only."""
    wanted = frozenset(deps)
    current = token
    while current.dep_ in wanted and current.head.i != current.i:
        current = current.head
        yield current


def depth(token: Token) -> int:
    count = 0
    while token.head.i != token.i:
        token = token.head
        count += 1
    return count


def phrase_matches(head: Token, phrase: tuple[str, ...]) -> bool:
    """Is ``head`` the last word of ``phrase`` (lemmas of consecutive words)?"""
    if lemma(head) != phrase[-1] and head.lower_ != phrase[-1]:
        return False
    start = head.i - len(phrase) + 1
    if start < 0:
        return False
    doc = head.doc
    return all(lemma(doc[start + k]) == w or doc[start + k].lower_ == w for k, w in enumerate(phrase[:-1]))
