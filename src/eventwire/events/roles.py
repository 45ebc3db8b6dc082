"""Who did it and to whom: source and target phrases from the parse.

Phrase heads are found syntactically (subjects, passive agents, objects,
prepositional targets, control and raising, relative clauses, nominal
possessors), then turned into actor mentions: the mention covering the
head, else an actor among its modifiers ("*Israeli* warplanes", "*Xi's*
message"), else the "of" phrase of an agentive head ("the government *of
Sudan*"). Coordinated phrases give one actor each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ..types import ActorMention
from . import repairs, syntax
from .frames import Composite
from .demonyms import Demonyms
from .lexicon import Lexicon
from .policy import RolePolicy
from .predicates import TIME_WORDS
from .pronouns import Antecedents, Context

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .location import Locator

NEXT_ACTOR = "next"  # target place: the first actor named after the trigger
PARTICIPANTS = "participants"  # target place: the parties to what a participle brokered ("a deal brokered by")
SELF_TARGETING_FRAMES = ("appeal", "demand", "accuse", "reject", "deny", "threaten")
DRAWING_VERBS = ("draw", "attract", "prompt", "provoke", "spark", "trigger", "earn")
ANGERING_VERBS = ("anger", "enrage", "infuriate", "irk", "outrage", "upset", "alarm", "provoke")
REVENGE_WORDS = ("revenge", "retaliation", "retribution", "vengeance", "reprisal")
BORDER_NOUNS = ("border", "frontier", "boundary")
LOCATED_PREPOSITIONS = ("in",)  # "lawmakers in X and Y": the actor stage gives each country the role
CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "relcl", "acl", "acomp")  # acomp: "X is about to act"


class Head(NamedTuple):
    """A phrase head and the rule that found it (a name of ``data/event-rules.tsv``)."""

    i: int
    rule: str


class TargetGroups:
    """An act's target groups, in order of preference, each extractor run only when a reader gets
    that far: ``TargetPicker.pick`` stops at the first group naming an actor, so most extractors
    of the policy's order never run. The groups read so far are kept for the next reader."""

    __slots__ = ("_read", "_unread")

    def __init__(self, groups: Iterable[Sequence[Head]]) -> None:
        self._read: list[tuple[Head, ...]] = []
        self._unread = iter(groups)

    def __iter__(self) -> Iterator[tuple[Head, ...]]:
        read = self._read
        k = 0
        while True:
            if k == len(read) and not self._read_one():
                return
            yield read[k]
            k += 1

    def _read_one(self) -> bool:
        """Read the next non-empty group; False when there is none."""
        for group in self._unread:
            if group:
                self._read.append(tuple(group))
                return True
        return False


@dataclass(frozen=True)
class RoleHeads:
    """Phrase heads for the two roles, and how sure we are of them.

    ``targets`` are groups in order of preference: the first group that
    names an actor gives the targets.
    """

    sources: tuple[Head, ...]
    targets: Iterable[tuple[Head, ...]]  # a TargetGroups, or any groups (tests)
    recovered: bool = False  # the source came from another clause
    agentless: bool = False  # force in the passive naming no agent ("civilians were killed"): not the speaker's


