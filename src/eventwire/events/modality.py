"""Modality: did the event happen, will it, might it, or is it only intended?

Looks at the outermost predicate of an event (negation, modal auxiliaries,
"if" clauses, modifiers of event nouns such as "upcoming"), then climbs to
the words that govern it ("is *expected* to meet", "*plans* to visit",
"*failed* to reach") until a speech verb: "X said it *would* ..." is the
future, not a hypothesis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Modality
from . import syntax
from .frames import Composite
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "blocked roads *to protest* against ...": a purpose that names the act itself
PROTEST_PURPOSES = frozenset({"protest", "demonstrate", "rally", "march"})
ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "during", "under", "by", "near", "amid", "through", "across", "within", "inside",
                                  "outside", "around", "throughout", "beside", "behind"})
PENDING_MARKS = frozenset({"before", "until", "till"})
ONLY_OPTIONS = frozenset({"choice", "option", "alternative"})  # "no choice but to": not a negation
ORDINALS = frozenset({"first", "second", "third", "last", "only", "latest"})
# a clause of time, cause or concession ("*though* Budapest condemned the attack"): what it says happened
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "since", "when", "as", "while", "because", "until", "once", "though",
                                "although", "whereas"})
CONTRAST_CONJUNCTIONS = frozenset({"but", "yet"})
ATTEMPTS = frozenset({"try", "attempt", "seek"})

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "nsubjpass", "attr", "oprd", "pobj", "prep", "pcomp", "acl", "nsubj"})
RANK: dict[str, int] = {"asserted": 0, "future": 1, "intended": 2, "hypothetical": 3, "negated": 4}
GOVERNING_DEPS = frozenset({"conj", "xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "nsubjpass", "acl", "advcl", "attr", "oprd",
                            "relcl"})


RECURRENCE_DEPS = ("advmod", "mark", "npadvmod")  # the only dependents ``_recurrence`` reads
ASSERTED = "modality.asserted"  # the rule name of an act nothing marks

Marker = tuple[str, str]  # (modality, name of the rule that found it)


def strongest(found: list[Marker]) -> Marker:
    """The strongest marker (the first of equals)."""
    return max(found, key=lambda m: RANK[m[0]], default=("asserted", ASSERTED))


def _named(modalities: list[str], how: str) -> list[Marker]:
    """Markers of a mechanism that gives one of several modalities: ``modality.<modality>.<how>``."""
    return [(m, ASSERTED if m == "asserted" else f"modality.{m}.{how}") for m in modalities]


def _past_tense(verb: Token) -> bool:
    """ "whom they *had abducted*", "which it *seized*": a clause in the past tells what happened, whatever
    is said will or is meant to happen around it."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children)


