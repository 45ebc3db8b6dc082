"""Who an event is directed at: the first target phrase naming an actor, then fallbacks.

Target phrases come from ``roles`` in groups, most likely first. When none
names an actor, the role policy's fallback steps (``data/role-policy.toml``):
a modifier of the act ("*X-Y* relations"), a place standing for its country
("arrived *in* a capital") where the kind of act allows it, the scene of
force, ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..types import Actor, ActorMention
from . import general, syntax
from .frames import Composite
from .location import Locator
from .ontology import CameoCode, Ontology
from .roles import BORDER_NOUNS, ActorLookup, Filler, RoleFinder, RoleHeads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OWN_ARGUMENT_RULES = frozenset({"target.slot", "target.object", "target.dative"})  # the act's own objects
GIVING_CODES = ("071", "072", "075")  # economic and military aid, asylum: given to others
OWN_FORCE_ROOTS = ("15",)  # military posture: troops moved about their own country name no target
OWN_FORCE_CODES = ("087",)
DOMESTIC_KINDS = ("COERCE", "ASSAULT", "ACCUSE", "RETREAT", "CONCEDE")  # acts done to people, mostly at home
INSTITUTION_KINDS = ("COERCE", "ASSAULT", "PROTEST", "REJECT", "ACCUSE")  # acts on a country's institutions, mostly by its own people


@dataclass(frozen=True)
class Scene:
    """What a fallback extractor looks at: the sentence, the act and its sources."""

    doc: Doc
    lookup: ActorLookup
    composite: Composite
    heads: RoleHeads
    predicate_heads: list[int]
    sources: list[Filler]


def placed(mention: ActorMention | None) -> bool:
    """Has the actor a country, or is it an international, non-governmental or armed group?"""
    return mention is not None and (mention.actor.country is not None or mention.actor.code[:3] in ("IGO", "NGO", "IMG"))


def _name_span(token: Token):
    """A proper name with the words of it before the head ("Jose Ruben *Zamora*")."""
    start = min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.tag_ in syntax.PROPER_TAGS)])
    return token.doc[start : token.i + 1]


def _acted_on(token: Token) -> list[int]:
    """Who the act itself is done to: its object or passive subject ("arrested *X*", "*X* was freed"),
    a noun's "of" phrase ("the arrest *of X*")."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    found += [o for c in found if c.tag_ == "CD" for _, o in syntax.prep_objects(c, "of")]  # "freed 82 *of the schoolgirls*"
    return [t.i for t in found]


