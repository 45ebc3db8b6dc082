"""Extractors: small named functions that find the phrase heads of an act's source or target.

The role policy (``data/role-policy.toml``) says which extractors run for
an act and in which order; each function here only extracts. A source
extractor returns heads; a target extractor returns groups of heads (most
give one group; the per-predicate ones give one per predicate). Every head
carries the rule name of what found it (``data/event-rules.tsv``), and an
extractor whose rule is disabled offers nothing.

Fallback extractors (``FALLBACK_EXTRACTORS``) run when no group names an
actor; they live with the target picker (``targets``), which owns the
places and the actor lookup they need.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import repairs, syntax
from .frames import Composite
from .roles import NEXT_ACTOR, SELF_TARGETING_FRAMES, Head, RoleFinder, drawn

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Groups = list[list[Head]]
SourceExtractor = Callable[[RoleFinder, "Doc", Composite], list[Head]]
TargetExtractor = Callable[[RoleFinder, "Doc", Composite], Groups]


# --- sources ------------------------------------------------------------------------------


def source_slots(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    """The pattern's own source slot."""
    return finder.tag("source.slot", (doc[i] for i in finder.slots(composite, "source")))


def clause_subject(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    """The act's own subject: of a verb (or a passive's agent), of an event noun its agent ("*X's*
    visit", "talks *between* X and Y"); never a phrase the pattern marks as the target."""
    top, inner = doc[composite.top.head], doc[composite.inner.head]
    if syntax.kind_of(top) == "verb":
        own, rule = finder.own_subjects_by_rule(top)
    else:
        own, rule = finder.noun_agents(top), "source.noun_agent"
    if not own and inner.dep_ == "nsubjpass" and inner.head.i == top.i:  # "talks between X and Y were held"
        own, rule = finder.noun_agents(inner), "source.noun_agent"
    targeted = set(finder.slots(composite, "target"))
    return finder.tag(rule, (t for t in own if t.i not in targeted))


def governing_clause(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    """Who acts, read from the clause that governs the act, or an event noun's own modifiers."""
    return finder.source_fallback(doc[composite.top.head])


def coagents(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    """Actors joined in the act ("joined *X* in imposing sanctions")."""
    return finder.tag("source.coagent", (doc[i] for i in composite.coagents))


def alongside(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    """Those a verb's subject acts "alongside"."""
    top = doc[composite.top.head]
    return finder.tag("source.alongside", (o for _, o in syntax.prep_objects(top, "alongside"))) if syntax.kind_of(top) == "verb" else []


# --- targets: the start and the frames ------------------------------------------------------


def _embedded(composite: Composite) -> set[int]:
    return {p.head for p in composite.chain[1:]}


def _aim(composite: Composite) -> int | None:
    """The position of a self-targeting frame inside the chain ("joined X in *accusing* Y of ...")."""
    if len(composite.chain) < 3:  # no frame inside: most acts
        return None
    return next((k for k, p in enumerate(composite.chain[1:-1], start=1) if p.frame in SELF_TARGETING_FRAMES), None)


def _noun(doc: Doc, composite: Composite, position: int = 1) -> Token | None:
    word = doc[composite.chain[position].head] if len(composite.chain) > position else None
    return word if word is not None and syntax.kind_of(word) == "noun" else None


def target_slots(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The pattern's own target slot."""
    return [finder.tag("target.slot", (doc[i] for i in finder.slots(composite, "target")))]


def rebuffed_proposer(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Rejecting an appeal or offer named as a noun inside the act: who made it."""
    aim = _aim(composite)
    word = doc[composite.chain[aim].head] if aim is not None else None
    if word is None or composite.top.frame != "reject" or syntax.kind_of(word) != "noun":
        return []
    return [finder.tag("target.proposer", finder.proposers(word, True)[1:])]


def aimed_act(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """A self-targeting act inside the chain: its own targets, by the whole policy ("joined X in
    *accusing* Y"). Not under a self-targeting frame: a demand to refuse something is aimed at who
    must refuse ("demanded that its allies *refuse* to ..."), which the frame's own order finds."""
    aim = _aim(composite)
    if composite.top.frame in SELF_TARGETING_FRAMES:
        return []
    return finder.target_groups(doc, Composite(composite.chain[aim:], composite.code)) if aim is not None else []


def drawn_by(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """A reaction an act drew: the doer of that act."""
    top = doc[composite.top.head]
    return [finder.tag("target.drawn_by", finder.subjects(top.head))] if syntax.kind_of(top) == "noun" and drawn(top) else []


def _frame_own(finder: RoleFinder, doc: Doc, composite: Composite) -> list[Head]:
    return [t for t in finder.targets_of(doc[composite.top.head], composite.top.pattern.targets) if t.i not in _embedded(composite)]


def embedded_noun(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The noun a frame embeds, when the frame's own targets include it (its modifiers name the actor)."""
    word = _noun(doc, composite)
    if word is None:
        return []
    named = [doc[t.i] for t in _frame_own(finder, doc, composite) if t.i == word.i or doc[t.i].dep_ == "dative"]
    return [finder.tag("target.embedded_noun", named)]


def embedded_proposer(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The noun a frame embeds and whoever made it ("rejected an offer *from* X")."""
    word = _noun(doc, composite)
    return [finder.tag("target.proposer", finder.proposers(word, True))] if word is not None else []


def frame_targets(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The frame word's own target phrases, outside the act it embeds."""
    return [_frame_own(finder, doc, composite)]


def agreed_with(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The "with" phrase of the frame word ("agreed *with* X to ...")."""
    return [finder.tag("target.agreed_with", (o for _, o in syntax.prep_objects(doc[composite.top.head], "with")))]


def offer_owner(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The owner or maker of an accepted offer named as a noun ("accepted *X's* invitation")."""
    word = _noun(doc, composite)
    if word is None:
        return []
    return [finder.tag("target.offer_owner", syntax.children(word, ("poss", "compound", "amod")) + finder.proposers(word, True)[1:])]


def offer_proposer(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whoever made an offer named as a noun ("accepted an invitation *from* X")."""
    word = _noun(doc, composite)
    return [finder.tag("target.proposer", finder.proposers(word, True)[1:])] if word is not None else []


def who_must_act(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The subject of the act a demand or appeal asks for."""
    return [finder.tag("target.who_must_act", finder.own_subjects(doc[composite.inner.head]))]


def who_must_act_in_embedded(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The subject of the clause a demand or appeal embeds."""
    clause = doc[composite.chain[1].head] if len(composite.chain) > 1 else None
    return [finder.tag("target.who_must_act", finder.own_subjects(clause))] if clause is not None and syntax.kind_of(clause) == "verb" else []


def who_must_act_in_complement(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The subjects of the complement clauses of a demand with no act of its own ("demanded that X ...")."""
    top = doc[composite.top.head]
    clauses = [c for c in syntax.children(top, ("ccomp", "xcomp", "advcl")) if not syntax.subordinate(c)]
    return [finder.tag("target.who_must_act", (s for clause in clauses for s in finder.own_subjects(clause)))]


def _predicate_groups(finder: RoleFinder, doc: Doc, composite: Composite, chain) -> Groups:
    embedded = _embedded(composite)
    groups: Groups = []
    for predicate in reversed(chain):
        found = [t for t in finder.targets_of(doc[predicate.head], predicate.pattern.targets) if t.i not in embedded]
        groups.extend([[t] for t in found] if NEXT_ACTOR in predicate.pattern.targets else [found])
    return groups


def predicates(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Each predicate's target places (its pattern's, or the defaults), innermost first."""
    return _predicate_groups(finder, doc, composite, composite.chain)


def embedded_predicates(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The target places of the predicates a frame embeds, innermost first."""
    return _predicate_groups(finder, doc, composite, composite.chain[1:])


def answered_with(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """An act named as the "with" phrase of an answering verb: the verb's target phrases."""
    top = doc[composite.top.head]
    answering = finder.answered_with(top) if syntax.kind_of(top) == "noun" else None
    if answering is None:
        return []
    places = [p for p in composite.top.pattern.targets if p not in (NEXT_ACTOR, "object")]
    return [finder.tag("target.answered_with", finder.prep_targets(answering, places))]


def top_targets(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The frame word's phrases at the embedded act's target places ("approved financing *for* X")."""
    inner = composite.inner.pattern.targets
    places = inner if NEXT_ACTOR not in inner else ()
    return [[t for t in finder.targets_of(doc[composite.top.head], places) if t.i not in _embedded(composite)]]


def top_default_targets(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The frame word's phrases at the default target places."""
    return [[t for t in finder.targets_of(doc[composite.top.head], ()) if t.i not in _embedded(composite)]]


def plan_proposer(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Who put forward the plan or proposal a predicate takes up, one group per predicate."""
    return [finder.tag("target.plan_proposer", (p for obj in syntax.children(doc[predicate.head], ("dobj",))
                                                for p in finder.proposers(obj)[1:])) for predicate in composite.chain]


def participants(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The parties to what a participle says someone brokered or offered."""
    return [finder.tag("target.participants", finder.participants(doc[composite.inner.head]))]


def _complement_groups(finder: RoleFinder, doc: Doc, clauses: list[Token]) -> Groups:
    caused = [s for clause in clauses for c in syntax.children(clause, ("ccomp",)) for s in finder.own_subjects(c)]
    return [[t for clause in clauses for t in finder.targets_of(clause, ())] + finder.tag("target.caused_subject", caused)]


def complement_targets(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """A frame word with no act of its own: the targets of its complement clauses ("refused to hand
    over *X*") and the subjects of clauses they cause ("... to let *its plane* cross")."""
    return _complement_groups(finder, doc, syntax.children(doc[composite.top.head], ("ccomp", "xcomp")))


def complement_or_purpose_targets(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """As ``complement_targets``, counting an infinitive the parser read as a purpose."""
    return _complement_groups(finder, doc, repairs.purpose_complements(doc[composite.top.head]))


def addressee(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The addressee of the subject phrase ("X's message *to* Y")."""
    return [finder.tag("target.addressee", finder.addressees(doc[composite.top.head]))]


# --- targets: by CAMEO family -------------------------------------------------------------


def accused_in_clause(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whom the "that" clause of an accusation noun accuses."""
    top = doc[composite.top.head]
    if syntax.kind_of(top) != "noun":
        return []
    clauses = [c for c in top.children if c.dep_ in ("acl", "ccomp") and syntax.children(c, ("mark",))]
    return [finder.tag("target.accused_in_clause", (s for c in clauses
                                                    for s in finder.own_subjects(c) or syntax.children(c, syntax.PASSIVE_SUBJECT_DEPS)))]


def apology_victim(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The victims of what an apology is for ("apologised for the killing *of* X")."""
    return [finder.tag("target.apology_victim", (o for p in composite.chain for _, f in syntax.prep_objects(doc[p.head], "for")
                                                 for _, o in syntax.prep_objects(f, "of")))]


def presser(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whoever pressed for what was refused ("despite pressure *from* X")."""
    return [finder.tag("target.presser", finder.pressers(doc, composite))]


def conditioned(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whoever must act to avert a threat: the subject of its condition, unless a pronoun."""
    found = finder.conditioned(doc, composite)
    return [] if any(t.tag_ == "PRP" for t in found) else [finder.tag("target.conditioned", found)]


def conditioned_pronoun(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The same when a pronoun names it ("... if *it* ..."): tried after the threatened party."""
    found = finder.conditioned(doc, composite)
    return [finder.tag("target.conditioned", found)] if any(t.tag_ == "PRP" for t in found) else []


def avenged_doer(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The doer of the act revenge is vowed for, in the clause beside it."""
    groups = finder.avenged(doc, composite)
    return [finder.tag("target.avenged_doer", groups[0])] if groups else []


def avenged_blamed(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whom the avenger blames, in the clause beside it."""
    groups = finder.avenged(doc, composite)
    return [finder.tag("target.avenged_blamed", groups[1])] if groups else []


def protest_aim(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The actor of what a protest demands or opposes."""
    return [finder.tag("target.protest_aim", finder.protest_aims(doc, composite))]


def beneficiary(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whom aid is meant for, named in its purpose ("to help *X*")."""
    return [finder.tag("target.beneficiary", finder.beneficiaries(doc[composite.top.head]))]


def provoker(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """An act in a relative clause on whoever reacted: whoever provoked the reaction."""
    return [finder.tag("target.provoker", finder.provokers(doc[composite.top.head]))]


def purpose_object(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """The object of a purpose clause of force ("fought *to drive X out*")."""
    top = doc[composite.top.head]
    purposes = [c for c in top.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    return [finder.tag("target.purpose_object", (o for c in purposes for o in syntax.children(c, ("dobj",))))]


def casualty(finder: RoleFinder, doc: Doc, composite: Composite) -> Groups:
    """Whom an attack named as a noun hit, told by the verb around it."""
    return [finder.tag("target.casualty", finder.casualties(doc[composite.top.head]))]


SOURCE_EXTRACTORS: Mapping[str, SourceExtractor] = MappingProxyType({
    "slots": source_slots, "clause_subject": clause_subject, "governing_clause": governing_clause,
    "coagents": coagents, "alongside": alongside,
})  # fmt: skip

TARGET_EXTRACTORS: Mapping[str, TargetExtractor] = MappingProxyType({
    "slots": target_slots, "rebuffed_proposer": rebuffed_proposer, "aimed_act": aimed_act, "drawn_by": drawn_by,
    "embedded_noun": embedded_noun, "embedded_proposer": embedded_proposer, "frame_targets": frame_targets,
    "agreed_with": agreed_with, "offer_owner": offer_owner, "offer_proposer": offer_proposer, "who_must_act": who_must_act,
    "who_must_act_in_embedded": who_must_act_in_embedded, "who_must_act_in_complement": who_must_act_in_complement,
    "predicates": predicates, "embedded_predicates": embedded_predicates, "answered_with": answered_with,
    "top_targets": top_targets, "top_default_targets": top_default_targets, "plan_proposer": plan_proposer,
    "participants": participants, "complement_targets": complement_targets,
    "complement_or_purpose_targets": complement_or_purpose_targets, "addressee": addressee,
    "accused_in_clause": accused_in_clause, "apology_victim": apology_victim, "presser": presser,
    "conditioned": conditioned, "conditioned_pronoun": conditioned_pronoun, "avenged_doer": avenged_doer,
    "avenged_blamed": avenged_blamed, "protest_aim": protest_aim, "beneficiary": beneficiary, "provoker": provoker,
    "purpose_object": purpose_object, "casualty": casualty,
})  # fmt: skip
