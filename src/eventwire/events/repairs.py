"""Parse repairs: the parser's common misattachments, corrected in one place.

spaCy's small English model hangs some phrases on the wrong word and reads
some clauses with the wrong relation. The role rules do not work around
these themselves: they ask this module for the corrected view of a word,
its head, or its phrases. Each function names one misparse, says what the
parser does and gives the reading the rules use instead.

The repairs are views on demand, consulted where a rule reads the relation
concerned; the spaCy ``Doc`` is never changed, so the other stages and the
rules that trust the parser as it is see the same tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

ONLOOKING = frozenset({"present", "attending", "watching", "looking"})  # "with officials *present*"
SUBJECT_READINGS = ("nsubj", "nsubjpass")
MANNER_PREPOSITIONS = ("in", "during")  # "urged them to resume exports *in a phone call*"


def passive_agents(verb: Token) -> list[Token]:
    """The agents of a passive verb. The parser often hangs the "by" phrase on a phrase after the
    verb ("was threatened with sanctions *by* X": "by X" under "with"); read it as the verb's."""
    agents = [obj for _, obj in syntax.prep_objects(verb, "by")]
    return agents or [a for _, obj in syntax.prep_objects(verb) for _, a in syntax.prep_objects(obj, "by")]


def prep_governor(prep: Token) -> Token:
    """The word a prepositional phrase modifies. A phrase of manner after a verb's object ("urged
    them to resume talks *in a call*") is hung on the object noun; it modifies the verb."""
    governor = prep.head
    if governor.dep_ == "dobj" and prep.lower_ in MANNER_PREPOSITIONS and syntax.kind_of(governor) == "noun":
        return governor.head
    return governor


def offer_sources(noun: Token) -> list[Token]:
    """The "from" phrases of an offered thing that is a verb's object. The parser hangs them on the
    verb ("rejected a proposal *from* X": "from X" under "rejected"); read them as the noun's."""
    return [obj for prep, obj in syntax.prep_objects(noun.head) if prep == "from"] if noun.dep_ == "dobj" else []


def purpose_complements(verb: Token) -> list[Token]:
    """The complement clauses of a verb, counting "to" infinitives the parser read as purposes
    ("offered on Friday *to host* talks": "host" an adverbial clause when a phrase comes between)."""
    found = syntax.children(verb, ("ccomp", "xcomp"))
    return found + [c for c in syntax.children(verb, ("advcl",)) if any(a.lower_ == "to" for a in c.children)]


def adjective_root_subjects(clause: Token, own_subjects) -> list[Token] | None:
    """A finite verb parsed as an adverbial clause of an adjective at the root ("militiamen loyal to X
    *shot down* a plane": "loyal" the root): the adjective's subjects are the verb's. None when the
    parse is not that one; ``own_subjects`` reads the subjects of a word."""
    if clause.dep_ != "advcl" or clause.tag_ in ("VBG", "VB"):
        return None
    head = clause.head
    return own_subjects(head) if head.dep_ == "ROOT" and head.tag_ == "JJ" else []


def onlooking(obj: Token) -> bool:
    """People looking on ("met X *with officials present*"), also when the parser made "officials
    present" a clause of its own: the onlooking word is then no child but comes after, before any verb."""
    if any(c.lower_ in ONLOOKING for c in obj.children):
        return True
    for word in obj.doc[obj.i + 1 : obj.i + 8]:
        if word.lower_ in ONLOOKING:
            return True
        if word.pos_ in ("VERB", "AUX") or word.lower_ in (";", "."):
            return False
    return False


def trailing_attribution(token: Token, speech_verbs: frozenset[str]) -> bool:
    """ "..., the agency reported" at the end of a sentence misparsed as a conjunct of an actor
    phrase (the speech verb a clause of the conjunct): a relay, no member of the phrase."""
    return any(c.dep_ in ("acl", "relcl") and syntax.lemma(c) in speech_verbs for c in token.children)


def conjunct_phrases(token: Token, prep: str) -> list[Token]:
    """The ``prep`` phrases of a word, with those the parser hung on the first conjunct after it
    ("the minister and officials *in* Y": "in Y" under "minister")."""
    found = [obj for _, obj in syntax.prep_objects(token, prep)]
    if token.dep_ == "conj":
        found += [obj for _, obj in syntax.prep_objects(token.head, prep) if obj.i > token.i]
    return found


def recipients_read_as_objects(verb: Token) -> list[Token]:
    """Recipients the parser took for objects: the first of two objects ("granted *X* and Y the
    status"), a name before the object ("gave *X* 30 vehicles" with X a modifier of "vehicles")."""
    objects = syntax.children(verb, ("dobj",))
    first = objects[:1] if len(objects) > 1 else []
    return first + [c for o in objects for c in o.children if c.dep_ == "nmod" and c.tag_ in syntax.PROPER_TAGS and c.i < o.i]


def detached_noun_clauses(noun: Token) -> list[Token]:
    """A "that" clause after a frame noun that the parser hung on the noun's verb ("renewed its
    *call* on Monday *that* X withdraw": "withdraw" under "renewed"): the noun's clause."""
    verb = noun.head
    if syntax.kind_of(noun) != "noun" or noun.dep_ not in ("dobj", "attr") or syntax.kind_of(verb) != "verb":
        return []
    return [c for c in syntax.children(verb, ("ccomp",)) if c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def stative_passive(verb: Token, stative_lemmas: frozenset[str]) -> bool:
    """A passive form that states an attitude ("Ghana *is opposed to* X", "*is committed to* talks"): the
    parser reads a passive with no agent; its subject holds the attitude, the "to" phrase is its object."""
    return (syntax.lemma(verb) in stative_lemmas and syntax.is_passive(verb) and not passive_agents(verb)
            and any(prep == "to" for prep, _ in syntax.prep_objects(verb)))


def auxiliary_subjects(verb: Token) -> list[Token]:
    """Subjects the parser hung on the verb's auxiliary ("Mali/nsubj <- *is*/auxpass <- opposed"): the verb's."""
    return [s for aux in verb.children if aux.dep_ in ("aux", "auxpass") for s in aux.children if s.dep_ in SUBJECT_READINGS]