def _moved(token: Token) -> bool:
    """Is the phrase what the act moves (the object, or the "of" phrase of an event noun), rather
    than whom it is done to (a prepositional target such as "surrendered *to* X")?"""
    return token.dep_ in ("dobj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "of")


def same_actor(one: Filler, other: Filler) -> bool:
    """The same actor: one code, and one name or a name missing ("Obama endorsed Biden" are two USA actors)."""
    if one.mention is None or other.mention is None or one.mention.actor.code != other.mention.actor.code:
        return False
    names = (one.mention.actor.name, other.mention.actor.name)
    return None in names or names[0] == names[1]


def same_country(one: ActorMention, other: ActorMention) -> bool:
    if one.actor.code == other.actor.code:
        return True
    return one.actor.country is not None and one.actor.country == other.actor.country


class TargetPicker:
    def __init__(self, ontology: Ontology, roles: RoleFinder, locator: Locator, people_nouns: frozenset[str] = frozenset(),
                 institution_nouns: frozenset[str] = frozenset(), own_country_kinds: frozenset[str] = frozenset(),
                 scene_kinds: frozenset[str] = frozenset(), scene_prepositions: frozenset[str] = frozenset()) -> None:
        self.ontology = ontology
        self.roles = roles
        self.locator = locator
        self.people_nouns = people_nouns
        self.institution_nouns = institution_nouns
        self.own_country_kinds = own_country_kinds
        self.scene_kinds = scene_kinds
        self.scene_prepositions = scene_prepositions
        self.disabled = roles.disabled

    def _named(self, rule: str, fillers: Iterable[Filler]) -> list[Filler]:
        """The fillers as found by ``rule``; none when the rule is disabled."""
        return [] if rule in self.disabled else [f.found_by(rule) for f in fillers]

    def pick(self, doc: Doc, lookup: ActorLookup, heads: RoleHeads, composite: Composite, predicate_heads: list[int],
                 sources: list[Filler]) -> list[Filler]:
        """The first group of target phrases that names an actor other than the sources; an unresolved
        pronoun there (an object "him" no actor resolves) means the target is unknown, not somewhere else."""
        own_forces = self._own_forces(composite)
        for group in heads.targets:
            fillers = lookup.fillers(doc, group, predicate_heads)
            found = [t for t in fillers if t.mention is not None and not any(same_actor(t, s) for s in sources)]
            if len(sources) > 1 and self.ontology.get(composite.code).root in ("04", "05", "06"):
                found = [t for t in found if t.mention.rule != "place" and not any(same_country(t.mention, s.mention) for s in sources)]
            if composite.code.startswith(GIVING_CODES):  # "gave Kenya vehicles to help *its troops*": not its own (rescues are)
                found = [t for t in found if not any(same_country(t.mention, s.mention) for s in sources)]
            if own_forces:  # "put *its air force* on alert": a country's own forces are not its target
                found = [t for t in found if not (_moved(doc[t.token]) and any(same_country(t.mention, s.mention) for s in sources))]
                # troops sent to a border guard a line and name no one (a border "with" a country names one)
                found = [t for t in found if syntax.lemma(doc[t.token]) not in BORDER_NOUNS]
            if found:  # a bare sector beside a country ("X's lawmakers and banks"): the country
                return [t for t in found if placed(t.mention)] or found
            if any(f.pronoun and f.rule in OWN_ARGUMENT_RULES for f in fillers):
                return []  # an object pronoun no actor resolves ("urged *him* to ..."): the target is unknown
        return self._fallback(Scene(doc, lookup, composite, heads, predicate_heads, sources))

    def _fallback(self, scene: Scene) -> list[Filler]:
        """No group named an actor: the steps the role policy gives for this kind of act, in order; a
        step takes the first of its alternatives that finds someone, and a place step keeps only the
        places the kind of act allows."""
        composite, policy = scene.composite, self.roles.policy
        entry = self.ontology.get(composite.code)
        placed_kind = any(p.pattern.places for p in composite.chain)
        for step in policy.fallback_steps(len(scene.sources) > 1, placed_kind, composite.code or "", entry.quad_class):
            found = next((f for name in step if (f := FALLBACK_EXTRACTORS[name](self, scene))), [])
            if policy.filtered.intersection(step):
                found = self._at_home_or_away(entry, found, scene.sources)
            if found:
                return found
        return []

    def _phrase_actor(self, doc: Doc, lookup: ActorLookup, composite: Composite, sources: list[Filler]) -> list[Filler]:
        """The general tier: the nearest actor in the act's own phrases, of another country than the
        actor's (a place it happens in only for acts whose scene stands for their target)."""
        if composite.code is None or len(sources) > 1:  # several actors of one act: their own pairs (``coder._pairs``)
            return []
        kind = self._kind(composite)
        own = [s.mention for s in sources if s.mention is not None]

        def mention_of(token: Token) -> ActorMention | None:
            if token.i in lookup.index:
                return lookup.index[token.i]
            if token.dep_ in ("amod", "compound", "nmod") and lookup.demonyms is not None:
                return lookup.demonyms.mention(token)
            return self.locator.place_actor(token) if token.dep_ == "pobj" else None

        def allowed(mention: ActorMention, prep: str | None) -> bool:
            if not placed(mention) or any(same_country(mention, o) for o in own):  # one's own side: the next tier's
                return False
            return prep not in self.scene_prepositions or kind in self.scene_kinds  # "a summit in Vilnius" is no meeting with Lithuania

        skip = {s.token for s in sources}
        if self._own_forces(composite):  # troops sent "to the *Colombian* border" guard a line, no one named
            skip |= {t.i for t in doc if syntax.lemma(t) in BORDER_NOUNS for t in t.subtree}
        for head in dict.fromkeys((composite.inner.head, composite.top.head)):
            found = general.nearest_actor(doc[head], mention_of, allowed, frozenset(skip))
            if found is not None:
                return [Filler(*found)]
        return []

    def _own_country(self, doc: Doc, composite: Composite, sources: list[Filler]) -> list[Filler]:
        """The general tier's last word: for the kinds of act aimed at home when no one else is named
        (protests, repression, concessions), a non-state actor's own country."""
        own = [s.mention for s in sources if s.mention is not None]
        if composite.code is None or len(own) != 1 or not own[0].actor.country:
            return []
        if own[0].actor.code == own[0].actor.country or self._kind(composite) not in self.own_country_kinds:
            return []  # a state acting at home names no other party
        trigger = doc[composite.inner.head]
        return [Filler(trigger.i, general.own_country(own[0].actor, "", trigger))]

    def _own_forces(self, composite: Composite) -> bool:
        """Military posture and de-escalation: acts on a country's own forces."""
        code = composite.code
        return code is not None and (self.ontology.get(code).root in OWN_FORCE_ROOTS or code.startswith(OWN_FORCE_CODES))

    def _kind(self, composite: Composite) -> str | None:
        """The PLOVER category an act is aimed as: a threat as the act it threatens."""
        kind = self.ontology.get(composite.code).plover
        if kind == "THREATEN" and composite.inner.code:
            return self.ontology.get(composite.inner.code).plover
        return kind

    def _conceded_to(self, doc: Doc, lookup: ActorLookup, composite: Composite, predicate_heads: list[int],
                     sources: list[Filler]) -> list[Filler]:
        """A concession with no one named yields to whoever pressed for it in its "after" clause ("withdrew
        the bill *a day after protesters* stormed parliament", "gave up its weapons *after* nine months
        of talks *with Britain*")."""
        if composite.code is None or self.ontology.get(composite.code).plover != "CONCEDE":
            return []
        heads: list[int] = []
        for token in {doc[composite.top.head], doc[composite.inner.head]}:
            for clause in syntax.children(token, ("advcl",)):
                if any(m.lower_ == "after" for m in syntax.children(clause, ("mark",))):
                    heads += [s.i for s in syntax.children(clause, syntax.SUBJECT_DEPS)]
            for _, noun in syntax.prep_objects(token, "after"):
                nouns = [noun, *(o for _, o in syntax.prep_objects(noun, "of"))]
                nouns += [o for n in nouns[1:] for _, o in syntax.prep_objects(n, "of")]
                heads += [o.i for n in nouns for _, o in syntax.prep_objects(n, "with")]
        found = [f for f in lookup.fillers(doc, heads, predicate_heads) if f.mention is not None and placed(f.mention)]
        return [f for f in found if not any(same_actor(f, s) for s in sources)]

    def _domestic(self, doc: Doc, heads: RoleHeads, composite: Composite, sources: list[Filler]) -> list[Filler]:
        """A person or group the actor stage could not place, arrested, charged, killed or freed by a
        national actor, is taken to be of that actor's country ("Guatemalan prosecutors arrested *Jose
        Ruben Zamora*", "Saudi Arabia executed *the cleric*"): foreigners are named as such. So are the
        country's institutions protested at, attacked or rejected ("stormed *the president's* residence")."""
        if len(sources) != 1 or composite.code is None:
            return []
        actor = sources[0].mention.actor
        kind = self.ontology.get(composite.code).plover
        if kind == "THREATEN" and composite.inner.code:  # "vowed to ban *rival parties*": as the act threatened
            kind = self.ontology.get(composite.inner.code).plover
        if actor.country is None or kind not in (*DOMESTIC_KINDS, *INSTITUTION_KINDS):
            return []
        for acted_on in _acted_on(doc[composite.inner.head]):
            person = acted_on if kind in DOMESTIC_KINDS and self._unplaced_person(doc[acted_on]) else None
            i = person if person is not None else self._institution(doc[acted_on], kind) if kind in INSTITUTION_KINDS else None
            if i is not None:
                span = doc[i : i + 1] if doc[i].tag_ not in syntax.PROPER_TAGS else _name_span(doc[i])
                place = Actor(code=actor.country, country=actor.country, sector=None, name=span.text)
                mention = ActorMention(span.text, span.start_char, span.end_char, place, span.start, span.end,
                                       "domestic: the actor's own country")
                return [Filler(i, mention)]
        return []

    def _institution(self, token: Token, kind: str) -> int | None:
        """A word for the country's own institutions heading the phrase or owning it ("stormed *the
        president's* residence", "raided the offices *of the tribunal*"; a boycott of the opening of
        parliament is no protest at parliament), when the actor stage gave it no country."""
        owners = [o for _, o in syntax.prep_objects(token, "of")] if kind != "PROTEST" else []
        for word in (token, *syntax.children(token, ("poss",)), *owners):
            if syntax.lemma(word) in self.institution_nouns and self.locator.place_actor(word) is None:
                return word.i
        return None

    def _unplaced_person(self, token: Token) -> bool:
        """A person's full name that is no place ("Nelson Mandela"), or a word for people ("a man", "the cleric")."""
        if token.tag_ in syntax.PROPER_TAGS:
            return len(_name_span(token)) > 1 and self.locator.place_actor(token) is None
        return syntax.lemma(token) in self.people_nouns

    def _object_phrase_countries(self, doc: Doc, lookup: ActorLookup, composite: Composite, predicate_heads: list[int],
                                 sources: list[Filler]) -> list[Filler]:
        """A country adjective inside the act's own object phrase: "demanded an end *to Israeli* settlement
        building", "called for the withdrawal *of Russian* troops" (never people: "the release of a British
        journalist" is aimed at whoever holds him)."""
        objects = [o for p in composite.chain for o in syntax.children(doc[p.head], ("dobj",))]
        nouns = [n for o in objects for prep, n in syntax.prep_objects(o) if prep in ("to", "of")
                 and not self._unplaced_person(n)]
        found = [f for f in lookup.fillers(doc, [n.i for n in nouns], predicate_heads) if f.mention is not None]
        return [t for t in found if all(not same_country(t.mention, s.mention) for s in sources)][:1]

    def _at_home_or_away(self, entry: CameoCode, found: list[Filler], sources: list[Filler]) -> list[Filler]:
        """Places kept as targets by kind of act (``[targets.places]`` of the role policy)."""
        policy = self.roles.policy
        if entry.code.startswith(policy.countries_only):  # a country named as such, not a town in it
            found = [t for t in found if self.locator.is_country(t.mention)]
        if entry.quad_class in policy.abroad_only_quads or entry.code.startswith(policy.abroad_only_families):
            return [t for t in found if all(not same_country(t.mention, s.mention) for s in sources)]  # not at home
        return found

    def _scene(self, doc: Doc, composite: Composite, sources: list[Filler]) -> list[Filler]:
        """Force, coercion and protest with no victim named fall on the country where they happen
        ("fired into crowds in Rangoon", "killed civilians in Darfur")."""
        if len(sources) != 1 or composite.code is None or self.ontology.lookup(composite.code).quad_class != 4:
            return []
        for predicate in composite.chain:
            found = self.locator.place_under(doc[predicate.head])
            if found is not None:
                return [Filler(predicate.head, found)]
        return []

    def _named_countries(self, doc: Doc, heads: RoleHeads) -> list[Filler]:
        """A country's name heading a target phrase is that country, whatever the act ("took aim *at
        Britain*"), even when the actor stage read it as a place."""
        for group in heads.targets:
            places = [(i, self.locator.place_actor(doc[i])) for i, _ in group]
            found = [Filler(i, m) for i, m in places if m is not None and self.locator.is_country(m)]
            if found:
                return found
        return []

    def _place_targets(self, doc: Doc, heads: RoleHeads) -> list[Filler]:
        """A place named where the target goes stands for its country: "arrived in Pyongyang",
        "struck Kyiv", "positions inside Georgia"."""
        for group in heads.targets:
            phrases = [t for i, _ in group for t in syntax.with_conjuncts(doc[i])]
            places = [(t.i, self.locator.place_in_phrase(t, skip=syntax.with_conjuncts(t)[1:] + syntax.clauses_within(t)))
                      for t in phrases if self.locator.may_name_place(t)]  # no proper noun, no place: no clauses to read
            found = [Filler(i, mention) for i, mention in places if mention is not None]
            if found:
                return list({f.mention.actor.code: f for f in found}.values())
        return []


# --- fallback extractors: tried, by the role policy, when no target group names an actor ------


def place(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """A place named where the target goes stands for its country."""
    return picker._named("target.place", picker._place_targets(scene.doc, scene.heads))


def modifier(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """A modifier of the act names the other party ("*X-Y* relations"), not the actor's own country."""
    heads = picker.roles.tag("target.modifier", picker.roles.modifier_targets(scene.doc[scene.composite.inner.head]))
    found = [f for f in scene.lookup.fillers(scene.doc, heads, scene.predicate_heads) if f.mention is not None]
    return [t for t in found if all(not same_country(t.mention, s.mention) for s in scene.sources)]


def object_phrase_country(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """A country adjective inside the act's own object phrase."""
    found = picker._object_phrase_countries(scene.doc, scene.lookup, scene.composite, scene.predicate_heads, scene.sources)
    return picker._named("target.object_phrase_country", found)


def scene_country(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """Force with no victim named falls on the country where it happened."""
    return picker._named("target.scene", picker._scene(scene.doc, scene.composite, scene.sources))


def named_country(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """A country's name heading a target phrase, even when the actor stage read it as a place."""
    return picker._named("target.named_country", picker._named_countries(scene.doc, scene.heads))


def domestic(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """An unplaced person or institution acted on is of the actor's own country."""
    return picker._named("target.domestic", picker._domestic(scene.doc, scene.heads, scene.composite, scene.sources))


def conceded_to(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """A concession yields to whoever pressed for it in its "after" clause."""
    found = picker._conceded_to(scene.doc, scene.lookup, scene.composite, scene.predicate_heads, scene.sources)
    return picker._named("target.conceded_to", found)


def general_phrase(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """The general tier: the nearest actor of another country in the act's own phrases."""
    return picker._named("target.general.phrase", picker._phrase_actor(scene.doc, scene.lookup, scene.composite, scene.sources))


def general_own_country(picker: TargetPicker, scene: Scene) -> list[Filler]:
    """The general tier's last word: a non-state actor's own country, for acts aimed at home."""
    return picker._named("target.general.own_country", picker._own_country(scene.doc, scene.composite, scene.sources))


FallbackExtractor = Callable[[TargetPicker, Scene], list[Filler]]
FALLBACK_EXTRACTORS: Mapping[str, FallbackExtractor] = MappingProxyType({
    "place": place, "modifier": modifier, "object_phrase_country": object_phrase_country, "scene": scene_country,
    "named_country": named_country, "domestic": domestic, "conceded_to": conceded_to, "general_phrase": general_phrase,
    "general_own_country": general_own_country,
})  # fmt: skip
