"""Actor phrases: dictionary matches, names and modifiers grouped into chunks.

A sentence becomes a list of *units* — an actor entry, role words (agents),
a name run, a possessive ``'s``, a determiner or a modifier — and runs of
adjacent units become *chunks*, the noun phrases an actor mention is made
from: ``North Korean | state media``, ``Chinese | President | Xi Jinping``,
``China | 's | foreign ministry``. Anything else (verbs, prepositions,
punctuation) ends a chunk. No parse is needed; when there is one, the
part-of-speech tags sharpen what counts as a name or a modifier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, count
from operator import attrgetter, itemgetter

from ..frozen import replace
from .entries import ActorEntry, AgentEntry
from .matcher import Match
from .people import is_name_word, name_run_end, name_words
from .rules import Rules
from .tokens import KeyedTokens, token_key

ACTOR, AGENT, NAME, POSS, DET, MOD = "actor", "agent", "name", "poss", "det", "mod"
CONTENT = frozenset({ACTOR, AGENT, NAME})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "VBN"})
# Dependencies a modifier inside a noun phrase has; a participle that is the
# sentence's verb ("parliament elected army commander X") ends the phrase.
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "det", "predet", "quantmod", "advmod", "npadvmod", "nmod", "poss", "case", "punct", "nn"})


@dataclass(frozen=True)
class Recalled:
    """A person or actor remembered from earlier in the document."""

    actor: object  # types.Actor; kept loose to avoid an import cycle with memory
    role: str
    person: bool
    label: str  # canonical name for the rule shown to users


@dataclass(frozen=True)
class Unit:
    kind: str
    start: int  # token offsets, end exclusive
    end: int
    entry: ActorEntry | None = None
    agents: tuple[AgentEntry, ...] = ()
    recalled: Recalled | None = None
    words: tuple[str, ...] = ()  # name keys, for NAME units and people
    text: str = ""  # the words as written, for NAME units
    is_place: bool = False  # an ACTOR unit of a place-like entry (``quick`` works it out, once per unit)

    @classmethod
    def quick(
        cls, kind: str, start: int, end: int, entry: ActorEntry | None = None, agents: tuple[AgentEntry, ...] = (),
        recalled: Recalled | None = None, words: tuple[str, ...] = (), text: str = "",
    ) -> Unit:
        """The same unit as ``Unit(...)``, made without the frozen ``__init__`` (one ``object.__setattr__``
        per field): sentences make one for most of their words. ``is_place`` is worked out here, from
        the kind and the entry, never given."""
        is_place = kind == ACTOR and entry is not None and entry.kind in PLACE_LIKE
        unit = object.__new__(cls)
        unit.__dict__.update(kind=kind, start=start, end=end, entry=entry, agents=agents, recalled=recalled, words=words, text=text, is_place=is_place)
        return unit

    @classmethod
    def word(cls, kind: str, i: int, text: str = "") -> Unit:
        """The unit of one word: a determiner, a modifier, a possessive."""
        return cls.quick(kind, i, i + 1, text=text)

    @property
    def title(self) -> bool:
        return self.kind == AGENT and any(a.title for a in self.agents)


PLACE_LIKE = frozenset({"country", "capital", "place", "city", "state", "demonym", "people", "region", "nation"})


def actor_unit(start: int, end: int, entry: ActorEntry, agents: tuple[AgentEntry, ...], words: tuple[str, ...]) -> Unit:
    return Unit.quick(ACTOR, start, end, entry=entry, agents=agents, words=words)


@dataclass(frozen=True)
class Chunk:
    units: tuple[Unit, ...]

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end


Choose = Callable[[Match], ActorEntry | None]
Recall = Callable[[tuple[str, ...]], Recalled | None]


def build_units(tokens: Sequence, matches: Sequence[Match], parsed: bool, rules: Rules, choose: Choose, recall: Recall) -> list[Unit | None]:
    """One unit per phrase, name run or word; ``None`` where a chunk must end."""
    titles = title_ends(matches)
    matches = [  # the flags first: both tests concern few matches (one-word people, cities)
        m for m in matches
        if not (m.person and inside_longer_name(m, tokens, parsed, rules, titles)) and not (m.cities and _city_out_of_place(m, tokens, rules))
    ]
    starts = {m.start: m for m in matches}
    taken = [False] * len(tokens)
    for m in matches:
        for i in range(m.start, m.end):
            taken[i] = True
    units: list[Unit | None] = []
    texts, keys, directions = tokens.texts, tokens.keys, rules.directions
    names = agents = False  # units of these kinds, without which two later passes change nothing
    i = 0
    for j in _unit_positions(tokens, starts, parsed, rules):
        if j < i:
            continue  # inside a phrase or name run
        if j > i and units and units[-1] is not None:
            units.append(None)  # the words between make no unit: they end a chunk
        i = j
        match = starts.get(i)
        if match is not None:
            unit = _match_unit(match, tokens, rules, choose)
            agents = agents or (unit is not None and unit.kind == AGENT)
            units.append(unit)
            i = match.end
            continue
        if i + 1 in starts and keys[i] in directions and _compass_before_place(tokens, i, rules):
            units.append(Unit.word(MOD, i))  # "Western Uganda", "South Lebanon": a part of the place, no name
            i += 1
            continue
        end = name_run_end(tokens, i, taken, parsed, rules) if texts[i][:1].isupper() else i  # names open with a capital
        if end > i:
            units.append(_name_unit(tokens, i, end, recall))
            names = True
            i = end
            continue
        unit = _word_unit(tokens, i, parsed, rules, units)
        if unit is not None or (units and units[-1] is not None):
            units.append(unit)  # one None ends a chunk: the later passes read a None after a None as one
        i += 1
    if i < len(tokens) and units and units[-1] is not None:
        units.append(None)
    if names and agents:
        units = _merge_proper_names(units, tokens, recall)
    return _split_predicates(units, tokens, rules) if parsed and agents else units


def _unit_positions(tokens: KeyedTokens, starts: dict[int, Match], parsed: bool, rules: Rules) -> Sequence[int]:
    """Where a unit may begin, in order: phrases, capitalised words (names), and the words of a parsed
    sentence that ``_word_unit`` may make a unit of, told by dependency and key (not most verbs,
    nouns and prepositions); every word of a sentence not parsed."""
    if not parsed:
        return range(len(tokens))
    texts = tokens.texts
    found = chain(  # each test over the whole sentence at once, without a Python loop
        compress(count(), map(MODIFIER_DEPS.__contains__, map(_DEP, tokens))),
        compress(count(), map(rules.word_unit_keys.__contains__, tokens.keys)),
        compress(count(), map(UNIT_MARKS.__contains__, texts)),
        compress(count(), map(str.isupper, map(_FIRST, texts))),
        starts,
    )
    return sorted(set(found))


UNIT_MARKS = frozenset({"'", "\u2019", "-"})  # texts ``_word_unit`` reads whatever their dependency
_DEP, _FIRST = attrgetter("dep_"), itemgetter(slice(0, 1))


PREDICATE_DEPS = frozenset({"oprd", "attr"})


def named_as(start: int, tokens: Sequence, rules: Rules) -> bool:
    """Does a role at ``start`` follow "elected/named/appointed + a name"? ("elected
    Tomas Varga president": the parser often reads the name as a compound of the role.)"""
    i = start - 1
    while i >= 0 and tokens[i].tag_ in ("NNP", "NNPS", "HYPH"):
        i -= 1
    verb = tokens[i] if 0 <= i < start - 1 else None
    return verb is not None and verb.lemma_.lower() in rules.naming_verbs and verb.dep_ not in ("amod", "acl")  # not "newly elected X"


def _split_predicates(units: list[Unit | None], tokens: Sequence, rules: Rules) -> list[Unit | None]:
    """ "elected Abdelmadjid Tebboune president": a role after a name that is said of the
    name's bearer is a phrase of its own, not part of the name's phrase."""
    splits = [
        n for n in range(1, len(units))
        if (unit := units[n]) is not None and unit.kind == AGENT and (previous := units[n - 1]) is not None and previous.kind in (ACTOR, NAME)
        and previous.end == unit.start and (tokens[unit.end - 1].dep_ in PREDICATE_DEPS or named_as(unit.start, tokens, rules))
    ]
    if not splits:
        return units
    split: list[Unit | None] = []
    for n, unit in enumerate(units):
        if n in splits:
            split.append(None)
        split.append(unit)
    return split


def _compass_before_place(tokens: Sequence, i: int, rules: Rules) -> bool:
    """A capitalised compass word that opens a name before a place ("Western Uganda"), not one
    inside a longer name ("New South Wales")."""
    opens = i == 0 or not tokens[i - 1].text[:1].isupper() or not tokens[i - 1].is_alpha
    return opens and tokens[i].text[:1].isupper() and tokens.keys[i] in rules.directions


def title_ends(matches: Sequence[Match]) -> frozenset[int]:
    """Token offsets right after a title that may stand before a name ("President", "Gen.")."""
    return frozenset(m.end for m in matches if m.title)


def inside_longer_name(match: Match, tokens: Sequence, parsed: bool, rules: Rules, titles: frozenset[int] = frozenset()) -> bool:
    """A one-word name of a listed person inside a longer name is not that person:
    "Yunus-Bek Yevkurov" is not Muhammad Yunus, "Trump Tower" not Donald Trump.
    A title before it is no part of a name (``titles``: offsets where one ends)."""
    if not match.person or match.end - match.start != 1 or match.agents:
        return False
    after = match.end
    if after + 1 < len(tokens) and tokens[after].text == "-" and tokens[after].whitespace_ == "" and tokens[after + 1].text[:1].isupper():
        return True
    neighbours = [i for i in (match.start - 1, after) if 0 <= i < len(tokens) and not (i < match.start and match.start in titles)]
    names = [i for i in neighbours if is_name_word(tokens, i, parsed, rules, inside=True) and tokens[i].i != 0]
    own = _own_name_words(match)  # "Abbas Araqchi" when the list has "Abbas Araghchi" and "Araqchi"
    return any(tokens.keys[i] not in own for i in names)


def _own_name_words(match: Match) -> frozenset[str]:
    return frozenset(token_key(word) for e in match.actors if e.kind == "person" for p in e.phrases for word in p.split())


CITY_PREPOSITIONS = frozenset({"from", "to", "toward", "towards"})


def _city_out_of_place(match: Match, tokens: Sequence, rules: Rules) -> bool:
    """A city from the gazetteer counts only where a preposition makes it a place ("police
    in Kisumu", "fled from Mosul"): elsewhere its words are names ("Vladimir Kara-Murza")."""
    if match.agents or not match.actors or any(e.kind != "city" for e in match.actors):
        return False
    i = match.start - 1
    while i >= 0 and (tokens.keys[i] in rules.determiners or tokens.keys[i] in rules.directions):
        i -= 1
    return i < 0 or tokens.keys[i] not in rules.locative_prepositions | CITY_PREPOSITIONS


def _span_text(tokens: Sequence, start: int, end: int) -> str:
    if end == start + 1:
        return tokens[start].text.strip()  # one word: its trailing blank would be stripped
    return "".join([t.text_with_ws for t in tokens[start:end]]).strip()


def _name_unit(tokens: Sequence, start: int, end: int, recall: Recall) -> Unit:
    words = tuple(name_words(tokens, start, end))
    return Unit.quick(NAME, start, end, recalled=recall(words), words=words, text=_span_text(tokens, start, end))


def _merge_proper_names(units: list[Unit | None], tokens: Sequence, recall: Recall) -> list[Unit | None]:
    """A capitalised role word inside a proper name is part of it: "Union Buildings",
    "the Taj Mahal Palace" (a building, not a presidency)."""
    merged: list[Unit | None] = []
    for unit in units:
        previous = merged[-1] if merged else None
        if unit is not None and previous is not None and previous.end == unit.start and _one_name(previous, unit, tokens):
            merged[-1] = _name_unit(tokens, previous.start, unit.end, recall)
            continue
        merged.append(unit)
    return merged


def _one_name(first: Unit, second: Unit, tokens: Sequence) -> bool:
    """A capitalised, non-title role word before an unknown name run, or a place-like one
    (``site``: palace, hospital, university) after it."""
    role, name = (first, second) if first.kind == AGENT else (second, first)
    if role.kind != AGENT or name.kind != NAME or name.recalled is not None or role.title:
        return False
    if role is second and not any(a.site for a in role.agents):
        return False  # "the Catholic Church", "the National Union of Mineworkers" name bodies
    return role.start > 0 and tokens[role.start].text[:1].isupper()


def _match_unit(match: Match, tokens: Sequence, rules: Rules, choose: Choose) -> Unit | None:
    entry = choose(match) if match.actors else None
    if entry is not None:
        unit = actor_unit(match.start, match.end, entry, match.agents, _match_words(tokens, match))
        if unit.is_place and (_after_stance_prefix(tokens, match.start, rules) or _before_stance_suffix(tokens, match.end, rules)):
            return Unit.quick(MOD, match.start, match.end)
        return unit
    if _after_prefix(tokens, match.start, rules.compound_prefixes):
        return Unit.quick(MOD, match.start, match.end)  # "multi-party elections"
    return Unit.quick(AGENT, match.start, match.end, agents=match.agents, text=_span_text(tokens, match.start, match.end))


def _match_words(tokens: KeyedTokens, match: Match) -> tuple[str, ...]:
    """``name_words`` of the match; a one-word match (most) without the loop."""
    if match.end - match.start > 1:
        return tuple(name_words(tokens, match.start, match.end))
    key = tokens.keys[match.start]
    return (key,) if key and not tokens.transparent[match.start] else ()


def _after_prefix(tokens: Sequence, start: int, prefixes: frozenset[str]) -> bool:
    return start >= 2 and tokens[start - 1].text == "-" and tokens.keys[start - 2] in prefixes


def _after_stance_prefix(tokens: Sequence, start: int, rules: Rules) -> bool:
    """``pro-Russian``, ``anti-American``: a stance, not an actor."""
    return _after_prefix(tokens, start, rules.stance_prefixes)


def _before_stance_suffix(tokens: Sequence, end: int, rules: Rules) -> bool:
    """``English-speaking``: a language, not an actor."""
    return end + 1 < len(tokens) and tokens[end].text == "-" and tokens.keys[end + 1] in rules.stance_suffixes


def _word_unit(tokens: KeyedTokens, i: int, parsed: bool, rules: Rules, units: list) -> Unit | None:
    token = tokens[i]
    key = tokens.keys[i]
    text = token.text
    previous = units[-1] if units else None
    if key == "'s" or (text in ("'", "\u2019") and previous is not None and tokens[i - 1].text.lower().endswith("s")):
        return Unit.word(POSS, i, text)
    if key in rules.determiners:
        return Unit.word(DET, i, text)
    if (text == "-" or key in rules.leading_participles) and _leads(tokens, i, rules, previous):
        return Unit.word(MOD, i, text)  # "Saudi-led coalition"
    if parsed:
        dep = token.dep_
        if dep not in MODIFIER_DEPS:
            return None
        if dep == "compound" and token.is_alpha:
            return Unit.word(MOD, i, text)  # "aid minister", "energy group"
    if key in rules.modifiers or token.like_num or (parsed and token.tag_ in MODIFIER_TAGS and not is_name_word(tokens, i, parsed, rules)):
        return Unit.word(MOD, i, text)
    if tokens.transparent[i] and text != "-" and previous is not None:
        return Unit.word(MOD, i, text)
    return None


def _leads(tokens: Sequence, i: int, rules: Rules, previous: Unit | None) -> bool:
    """The hyphen and participle of "Saudi-led" keep the place in the phrase that follows."""
    text = tokens[i].text
    if text == "-" and previous is not None and previous.is_place and i + 1 < len(tokens):
        return tokens.keys[i + 1] in rules.leading_participles
    return tokens.keys[i] in rules.leading_participles and i > 0 and tokens[i - 1].text == "-" and previous is not None and previous.kind == MOD


def group_chunks(units: Sequence[Unit | None]) -> list[Chunk]:
    """Runs of adjacent units, trimmed to start and end on content.

    A determiner after content starts a new chunk: "... parliament that ...".
    """
    chunks: list[Chunk] = []
    run: list[Unit] = []
    content = False  # the run holds content (most runs hold none: "the", "said", "two")
    for unit in units:
        if unit is not None and not run:
            run, content = [unit], unit.kind in CONTENT
            continue
        if unit is not None and run[-1].end == unit.start and not (content and unit.kind == DET):
            run.append(unit)
            content = content or unit.kind in CONTENT
            continue
        if content:
            chunks.extend(_trimmed(run))
        run = [unit] if unit is not None else []
        content = unit is not None and unit.kind in CONTENT
    if content:
        chunks.extend(_trimmed(run))
    return chunks


def _trimmed(run: list[Unit]) -> list[Chunk]:
    """The run from its first determiner or content unit to its last content unit."""
    content = [i for i, u in enumerate(run) if u.kind in CONTENT]
    if not content:
        return []
    first, last = content[0], content[-1]
    while first > 0 and run[first - 1].kind in (DET, MOD):
        first -= 1  # keep "the"/"its" before the phrase: anaphors need them
    # keep a trailing possessive: it marks the chunk as a possessor
    if last + 1 < len(run) and run[last + 1].kind == POSS:
        last += 1
    return [Chunk(tuple(run[first : last + 1]))]


def split_possessors(chunk: Chunk) -> list[tuple[Unit, ...]]:
    """``China 's foreign ministry`` -> [(China,), (foreign ministry,)]; determiners kept."""
    if all(u.kind != POSS for u in chunk.units):
        return [chunk.units]  # most chunks; a chunk always holds content (``group_chunks``)
    segments: list[tuple[Unit, ...]] = []
    current: list[Unit] = []
    for unit in chunk.units:
        if unit.kind == POSS:
            if current:
                segments.append(tuple(current))
            current = []
        else:
            current.append(unit)
    if current:
        segments.append(tuple(current))
    return [s for s in segments if any(u.kind in CONTENT for u in s)]


def with_recall(chunk: Chunk, recall: Recall) -> Chunk:
    """The chunk with its name runs looked up in the memory as it is now.

    Names are looked up late, chunk by chunk, so that "Kim" later in the same
    sentence as "Kim Jong Un" is found.
    """
    recalled = [recall(u.words) if u.kind == NAME and u.recalled is None else None for u in chunk.units]
    if not any(recalled):
        return chunk  # nothing known yet: most chunks
    return Chunk(tuple(u if found is None else replace(u, recalled=found) for u, found in zip(chunk.units, recalled)))


def content_start(units: Sequence[Unit]) -> int:
    """Token offset of the first content unit (mentions start there, not at "the")."""
    return next(u.start for u in units if u.kind in CONTENT)
