"""One matcher for every source of actor data: a trie of token keys.

``PhraseMatcher`` takes any mix of ``ActorEntry`` and ``AgentEntry``
records, tokenizes their phrases once, and finds the longest
non-overlapping phrases in a sentence from left to right. Each sentence
position costs a few dictionary look-ups whatever the size of the
dictionary: no regular expression per entry.
"""

from __future__ import annotations

import itertools
from itertools import compress, count
from operator import not_
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .entries import ActorEntry, AgentEntry
from .spelling import NearNames
from .tokens import ANY, CASE_BIT, KEYS_REMEMBERED, KeyedTokens, TokenKeys, case_bits, case_of, fits_case, is_transparent, token_key

Entry = ActorEntry | AgentEntry
Tokenize = Callable[[str], Sequence[str]]
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
PROBE_SKIP = frozenset({"the", "a", "an", "of", "and", "'s"})
END = ""  # trie key of the payload list; no real token has an empty key
JOINED = -1  # the case bits of a word after a hyphen inside a phrase ("Jong-un"): it fits every case


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    short: bool  # matched by a phrase valid only after the full name (ActorEntry.short)


@dataclass(frozen=True)
class Found:
    """Candidates of a phrase and what later steps ask of them, read once per phrase in the
    trie (not once per match: the same phrases come back in every document)."""

    candidates: tuple[Candidate, ...]
    actors: tuple[ActorEntry, ...] = field(init=False)
    agents: tuple[AgentEntry, ...] = field(init=False)
    title: bool = field(init=False)  # a role word that may stand before a name ("President", "Gen.")
    person: bool = field(init=False)  # an actor is a listed person
    cities: bool = field(init=False)  # actors all cities of the gazetteer, and no role word

    def __post_init__(self) -> None:
        agents = tuple(c.entry for c in self.candidates if isinstance(c.entry, AgentEntry))
        actors = tuple(c.entry for c in self.candidates if isinstance(c.entry, ActorEntry))
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "agents", agents)
        object.__setattr__(self, "title", any(a.title for a in agents))
        object.__setattr__(self, "person", any(e.kind == "person" for e in actors))
        object.__setattr__(self, "cities", bool(actors) and not agents and all(e.kind == "city" for e in actors))


@dataclass(frozen=True)
class Match:
    start: int  # token offsets in the sentence, end exclusive
    end: int
    candidates: tuple[Candidate, ...]
    # asked again and again by every later step, so read once; not compared, not shown
    actors: tuple[ActorEntry, ...] = field(init=False, repr=False, compare=False)
    agents: tuple[AgentEntry, ...] = field(init=False, repr=False, compare=False)
    title: bool = field(init=False, repr=False, compare=False)
    person: bool = field(init=False, repr=False, compare=False)
    cities: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found = Found(self.candidates)
        for name in ("actors", "agents", "title", "person", "cities"):
            object.__setattr__(self, name, getattr(found, name))

    @classmethod
    def of(cls, start: int, end: int, found: Found) -> Match:
        """The match of a phrase whose ``Found`` the trie holds: its fields copied, not read again
        (the matcher makes thousands of matches per document)."""
        match = object.__new__(cls)
        match.__dict__.update(
            start=start, end=end, candidates=found.candidates, actors=found.actors, agents=found.agents, title=found.title, person=found.person,
            cities=found.cities,
        )
        return match


@dataclass(frozen=True)
class _Payload:
    candidate: Candidate
    cases: tuple[str, ...]
    any_case: bool  # every word of the phrase in any case: nothing to check


MAX_PATTERNS = 3  # case patterns of one ending whose outcomes are all made in advance (2 ** 3)


@dataclass(frozen=True)
class _Ending:
    """The phrases that end at one trie node; ``found`` holds all their candidates.

    Phrases that end together mostly share their case pattern ("Al Jazeera" / "al-Jazeera"
    apart): with no short phrase among them, the ``Found`` of each outcome of the patterns'
    case tests is made in advance (``outcomes``, None where no phrase fits)."""

    payloads: tuple[_Payload, ...]
    found: Found
    plain: bool  # no case to check and no short phrase: every candidate fits everywhere
    patterns: tuple[tuple[str, ...], ...] = ()
    outcomes: Mapping[tuple[bool, ...], Found | None] | None = None
    # the outcome for each tuple of its words' case bits (``tokens.case_bits``) met so far: a few per ending
    by_case: dict[tuple[int, ...], Found | None] | None = field(default=None, compare=False, repr=False)

    def outcome(self, bits: tuple[int, ...]) -> Found | None:
        """The ``Found`` of the phrases whose case patterns the words of ``bits`` fit (``outcomes`` made)."""
        found = self.by_case.get(bits, self)
        if found is self:
            passes = tuple([all([b & CASE_BIT[c] for b, c in zip(bits, cases)]) for cases in self.patterns])
            found = self.by_case[bits] = self.outcomes[passes]
        return found

    @classmethod
    def of(cls, payloads: Sequence[_Payload]) -> _Ending:
        payloads = tuple(payloads)
        found = Found(tuple(p.candidate for p in payloads))
        plain = all(p.any_case and not p.candidate.short for p in payloads)
        patterns = tuple(dict.fromkeys(p.cases for p in payloads if not p.any_case))
        if plain or any(p.candidate.short for p in payloads) or len(patterns) > MAX_PATTERNS:
            return cls(payloads, found, plain)
        outcomes = {}
        for passes in itertools.product((False, True), repeat=len(patterns)):
            passed = {pattern for pattern, ok in zip(patterns, passes) if ok}
            fitting = tuple(p.candidate for p in payloads if p.any_case or p.cases in passed)
            outcomes[passes] = found if len(fitting) == len(payloads) else Found(fitting) if fitting else None
        return cls(payloads, found, plain, patterns, outcomes, {})