def drawn(token: Token) -> bool:
    """ "..., *drawing condemnation from* the U.N.": a reaction the act drew, whose makers come from "from"."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in DRAWING_VERBS


def mention_index(doc: Doc, mentions: Sequence[ActorMention]) -> dict[int, ActorMention]:
    """Token index -> the mention covering it."""
    index: dict[int, ActorMention] = {}
    for mention in mentions:
        start, end = mention.token_start, mention.token_end
        if end <= start:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            start, end = span.start, span.end
        for i in range(start, end):
            index.setdefault(i, mention)
    return index


class RoleFinder:
    def __init__(self, lexicon: Lexicon, disabled: frozenset[str] = frozenset(), policy: RolePolicy | None = None) -> None:
        """``disabled``: rule names switched off (``--disable``); their heads are never offered.
        ``policy``: which extractors run in which order (default: ``data/role-policy.toml``)."""
        from .extractors import SOURCE_EXTRACTORS, TARGET_EXTRACTORS  # they call back into this class

        self.lexicon = lexicon
        self.disabled = disabled
        self.policy = policy or RolePolicy.packaged()
        self.source_extractors = SOURCE_EXTRACTORS
        self.target_extractors = TARGET_EXTRACTORS
        self.default_prepositions = sorted(lexicon.target_prepositions)  # sorted once, not per predicate

    def tag(self, rule: str, tokens: Iterable[Token]) -> list[Head]:
        """The tokens as heads found by ``rule``; none when the rule is disabled (or no tokens: most
        calls, answered without a comprehension)."""
        if rule in self.disabled or tokens == []:
            return []
        return [Head(t.i, rule) for t in tokens]

    # --- subjects --------------------------------------------------------

    def own_subjects(self, token: Token) -> list[Token]:
        return self.own_subjects_by_rule(token)[0]

    def own_subjects_by_rule(self, token: Token) -> tuple[list[Token], str]:
        """The clause's own subject phrases, and the name of the rule that found them."""
        if repairs.stative_passive(token, self.lexicon.stative_passives):
            return syntax.children(token, syntax.PASSIVE_SUBJECT_DEPS) or repairs.auxiliary_subjects(token), "source.subject"
        if syntax.is_passive(token):
            agents = repairs.passive_agents(token)
            return (agents, "source.passive_agent") if agents else (self._instrument_agents(token), "source.instrument_agent")
        found = syntax.children(token, syntax.SUBJECT_DEPS) or repairs.auxiliary_subjects(token)
        if found and found[0].lower_ in self.lexicon.relative_pronouns and token.dep_ == "ccomp" and token.head.dep_ == "relcl":
            token = token.head  # "a raid *that* officials said killed 200": the raid's
        if token.dep_ == "relcl" and (not found or found[0].lower_ in self.lexicon.relative_pronouns):
            if syntax.lemma(token.head) in self.lexicon.people_nouns:  # "fired at *workers who* blocked a highway": theirs alone
                return [token.head, *syntax.children(token.head, ("poss",))], "source.relative_head"
            if syntax.kind_of(token.head) == "noun":
                return [token.head, *self.noun_sources(token.head)], "source.relative_head"
            return [token.head], "source.relative_head"
        return found, "source.subject"

    @staticmethod
    def _instrument_agents(token: Token) -> list[Token]:
        """ "soldiers were killed *when their vehicle was hit by a bomb planted by* rebels": the agent of
        the instrument in a "when" clause of a passive act (the lookup reads the bomb's planter)."""
        clauses = [c for c in token.children if c.dep_ == "advcl" and syntax.is_passive(c)
                   and any(m.lower_ == "when" for m in c.children if m.dep_ in ("advmod", "mark"))]
        return [obj for c in clauses for _, obj in syntax.prep_objects(c, "by")]

    def _climbed_subjects(self, token: Token) -> list[Token]:
        return self.climbed_subjects_by_rule(token)[0]

    def climbed_subjects_by_rule(self, token: Token) -> tuple[list[Token], str]:
        """Who acts, read from a governing clause, and the name of the rule that climbed there."""
        head, dep = token.head, token.dep_
        governing = "source.governing_clause"
        if head.i == token.i or dep not in CLIMB_DEPS:
            return [], governing
        if dep == "conj" and syntax.is_passive(token):  # "protesters stormed parliament and 22 people *were killed*"
            return [], governing
        if dep == "conj" and syntax.is_passive(head) and syntax.children(head, syntax.PASSIVE_SUBJECT_DEPS):
            return syntax.children(head, syntax.PASSIVE_SUBJECT_DEPS), governing  # "X was charged ... and *will resign*": X does
        if dep == "xcomp" and syntax.lemma(head) in self.lexicon.object_control:
            objects = syntax.children(head, ("dobj",))
            if objects:
                return objects, "source.control_object"
        if dep == "xcomp" and syntax.is_passive(head):  # raising: "X is expected to visit"
            return syntax.children(head, syntax.PASSIVE_SUBJECT_DEPS) or self.subjects(head), "source.raising"
        if dep in ("relcl", "acl"):  # a sentence parsed around its subject ("Unions threatened ...") too
            if head.dep_ in ("attr", "oprd") and token.tag_ == "VB":  # "X became the first country *to recognise*"
                return self.subjects(head.head), governing
            return ([head] if token.tag_ != "VBN" or head.dep_ == "ROOT" else []), "source.relative_head"
        if dep == "pcomp":  # "... in imposing sanctions": the prepositional phrase's verb
            governor = head.head
            if head.lower_ == "for" and syntax.kind_of(governor) == "verb":  # "praised *Serbia* for refusing"
                objects = syntax.children(governor, ("dobj",))
                if objects:
                    return objects, "source.control_object"
            return (self.subjects(governor) if governor.i != head.i else []), governing
        root_adjective = repairs.adjective_root_subjects(token, self.own_subjects)
        if root_adjective is not None:
            return root_adjective, governing
        return self.subjects(head), governing

    def subjects(self, token: Token) -> list[Token]:
        """Heads of the phrases naming who acts, climbing to governing clauses."""
        return self.own_subjects(token) or self._climbed_subjects(token)

    def noun_sources(self, token: Token) -> list[Token]:
        found = syntax.children(token, ("poss",))
        if found:
            return found
        head = token.head
        if token.dep_ != "pobj" or head.dep_ != "prep":
            return []
        verb = repairs.prep_governor(head)
        if (head.lower_ in self.lexicon.borrowing_prepositions or self.answered_with(token)) and syntax.kind_of(verb) == "verb":
            while verb.dep_ == "xcomp" and verb.head.i != verb.i:
                verb = verb.head  # "urged Y to stop fighting *in a phone call with Z*": the urger's call
            return self.subjects(verb)  # "In a message to Kim, Xi said ..."
        return []

    def answered_with(self, token: Token) -> Token | None:
        """The verb of answering an act named as a noun answers with: "Israel *responded with* air strikes"."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "with" and syntax.lemma(head.head) in self.lexicon.answering_verbs:
            return head.head
        return None

    # --- targets ---------------------------------------------------------

    def prep_targets(self, token: Token, allowed: Sequence[str]) -> list[Token]:
        """Objects of the allowed prepositions; a time is never a target ("*on Thursday*"), nor are onlookers
        ("met ... *with U.S. officials present*")."""
        holders = [token, *(c for c in token.children if c.dep_ == "prep" and c.lower_ == "out")]  # "pulled troops *out of* Gaza"
        return [obj for holder in holders for prep, obj in syntax.prep_objects(holder)
                if prep in allowed and obj.lower_ not in TIME_WORDS and not repairs.onlooking(obj)]

    def _objects(self, token: Token) -> list[Token]:
        named = [o for c in token.children if c.lower_ == "including" for o in syntax.children(c, ("pobj",))]
        if named:  # "invited the leaders of its neighbours, *including* Pakistan's prime minister": those named
            return named
        found = syntax.children(token, ("dobj", "dative", "attr", "oprd"))
        found += [o for c in syntax.children(token, ("prt",)) for o in syntax.children(c, ("pobj",))]  # "sealed off *the town*"
        if not found:  # a small clause: "declared *the ambassador* persona non grata"
            found = [s for c in syntax.children(token, ("ccomp",)) if syntax.kind_of(c) == "noun"
                     for s in syntax.children(c, syntax.SUBJECT_DEPS)]
        if syntax.is_passive(token):
            found += syntax.children(token, syntax.PASSIVE_SUBJECT_DEPS)
        if token.dep_ == "acl" and token.tag_ == "VBN":
            found.append(token.head)
        return [o for o in found if o.lower_ not in self.lexicon.relative_pronouns] + [
            token.head for o in found if o.lower_ in self.lexicon.relative_pronouns and token.dep_ == "relcl"
        ]

    def targets_of(self, token: Token, places: Sequence[str]) -> list[Head]:
        """Target heads of one predicate token; ``places`` from its pattern, or the defaults.

        The place "next" is PETRARCH's target: every word after the trigger within its
        phrase, in order; the coder takes the first that names an actor.
        """
        if NEXT_ACTOR in places:
            return self.tag("target.next_word", self._next_words(token))
        preps = [p for p in places if p not in ("object", "dative", PARTICIPANTS)] if places else self.default_prepositions
        found: list[Head] = []
        if not places or "object" in places:
            found += self.tag("target.object", self._objects(token))
        if "object" in places and not found:  # "pardoned and freed *two journalists*": the object of the next verb
            found += self.tag("target.object", [o for c in syntax.children(token, ("conj",)) if c.i == token.i + 2
                                                and syntax.kind_of(c) == "verb" for o in syntax.children(c, ("dobj",))])
        elif "dative" in places:
            found += self.tag("target.dative", syntax.children(token, ("dative",)) + repairs.recipients_read_as_objects(token))
        found += self.tag("target.prep", [o for c in token.children if c.dep_ == "advmod" and c.lower_ in ("back", "over")
                                          for prep, o in syntax.prep_objects(c) if prep in preps])  # "handed the district back *to Azerbaijan*"
        found += self.tag("target.prep", self.prep_targets(token, preps))
        objects = [o for obj in syntax.children(token, ("dobj",)) for o in syntax.with_conjuncts(obj)]
        objects += [o for obj in objects for prep, o in syntax.prep_objects(obj) if prep == "of"]  # "30 tonnes of supplies *to Myanmar*"
        if "of" in preps:  # "pulled out *of* a meeting *with Pashinyan*"
            objects += [o for prep, o in syntax.prep_objects(token) if prep == "of"]
            left = [o for c in token.children if c.dep_ == "prep" and c.i == token.i + 1 for _, o in syntax.prep_objects(c, "of")]
            objects += left
            found += self.tag("target.prep", left)  # "pulled out of *Iraq's cities*"
        found += self.tag("target.border_with", [o for obj in objects if syntax.lemma(obj) in BORDER_NOUNS
                                                 for _, o in syntax.prep_objects(obj, "with")])  # "its border *with Eritrea*"
        for obj in objects:
            found += self.tag("target.object_prep", self.prep_targets(obj, preps))
        return found

    @staticmethod
    def _next_words(token: Token) -> list[Token]:
        """PETRARCH's target words: a passive verb's subject first, then the words after the verb
        in its phrase, leaving out subordinate clauses ("... after a visitor was seen in X") and
        pronouns (PETRARCH names actors, "his" and "their" are no target)."""
        passive = syntax.children(token, syntax.PASSIVE_SUBJECT_DEPS) if syntax.is_passive(token) else []
        clauses = [c for c in token.children if c.dep_ == "advcl" and c.i > token.i and syntax.children(c, ("mark",))]
        inside = {t.i for c in clauses for t in c.subtree}
        after = [t for t in token.subtree if t.i > token.i and t.i not in inside and t.tag_ not in ("PRP", "PRP$")]
        return passive + after

    # --- composites ------------------------------------------------------

    def slots(self, composite: Composite, role: str) -> list[int]:
        return [i for p in composite.chain for r, i in p.slots if r == role]

    def heads(self, doc: Doc, composite: Composite) -> RoleHeads:
        """The source heads and the target groups of an act, by the role policy."""
        top = doc[composite.top.head]
        sources, recovered = [], True
        for name in self.policy.sources.order:
            found = self.source_extractors[name](self, doc, composite)
            if found:
                sources, recovered = found, name in self.policy.sources.recovered
                break
        sources += [h for name in self.policy.sources.also for h in self.source_extractors[name](self, doc, composite)]
        if not recovered:  # "its troops fought *alongside Russian forces*"
            sources += [h for name in self.policy.sources.also_with_own for h in self.source_extractors[name](self, doc, composite)]
        groups = self.target_groups(doc, composite)
        force = composite.code is not None and composite.code[:2] in ("17", "18", "19", "20")
        participle = top.tag_ == "VBN" and top.dep_ == "acl" and not any(c.dep_ == "agent" for c in top.children)
        agentless = force and syntax.kind_of(top) == "verb" and (syntax.is_passive(top) or participle) and not sources
        return RoleHeads(tuple(sources), TargetGroups(groups), recovered, agentless)

    def target_groups(self, doc: Doc, composite: Composite) -> Iterator[list[Head]]:
        """Target groups in the policy's order for this act, found as they are asked for; an ``alone``
        extractor that finds heads (the pattern's own slot) gives the only group, so the steps up to
        the last ``alone`` one run before the first group is given."""
        plan, alone, extractors = self.policy.target_plan(composite), self.policy.alone, self.target_extractors
        order, eager = plan.steps, plan.eager
        groups: list[list[Head]] = []
        for step in order[:eager]:
            if not step.applies(composite):
                continue
            found = extractors[step.name](self, doc, composite)
            if step.name in alone and any(found):
                yield from found
                return
            groups += found
        yield from groups
        for step in order[eager:]:
            if not step.placed or step.applies(composite):  # most steps are unqualified: no call
                yield from extractors[step.name](self, doc, composite)

    def noun_agents(self, token: Token) -> list[Token]:
        """ "*Xi's* message", "a visit *by Tusk*", "the crackdown *by security forces*",
        "a meeting *between Trump and Zelenskiy*" (all of them act)."""
        return (
            syntax.children(token, ("poss",))
            or [obj for _, obj in syntax.prep_objects(token, "by")]
            or [obj for _, obj in syntax.prep_objects(token, "between")]
            or ([obj for _, obj in syntax.prep_objects(token, "from")] if drawn(token) else [])
        )

    def source_fallback(self, top: Token) -> list[Head]:
        if syntax.kind_of(top) == "noun":
            found = self.noun_sources(top)
            # the noun's own modifiers: "Israeli air strikes"
            return self.tag("source.noun_sources", found) if found else self.tag("source.noun_modifier", [top])
        return self.tag(*reversed(self.climbed_subjects_by_rule(top)))

    def pressers(self, doc: Doc, composite: Composite) -> list[Token]:
        """Who pressed for what was refused: "would not join the sanctions *despite pressure from the EU*"."""
        return [p for k in composite.chain for _, o in syntax.prep_objects(doc[k.head], "despite") for p in self.proposers(o)[1:]]

    def provokers(self, clause: Token) -> list[Token]:
        """ "..., drawing a rebuke from Serbia, *which recalled* its ambassador", "..., angering Bolivia,
        which ...": an act of the one who reacted answers whoever did what provoked the reaction."""
        if clause.dep_ != "relcl":
            return []
        antecedent = clause.head
        holder = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "from" else None
        if holder is not None and drawn(holder):
            return self.subjects(holder.head)
        angering = antecedent.head
        if antecedent.dep_ == "dobj" and angering.tag_ == "VBG" and syntax.lemma(angering) in ANGERING_VERBS:
            return self.subjects(angering)
        return []

    @staticmethod
    def casualties(token: Token) -> list[Token]:
        """Whom an attack named as a noun hit, told by the verb around it: "a raid *that killed* five
        policemen", "a rocket attack *killed* two soldiers", "*a commander* was killed in an air strike"."""
        if syntax.kind_of(token) != "noun":
            return []
        found = [o for r in syntax.children(token, ("relcl",)) for o in syntax.children(r, ("dobj",))]
        if token.dep_ == "nsubj":
            found += syntax.children(token.head, ("dobj",))
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") and syntax.is_passive(token.head.head):
            found += syntax.children(token.head.head, syntax.PASSIVE_SUBJECT_DEPS)
        return found

    def beneficiaries(self, token: Token) -> list[Token]:
        """Whom aid is meant for, named in its purpose: "gave $50 million *to help Jordan* care for refugees"."""
        purposes = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and syntax.lemma(c) in self.lexicon.helping_verbs]
        clauses = [k for c in purposes for k in syntax.children(c, ("ccomp", "xcomp"))]  # "help *Jordan* care for"
        return [o for c in purposes for o in syntax.children(c, ("dobj", "nsubj", "dative"))] + [
            s for k in clauses for s in syntax.children(k, ("nsubj",))]

    def conditioned(self, doc: Doc, composite: Composite) -> list[Token]:
        """A threat is aimed at whoever must act to avert it: "... *if Finland* joined NATO",
        "... *unless the government* raised the minimum wage"."""
        found = []
        for clause in (t for t in doc[composite.top.head].subtree if t.dep_ == "advcl"):  # "... the right to use them *if pushed by Ukraine*"
            if any(c.dep_ == "mark" and c.lower_ in self.lexicon.conditional_marks for c in clause.children):
                subjects = self.own_subjects(clause)
                if not subjects and clause.tag_ == "VBN":  # "if pushed beyond its limits *by Ukraine*"
                    subjects = [o for t in clause.subtree for _, o in syntax.prep_objects(t, "by")]
                found += subjects
        for when in (t for t in doc[composite.top.head].subtree if t.lower_ == "time" and t.dep_ == "npadvmod"):
            if any(d.lower_ in ("each", "every") for d in when.children):  # "... *each time Israel* bombed homes"
                found += [s for r in syntax.children(when, ("relcl",)) for s in syntax.children(r, syntax.SUBJECT_DEPS)]
        for noun in (t for t in doc[composite.top.head].subtree if syntax.lemma(t) in ("response", "retaliation", "reprisal")):
            found += [o for _, o in syntax.prep_objects(noun) if _ in ("to", "for")]  # "in response to *new U.N. sanctions*"
        return found

    @staticmethod
    def avenged(doc: Doc, composite: Composite) -> list[list[Token]]:
        """Revenge vowed in a clause joined to the act it answers falls on that act's doer ("a U.S. strike
        killed X, and Iran vowed revenge"), else on whom the same speaker blames ("blamed *Israel* ... and
        vowed revenge")."""
        verb = doc[composite.top.head]
        if not any(syntax.lemma(t) in REVENGE_WORDS for t in verb.subtree):
            return []
        siblings = ([verb.head] if verb.dep_ == "conj" else []) + syntax.children(verb, ("conj",))
        return [[s for c in siblings for s in syntax.children(c, syntax.SUBJECT_DEPS)],
                [o for c in siblings for o in syntax.children(c, ("dobj",))]]

    def protest_aims(self, doc: Doc, composite: Composite) -> list[Token]:
        """Whom a protest is aimed at, when no target phrase names an actor: the actor of what it
        demands ("demanding *the resignation of President Maduro*", "to demand that *President
        Morales* step down") or opposes ("against a law *proposed by the government*")."""
        found: list[Token] = []
        for predicate in composite.chain:
            token = doc[predicate.head]
            aims = self._aims(token)
            opposed = [obj for aim in [token, *aims] for prep, obj in syntax.prep_objects(aim) if prep in ("against", "over", "at")]
            opposed += [o for obj in syntax.children(token, ("dobj",)) for prep, o in syntax.prep_objects(obj) if prep in ("against", "over")]
            direct = [o for _, n in syntax.prep_objects(token) for prep, o in syntax.prep_objects(n) if prep == "against"]
            found += direct  # "went on strike *against the health ministry*"
            opposed += direct
            for obj in opposed:  # "against a law *proposed by the government*", "against *Juppe's* plan", "against ties *with Israel*"
                found += self.proposers(obj)[1:] + syntax.children(obj, ("poss",)) + [o for _, o in syntax.prep_objects(obj, "with")]
            for aim in aims:
                objects = syntax.children(aim, ("dobj",)) if syntax.lemma(aim) in self.lexicon.protest_aims else []
                found += objects + [o for obj in objects for prep, o in syntax.prep_objects(obj) if prep in ("of", "by", "from", "to")]
                found += [o for obj in objects for r in syntax.children(obj, ("relcl",)) for o in syntax.children(r, ("dobj",))]
                found += [s for clause in syntax.children(aim, ("ccomp",)) for s in self.own_subjects(clause)]
                found += [o for prep, o in syntax.prep_objects(aim) if prep in ("against", "over", "at")]
        return found

    @staticmethod
    def _aims(token: Token) -> list[Token]:
        """Clauses saying what a protest is for, two steps down: "blocked roads and occupied booths *to
        protest* ...", "marched carrying candles and *demanding* ..." (not "after the government suspended talks")."""
        aims: list[Token] = []
        level = [token]
        for _ in range(2):
            level = [c for t in level for c in t.children if c.dep_ in ("advcl", "xcomp", "conj", "acl")
                     and syntax.kind_of(c) == "verb" and not syntax.children(c, ("mark",)) and c not in aims]
            aims += level
        return aims

    def proposers(self, noun: Token, offered: bool = False) -> list[Token]:
        """Who a plan, offer or call comes from: "*Canada's* allegation", "an offer *from Seoul*",
        "a plan *put forward by* the United States"."""
        nouns = [noun, *(o for prep, o in syntax.prep_objects(noun) if prep in ("in", "of"))]  # "$20 million *in aid* offered by"
        by = [obj for n in nouns for prep, obj in syntax.prep_objects(n) if prep in ("from", "by")]
        if offered:
            by += repairs.offer_sources(noun)
        participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        agents = [obj for p in participles for prep, obj in syntax.prep_objects(p) if prep == "by"]
        return [noun, *by, *agents]

    def participants(self, token: Token) -> list[Token]:
        """ "X and Y signed a deal *brokered by* China": the parties to what a mediator brokered."""
        if token.dep_ != "acl":
            return []
        holder = token.head
        while holder.dep_ in ("pobj", "prep", "dobj", "npadvmod") and holder.head.i != holder.i:
            holder = holder.head
        return self.subjects(holder) if syntax.kind_of(holder) == "verb" else []

    def addressees(self, token: Token) -> list[Token]:
        """ "Xi's message *to Kim* praised ...": the addressee of the subject phrase."""
        subjects = syntax.children(token, syntax.SUBJECT_DEPS) if syntax.kind_of(token) == "verb" else []
        return [obj for subject in subjects for _, obj in syntax.prep_objects(subject, "to")]

    @staticmethod
    def modifier_targets(token: Token) -> list[Token]:
        """Last resort for a target: "develop *China-Korea* relations" names the other party as a modifier."""
        holders = [token] if syntax.kind_of(token) == "noun" else syntax.children(token, ("dobj",))
        return [m for holder in holders for m in syntax.children(holder, ("compound", "amod"))]


