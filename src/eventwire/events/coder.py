"""The event coder: predicates, frames, roles, modality, time, place -> Events.

For each parsed sentence: find trigger words (``predicates``), let frames
consume the events they embed (``frames``), find who acted on whom
(``roles``, ``speech``), judge whether it happened (``modality``), date it
(``dates``) and place it (``location``), then build the records
(``assemble``). Sentences without a parse are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..actors.load import history_entries, packaged_territories
from ..config import Settings
from ..types import ActorMention, ActorRef, Document, Event, Modality, ParsedSentence, SentenceActors, Trigger
from . import general, syntax
from .assemble import Draft, build_event, tidy, trigger_of
from .dates import DateResolver, When
from .demonyms import Demonyms, actor_countries_text, country_names, place_names
from .filters import SentenceFilters
from .frames import Composer, Composite, intend_code
from .lexicon import Lexicon
from .location import Gazetteer, Locator, SentencePlaces
from .modality import ModalityJudge
from .ontology import Ontology
from .patterns import PatternSet, kept_patterns
from .predicates import Triggers, find_predicates
from .pronouns import Context, context_of
from .roles import ActorLookup, Filler, RoleFinder, RoleHeads, mention_index
from .confidence import ConfidenceTable
from .rewrites import CodeRewrites
from .rules import RuleRegistry
from .sequence import PhraseIndex
from .speech import Speech, SpeechFinder
from .statements import ObligationFinder
from .targets import TargetPicker, placed, same_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
NOT_YET = ("future", "intended")
FORCE_ROOTS = ("18", "19", "20")
OBLIGATION_DEMAND = "100"  # a demand with no act a pattern knows
ANNOUNCED_MEASURES = ("15", "16")  # deployments and reduced relations announced are measures decided (weapons tests are threats)
ALREADY_INTENT_FRAMES = ("intend", "agree", "threaten", "appeal", "demand", "reject", "deny", "accuse")
TRIGGER_WORDS_KEPT = 200_000  # words whose trigger patterns the coder keeps (``find_predicates``)


@dataclass(frozen=True)
class SentenceContext:
    """What one sentence offers every event found in it."""

    doc: Doc
    lookup: ActorLookup
    speech: SpeechFinder
    relays: tuple[ActorMention, ...]
    places: SentencePlaces
    anchor: When | None  # a past date the previous sentence set, for narrative continuations


def _nobody(token: Token) -> bool:
    """ "no troops", "none of its aircraft", "neither Sudan nor South Sudan"."""
    if token.lower_ in ("none", "no", "neither"):
        return True
    for child in token.children:  # a loop: asked of every argument of every act, mostly words with few dependents
        if (child.dep_ == "det" and child.lower_ in ("no", "neither")) or (child.dep_ == "preconj" and child.lower_ == "neither"):
            return True
    return False


def _rules(code_rules: Sequence[str], source: Filler, target: Filler | None, modality_rule: str) -> tuple[str, ...]:
    """The names of the rules behind one event: its code, source, target and modality, in that order."""
    return (*code_rules, source.rule, target.rule if target else "target.none", modality_rule)


class EventCoder:
    """Codes events; holds the ontology, patterns and gazetteer for one process."""

    def __init__(self, settings: Settings, patterns: PatternSet | None = None, keep_unmapped: bool = False) -> None:
        """``patterns`` replaces the packaged and user patterns (PETRARCH dictionaries give their own);
        ``keep_unmapped`` keeps events whose code has no PLOVER category (to compare raw dictionary codes)."""
        self.settings = settings
        self.ontology = Ontology.packaged()
        self.lexicon = Lexicon.load(settings.events.lexicon)
        if patterns is None:
            patterns = kept_patterns(settings.events.patterns, self.ontology.codes)
        self.patterns: PatternSet = patterns
        self.keep_unmapped = keep_unmapped
        rules = RuleRegistry.packaged()
        self.disabled = rules.checked(settings.events.disabled_rules, "events.disabled_rules")
        self.rewrites = CodeRewrites.packaged(self.ontology, rules)
        self.confidence = ConfidenceTable.packaged()
        self.composer = Composer(self.ontology, self.disabled)
        self.roles = RoleFinder(self.lexicon, self.disabled)
        self.modality = ModalityJudge(self.lexicon, self.disabled)
        self.dates = DateResolver(self.lexicon)
        countries = actor_countries_text()
        self.locator = Locator(Gazetteer(country_names(countries), place_names(countries), history_entries(), packaged_territories()))
        self.demonyms = Demonyms.packaged()
        self.filters = SentenceFilters(self.ontology, self.lexicon)
        self.obligations = ObligationFinder(self.lexicon)
        self.targets = TargetPicker(self.ontology, self.roles, self.locator, self.lexicon.people_nouns,
                                    self.lexicon.institution_nouns, self.lexicon.own_country_targets,
                                    self.lexicon.scene_targets, self.lexicon.scene_prepositions)
        self.discards = PhraseIndex.of(self.patterns.discards)
        self.story_discards = PhraseIndex.of(self.patterns.story_discards)
        self.triggers: Triggers = {}  # the patterns of each word read so far (``find_predicates``)

    def may_have_event(self, text: str) -> bool:
        """Cheap pre-pass: does any word look like a trigger?"""
        forms = self.patterns.surface_forms
        return any(word in forms for word in WORD.findall(text.lower()))

    def code_document(
        self,
        document: Document,
        sentences: Sequence[ParsedSentence],
        actors: Sequence[SentenceActors],
    ) -> tuple[Event, ...]:
        mentions = {a.sentence_index: a.mentions for a in actors}
        words = {s.index: syntax.Words.of(s.doc) for s in sentences}
        if any(self.story_discards.found_in(s.doc, words[s.index]) for s in sentences):
            return ()
        events: list[Event] = []
        anchor: tuple[int, When] | None = None  # (paragraph, when) of the last recalled date
        before = Context()  # the previous sentence's actors, for pronouns
        demonyms = self.demonyms.naming(m.actor.country for found in mentions.values() for m in found)
        for sentence in sentences:
            if not sentence.parsed:
                anchor, before = None, Context()
                continue
            held = anchor[1] if anchor and anchor[0] == sentence.paragraph else None
            own = mentions.get(sentence.index, ())
            index = mention_index(sentence.doc, own)  # read once: the sentence's lookup and the next one's pronouns
            found = self.code_sentence(document, sentence, words[sentence.index], own, held, before, demonyms, index)
            events.extend(found)
            anchor = self._anchor(sentence.paragraph, found)
            before = context_of(sentence.doc, index)
        return tuple(events)

    @staticmethod
    def _anchor(paragraph: int, events: Sequence[Event]) -> tuple[int, When] | None:
        """The recalled date a sentence sets for the next one ("... met in 2018. Kim also met ...")."""
        recalled = next((e for e in events if e.past and e.date), None)
        if recalled is None or recalled.date is None:
            return None
        return paragraph, When(date.fromisoformat(recalled.date), recalled.date_precision, True, False)

    # --- one sentence ------------------------------------------------------

    def code_sentence(self, document: Document, sentence: ParsedSentence, words: syntax.Words,
                      mentions: Sequence[ActorMention], anchor: When | None = None, before: Context | None = None,
                      demonyms: Demonyms | None = None, index: Mapping[int, ActorMention] | None = None) -> list[Event]:
        """``words``: the sentence's lemmas; ``demonyms``: the country words as this document
        reads them (``Demonyms.naming``); ``index``: ``mention_index`` of the mentions, when the caller has it."""
        doc = sentence.doc
        # sports, markets, entertainment: phrases from the discard lists
        if not (mentions or before and before.mentions) or self.discards.found_in(doc, words):
            return []
        if len(self.triggers) >= TRIGGER_WORDS_KEPT:  # a long run meets new words without end
            self.triggers.clear()
        composites = self.composer.compose(doc, find_predicates(doc, self.patterns, self.triggers, words.vocabulary))
        composites = self.filters.keep(doc, composites)
        if not composites and not self._may_oblige(words):  # no act: the sentence's speakers and places are not read
            return []
        index = mention_index(doc, mentions) if index is None else index
        lookup = ActorLookup(self.lexicon, index, demonyms or self.demonyms, before, self.locator)
        speech = SpeechFinder(self.lexicon, lookup, doc, words)
        places = self.locator.places(doc, document.dateline, document.published_date)
        context = SentenceContext(doc, lookup, speech, tuple(speech.relays_in()), places, anchor)
        drafts = [draft for composite in composites for draft in self.drafts(document, context, composite)]
        taken = frozenset(p.head for c in composites for p in c.chain)
        drafts += self._obligations(document, context, taken)
        return tidy([build_event(draft, self.ontology, document.doc_id, sentence.index, sentence.text, self.confidence)
                     for draft in drafts])

    def _may_oblige(self, words: syntax.Words) -> bool:
        """Could ``_obligations`` find a statement here: is it on, and has the sentence an obligation modal?"""
        return self._on("code.obligation_statement") and not self.lexicon.obligation_modals.isdisjoint(words.lowers)

    def _obligations(self, document: Document, context: SentenceContext, taken: frozenset[int]) -> list[Draft]:
        """ "X said Y must ..." for acts no pattern knows: X demands it of Y (100)."""
        if not self._on("code.obligation_statement"):
            return []
        doc, drafts = context.doc, []
        for said in self.obligations.find(doc, context.speech, context.lookup, taken):
            verb = doc[said.verb]
            when = self.dates.resolve([verb], [doc[said.speech_verb]], document.published_date, future=False)
            span = doc[min(said.modal, said.verb) : max(said.modal, said.verb) + 1]
            trigger = Trigger(span.text, span.start_char, span.end_char)
            location = context.places.locate([said.verb])
            reported = context.relays[0].ref() if context.relays else None
            speaker = replace(said.speaker, rule="source.speaker")
            for obliged in said.obliged:
                drafts.append(Draft(OBLIGATION_DEMAND, speaker.mention.ref(), obliged.mention.ref(), "asserted", when, reported,
                                    location, trigger, _rules(["code.obligation_statement"], speaker,
                                                              replace(obliged, rule="target.obliged"), "modality.asserted.obligation")))
        return drafts

    # --- one event ---------------------------------------------------------

    def _sources(self, context: SentenceContext, heads: RoleHeads, fillers: list[Filler],
                 spoken: Speech | None) -> list[Filler]:
        """Actors with a country or an organisation code ("the government" of no known country acts for no one)."""
        return [f for f in self._named_sources(context, heads, fillers, spoken) if placed(f.mention)]

    def _named_sources(self, context: SentenceContext, heads: RoleHeads, fillers: list[Filler],
                       spoken: Speech | None) -> list[Filler]:
        named = [f for f in fillers if f.mention is not None and f.mention not in context.relays]
        if named:
            return named
        speaker = spoken.speaker if spoken else None
        unnamed = not heads.sources or (fillers and fillers[0].pronoun)  # a subject we cannot read is not the speaker
        if heads.agentless:  # "the Taliban said civilians *had been killed*": not the speaker's act
            return []
        if speaker is not None and speaker.mention is not None and not spoken.relays and unnamed and self._on("source.speaker"):
            return [replace(speaker, rule="source.speaker")]
        return []

    def _on(self, *rules: str) -> bool:
        """Are these rules enabled (none of them named by ``--disable``)?"""
        return not self.disabled or self.disabled.isdisjoint(rules)

    def _general_sources(self, context: SentenceContext, composite: Composite, heads: RoleHeads) -> list[Filler]:
        """The general tier: the nearest actor inside the subject phrase of the act ("engineers *from
        a Norwegian charity*", "gunmen *in northern Mali*"), when no specific rule named one."""
        doc, lookup = context.doc, context.lookup
        top = doc[composite.top.head]
        own_noun = top.dep_ == "dobj" and any(c.tag_ == "PRP$" for c in top.children)  # "X reiterated *its* demand"
        if heads.agentless or not (syntax.kind_of(top) == "verb" or own_noun) or not self._on("source.general.subject_phrase"):
            return []  # nouns in other phrases are background
        triggers = {composite.inner.head, composite.top.head}
        if own_noun:
            return self._general_sources_of(context, [t.i for t in general.clause_subject(top.head)])
        subjects = [h.i for h in heads.sources if h.i not in triggers] or [t.i for p in (composite.inner, composite.top)
                                                                        for t in general.clause_subject(doc[p.head])]
        # a statement noun stands for whoever issued it ("*X* issued a statement demanding ...")
        subjects += [t.i for i in subjects if doc[i].dep_ in ("dobj", "attr") and doc[i].head.i not in triggers
                     for t in general.clause_subject(doc[i].head)]
        return self._general_sources_of(context, subjects)

    def _general_sources_of(self, context: SentenceContext, subjects: list[int]) -> list[Filler]:
        """The first actor heading or inside one of the subject phrases."""
        doc, lookup, relays = context.doc, context.lookup, set(context.relays)

        def allowed(mention: ActorMention, prep: str | None) -> bool:
            return placed(mention) and mention not in relays

        for head in dict.fromkeys(subjects):
            own = lookup.index.get(head)
            found = (head, own) if own is not None and allowed(own, None) else general.nearest_actor(
                doc[head], lambda t: lookup.index.get(t.i), allowed, subject=True)
            if found is not None:
                return [Filler(*found, rule="source.general.subject_phrase")]
        return []

    def _unattributed(self, context: SentenceContext, composite: Composite, predicate_heads: list[int]) -> list[Filler]:
        """Force whose attacker no one names ("a roadside bomb killed three soldiers", "civilians were
        killed in an air strike") is coded, as PLOVER codes it, from unidentified forces of the country
        where it happened; with no place named, it is not coded."""
        code = composite.code
        if code is None or code[:2] not in FORCE_ROOTS or not self._on("source.general.unattributed"):
            return []
        doc, trigger = context.doc, context.doc[composite.inner.head]
        if not general.in_main_clause(trigger):  # force recalled in a clause of another act is background
            return []
        place = next((m for t in [*(doc[i] for i in predicate_heads), *doc] if (m := self.locator.place_under(t))), None)
        if place is None or place.actor.country is None:
            return []
        return [Filler(trigger.i, general.unattributed(place.actor.country, trigger), rule="source.general.unattributed")]

    def _modality(self, context: SentenceContext, composite: Composite, spoken: Speech | None,
                  heads: RoleHeads) -> tuple[Modality, str]:
        """The modality and the name of the rule that decided it."""
        doc = context.doc
        modality, rule = self.modality.judge(doc, composite, spoken.verb if spoken else None)
        top = doc[composite.top.head]
        arguments = [*(h.i for h in heads.sources), *(c.i for c in top.children if c.dep_ in ("dobj", "nsubjpass"))]
        if any(_nobody(doc[i]) for i in arguments) and self._on("modality.negated.nobody"):
            return "negated", "modality.negated.nobody"  # "*no* troops were involved", "*neither* X *nor* Y has sent"
        speaker = doc[spoken.speaker_head] if spoken and spoken.speaker_head is not None else None
        if modality == "future" and speaker is not None and syntax.lemma(speaker) in self.lexicon.speculators \
                and self._on("modality.hypothetical.speculator"):
            return "hypothetical", "modality.hypothetical.speculator"  # "experts said a blockade would ..."
        return modality, rule  # type: ignore[return-value]

    def _obligation(self, context: SentenceContext, composite: Composite, spoken: Speech | None,
                    sources: list[Filler]) -> Filler | None:
        """The speaker who says the actor *must* or *should* act: the speaker demands it."""
        top = context.doc[composite.top.head]
        if spoken is None or spoken.relays or spoken.speaker is None or spoken.speaker.mention is None:
            return None
        if not any(c.dep_ == "aux" and c.lower_ in self.lexicon.obligation_modals for c in top.children):
            return None
        speaker = spoken.speaker
        return speaker if all(s.mention.actor.code != speaker.mention.actor.code for s in sources) else None

    @staticmethod
    def _watchdog(spoken: Speech | None, code: str, modality: Modality) -> ActorRef | None:
        """A rights group reporting force or repression accuses the perpetrator (1122): the group."""
        speaker = spoken.speaker.mention if spoken and spoken.speaker else None
        if speaker is None or not speaker.actor.code.startswith("NGO") or modality != "asserted":
            return None
        return speaker.ref() if code[:2] in ("17", "18", "19", "20") else None

    def _needs_target(self, code: str | None, source: Filler, composite: Composite, doc: Doc, joint: bool = False) -> bool:
        """PLOVER: cooperation, aid and sanctions need a recipient; a lone party consulting nobody
        named is not recorded either (an international body meeting is). A promise (AGREE) of such
        an act to no one named is no event either, nor a warning of nothing against no one ("warning
        that the offer was the best the group could expect")."""
        if code is None:
            return False
        if len(composite.chain) == 1 and composite.top.frame == "threaten":
            return self._hollow_warning(doc[composite.top.head])
        if source.mention.actor.code.startswith("IGO"):
            return False
        plover = self.ontology.get(code).plover
        if joint:  # "Denmark and the Netherlands donated jets": aid and sanctions by several still need a recipient
            return plover in self.lexicon.joint_needs_target
        inner = self.ontology.get(composite.inner.code).plover if composite.inner.code else None
        if plover == "REQUEST" and inner == "PROTEST":  # "called for mass protests": a call to the public, not to an actor
            return True
        if plover == "AGREE" and inner:
            plover = inner
        return plover in self.lexicon.needs_target

    def _hollow_warning(self, trigger: Token) -> bool:
        """ "warning that the offer was the best the group could expect": a warning of no force or
        penalty ("*threatened* to weaponise", "warned that Moscow had the right to use *nuclear
        weapons*" are threats)."""
        if syntax.lemma(trigger) == "threaten":
            return False
        return not any(syntax.lemma(t) in self.lexicon.threat_words for t in trigger.subtree)

    def _rewritten(self, doc: Doc, composite: Composite, code: str | None, sources: list[Filler],
                   modality: Modality) -> tuple[str | None, str | None]:
        """The code after the rewrites table (``data/code-rewrites.toml``), and the rule that rewrote it."""
        trigger = syntax.lemma(doc[composite.inner.head])
        actors = [s.mention.actor for s in sources]
        code, row = self.rewrites.apply(code, trigger, actors, composite.inner.pattern.literal, self.disabled)
        if row is None:
            return code, None
        if row.promised and modality in NOT_YET:  # "will hold joint drills": promised cooperation is AGREE
            code = intend_code(code, self.ontology)
        return code, row.rule

    def _code(self, composite: Composite, modality: Modality, announced: bool = False) -> tuple[str | None, list[str]]:
        """The code as the modality makes it: promised cooperation is AGREE, force promised or announced
        by its actor ("said it *would* conduct a nuclear test") a threat. Also the names of the rules
        that gave it."""
        code = composite.code
        if code is None:
            return None, []
        rules = [self.code_rule(composite)]
        if not self._on(rules[0]):
            return None, []
        literal = composite.top.pattern.literal
        if not literal and modality in NOT_YET and not set(composite.frames()) & set(ALREADY_INTENT_FRAMES) \
                and self._on("code.intent_of_promise"):
            # conflict its actor announces is a threat (13x); announced sanctions and deployments are decisions and stay
            threat = code == "150" or (self.ontology.get(code).quad_class == 4 and code[:2] not in ANNOUNCED_MEASURES)
            promised = intend_code(code, self.ontology, promised=modality == "intended" or (announced and threat))
            rules += ["code.intent_of_promise"] if promised != code else []
            code = promised
        return self._emitted(code), rules

    @staticmethod
    def code_rule(composite: Composite) -> str:
        """The rule that gave the composite's code: the trigger's own pattern, or a frame over an embedded act."""
        return f"code.frame.{composite.top.frame}" if len(composite.chain) > 1 else "code.pattern"

    def _emitted(self, code: str | None) -> str | None:
        """The code if events with it are emitted: it has a PLOVER category, or unmapped codes are kept."""
        if code is None:
            return None
        return code if self.keep_unmapped or self.ontology.lookup(code).plover else None

    def _when(self, context: SentenceContext, composite: Composite, spoken: Speech | None, modality: Modality,
              published: date | None) -> When:
        doc = context.doc
        own = [doc[composite.top.head], doc[composite.inner.head]]
        governors = [doc[spoken.verb]] if spoken else []
        when = self.dates.resolve(own, governors, published, future=modality in NOT_YET)
        if not when.explicit and context.anchor is not None and self._past_tense(own[0]):
            return context.anchor
        return when

    @staticmethod
    def _past_tense(token: Token) -> bool:
        verb = syntax.clause_verb(token)
        return verb is not None and verb.tag_ == "VBD"

    def drafts(self, document: Document, context: SentenceContext, composite: Composite) -> Iterator[Draft]:
        doc = context.doc
        heads = self.roles.heads(doc, composite)
        predicate_heads = [composite.top.head, composite.inner.head]
        spoken = context.speech.governing(doc[composite.top.head])
        fillers = context.lookup.fillers(doc, heads.sources, predicate_heads)
        sources = self._sources(context, heads, fillers, spoken) or self._general_sources(context, composite, heads)
        unattributed = not sources
        sources = sources or self._unattributed(context, composite, predicate_heads)
        if not sources:
            return
        targets = self.targets.pick(doc, context.lookup, heads, composite, predicate_heads, sources)
        if unattributed and not targets:  # force by no one named on no one named says nothing
            return
        modality, modality_rule = self._modality(context, composite, spoken, heads)
        code, code_rules = self._code(composite, modality, announced=spoken is not None and not spoken.relays)
        conditional = modality == "hypothetical" and self._conditional(doc, composite, spoken, sources)
        if conditional and self.ontology.get(composite.inner.code).quad_class == 4 \
                and self._on("code.conditional_threat", "modality.asserted.conditional_threat"):
            code, modality = self.ontology.about("13", composite.inner.code), "asserted"
            code_rules, modality_rule = [*code_rules, "code.conditional_threat"], "modality.asserted.conditional_threat"
        elif conditional and self.ontology.get(composite.inner.code).cooperative \
                and self._on("code.conditional_offer", "modality.asserted.conditional_offer"):
            code, modality = intend_code(composite.inner.code, self.ontology), "asserted"  # "would meet him if ...": an offer
            code_rules, modality_rule = [*code_rules, "code.conditional_offer"], "modality.asserted.conditional_offer"
        refusable = code and (self.ontology.get(code).cooperative or "join" in composite.frames())
        if modality == "negated" and refusable and self.modality.refusal(
                doc, composite, spoken.verb if spoken else None) and self._on("code.refusal", "modality.asserted.refusal"):
            code, modality = self.ontology.about("12", code), "asserted"  # "will not join": a refusal
            code_rules, modality_rule = [*code_rules, "code.refusal"], "modality.asserted.refusal"
            if "join" in composite.frames():  # not joining a boycott of Israel rejects no Israel, nor is the EU refusing its own sanctions
                joined = {t.i for c in composite.coagents for t in doc[c].subtree}
                sources = [s for s in sources if s.token not in joined] or sources
                pressers = self.roles.tag("target.presser", self.roles.pressers(doc, composite))
                targets = context.lookup.fillers(doc, pressers, predicate_heads)
                targets = [t for t in targets if t.mention is not None and not any(same_actor(t, s) for s in sources)]
        reverse = self._emitted(composite.inner.pattern.reverse_code) if len(composite.chain) == 1 and self._on("code.reverse") else None
        if code is None and reverse is None:
            return
        if not targets and self._needs_target(code, sources[0], composite, doc, joint=len(sources) > 1):
            return
        demand = self._obligation(context, composite, spoken, sources)
        if demand is not None and self._on("code.obligation_demand", "modality.asserted.obligation"):  # "Zarif said Washington must lift all sanctions"
            code, sources, targets, modality = self.ontology.about("10", code), [replace(demand, rule="source.speaker")], sources, "asserted"
            code_rules, modality_rule = [*code_rules, "code.obligation_demand"], "modality.asserted.obligation"
        code, rewrite = self._rewritten(doc, composite, code, sources, modality)
        code_rules += [rewrite] if rewrite else []
        allied = self._joint(doc, composite, code, sources)
        when = self._when(context, composite, spoken, modality, document.published_date)
        location = context.places.locate(predicate_heads)
        trigger = trigger_of(doc, composite)
        pattern = composite.inner.pattern
        mutual = self._mutual(doc, composite, code) and self._on("target.mutual")
        for source, target in self._pairs(sources, targets, mutual):
            if target is None and pattern.needs_target or self._own_relations(code, source, target):
                continue
            reported = self._reported_by(context, spoken, source)
            if code is not None:
                yield Draft(code, source.mention.ref(), target.mention.ref() if target else None, modality, when,
                            reported, location, trigger, _rules(code_rules, source, target, modality_rule))
            if reverse is not None and target is not None:  # PETRARCH [032:033]: the act seen from the target
                yield Draft(reverse, target.mention.ref(), source.mention.ref(), modality, when, reported, location,
                            trigger, _rules(["code.reverse"], target, source, modality_rule))
            if allied:  # "Kenyan and Somali forces carried out joint operations": they cooperate too
                yield from (Draft(self.rewrites.joint_code, source.mention.ref(), other.mention.ref(), modality, when,
                                  self._reported_by(context, spoken, source), location, trigger,
                                  _rules([*code_rules, self.rewrites.joint_rule], source, replace(other, rule="target.coactor"), modality_rule))
                            for other in sources if other.mention.actor.country != source.mention.actor.country)

    def _conditional(self, doc: Doc, composite: Composite, spoken: Speech | None, sources: list[Filler]) -> bool:
        """Does the actor announce the act on a condition? Force so announced is a threat (13x: "said he
        *would* declare war *if* ..."), cooperation an offer (03x: "said they would meet him if ...")."""
        inner = composite.inner.code
        if spoken is None or spoken.relays or inner is None:
            return False
        speaker = spoken.speaker.mention if spoken.speaker else None
        actor = (lambda a: a.country or a.code)
        announced = speaker is not None and any(actor(s.mention.actor) == actor(speaker.actor) for s in sources)
        return announced and self.modality.conditional(doc, composite, spoken.verb)

    def _own_relations(self, code: str | None, source: Filler, target: Filler | None) -> bool:
        """Relations are reduced between countries: "suspended parliament" is no sanction of its own country."""
        if code is None or target is None or self.ontology.get(code).root != "16":
            return False
        country = source.mention.actor.country
        return country is not None and country == target.mention.actor.country

    def _joint(self, doc: Doc, composite: Composite, code: str | None, sources: list[Filler]) -> bool:
        """Is the act a *joint* use of force by several countries ("joint offensive", "combined operations",
        "alongside")? Then they cooperate militarily among themselves too."""
        countries = {s.mention.actor.country or s.mention.actor.code for s in sources}
        if code is None or len(countries) < 2 or composite.inner.pattern.literal:
            return False
        joint = any(syntax.lemma(w) in self.lexicon.joint_modifiers for p in composite.chain for w in doc[p.head].subtree if w.i < p.head)
        joint = joint or any(syntax.lemma(m) in self.lexicon.joint_modifiers for _, o in syntax.prep_objects(doc[composite.top.head], "in")
                             for m in syntax.children(o, ("amod",)))  # "seized cocaine *in a joint raid*"
        joint = joint or any(c.lower_ in ("alongside",) for c in doc[composite.top.head].children)
        return joint and self.ontology.get(code).quad_class == 4 and self._on(self.rewrites.joint_rule)

    def _mutual(self, doc: Doc, composite: Composite, code: str | None) -> bool:
        """Do coordinated actors with no target act on each other? PETRARCH's '%' patterns say so;
        our own patterns for meetings and joint cooperation ("Xi and Kim met", "held joint drills")
        and those marked mutual ("clashed", "signed a treaty") too; agreeing only as a verb ("Chad
        and Niger *agreed*"): talks someone offers to host are not yet agreed by the parties."""
        if any(p.pattern.mutual for p in composite.chain):
            return True
        if composite.inner.pattern.literal or code is None:
            return False
        plover = self.ontology.lookup(code).plover
        verb = syntax.kind_of(doc[composite.top.head]) == "verb"
        return plover in self.lexicon.mutual_categories or (verb and plover in self.lexicon.mutual_verb_categories)

    @staticmethod
    def _pairs(sources: list[Filler], targets: list[Filler], mutual: bool = False) -> Iterator[tuple[Filler, Filler | None]]:
        """One event per actor pair. Coordinated actors of a mutual act with no target named ("Xi and
        Kim met") act on each other, one event each way; of other acts ("Britain and France
        condemned ...") each gets its own event with no target."""
        if mutual and not targets and len(sources) > 1:
            targets = [replace(s, rule="target.mutual") for s in sources]
        for source in sources:
            for target in targets or [None]:
                if target is None or target.mention.actor != source.mention.actor:  # not the actor itself
                    yield source, target

    @staticmethod
    def _reported_by(context: SentenceContext, spoken: Speech | None, source: Filler):
        if context.relays:
            return context.relays[0].ref()
        speaker = spoken.speaker if spoken else None
        if speaker is not None and speaker.mention is not None and speaker.mention != source.mention:
            return speaker.mention.ref()
        return None
