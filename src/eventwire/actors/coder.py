"""The actor coder: dictionary matches -> phrases -> coded mentions, per document.

For each sentence, in document order:

1. the matcher finds dictionary phrases (actors and role words) in the tokens;
2. entries sharing a phrase are chosen by cues, date and prior (``disambiguate``);
3. matches, name runs and modifiers form chunks (``phrases``), each resolved
   to drafts by role/sector combination (``combine``);
4. sentence steps share roles over coordinations, drop demonyms that only
   modify, set places used as locations aside and link "X of Y" (``refine``);
5. a role still without a country takes one from document memory, the
   sentence, the document's main country or the dateline;
6. pronouns are resolved where the parse makes it safe, and the memory
   learns the sentence's people and actors (``coref``).

Sentences that were only tokenized (``parsed=False``) go through the same
steps without the tags and dependencies.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import chain
from pathlib import Path

from ..frozen import make, replace
from ..config import Settings
from ..deps import CLAUSE_SUBJECT_DEPS
from ..startup import Source, cached
from ..types import ACTOR_KIND, MODIFIER_KIND, PLACE_KIND, Actor, ActorMention, Document, ParsedSentence, SentenceActors
from .combine import COUNTRY_ANAPHOR, GROUP_ANAPHOR, ORG_HEAD, PERSON_HEAD, PLACE_HEAD, Draft, resolve_chunk
from .coref import Coded, DocumentMemory, resolve_pronouns
from .fallback import SentenceContext, complete, needs_country
from .disambiguate import choose, cue_hits, cue_text
from .entries import ActorDictionary, ActorEntry, AgentEntry
from .load import data_dir, load_dictionary
from .matcher import Match, PhraseMatcher, phrase_keys
from .tokens import KeyedTokens
from .people import with_spellings
from .phrases import build_units, group_chunks, inside_longer_name, title_ends, with_recall
from .refine import WHERE_WEIGHT, as_refugees, as_residents, clue_weight, distribute_roles, drop_non_actors, link_countries, share_roles, split_locations
from .rules import Rules, load_rules
from .spelling import NearNames, english_word_sources, english_words, is_english, spelling_table
from .unlisted import UnlistedOrganisations, packaged_words

COUNTING_KINDS = frozenset({"country", "capital", "demonym", "people", "nation"})
FUZZY_KINDS = COUNTING_KINDS | {"igo", "ngo"}  # names a misspelling may stand for
UNCOUNTED_KINDS = frozenset({"place", "city", "region", "state"})  # where things happen, or another country's state
_WORD = re.compile(r"[^\s]+")
_EDGE_PUNCT = "\"'“”‘’()[]{},;:!?"


def blank_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def phrase_tokenizer(tokenizer):
    """Dictionary phrases as the tokenizer cuts them; words of letters only, which it leaves whole
    unless they are special cases ("cannot"), are split on blanks without it: large dictionaries
    (PETRARCH's have 40,000 phrases) load in a fraction of the time."""
    special = frozenset(key.lower() for key in tokenizer.rules)

    def tokenize(text: str) -> list[str]:
        words = text.split()
        if all(w.isalpha() and w.lower() not in special for w in words):
            return words
        return [t.text for t in tokenizer(text)]

    return tokenize


@dataclass
class DocumentCues:
    """The document's text for cue look-ups (``cue_text``), made when first asked: most documents
    have no phrase that several entries share."""

    sentences: list[str]

    @cached_property
    def text(self) -> str:
        return cue_text(self.sentences)


@dataclass
class DocumentContext:
    """What the coder knows about the document being coded; one per document."""

    when: date | None
    cues: DocumentCues
    focus: str | None
    dateline: str | None
    memory: DocumentMemory
    previous: list[Coded]
    tokens: dict[int, KeyedTokens]  # each sentence's tokens, their keys read once
    matches: dict[int, list[Match]]  # each sentence's matches before any short name was allowed
    chosen: dict[tuple[int, ...], ActorEntry]  # entries chosen for phrases that several entries share
    places: Counter[str] = field(default_factory=Counter)  # countries of the places where things happened so far


class ActorCoder:
    """Loads the actor data once; codes documents with per-document memory."""

    def __init__(self, settings: Settings, dictionary: ActorDictionary | None = None, tokenizer=None) -> None:
        """``tokenizer``: a blank English spaCy tokenizer to share (building one takes a while)."""
        self.settings = settings
        tokenizer = tokenizer or blank_tokenizer()
        if dictionary is None:  # the built-in dictionary and the user's files: kept between runs
            loaded = cached("actors", _sources(settings, tokenizer), lambda: _load(settings, load_dictionary(settings.actors.files), tokenizer))
        else:
            loaded = _load(settings, dictionary, tokenizer)
        self.dictionary, self.rules, actors, self.matcher = loaded
        self.order = {id(e): i for i, e in enumerate(actors)}
        self.has_short = any(e.short for e in actors)
        self.unlisted = UnlistedOrganisations(packaged_words(), self.rules)
        self.lone: dict[int, tuple[ActorEntry, Draft]] = {}  # drafts of dictionary actors alone in their group (``resolve_chunk``)
        self.tokenizer = tokenizer

    # --- cheap pre-pass ---------------------------------------------------------

    def may_mention_actor(self, text: str) -> bool:
        """Could the text name an actor? Word look-ups only, no parse."""
        return self.matcher.may_match(_rough_words(text))

    # --- documents --------------------------------------------------------------------

    def code_document(self, document: Document, sentences: Sequence[ParsedSentence]) -> tuple[SentenceActors, ...]:
        context = self._context(document, sentences)
        results = []
        for sentence in sentences:
            coded, places = self._code_sentence(sentence, context)
            context.previous = coded
            results.append(SentenceActors(sentence.index, tuple(c.mention for c in coded), places))
        return tuple(results)

    def _choose(self, context_cues: DocumentCues, when: date | None, focus: str | None = None, chosen: dict | None = None):
        """``chosen``: the document's choices so far, by the ids of the entries sharing a phrase (the
        dictionary's entries, alive as long as the coder: only matches of several entries are kept)."""
        chosen = {} if chosen is None else chosen

        def pick(match: Match) -> ActorEntry | None:
            actors = match.actors
            if not actors:
                return None
            if len(actors) == 1:
                entry = actors[0]
            else:
                key = tuple(map(id, actors))
                entry = chosen.get(key)
                if entry is None:
                    text = context_cues.text if any(a.cues for a in actors) else ""  # no cues: none to find
                    entry = chosen[key] = choose(actors, text, when, self.order)
            if match.agents and _foreign_here(entry, context_cues, focus):
                return None  # read as the role word it also is: "Congress" in a story about Peru
            return entry

        return pick

    def _context(self, document: Document, sentences: Sequence[ParsedSentence]) -> DocumentContext:
        when = document.published_date
        cues = DocumentCues([s.text for s in sentences])
        chosen: dict[tuple[int, ...], ActorEntry] = {}
        pick = self._choose(cues, when, chosen=chosen)
        counts: Counter[str] = Counter()
        tokens: dict[int, KeyedTokens] = {}
        matches: dict[int, list[Match]] = {}
        for sentence in sentences:
            tokens[sentence.index] = self.matcher.token_keys.tokens(sentence.doc)
            matches[sentence.index] = self.matcher.find_keyed(tokens[sentence.index])
            titles = title_ends(matches[sentence.index])
            for match in matches[sentence.index]:
                if not match.actors or (match.person and inside_longer_name(match, tokens[sentence.index], sentence.parsed, self.rules, titles)):
                    continue  # no actor, or "Yunus-Bek Yevkurov", which says nothing of Bangladesh
                entry = match.actors[0] if len(match.actors) == 1 else pick(match)  # no focus yet: a sole actor is its entry
                country = _counted_country(entry, bool(match.agents), when)
                if country:
                    counts[country] += 1
        focus = _sole_most_common(counts)
        return DocumentContext(when, cues, focus, self._dateline_country(document, pick), DocumentMemory(self.rules), [], tokens, matches, chosen)

    def _dateline_country(self, document: Document, pick) -> str | None:
        if not document.dateline:
            return None
        words = [t.text for t in self.tokenizer(document.dateline)]
        for match in self.matcher.find(words):
            entry = pick(match)
            if entry is not None and entry.is_place and entry.country:
                return entry.country
        return None

    # --- sentences -----------------------------------------------------------------------

    def _code_sentence(self, sentence: ParsedSentence, context: DocumentContext) -> tuple[list[Coded], tuple[ActorMention, ...]]:
        tokens = context.tokens[sentence.index]
        memory = context.memory
        matches = context.matches.get(sentence.index)
        if matches is None or (self.has_short and memory.entries):
            matches = self.matcher.find_keyed(tokens, allow_short=memory.knows)
        pick = self._choose(context.cues, context.when, context.focus, context.chosen)
        matches = self.unlisted.find(tokens, matches, pick)
        units = build_units(tokens, matches, sentence.parsed, self.rules, pick, memory.recall)
        drafts: list[Draft] = []
        find = _finder(drafts, memory, sentence.index, tokens)  # reads ``drafts`` as it grows
        for chunk in group_chunks(units):
            chunk = with_recall(chunk, memory.recall) if memory.names else chunk  # names are recalled once some are known
            found = resolve_chunk(chunk, context.when, find, self.lone)
            for draft in found:
                if draft.head == PERSON_HEAD and (draft.country or draft.code):
                    memory.learn_name(draft, _actor(draft))
            drafts += found
        drafts = share_roles(drafts, tokens, self.rules)
        regions = [d for d in drafts if d.head == PLACE_HEAD and d.place_kind == "region"]
        drafts, settings = drop_non_actors(drafts, tokens, sentence.parsed, self.rules)
        drafts = as_refugees(drafts, tokens, self.rules)
        drafts, locations = split_locations(drafts, tokens, self.rules, sentence.parsed)
        drafts = link_countries(distribute_roles(as_residents(drafts, tokens, self.rules), tokens, self.rules), locations, tokens, self.rules)
        clues = self._clues(locations + settings, drafts, tokens, sentence.parsed)
        context.places.update(d.country for d, weight in clues if weight >= WHERE_WEIGHT and d.country)
        where = None  # made for the first draft that needs a country: most sentences have none
        coded = []
        for draft in drafts:
            coreferent = False
            if needs_country(draft):
                if where is None:
                    where = self._sentence_context(sentence, tokens, drafts, clues, context)
                draft, coreferent = complete(draft, where, memory)
            if draft.country is None and draft.kin:  # an ethnic group in a context naming no other state
                draft = replace(draft, country=draft.kin, rule=draft.rule + " + its own country")
            if _is_actor(draft):
                coded.append(Coded(_mention(draft, sentence, coreferent or draft.coreferent), draft))
        if sentence.parsed:
            coded += resolve_pronouns(sentence.doc, coded, context.previous, self.rules)
            coded.sort(key=lambda c: c.mention.start)
        for item in coded:
            if not item.mention.coreferent:
                memory.remember(sentence.index, item.draft, item.mention.actor)
        named = frozenset(chain.from_iterable(range(c.mention.token_start, c.mention.token_end) for c in coded))
        return coded, _place_mentions(sentence, locations + regions, settings, named)

    def _clues(self, places: list[Draft], drafts: list[Draft], tokens: KeyedTokens, parsed: bool) -> list[tuple[Draft, float]]:
        if not places:
            return []
        actor_tokens = frozenset(i for d in drafts for i in range(d.start, d.end))
        return [(d, clue_weight(d, tokens, self.rules, parsed, actor_tokens)) for d in places]

    def _sentence_context(self, sentence: ParsedSentence, tokens: KeyedTokens, drafts: list[Draft], clues, context: DocumentContext) -> SentenceContext:
        setting = _sole_most_common(context.places)
        return SentenceContext(
            sentence.index, tokens, sentence.parsed, drafts, clues, context.focus, context.dateline, setting, self.rules.own_object_verbs,
            self.rules.abroad_roles, self.rules.other_side_prepositions,
        )


def _counted_country(entry: ActorEntry | None, role_word: bool, when: date | None) -> str | None:
    """The country an entry adds to the document's count: countries, their capitals,
    demonyms and people, listed people ("Felipe Calderon" makes a story Mexican) and
    organisations ("the U.S. Congress") other than those that are also role words."""
    if entry is None or entry.kind in UNCOUNTED_KINDS or (role_word and entry.kind not in COUNTING_KINDS):
        return None
    if entry.kind in COUNTING_KINDS:
        return entry.country
    code = entry.code_on(when)
    return code.country if code is not None else None


def _foreign_here(entry: ActorEntry, cues: DocumentCues, focus: str | None) -> bool:
    """An organisation that is also a role word ("Congress", "House of Representatives"),
    in a document about another country that names none of its cues."""
    return bool(entry.cues) and focus is not None and entry.country not in (None, focus) and cue_hits(entry, cues.text) == 0


def _sole_most_common(counts: Counter[str]) -> str | None:
    """The key with the highest count, unless another has it too (asked every sentence:
    a pass over the few counts, not ``most_common``'s heap)."""
    if not counts:
        return None
    best = max(counts.values())
    leaders = [key for key, count in counts.items() if count == best]
    return leaders[0] if len(leaders) == 1 else None


def _is_actor(draft: Draft) -> bool:
    """Something worth coding: a code, a country, or at least a sector."""
    if draft.head == PLACE_HEAD:
        return draft.country is not None
    if draft.role in (GROUP_ANAPHOR, COUNTRY_ANAPHOR):
        return False  # "the group" with nothing to refer back to
    if draft.bare:
        return draft.country is not None
    if draft.head == PERSON_HEAD and draft.country is None and draft.code is None and not draft.sector:
        return False
    return bool(draft.code or draft.country or draft.sector)


def anaphor_agents(rules: Rules) -> list[AgentEntry]:
    """Role words for "the group" and "the country", from the rules' word lists."""
    groups = [AgentEntry(f"the {w}", (w,), "", role=GROUP_ANAPHOR, source="rules.toml") for w in sorted(rules.group_anaphors)]
    countries = [AgentEntry(f"the {w}", (w,), "", role=COUNTRY_ANAPHOR, source="rules.toml") for w in sorted(rules.country_anaphors)]
    return groups + countries


ANTECEDENT_HEADS = {
    "person": lambda d: d.head == PERSON_HEAD,
    "thing": lambda d: d.head != PERSON_HEAD and not (d.head == PLACE_HEAD and d.place_kind not in ("country", "capital", "state", "nation")),
    "group": lambda d: d.head == ORG_HEAD and (d.entry is None or d.entry.kind in GROUP_KINDS),
    "country": lambda d: d.head == PLACE_HEAD and d.place_kind in ("country", "capital", "state", "nation"),
    "any": lambda d: d.head != PLACE_HEAD or d.place_kind in ("country", "capital", "state", "nation"),
}


GROUP_KINDS = frozenset({"armed", "party", "ngo", "img", "igo", "media", "business", "organisation"})


def _finder(drafts: list[Draft], memory: DocumentMemory, sentence: int, tokens):
    """find(kind): an earlier actor of that kind, in this sentence or recent ones.

    In the sentence, the nearest subject is preferred ("Mexico broke with
    Ecuador after police stormed its embassy"), else the nearest actor.
    """

    def find(kind: str) -> Draft | None:
        accepts = ANTECEDENT_HEADS[kind]
        if kind == "country":  # "the kingdom": the sentence's first country, its topic
            topic = next((d for d in drafts if d.country and not d.coreferent and (d.places or d.head == PLACE_HEAD)), None)
            if topic is not None:
                return replace(topic, head=PLACE_HEAD, place_kind="country", sector=None, code=None, name=topic.country)
        candidates = [d for d in drafts if accepts(d) and (d.country or d.code)]
        subjects = [d for d in candidates if tokens[d.end - 1].dep_ in CLAUSE_SUBJECT_DEPS]
        if subjects or candidates:
            return (subjects or candidates)[-1]
        earlier = memory.latest(sentence, lambda item: accepts(item.draft) and (item.actor.country or item.actor.code))
        return earlier.draft if earlier is not None else None

    return find


def _actor(draft: Draft) -> Actor:
    return Actor(code=draft.full_code, country=draft.country, sector=draft.sector, name=draft.name)


def _mention(draft: Draft, sentence: ParsedSentence, coreferent: bool, kind: str = ACTOR_KIND, actor: Actor | None = None) -> ActorMention:
    tokens = sentence.doc.tokens
    start, last = tokens[draft.start], tokens[draft.end - 1]  # a draft covers one token or more
    end = last.idx + len(last.text)
    return make(  # made for every mention and place: without the frozen __init__
        ActorMention,
        text=sentence.doc.text[start.idx : end],
        start=start.idx,
        end=end,
        actor=actor or _actor(draft),
        token_start=draft.start,
        token_end=draft.end,
        rule=draft.rule,
        coreferent=coreferent,
        kind=kind,
    )


def _place_mentions(sentence: ParsedSentence, places: Sequence[Draft], settings: Sequence[Draft], named: frozenset[int]) -> tuple[ActorMention, ...]:
    """Countries named as a place ("a visit to Malawi", "clashes in Darfur") or on a thing
    ("a Peruvian request"): mentions of their country for ``SentenceActors.places``."""
    found = [(d, PLACE_KIND) for d in places] + [(d, MODIFIER_KIND) for d in settings]
    mentions = [
        _mention(d, sentence, False, kind, Actor(code=d.country, country=d.country, sector=None, name=d.name))  # the country alone
        for d, kind in found
        if d.head == PLACE_HEAD and d.country and not named.intersection(range(d.start, d.end))
    ]
    return tuple(sorted(mentions, key=lambda m: m.start))


def _load(settings: Settings, dictionary: ActorDictionary, tokenizer) -> tuple[ActorDictionary, Rules, list[ActorEntry], PhraseMatcher]:
    """The dictionary, the rules, the actors with their spellings, and the matcher over them all."""
    rules = load_rules()
    actors = [with_spellings(e, rules) for e in dictionary.actors]
    entries = actors + list(dictionary.agents) + anaphor_agents(rules)
    tokenize = phrase_tokenizer(tokenizer)
    spellings = spelling_table(rules.spelling_variants)
    english = english_words(settings.model.names)
    near = NearNames(_name_words(actors, tokenize, spellings, english), english)
    return dictionary, rules, actors, PhraseMatcher(entries, tokenize, spellings, near)


def _sources(settings: Settings, tokenizer) -> list[Source]:
    """What ``_load`` reads: the actor data and the user's files, this package's code, the model's
    lemma index (English words), and the tokenizer that cuts the phrases (spaCy's version, its special cases)."""
    import spacy

    package = Path(__file__).parent
    cuts = spacy.__version__ + "\n".join(sorted(tokenizer.rules))
    return [Path(str(data_dir())), *map(Path, settings.actors.files), package, *english_word_sources(settings.model.names), cuts]


def _name_words(actors: Sequence[ActorEntry], tokenize, spellings: dict[str, str], english: frozenset[str]) -> set[str]:
    """The words a misspelling may be read as (module ``spelling``): one-word names of
    countries, their peoples and capitals, and the words of those and of international
    organisations' names that are no English words ("Ethiopia", "Liberation" is not one)."""
    words = set()
    for entry in actors:
        if entry.kind in FUZZY_KINDS:
            for phrase in entry.phrases:
                keys = [spellings.get(k, k) for k in phrase_keys(tokenize(phrase))[0]]
                single = len(keys) == 1 and entry.kind in COUNTING_KINDS
                words.update(k for k in keys if single or not is_english(k, english))
    return words


def _rough_words(text: str) -> Iterator[str]:
    """Words of the text as a tokenizer would roughly cut them, without one; made as they are asked
    (``may_match`` stops at the first word of a phrase, most often early in the sentence)."""
    for word in _WORD.findall(text):
        word = word.strip(_EDGE_PUNCT)
        for suffix in ("'s", "\u2019s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
        yield word.rstrip(".")
        if "-" in word:
            yield from (part for part in word.split("-") if part)
