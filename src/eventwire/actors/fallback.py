"""Where a role's country comes from when its own phrase does not say.

"Police said", "the army", "government troops", "President X" with no
demonym: a careful coder reads the country from the context. In order:

1. "the president" (a person's role, definite) is the most recent person
   with that role; "the broadcaster" (definite) is the most recent
   organisation of the same sector;
2. the subject of the clause the role is the object of, for verbs whose
   object is the subject's own: "Ecuador ... sent troops" (parsed sentences
   only; not "Nigeria urged the junta");
3. the sentence's only country, if it names just one;
4. the most recent actor in the document with the same role ("the army":
   or sector);
5. a vote over the sentence: places where it happens (locations and
   place modifiers, "the Mozambican town") count twice — three times for
   roles that act where they are (police, civilians, students, courts...) —,
   other actors' countries and roles said of someone ("became Japan's prime
   minister") once; a tie goes to the country of the document's places
   (step 6), then the nearest;
6. the country where the document's events happen so far (its places,
   counted as in 5), the document's most-mentioned country, then the
   dateline;
7. weak clues: a country that only qualifies a thing ("any Israeli attack")
   or is where someone goes ("fled to Saudi Arabia"). Step 3 counts only
   strong clues, so "Foreign Minister X said Iran would answer any Israeli
   attack" gives X Iran.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..frozen import replace
from ..types import Actor
from .combine import ORG_HEAD, PERSON_HEAD, PLACE_HEAD, ROLE_HEAD, Draft
from .coref import DocumentMemory, same_role, same_sector
from .refine import ACTOR_WEIGHT, MODIFIER_WEIGHT

OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp"})  # "after police arrested ...": not the main act
# Police, civilians, students, courts and parliaments act where they are; ministers and
# armies travel. For the first, the places of the sentence count half as much again.
DOMESTIC_SECTORS = frozenset({"COP", "CVL", "EDU", "LAB", "HLH", "JUD", "LEG", "OPP", "BUS"})
DOMESTIC_SHARE = 1.5


@dataclass(frozen=True)
class SentenceContext:
    """What the sentence offers a role without a country."""

    index: int
    tokens: Sequence
    parsed: bool
    actors: Sequence[Draft]  # the sentence's other mentions
    clues: Sequence[tuple[Draft, float]]  # places and other countries that are not mentions, weighted
    focus: str | None  # the document's main country
    dateline: str | None
    setting: str | None = None  # the country where the document's events happen so far
    own_object_verbs: frozenset[str] = frozenset()  # "sent troops": the object is the subject's own
    abroad_roles: frozenset[str] = frozenset()  # "diplomats" serve in another country
    other_side_prepositions: frozenset[str] = frozenset()  # "spying *for* Moscow"


def explicit_code(actor: Actor) -> str | None:
    return None if actor.code == (actor.country or "") + (actor.sector or "") else actor.code


def needs_country(draft: Draft) -> bool:
    """A role or person without a country or code, with a sector or bare: what ``complete`` works on."""
    return draft.country is None and draft.code is None and draft.head in (ROLE_HEAD, PERSON_HEAD) and bool(draft.sector or draft.bare)


def complete(draft: Draft, sentence: SentenceContext, memory: DocumentMemory) -> tuple[Draft, bool]:
    """The draft with a country (and whether it now stands for an earlier actor)."""
    if not needs_country(draft):
        return draft, False
    tokens = sentence.tokens
    definite = draft.start > 0 and tokens.keys[draft.start - 1] == "the"
    if draft.head == ROLE_HEAD and definite:
        found = _definite(draft, sentence, memory)
        if found is not None:
            return found, True
    subject = _subject_country(draft, sentence) if sentence.parsed else None
    if subject:
        return _with_country(draft, subject, "the clause's subject"), False
    votes = _votes(draft, sentence)
    strong = {country: vote for country, vote in votes.items() if vote[0] >= ACTOR_WEIGHT}
    if len(strong) == 1:
        return _with_country(draft, next(iter(strong)), "the sentence's only country"), False
    earlier = memory.latest(sentence.index, same_role(draft.role))
    if earlier is None and definite:
        earlier = memory.latest(sentence.index, same_sector(draft.sector))
    if earlier is not None:
        return _with_country(draft, earlier.actor.country, f"earlier '{earlier.actor.name or earlier.draft.rule}'"), False
    found = (
        ("sentence", _vote(strong, sentence.setting)),
        ("the document's places", sentence.setting),
        ("document", sentence.focus),
        ("dateline", sentence.dateline),
        ("sentence", _vote(votes, sentence.setting)),
    )
    for source, country in found:
        if country:
            return _with_country(draft, country, source), False
    return draft, False


def _with_country(draft: Draft, country: str | None, source: str) -> Draft:
    return replace(draft, country=country, rule=f"{draft.rule} + country from {source}")


def _definite(draft: Draft, sentence: SentenceContext, memory: DocumentMemory) -> Draft | None:
    earlier = memory.latest(sentence.index, same_role(draft.role))
    if earlier is not None and earlier.draft.head == PERSON_HEAD:
        actor = earlier.actor
        return replace(draft, head=PERSON_HEAD, country=actor.country, sector=actor.sector, code=explicit_code(actor), name=actor.name, rule=f"{draft.rule} -> {actor.name}")
    if draft.sector is None:
        return None
    for other in reversed([d for d in sentence.actors if d.end <= draft.start]):
        if other.head == ORG_HEAD and other.sector == draft.sector and (other.country or other.code):
            return replace(draft, head=ORG_HEAD, country=other.country, code=other.code, name=other.name, rule=f"{draft.rule} -> {other.name}")
    earlier = memory.latest(sentence.index, lambda item: item.draft.head == ORG_HEAD and item.actor.sector == draft.sector)
    if earlier is not None:
        actor = earlier.actor
        return replace(draft, head=ORG_HEAD, country=actor.country, code=explicit_code(actor), name=actor.name, rule=f"{draft.rule} -> {actor.name}")
    return None


def _subject_country(draft: Draft, sentence: SentenceContext) -> str | None:
    """ "Ecuador expelled the ambassador and sent troops": the troops are Ecuador's
    (verbs whose object is the subject's own: ``own_object_verbs`` in rules.toml)."""
    token = sentence.tokens[draft.end - 1]
    if token.dep_ not in OBJECT_DEPS or token.dep_ == "nsubjpass":
        return None
    verb = token.head
    if verb.lemma_.lower() not in sentence.own_object_verbs:
        return None  # "Nigeria urged the junta": the junta is not Nigeria's
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            owner = next((d for d in sentence.actors if d.start <= subjects[0].i < d.end and d.country), None)
            return owner.country if owner is not None else None
        if verb.dep_ not in ("conj", "xcomp"):
            return None
        verb = verb.head
    return None


def _votes(draft: Draft, sentence: SentenceContext) -> dict[str, tuple[float, int]]:
    """country -> (score, distance): the sentence's other actors and its weighted clues."""
    votes: dict[str, tuple[float, int]] = {}
    local = DOMESTIC_SHARE if draft.sector in DOMESTIC_SECTORS else 1.0
    places = [(d, w * local if d.head == PLACE_HEAD and w >= ACTOR_WEIGHT else w) for d, w in sentence.clues]
    weighted = places + [(d, _actor_weight(d, sentence, local > 1)) for d in sentence.actors if d is not draft]
    for other, weight in weighted:
        if other.country:
            score, gap = votes.get(other.country, (0.0, 10**6))
            votes[other.country] = (score + weight, min(gap, abs(other.start - draft.start)))
    return votes


def _actor_weight(other: Draft, sentence: SentenceContext, domestic: bool) -> float:
    """How much another actor's country tells of where the sentence happens: little for
    envoys ("Iranian diplomats") and the other side of an act ("spying for Moscow"; not
    "a law for Hong Kong", which may say where),
    more, for roles that act where they are (police, courts...), for a state that is the
    subject of a clause other than a subordinate one ("Austria expelled ...", not "after
    Austria expelled ...")."""
    if other.role in sentence.abroad_roles:
        return MODIFIER_WEIGHT
    if not sentence.parsed:
        return ACTOR_WEIGHT
    last = sentence.tokens[other.end - 1]
    act = last.head.head
    if last.dep_ == "pobj" and last.head.lower_ in sentence.other_side_prepositions and (act.pos_ == "VERB" or act.lower_.endswith("ing")):
        return MODIFIER_WEIGHT
    if domestic and last.dep_ == "nsubj" and last.head.dep_ not in SUBORDINATE_DEPS and other.head == PLACE_HEAD:
        return ACTOR_WEIGHT * DOMESTIC_SHARE
    return ACTOR_WEIGHT


def _vote(votes: dict[str, tuple[float, int]], setting: str | None) -> str | None:
    """The best-scored country; a tie goes to the country where the document's events
    happen, else the nearest."""
    if not votes:
        return None
    return min(votes, key=lambda c: (-votes[c][0], c != setting, votes[c][1]))