class ModalityJudge:
    def __init__(self, lexicon: Lexicon, disabled: frozenset[str] = frozenset()) -> None:
        """``disabled``: rule names switched off (``--disable``); their markers are ignored."""
        self.lexicon = lexicon
        self.disabled = disabled

    def _markers(self, token: Token, under_speech: bool) -> list[Marker]:
        """Modality shown on one word by its own dependents."""
        found: list[Marker] = []
        for child in token.children:
            word, dep = child.lower_, child.dep_
            if dep == "neg" or (dep == "det" and word in ("no", "neither")):
                if not self._only_option(token):  # "had *no choice but* to destroy": the one thing left to do
                    found.append(("negated", "modality.negated.negation"))
            elif dep == "det" and word == "any" and syntax.kind_of(token) == "noun":  # "ready for *any* attack"
                found.append(("hypothetical", "modality.hypothetical.any"))
            elif dep in ("aux", "auxpass") and child.tag_ == "MD":
                found += _named([self._modal(word, under_speech)], "modal")
            elif dep == "mark" and word in self.lexicon.conditional_marks:
                found.append(("hypothetical", "modality.hypothetical.condition"))
            elif child.dep_ in RECURRENCE_DEPS and self._recurrence(child):
                found.append(("hypothetical", "modality.hypothetical.recurrence"))
            elif dep in ("amod", "compound") and syntax.kind_of(token) == "noun":
                found += _named(self._noun_modifier(syntax.lemma(child), word), "noun_modifier")
        return found

    def _recurrence(self, child: Token) -> bool:
        """ "*whenever* India violated ...", "*each time* troops raided ...": a clause of what recurs."""
        if child.dep_ in ("advmod", "mark"):
            return child.lower_ in self.lexicon.recurrence_marks
        return child.dep_ == "npadvmod" and syntax.lemma(child) in self.lexicon.recurrence_nouns and any(
            c.dep_ == "det" and c.lower_ in ("each", "every", "any") for c in child.children)

    @staticmethod
    def _only_option(token: Token) -> bool:
        return syntax.lemma(token) in ONLY_OPTIONS and any(c.dep_ == "prep" and c.lower_ in ("but", "except") for c in token.children)

    def _modal(self, word: str, under_speech: bool) -> str:
        if word in self.lexicon.future_modals:
            return "future"
        if word in ("would", "'d"):
            return "future" if under_speech else "hypothetical"
        return "hypothetical" if word in self.lexicon.hypothetical_modals else "asserted"

    def _noun_modifier(self, lemma: str, word: str) -> list[str]:
        if lemma in self.lexicon.future_modifiers or word in self.lexicon.future_modifiers:
            return ["future"]
        if word in self.lexicon.intended_modifiers:
            return ["intended"]
        if word in self.lexicon.hypothetical_modifiers or lemma in self.lexicon.hypothetical_modifiers:
            return ["hypothetical"]
        return []

    def _governor(self, token: Token, force: bool = False) -> list[str]:
        """Modality a governing word gives its complement; an attempt at force is an attack ("*tried* to
        kill": CAMEO counts attempted assaults and assassinations as the act)."""
        word = syntax.lemma(token)
        if force and word in ATTEMPTS:
            return []
        if word in self.lexicon.negating_governors:
            return ["negated"]
        if word in self.lexicon.hypothetical_governors:
            return ["hypothetical"]
        if word in self.lexicon.intended_governors:
            return ["intended"]
        if word in self.lexicon.future_governors and (syntax.is_passive(token) or token.tag_ == "JJ" or word == "go"):
            return ["future"]
        return []

    @staticmethod
    def _purpose(token: Token) -> bool:
        """An infinitive saying what another act was for (not "became *the first* to recognise")."""
        if token.dep_ != "advcl":  # asked first: the ordinal test walks the whole governing clause
            return False
        if any(syntax.lemma(t) in ORDINALS for t in token.head.subtree if t.i < token.i and t.head.i != token.i):
            return False
        return (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not syntax.children(token, syntax.SUBJECT_DEPS)
        )

    @staticmethod
    def _adjunct(token: Token) -> bool:
        """ "agreed ... *in* a deal brokered by China": a phrase of place or manner completes nothing."""
        return token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPOSITIONS

    @staticmethod
    def _infinitive(token: Token) -> bool:
        """ "called on Russia *to allow* inspectors in": an infinitive clause completes its verb."""
        return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not syntax.children(token, ("mark",))

    @staticmethod
    def _climbs(token: Token) -> bool:
        """Governing words are reached through complements, and from an event noun that is a
        subject to its verb ("a blockade *would* disrupt shipping")."""
        return token.dep_ in GOVERNING_DEPS or (token.dep_ == "nsubj" and syntax.kind_of(token) == "noun")

    @staticmethod
    def _intended(composite: Composite) -> bool:
        """The act is intended when the outermost frame that changes it is an intent ("plans to join ...")."""
        changing = [f for f in composite.frames() if f not in ("event", "join")]
        return bool(changing) and changing[0] == "intend"

    def judge(self, doc: Doc, composite: Composite, speech_verb: int | None) -> Marker:
        """The act's modality and the name of the rule that decided it."""
        return strongest([m for m in self._judged(doc, composite, speech_verb) if m[1] not in self.disabled])

    def _judged(self, doc: Doc, composite: Composite, speech_verb: int | None) -> list[Marker]:
        top = doc[composite.top.head]
        under_speech = speech_verb is not None
        found = self._markers(top, under_speech)
        if top.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in top.head.children):
            found.append(("negated", "modality.negated.neither_nor"))  # "would neither accept *nor recognise*"
        if self._pending(top):  # "gave them 72 hours to surrender *before the army begins* an assault"
            found.append(("hypothetical", "modality.hypothetical.pending"))
        for predicate in composite.chain[1:]:  # "had *no* talks"
            if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in doc[predicate.head].children):
                found.append(("negated", "modality.negated.negation"))
        if self._intended(composite):  # "plans to send aid"
            found.append(("intended", "modality.intended.frame"))
        elif syntax.lemma(top) in self.lexicon.promise_verbs and not composite.top.frame:  # "*pledged* $1 billion"
            found.append(("intended", "modality.intended.promise_verb"))
        pledge = {"threaten", "intend"} & set(composite.frames())  # a threat's or promise's condition is part of it
        if not pledge and self.conditional(doc, composite, speech_verb):  # "if the rains fail, Kenya *will* face shortages"
            found.append(("hypothetical", "modality.hypothetical.condition"))
        if self._purpose(top) and not self._acted_purpose(top):  # "lifted sanctions *to support* the recovery"
            return found + [("hypothetical", "modality.hypothetical.purpose")]
        verb = syntax.clause_verb(top)
        clause = top if verb is None else verb
        if clause.dep_ == "relcl" and self._recurrence(clause.head):  # "each time *Israel struck* villages"
            found.append(("hypothetical", "modality.hypothetical.recurrence"))
        force = (composite.code or "")[:2] in self.lexicon.attempted_force
        return found + self._governed(top, speech_verb, under_speech, force)

    def refusal(self, doc: Doc, composite: Composite, speech_verb: int | None) -> bool:
        """ "Belgrade *would not* join the sanctions", "Abbas *will not* meet Pence": an actor announcing
        it will not act refuses (12x), also on a condition ("will not sign *unless* ..."); "did not
        meet" or "could not meet" is no event."""
        top = doc[composite.top.head]
        if set(composite.frames()) - {"event", "join"}:  # frames ("refused to", "threatened not to") say what they mean
            return False
        clause = [top, top.head] if top.dep_ == "conj" else [top]  # "would neither accept *nor recognise*"
        children = [c for word in clause for c in word.children]
        negated = any(c.dep_ in ("neg", "preconj") and c.lower_ in self.lexicon.negation for c in children)
        future = any(c.dep_ == "aux" and c.tag_ == "MD" and self._modal(c.lower_, speech_verb is not None) == "future"
                     for c in children)
        governed = {m for m, _ in self._governed(top, speech_verb, speech_verb is not None)}
        return negated and future and not governed & {"hypothetical", "negated"}

    def conditional(self, doc: Doc, composite: Composite, speech_verb: int | None) -> bool:
        """Is the act said to depend on a condition ("*if* Kigali kept backing the rebels")? Looks at the
        act's clause and the clauses governing it, up to the speech verb."""
        current = doc[composite.inner.head]
        climbed = {current.i}  # the condition itself is no act said to depend on one ("... *unless* the court rules first")
        while True:
            for c in current.children:
                if c.dep_ == "advcl" and self._conditional(c) and c.i not in climbed:
                    return True
            if current.head.i == current.i or current.head.i == speech_verb or not self._climbs(current):
                return False
            current = current.head
            climbed.add(current.i)

    def _conditional(self, token: Token) -> bool:
        for child in token.children:  # a loop: asked of every adverbial clause up the act's clauses
            if child.dep_ == "mark" and child.lower_ in self.lexicon.conditional_marks:
                return True
        return False

    def _acted_purpose(self, token: Token) -> bool:
        """ "blocked roads *to protest*", "sent jets *to bomb*": the purpose names the act itself."""
        return syntax.lemma(token) in PROTEST_PURPOSES or syntax.lemma(token.head) in self.lexicon.dispatch_verbs

    def _governed(self, top: Token, speech_verb: int | None, under_speech: bool, force: bool = False) -> list[Marker]:
        """Modality from the words governing ``top``: their own markers, and their meaning when ``top``
        is their complement ("*failed* to reach", "*plans* to visit"), not a clause beside them
        ("dropped a cylinder, *killing* 43"); a relative clause of an object takes its noun's
        ("vetoed a resolution *that demanded* a ceasefire")."""
        found: list[Marker] = []
        current, adjunct, past = top, False, False
        while self._climbs(current) and current.head.i != current.i:
            if current.dep_ == "advcl" and self._circumstantial(current):  # "after Tehran launched drones"
                break
            complement = (current.dep_ in COMPLEMENT_DEPS or self._infinitive(current)) and not self._adjunct(current)
            if current.dep_ == "relcl" and current.head.dep_ in ("nsubj", "nsubjpass"):
                break  # "Orban, who travelled to Moscow, was criticised": the subject's clause is a fact
            adjunct = adjunct or self._adjunct(current)
            past = past or (current.dep_ == "relcl" and _past_tense(current))
            separate = self._separate_conjunct(current)
            current = current.head
            if current.i == speech_verb or (current.dep_ == "prep" and current.lower_ in self.lexicon.background_prepositions):
                break
            if syntax.kind_of(current) in ("verb", "noun") or current.tag_ == "JJ":
                governed = [m for m in self._governor(current, force) if not (adjunct and self._made_in(current, m))] if complement else []
                here = _named(governed, "governor") + ([] if separate else self._markers(current, under_speech))
                here = [m for m in here if m[0] != "negated"] if adjunct else here
                found += [m for m in here if m[0] not in ("future", "intended")] if past else here
        return found

    def _made_in(self, token: Token, modality: str) -> bool:
        """ "*urged* them to stop fighting in a phone call", "*pledged* to deepen ties during a visit":
        the appeal or the past promise or attempt was made in the call or the visit, which happened
        (an accusation still covers its phrase: "accused Russia of targeting her in an attack")."""
        past = token.tag_ == "VBD"
        if modality == "intended":
            return past
        lemma = syntax.lemma(token)
        return modality == "hypothetical" and (lemma in self.lexicon.object_control or (past and lemma in ATTEMPTS))

    @staticmethod
    def _separate_conjunct(token: Token) -> bool:
        """ "would not attend *but welcomed*", "will not attend *and Turkey hosted*": a conjoined verb
        with its own subject, its own tense or a contrast does not share the first verb's negation or
        auxiliaries."""
        if token.dep_ != "conj" or syntax.kind_of(token) != "verb":
            return False
        own_tense = token.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("aux", "auxpass", "neg") for c in token.head.children)
        contrast = any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS for c in token.head.children if c.i < token.i)
        return own_tense or contrast or bool(syntax.children(token, syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS))

    @staticmethod
    def _pending(token: Token) -> bool:
        """A clause of what is yet to come: "before/until" with a verb in the present."""
        clause = syntax.clause_verb(token)
        return clause is not None and clause.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in clause.children)

    @staticmethod
    def _circumstantial(token: Token) -> bool:
        """A clause of time or cause: what it says happened."""
        return any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in token.children)
