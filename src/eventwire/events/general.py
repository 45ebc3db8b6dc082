"""The general tier: roles read from plain syntax when no specific rule found them.

The specific rules (``roles``, ``targets``) know frames, idioms and the
parser's habits. When they name nobody, the act is not dropped: its roles
are read the way any clause is read.

- source: the actor heading or modifying the subject of the act's clause, or
  the agent of a passive; for an act named by a noun, its possessor, agent
  phrase or country adjective, else the subject of the verb it is the object of
  (a light verb: "*X* held talks");
- target: the nearest actor inside the act's own phrases (its object, the
  object's possessor and modifiers, the prepositional phrases of the trigger
  and of its object), never inside a relative or subordinate clause; then the
  country of the place where the act happened; then, for the kinds of act that
  a country's own people or government are the target of when no one else is
  named (the lexicon's ``own_country_targets``), the actor's own country.

Events shaped here carry the rule names of this tier, so that their measured
precision, not a guess, gives their confidence.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..types import Actor, ActorMention
from . import syntax
from .predicates import TIME_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# arcs that stay inside one phrase of the act; clauses (relcl, advcl, ccomp, xcomp, acl) are other acts
PHRASE_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "prep", "pobj", "agent", "poss", "compound", "amod",
                         "nmod", "appos", "prt", "npadvmod", "nsubjpass"})
# arcs inside the phrase that names who acts: its modifiers and the phrases that place or own it
# ("engineers *from* a Norwegian charity", "gunmen *in* X"), not those that aim it ("a protest *with* X")
SUBJECT_PHRASE_DEPS = frozenset({"prep", "pobj", "poss", "compound", "amod", "nmod", "appos"})
SUBJECT_PREPOSITIONS = frozenset({"in", "from", "of", "by", "at", "inside", "within"})
NOUN_CONJ_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
MAX_PHRASE_STEPS = 4
MAIN_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis"})
UNIDENTIFIED_FORCES = "UAF"  # CAMEO's sector of unidentified armed forces

MentionOf = Callable[["Token"], "ActorMention | None"]


def phrase_tokens(head: Token, skip: frozenset[int] = frozenset(), deps: frozenset[str] = PHRASE_DEPS,
                  preps: frozenset[str] | None = None) -> Iterator[tuple[Token, str | None]]:
    """Tokens of the phrases of ``head``, nearest first (breadth-first over the parse), each with the
    preposition that leads to it (None when none does), following only ``deps`` arcs (and
    prepositions in ``preps`` when given), leaving out the tokens in ``skip``."""
    seen = {head.i}
    queue: deque[tuple[Token, str | None, int]] = deque([(head, None, 0)])
    while queue:
        token, prep, steps = queue.popleft()
        if steps >= MAX_PHRASE_STEPS:
            continue
        for child in token.children:
            inside = child.dep_ in deps or (child.dep_ == "conj" and child.tag_ in NOUN_CONJ_TAGS)
            is_prep = child.dep_ in ("prep", "agent", "dative")
            if is_prep and preps is not None and child.lower_ not in preps:
                continue
            if not inside or child.i in seen or child.i in skip or child.lower_ in TIME_WORDS:
                continue
            seen.add(child.i)
            led_by = child.lower_ if is_prep else prep
            yield child, led_by
            queue.append((child, led_by, steps + 1))


def nearest_actor(head: Token, mention_of: MentionOf, allowed: Callable[[ActorMention, str | None], bool],
                  skip: frozenset[int] = frozenset(), subject: bool = False) -> tuple[int, ActorMention] | None:
    """The first actor named in the phrases of ``head`` (the act's, or with ``subject`` those of its
    subject phrase) that ``allowed`` accepts, given the preposition that leads to it."""
    walk = phrase_tokens(head, skip, SUBJECT_PHRASE_DEPS, SUBJECT_PREPOSITIONS) if subject else phrase_tokens(head, skip)
    for token, prep in walk:
        mention = mention_of(token)
        if mention is not None and allowed(mention, prep):
            return token.i, mention
    return None


def clause_subject(trigger: Token) -> list[Token]:
    """Subject heads of the act: its own subject or passive agent; for a noun, its possessor or agent
    phrase, else the subject of the verb whose object or phrase it is."""
    if syntax.kind_of(trigger) == "verb":
        if syntax.is_passive(trigger):
            return [o for _, o in syntax.prep_objects(trigger, "by")]
        return syntax.children(trigger, syntax.SUBJECT_DEPS)
    own = syntax.children(trigger, ("poss",)) + [o for _, o in syntax.prep_objects(trigger, "by")]
    if own:
        return own
    governor = trigger.head
    if trigger.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    if governor.i != trigger.i and syntax.kind_of(governor) == "verb" and trigger.dep_ in ("dobj", "pobj", "attr"):
        return clause_subject(governor)
    return []


def in_main_clause(token: Token) -> bool:
    """Is the word the verb of a main clause: the sentence's root, or a verb coordinated with it or
    reported by it ("X said *it attacked*"), not inside a relative, adverbial or noun phrase?"""
    while token.head.i != token.i:
        if token.dep_ not in MAIN_CLAUSE_DEPS:
            return False
        token = token.head
    return True


def unattributed(country: str, token: Token) -> ActorMention:
    """Unnamed attackers where force was used: CAMEO's unidentified armed forces (UAF) of the country
    the attack happened in ("a roadside bomb near X killed ...")."""
    return ActorMention("", token.idx, token.idx + len(token.text),
                        Actor(code=f"{country}{UNIDENTIFIED_FORCES}", country=country, sector=UNIDENTIFIED_FORCES, name=None),
                        token.i, token.i + 1, "unattributed")


def own_country(actor: Actor, name: str, token: Token) -> ActorMention:
    """The actor's own country standing as the target, at the trigger's place in the sentence."""
    return ActorMention(name, token.idx, token.idx + len(token.text),
                        Actor(code=actor.country or actor.code, country=actor.country, sector=None, name=None),
                        token.i, token.i + 1, "own country")
