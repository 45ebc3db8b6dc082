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

from .entries import ActorEntry, AgentEntry
from .matcher import Match
from .people import is_name_word, name_run_end, name_words
from .rules import Rules
from .tokens import is_transparent, token_key

ACTOR, AGENT, NAME, POSS, DET, MOD = "actor", "agent", "name", "poss", "det", "mod"
CONTENT = frozenset({ACTOR, AGENT, NAME})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "VBN"})


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

    @property
    def is_place(self) -> bool:
        return self.kind == ACTOR and self.entry is not None and self.entry.kind in PLACE_LIKE

    @property
    def title(self) -> bool:
        return self.kind == AGENT and any(a.title for a in self.agents)


PLACE_LIKE = frozenset({"country", "capital", "place", "demonym", "people", "region"})


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
    starts = {m.start: m for m in matches}
    taken = [False] * len(tokens)
    for m in matches:
        for i in range(m.start, m.end):
            taken[i] = True
    units: list[Unit | None] = []
    i = 0
    while i < len(tokens):
        if i in starts:
            unit = _match_unit(starts[i], tokens, rules, choose)
            units.append(unit)
            i = starts[i].end
            continue
        end = name_run_end(tokens, i, taken, parsed, rules)
        if end > i:
            words = tuple(name_words(tokens, i, end))
            text = "".join(t.text_with_ws for t in tokens[i:end]).strip()
            units.append(Unit(NAME, i, end, recalled=recall(words), words=words, text=text))
            i = end
            continue
        units.append(_word_unit(tokens, i, parsed, rules, units))
        i += 1
    return units


def _match_unit(match: Match, tokens: Sequence, rules: Rules, choose: Choose) -> Unit | None:
    entry = choose(match) if match.actors else None
    if entry is not None:
        if entry.is_place and _after_stance_prefix(tokens, match.start, rules):
            return Unit(MOD, match.start, match.end)
        words = tuple(name_words(tokens, match.start, match.end))
        return Unit(ACTOR, match.start, match.end, entry=entry, words=words)
    return Unit(AGENT, match.start, match.end, agents=match.agents)


def _after_stance_prefix(tokens: Sequence, start: int, rules: Rules) -> bool:
    """``pro-Russian``, ``anti-American``: a stance, not an actor."""
    return start >= 2 and tokens[start - 1].text == "-" and token_key(tokens[start - 2].text) in rules.stance_prefixes


def _word_unit(tokens: Sequence, i: int, parsed: bool, rules: Rules, units: list) -> Unit | None:
    token = tokens[i]
    key = token_key(token.text)
    previous = units[-1] if units else None
    if key == "'s" or (token.text in ("'", "\u2019") and previous is not None and tokens[i - 1].text.lower().endswith("s")):
        return Unit(POSS, i, i + 1)
    if key in rules.determiners:
        return Unit(DET, i, i + 1)
    if key in rules.modifiers or token.like_num or (parsed and token.tag_ in MODIFIER_TAGS and not is_name_word(token, parsed, rules)):
        return Unit(MOD, i, i + 1)
    if is_transparent(token.text) and token.text != "-" and previous is not None:
        return Unit(MOD, i, i + 1)
    return None


def group_chunks(units: Sequence[Unit | None]) -> list[Chunk]:
    """Runs of adjacent units, trimmed to start and end on content."""
    chunks: list[Chunk] = []
    run: list[Unit] = []
    for unit in list(units) + [None]:
        if unit is not None and (not run or run[-1].end == unit.start):
            run.append(unit)
            continue
        chunks.extend(_trimmed(run))
        run = [unit] if unit is not None else []
    return chunks


def _trimmed(run: list[Unit]) -> list[Chunk]:
    content = [i for i, u in enumerate(run) if u.kind in CONTENT or (u.kind == AGENT)]
    if not content:
        return []
    first, last = content[0], content[-1]
    # keep a trailing possessive: it marks the chunk as a possessor
    if last + 1 < len(run) and run[last + 1].kind == POSS:
        last += 1
    return [Chunk(tuple(run[first : last + 1]))]


def split_possessors(chunk: Chunk) -> list[tuple[Unit, ...]]:
    """``China 's foreign ministry`` -> [(China,), (foreign ministry,)]."""
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