def phrase_keys(words: Sequence[str], known: dict[str, tuple[str, str] | None] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keys and case patterns of a tokenized phrase, transparent tokens left out; ``known``
    remembers each word's (key, case), or None for a word left out, across phrases."""
    known = {} if known is None else known
    pairs = []
    for word in words:
        if word not in known:
            known[word] = None if is_transparent(word) or not token_key(word) else (token_key(word), case_of(word))
        if known[word] is not None:
            pairs.append(known[word])
    return tuple(key for key, _ in pairs), tuple(case for _, case in pairs)


class PhraseMatcher:
    """``spellings``: key -> the key it is written as (organization -> organisation);
    ``near``: reads a capitalised word no phrase uses as the name word it misspells."""

    def __init__(self, entries: Iterable[Entry], tokenize: Tokenize, spellings: Mapping[str, str] | None = None, near: NearNames | None = None) -> None:
        self.root: dict = {}
        self.any_case_probes: set[str] = set()  # for may_match: a word of each phrase
        self.capital_probes: set[str] = set()
        self.spellings = dict(spellings or {})
        self.near = near
        self.vocabulary: set[str] = set()
        self.token_keys = TokenKeys()  # as sentences are read
        self.near_keys: dict[str, str] = {}  # key -> the name word it misspells, "" for none (``_keys``)
        self.case_bits: dict[str, int] = {}  # word -> ``tokens.case_bits``
        cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        words: dict[str, tuple[str, str] | None] = {}  # dictionaries repeat their words ("the", "minister") thousands of times
        for entry in entries:
            for phrase, short in _phrases_of(entry):
                if phrase not in cache:
                    keys, cases = phrase_keys(tokenize(phrase), words)
                    cache[phrase] = tuple(self.spellings.get(k, k) for k in keys), cases
                keys, cases = cache[phrase]
                if keys:
                    self._add(keys, _Payload(Candidate(entry, short), cases, all(c == ANY for c in cases)))
        _seal(self.root)
        # first keys whose node holds only the phrases that end there: the match is that one word or none
        self.single = {key: node[END] for key, node in self.root.items() if len(node) == 1 and END in node}

    def _keys(self, words: Sequence[str], keys: Sequence[str], positions: Sequence[int]) -> list[str]:
        """Token keys in the dictionary's spellings; a misspelled name word standing alone (no
        capitalised word beside it, which would make it part of a longer name) as the name."""
        spellings = self.spellings
        keys = list(keys) if len(positions) == len(keys) else [keys[i] for i in positions]
        if not spellings.keys().isdisjoint(keys):  # most sentences have no word of another spelling
            keys = [spellings.get(key, key) for key in keys]
        if self.near is None:
            return keys
        near = list(map(self.near_keys.get, keys))
        if None in near:
            near = [self._near_key(key) if found is None else found for key, found in zip(keys, near)]
        if any(near):  # most sentences have no word that may be a misspelled name
            for n, name in enumerate(near):
                i = positions[n]
                if name and words[i][:1].isupper() and not _beside_a_name(words, i):
                    keys[n] = name
        return keys

    def _near_key(self, key: str) -> str:
        """The name word ``key`` misspells, or "" (also for a word some phrase uses); once per key."""
        if len(self.near_keys) >= KEYS_REMEMBERED:
            self.near_keys.clear()
        found = self.near_keys[key] = "" if key in self.vocabulary else (self.near.nearest(key) or "")
        return found

    def _add(self, keys: tuple[str, ...], payload: _Payload) -> None:
        node = self.root
        self.vocabulary.update(keys)
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault(END, []).append(payload)
        probe = next((i for i, k in enumerate(keys) if k not in PROBE_SKIP), 0)
        probes = self.any_case_probes if payload.cases[probe] == ANY else self.capital_probes
        probes.add(keys[probe])

    def find(self, words: Sequence[str], allow_short: Callable[[ActorEntry], bool] = lambda e: False) -> list[Match]:
        """Longest phrases in ``words`` (token texts), left to right, not overlapping."""
        known = [self.token_keys.of(w) for w in words]
        return self._find(words, [key for key, _ in known], [clear for _, clear in known], allow_short)

    def find_keyed(self, tokens: KeyedTokens, allow_short: Callable[[ActorEntry], bool] = lambda e: False) -> list[Match]:
        """``find`` over a sentence's tokens whose keys are already read."""
        return self._find(tokens.texts, tokens.keys, tokens.transparent, allow_short)

    def _find(self, words: Sequence[str], keys: Sequence[str], transparent: Sequence[bool], allow_short) -> list[Match]:
        positions = list(compress(range(len(keys)), map(not_, transparent))) if True in transparent else range(len(keys))
        keys = self._keys(words, keys, positions)
        root, single = self.root, self.single
        matches: list[Match] = []
        after, last = 0, len(keys) - 1  # the end of the last match, among the keys; the last key
        for k in compress(count(), map(root.__contains__, keys)):  # the few positions where a phrase may start
            if k < after:
                continue
            ending = single.get(keys[k])
            if ending is not None and ending.plain:  # a one-word phrase that no longer one goes on from: most
                length, phrase = 1, ending.found
            elif ending is not None and ending.outcomes is not None:
                length, phrase = 1, ending.outcome((self._case_bits(words, positions[k], False),))
            elif ending is None and END not in (node := root[keys[k]]) and (k == last or keys[k + 1] not in node):
                continue  # the first word of longer phrases only ("the" of "the group"), none of them here
            else:
                length, phrase = self._longest_at(k, positions, keys, words, allow_short) or (0, None)
            if phrase is not None:
                matches.append(Match.of(positions[k], positions[k + length - 1] + 1, phrase))
                after = k + length
        return matches

    def _longest_at(self, k, positions, keys, words, allow_short) -> tuple[int, Found] | None:
        node, ends = self.root, []
        j, size = k, len(keys)
        while j < size:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            ending = node.get(END)
            if ending is not None:
                ends.append((j - k, ending))
        for length, ending in reversed(ends):
            if ending.plain:
                return length, ending.found
            if ending.outcomes is not None:
                outcome = ending.outcome(tuple([self._case_bits(words, positions[i], i > k) for i in range(k, k + length)]))
                if outcome is not None:
                    return length, outcome
                continue
            texts = [_case_text(words, positions[i], i > k) for i in range(k, k + length)]
            fitting = tuple(
                p.candidate
                for p in ending.payloads
                if (p.any_case or all(t is None or fits_case(t, c) for t, c in zip(texts, p.cases)))
                and (not p.candidate.short or allow_short(p.candidate.entry))
            )
            if fitting:
                return length, ending.found if len(fitting) == len(ending.payloads) else Found(fitting)
        return None

    def _case_bits(self, words: Sequence[str], position: int, inside: bool) -> int:
        """``tokens.case_bits`` of the word at ``position``, once per word; ``JOINED`` after a hyphen inside a phrase."""
        text = _case_text(words, position, inside)
        if text is None:
            return JOINED
        bits = self.case_bits.get(text)
        if bits is None:
            if len(self.case_bits) >= KEYS_REMEMBERED:
                self.case_bits.clear()
            bits = self.case_bits[text] = case_bits(text)
        return bits

    def may_match(self, words: Iterable[str]) -> bool:
        """Cheap test: is a word of some phrase present, in a case it may have?"""
        for word in words:
            key = self.token_keys.key(word)
            if key in self.any_case_probes or (key in self.capital_probes and word[:1].isupper()):
                return True
        return False


def _seal(root: dict) -> None:
    """Each node's list of phrases that end there becomes an ``_Ending``, once the trie is built."""
    nodes = [root]
    while nodes:
        node = nodes.pop()
        for key, child in node.items():
            if key == END:
                node[END] = _Ending.of(child)
            else:
                nodes.append(child)


def _beside_a_name(words: Sequence[str], i: int) -> bool:
    """A capitalised word right before (not opening the sentence) or after position ``i``,
    or a hyphen that joins it to another word ("al-Baghdadi")."""
    before = i > 1 and words[i - 1][:1].isupper()
    after = i + 1 < len(words) and words[i + 1][:1].isupper()
    joined = (i > 0 and words[i - 1] in HYPHENS) or (i + 1 < len(words) and words[i + 1] in HYPHENS)
    return before or after or joined


def _case_text(words: Sequence[str], position: int, inside: bool) -> str | None:
    """The text whose case is checked; ``None`` after a hyphen inside a phrase ("Jong-un")."""
    if inside and position > 0 and words[position - 1] in HYPHENS:
        return None
    return words[position]


def _phrases_of(entry: Entry) -> Iterable[tuple[str, bool]]:
    for phrase in entry.phrases:
        yield phrase, False
    if isinstance(entry, ActorEntry):
        for phrase in entry.short:
            yield phrase, True
