"""Which candidate events of a sentence are coded on their own.

Some event words only frame or explain another event: an event noun
saying how another act happened ("detained him *in a raid*"), one that
explains or dates the story ("cut ties *over the bombardment*", "*after*
talks with Ukraine"), the audience of a speaker ("told *a meeting*"), and
the demand a protest makes (PLOVER codes the protest, not its topic).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import syntax
from .frames import Composite
from .lexicon import Lexicon
from .ontology import Ontology

if TYPE_CHECKING:
    from spacy.tokens import Doc


TIME_MARKS = frozenset({"as", "while", "when", "whilst"})
PERMITTING = frozenset({"let", "allow", "permit"})


class SentenceFilters:
    def __init__(self, ontology: Ontology, lexicon: Lexicon) -> None:
        self.ontology = ontology
        self.lexicon = lexicon

    def keep(self, doc: Doc, composites: Sequence[Composite]) -> list[Composite]:
        return [
            c for c in composites
            if not (self._circumstance(doc, c, composites) or self._background(doc, c, composites) or self._protest_topic(doc, c, composites)
                    or self._answered(doc, c, composites) or self._characterising(doc, c) or self._alleged(doc, c, composites)
                    or self._permitted(doc, c, composites))
        ]  # fmt: skip

    def _alleged(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        """ "Kenya's accusation *that Uganda had armed* the rebels": what an accusation alleges is its
        content, not an event the text asserts."""
        accusations = {c.top.head for c in composites if self.ontology.get(c.code).plover == "ACCUSE"}
        top = doc[composite.top.head]
        for clause in (top, *top.ancestors):
            if clause.dep_ in ("acl", "ccomp") and clause.head.i in accusations and syntax.kind_of(clause.head) == "noun":
                return any(m.lower_ == "that" for m in syntax.children(clause, ("mark",)))
        return False

    def _characterising(self, doc: Doc, composite: Composite) -> bool:
        """ "carried out nuclear tests, *defying* warnings from the United States": a participle clause
        that characterises the main act (lexicon characterising_verbs) is no act of its own."""
        top = doc[composite.top.head]
        return top.tag_ == "VBG" and top.dep_ in ("advcl", "xcomp") and syntax.lemma(top) in self.lexicon.characterising_verbs

    def _permitted(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        """ "let U.N. inspectors *visit* its sites": what a country lets in does what it is let in for; the
        letting (access, RETREAT) is the event."""
        top = doc[composite.top.head]
        if top.dep_ not in ("ccomp", "xcomp") or syntax.lemma(top.head) not in PERMITTING:
            return False
        return any(p.head == top.head.i and p.pattern.code and self.ontology.get(p.pattern.code).plover == "RETREAT"
                   for other in composites if other is not composite for p in other.chain)

    def _answered(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        """ "accepted *the protesters' demand*", "met the *demands* of striking miners": a demand another
        act answers is the object of that act, not an event of its own."""
        top = doc[composite.top.head]
        if syntax.kind_of(top) != "noun" or self.ontology.get(composite.code).plover != "REQUEST":
            return False
        if top.dep_ == "pobj" and top.head.dep_ == "prep":  # "caved in *to* protesters' demands"
            answering = top.head.head.i
        elif top.dep_ in ("dobj", "nsubjpass"):
            answering = top.head.i
        else:
            return False
        return any(other.top.head == answering for other in composites if other is not composite)

    def _protest_topic(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        """ "marched *demanding* an end to his rule", "blocked roads and lit fires *to protest* the tax": PLOVER
        does not code the demand a protest makes, nor the protest verb saying what it is for."""
        top = doc[composite.top.head]
        kind = self.ontology.get(composite.code).plover
        if not (kind == "REQUEST" or kind == "ACCUSE" and syntax.lemma(top) == "protest"):
            return False
        protests = {p.head for c in composites if self.ontology.get(c.code).plover == "PROTEST" for p in c.chain}
        clause = top
        while clause.dep_ == "conj" and clause.head.i != clause.i:  # "marched carrying candles and *demanding* ..."
            clause = clause.head
        if clause is not top and clause.i in protests:
            return True
        if clause.dep_ not in ("advcl", "xcomp", "acl", "conj"):
            return False
        governor = clause.head
        while governor.i not in protests and governor.dep_ == "conj" and governor.head.i != governor.i:
            governor = governor.head  # "blocked roads and *lit fires* to protest ..."
        return governor.i in protests

    def _background(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        top = doc[composite.top.head]
        noun = top.head
        if top.dep_ == "relcl" and noun.dep_ == "appos":  # "banned the PTM, *a rights group that has accused* the army"
            return True
        if top.dep_ == "relcl" and any(noun.i in (c.top.head, c.inner.head) for c in composites):
            return self._background_noun(noun)  # "after overnight *shelling that* had killed dozens" (not "years during which")
        if top.dep_ == "dobj" and composite.top.frame and len(composite.chain) > 1:
            return False  # "reiterated its *demand that* X withdraw": the statement is the act
        return syntax.kind_of(top) == "noun" and self._background_noun(top)

    def _background_noun(self, top) -> bool:
        clause = top.head if top.dep_ in ("nsubj", "nsubjpass") else None  # "since *the Russian invasion* began", "as *fighting* flared"
        if clause is not None and any(c.dep_ == "mark" and c.lower_ in self.lexicon.background_prepositions | TIME_MARKS for c in clause.children):
            return True
        """ "cut ties *over the bombardment*", "*after* talks with Ukraine", "the audience a speaker *told*":
        event nouns that explain or frame the story are not coded as events of their own."""
        while top.dep_ == "pobj" and syntax.kind_of(top.head.head) == "noun":
            if syntax.lemma(top.head.head) in self.lexicon.background_heads:  # "the anniversary *of*", "in protest *at*"
                return True
            if top.head.lower_ != "of":
                break
            top = top.head.head  # "after days *of* clashes"
        if top.dep_ == "pobj" and top.head.lower_ in self.lexicon.background_prepositions:
            return True
        if top.dep_ == "dobj" and syntax.lemma(top.head) in self.lexicon.background_verbs:  # "refugees *fleeing* fighting"
            return True
        if top.dep_ == "pobj" and top.head.lower_ == "for" and syntax.lemma(top.head.head) in self.lexicon.reason_verbs:
            return True  # "apologised *for* the killing of 14 marchers": the reason
        holder = top.head.head if top.dep_ == "pobj" else None
        word = top.head.lower_
        if holder is not None and word in self.lexicon.topic_prepositions and (syntax.kind_of(holder) == "noun" or word != "on"):
            return True  # "intelligence *on* missile launches", "talks *on* the release of prisoners": a topic
        return top.dep_ in ("dobj", "dative") and syntax.lemma(top.head) in self.lexicon.speech_verbs

    def _circumstance(self, doc: Doc, composite: Composite, composites: Sequence[Composite]) -> bool:
        """ "detained him *in a raid*": an event noun saying how another event happened is part of it
        (unless it names its own actor: "thanked Russia during a visit *by* its minister")."""
        top = doc[composite.top.head]
        if syntax.kind_of(top) != "noun" or top.dep_ != "pobj" or top.head.lower_ not in ("in", "with", "at"):
            return False
        if any(c.dep_ == "poss" for c in top.children) or any(p == "by" for p, _ in syntax.prep_objects(top)):
            return False
        verb = top.head.head.i
        kind = self.ontology.get(composite.code).plover
        return any(other.top.head == verb and self.ontology.get(other.code).plover != kind for other in composites)