def _same(one: ActorMention, other: ActorMention) -> bool:
    """One actor named twice: the same mention, or the same country with no person's name to tell them apart."""
    if one is other or one == other:
        return True
    if one.actor.name and other.actor.name and one.actor.name != other.actor.name:
        return False
    return (one.actor.country or one.actor.code) == (other.actor.country or other.actor.code)


@dataclass(frozen=True)
class Filler:
    """What fills a role: an actor mention, or a pronoun still to resolve."""

    token: int
    mention: ActorMention | None
    pronoun: bool = False
    rule: str = field(default="", compare=False)  # the rule that found its phrase (``data/event-rules.tsv``)

    def found_by(self, rule: str) -> Filler:
        """The same filler, found by ``rule`` (built directly: ``dataclasses.replace`` is slow in this loop)."""
        return Filler(self.token, self.mention, self.pronoun, rule)


class ActorLookup:
    """Turns phrase heads into actor mentions."""

    def __init__(self, lexicon: Lexicon, index: Mapping[int, ActorMention], demonyms: Demonyms | None = None,
                 before: Context | None = None, places: Locator | None = None) -> None:
        """``before``: what the previous sentence tells this one's pronouns; ``places``: capitals for officials in them."""
        self.lexicon = lexicon
        self.index = index
        self.demonyms = demonyms
        self.places = places
        self.antecedents = Antecedents(index, before or Context())

    def _modifier_mentions(self, token: Token) -> list[ActorMention]:
        """ "*Russian and U.S.* negotiators", "*Israeli* warplanes", "*Xi's* message", "*Sweden's* NATO membership"."""
        owners = [p for c in syntax.children(token, ("compound",)) for p in syntax.children(c, ("poss",)) if p.i in self.index]
        if owners:
            return [self.index[owners[0].i]]
        for deps in (("poss",), ("amod", "compound", "nmod")):
            groups = [syntax.with_conjuncts(child) for child in syntax.children(token, deps)]
            found = [self.index[t.i] for words in groups for t in words if t.i in self.index]
            if found:  # "*Colombian* and U.S. agents": an adjective the actor stage left beside one it read
                found += [m for words in groups if len(words) > 1 and any(t.i in self.index for t in words)
                          for t in words if t.i not in self.index and self.demonyms and (m := self.demonyms.mention(t))]
                return list(dict.fromkeys(found))
        for child in syntax.children(token, ("amod",)):  # "*U.S.*-led drills", "*Iran*-backed militias"
            found = [self.index[g.i] for g in child.children if g.i in self.index and g.i < child.i]
            if found:
                return found[:1]
        return []

    def _of_mention(self, token: Token, depth: int = 0) -> ActorMention | None:
        """ "the government *of Sudan*", "tens of thousands *of Israelis*"."""
        if syntax.lemma(token) not in self.lexicon.agentive_heads or depth > 2:
            return None
        for _, obj in [*syntax.prep_objects(token, "of"), *syntax.prep_objects(token, "from")]:
            if obj.i in self.index:
                return self.index[obj.i]
            found = self._modifier_mentions(obj) or ([m] if (m := self._of_mention(obj, depth + 1)) else [])
            if found:
                return found[0]
        return None

    def _included(self, token: Token) -> list[ActorMention]:
        """ "more than 20 countries, *including the United States, Germany and France*": those named."""
        holders = [token, *(o for _, o in syntax.prep_objects(token, "of"))]  # "the leaders of its neighbours, including ..."
        objects = [o for h in holders for c in h.children if c.lower_ == "including" for o in c.children if o.dep_ == "pobj"]  # tagged VBG
        found = [self.index[c.i] for obj in objects for c in syntax.with_conjuncts(obj) if c.i in self.index]
        return list(dict.fromkeys(found))

    def _stationed(self, token: Token) -> ActorMention | None:
        """ "talks between Peru's foreign minister and *officials in Quito*": officials in a capital act for
        its country, even when the actor stage joined them to the phrase before."""
        if self.places is None or syntax.lemma(token) not in self.lexicon.official_nouns:
            return None
        places = repairs.conjunct_phrases(token, "in")
        return next((m for obj in places if (m := self.places.capital_actor(obj))), None)

    def _carried(self, token: Token) -> list[ActorMention]:
        """ "a convoy *carrying U.N. peacekeepers*", "a plane transporting the delegation": who travels in it."""
        carriers = [c for c in token.children if c.dep_ == "acl" and syntax.lemma(c) in ("carry", "transport", "ferry")]
        return [self.index[o.i] for c in carriers for o in syntax.children(c, ("dobj",)) if o.i in self.index][:1]

    def _coordinated_of(self, token: Token, mention: ActorMention, prepositions: tuple[str, ...] = ("of", "from")) -> list[ActorMention]:
        """ "the leaders of *Russia and Ukraine*": the "of" mention and those coordinated with it;
        with "in", the countries the actor stage gave a located role ("lawmakers in X *and Y*")."""
        found = [mention]
        for _, obj in [p for preposition in prepositions for p in syntax.prep_objects(token, preposition)]:
            for conj in syntax.with_conjuncts(obj)[1:]:
                other = self.index.get(conj.i)
                if other is not None and other not in found:
                    found.append(other)
        return found

    def _agent_mention(self, token: Token) -> ActorMention | None:
        """ "the crackdown *by Iranian security forces*": a noun's agent stands for it."""
        if syntax.kind_of(token) != "noun":
            return None
        agents = [obj for prep, obj in syntax.prep_objects(token) if prep == "by"]
        participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "a bomb *planted by* ELN guerrillas"
        agents += [obj for p in participles for prep, obj in syntax.prep_objects(p) if prep == "by"]
        return next((self.index[a.i] for a in agents if a.i in self.index), None)

    def _distributed(self, token: Token, mention: ActorMention) -> list[ActorMention]:
        """ "*Egyptian* and Sudanese warplanes": a country adjective coordinated with the mention's own."""
        if self.demonyms is None:
            return []
        adjectives = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        if not adjectives:  # most phrases: nothing to distribute
            return []
        words = {t.i: t for adjective in adjectives
                 for t in ((adjective, *adjective.conjuncts) if syntax.coordinated(adjective) else (adjective,))}
        found = [self.index.get(i) or self.demonyms.mention(t) for i, t in sorted(words.items())]
        seen = [mention]
        kept = []
        for other in found:  # "*U.S.* and British warplanes", "*Egyptian* and Sudanese warplanes", "*Santos* and Londono"
            if other is not None and not any(_same(other, s) for s in seen):
                seen.append(other)
                kept.append(other)
        return kept

    def fill(self, token: Token, own_head: bool = True) -> list[Filler]:
        """The actors a phrase headed by ``token`` names (its modifiers only when ``own_head`` is false)."""
        stationed = self._stationed(token) if own_head else None
        if stationed is not None:
            return [Filler(token.i, stationed)]
        if own_head and token.i in self.index:
            mention = self.index[token.i]
            others = [*self._distributed(token, mention), *self._coordinated_of(token, mention, LOCATED_PREPOSITIONS)[1:]]
            return [Filler(token.i, mention), *(Filler(token.i, m) for m in others)]
        if own_head and token.tag_ in ("PRP", "PRP$") and token.lower_ in self.lexicon.pronouns:
            antecedent = self.antecedents.resolve(token)
            return [Filler(token.i, antecedent)] if antecedent else [Filler(token.i, None, pronoun=True)]
        if syntax.is_leaf(token):  # what follows reads the phrase's own words: a lone word names no one
            return []
        mentions = (self._included(token) if own_head else []) or self._modifier_mentions(token)  # "*its* neighbours, including X"
        if not mentions and own_head:
            mentions = self._carried(token)
        if not mentions and own_head:
            of = self._of_mention(token) or self._agent_mention(token)
            appositions = [self.index[a.i] for a in syntax.children(token, ("appos",)) if a.i in self.index]
            mentions = self._coordinated_of(token, of) if of else appositions[:1]
        return [Filler(token.i, m) for m in mentions or self._adjective_countries(token)]

    def _adjective_countries(self, token: Token) -> list[ActorMention]:
        """ "*Qatari* planes", "a *Turkish* offer": adjectives the actor stage does not list."""
        if self.demonyms is None:
            return []
        modifiers = [c for c in syntax.children(token, ("amod", "compound")) if c.i < token.i]
        modifiers += [g for c in modifiers for g in c.children if g.i < c.i]  # "*U.S.*-led drills"
        found = (self.demonyms.mention(c) for c in modifiers)
        return [m for m in found if m is not None][:1]

    def _listed_countries(self, token: Token) -> list[Token]:
        """ "Saudi Arabia, *the United Arab Emirates*, Bahrain and Egypt": the parser hangs the second
        country on the first as an apposition; two different countries are never one actor, so the
        apposition and its conjuncts are members of the list."""
        state = (lambda m: m is not None and m.actor.country is not None and m.actor.code == m.actor.country)
        mention = self.index.get(token.i)
        if not state(mention):
            return []
        found: list[Token] = []
        for apposed in syntax.children(token, ("appos",)):
            other = self.index.get(apposed.i)
            listed = apposed.left_edge.i > 0 and apposed.doc[apposed.left_edge.i - 1].lower_ == ","  # set off as a list item
            if listed and state(other) and other.actor.country != mention.actor.country:
                found += syntax.with_conjuncts(apposed)
        return found

    def listed(self, token: Token) -> list[Token]:
        """The token, its conjuncts and the countries listed with it as appositions."""
        members = syntax.with_conjuncts(token)
        return members + [a for m in members for a in self._listed_countries(m) if a not in members]

    def fillers(self, doc: Doc, heads: Sequence[int | Head], predicate_heads: Sequence[int] = (), rule: str = "") -> list[Filler]:
        """One filler per coordinated phrase; a predicate's own word only lends its modifiers. Each
        filler carries the rule of its head (a ``Head``), else ``rule``."""
        found: list[Filler] = []
        for head in heads:
            head, named = (head.i, head.rule) if isinstance(head, Head) else (head, rule)
            for token in self.listed(doc[head]):
                if token.i != head and repairs.trailing_attribution(token, self.lexicon.speech_verbs):
                    continue
                for filler in self.fill(token, own_head=token.i not in predicate_heads):
                    mention = filler.mention  # mostly the very object found before: compared by identity first
                    if all(f.mention is None or (f.mention is not mention and f.mention != mention) for f in found):
                        found.append(filler.found_by(named) if named else filler)
        return found
