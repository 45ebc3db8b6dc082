"""A parsed PETRARCH verb dictionary as the event coder's ``Pattern``s.

One matcher, two sources of data: every verb of a block, with each of the
block's patterns and with its own default code, becomes a ``Pattern`` of
``eventwire.events.patterns``:

- the verb's surface forms (PETRARCH lists them, or regular and irregular
  ones are made) become ``forms``, and the pattern is indexed under each;
- words joined to the verb (``WIRE_+TAP``, ``NOT_*``, ``*_OFF``) become
  ``prefix`` and ``particle``;
- the other words, ``$`` (source), ``+`` (target), ``%`` (coordinated
  actors acting on each other) and ``^`` (a phrase skipped) become
  "sequence" constraints in PETRARCH's word order, synsets expanded with
  their regular plurals;
- ``[032:033]`` becomes ``code`` and ``reverse_code``; ``---`` no event.

Words are split as spaCy splits them ("peace-keeping" -> peace - keeping,
"didn't" -> did n't) so that they meet the tokens of the text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..events.inflect import Inflector
from ..events.patterns import Constraint, Pattern, PatternSet
from .codes import EventCodes
from .lines import Report
from .verb_file import Element, Synset, VerbBlock, VerbDictionary, VerbEntry, VerbForm, VerbPattern

Phrase = tuple[str, ...]
ROLE_OF = {"source": "source", "target": "target", "compound": None, "skip": None}
VOWELS = frozenset("aeiou")
TARGET_PLACES = ("next",)  # PETRARCH's target: the first actor named after the verb, within its phrase


def split_word(word: str) -> Phrase:
    """A dictionary word as spaCy tokens: "didn't" -> (did, n't); "peace-keeping" -> (peace, -, keeping)."""
    if word.endswith("n't") and len(word) > 3:
        return (*split_word(word[:-3]), "n't")
    inner = word.strip("-")
    if "-" in inner:
        parts = inner.split("-")
        return tuple(itertools.chain.from_iterable((p, "-") for p in parts))[:-1]
    return (word,)


def tokens_of(words: Iterable[str]) -> Phrase:
    return tuple(t for w in words for t in split_word(w))


def regular_plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in VOWELS:
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


class SynsetTable:
    """Synset phrases with nested synsets and regular plurals expanded (memoised per table)."""

    def __init__(self, synsets: Iterable[Synset], report: Report) -> None:
        self.synsets = {s.name: s for s in synsets}
        self.report = report
        self._expanded: dict[str, tuple[Phrase, ...]] = {}

    def expand(self, name: str, seen: frozenset[str] = frozenset()) -> tuple[Phrase, ...] | None:
        if name in self._expanded:
            return self._expanded[name]
        synset = self.synsets.get(name)
        if synset is None or name in seen:
            return None
        found: list[Phrase] = []
        for phrase in synset.phrases:
            for alternative in self.alternatives(phrase.words, seen | {name}) or ():
                found.append(alternative)
                if phrase.plural and alternative and alternative[-1].isalpha():
                    found.append((*alternative[:-1], regular_plural(alternative[-1])))
        self._expanded[name] = tuple(dict.fromkeys(tokens_of(p) for p in found))
        return self._expanded[name]

    def alternatives(self, words: Phrase, seen: frozenset[str] = frozenset()) -> tuple[Phrase, ...] | None:
        """Every phrase ``words`` stands for; None when it names an undefined synset."""
        options: list[tuple[Phrase, ...]] = []
        for word in words:
            if word.startswith("&"):
                expanded = self.expand(word, seen)
                if expanded is None:
                    return None
                options.append(expanded)
            else:
                options.append((split_word(word),))
        return tuple(tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*options))


# --- verb forms -------------------------------------------------------------------


def regular_forms(verb: str, inflector: Inflector) -> set[str]:
    """The verb and the forms English (and PETRARCH) make of it."""
    forms = inflector.forms(verb, "verb")
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    return forms


@dataclass(frozen=True)
class VerbSpelling:
    """A verb of a block: its word, the forms it is written in, and the words joined to it."""

    verb: str
    forms: frozenset[str]
    before: Phrase
    after: Phrase


def united(spellings: Iterable[VerbSpelling]) -> list[VerbSpelling]:
    """Verbs of a block joined to the same words share patterns: one spelling with all their forms."""
    groups: dict[tuple[Phrase, Phrase], VerbSpelling] = {}
    for spelling in spellings:
        key = (spelling.before, spelling.after)
        known = groups.get(key)
        groups[key] = spelling if known is None else VerbSpelling(known.verb, known.forms | spelling.forms, *key)
    return list(groups.values())


def listed_forms(entry: VerbEntry) -> set[str]:
    """Forms the dictionary writes out: the verb itself and its {...} forms."""
    return {entry.form.verb} | {f.verb for f in entry.forms or ()}


def spellings(entry: VerbEntry, taken: Mapping[str, int], block_id: int, inflector: Inflector) -> VerbSpelling:
    """The forms of one verb line; forms another block lists itself stay with that block."""
    form: VerbForm = entry.form
    listed = listed_forms(entry)
    made = regular_forms(form.verb, inflector) if not form.verb.endswith(("ed", "ing")) else set()
    mine = listed | {f for f in made if taken.get(f, block_id) == block_id}
    return VerbSpelling(form.verb, frozenset(mine), tokens_of(form.before), tokens_of(form.after))


# --- patterns ------------------------------------------------------------------------


def _constraint(element: Element, side: str, table: SynsetTable) -> Constraint | None:
    if element.kind == "words":
        phrases = table.alternatives(element.words)
        if phrases is None:
            return None
        return Constraint("sequence", phrases=phrases, side=side)
    return Constraint("sequence", side=side, role=ROLE_OF[element.kind])


def _constraints(pattern: VerbPattern, table: SynsetTable) -> tuple[Constraint, ...] | None:
    """Before-the-verb elements nearest first, then the ones after it in order."""
    sides = [(e, "before") for e in reversed(pattern.before)] + [(e, "after") for e in pattern.after]
    built = [_constraint(element, side, table) for element, side in sides]
    return None if any(c is None for c in built) else tuple(c for c in built if c is not None)


def _joined(words: Phrase, table: SynsetTable) -> tuple[Phrase, ...] | None:
    return table.alternatives(words) if words else ((),)


def _undefined(words: Iterable[str], table: SynsetTable) -> str:
    return next((w for w in words if w.startswith("&") and table.expand(w) is None), "&?")


@dataclass(frozen=True)
class Shape:
    """What a dictionary pattern asks, ready for any verb of its block."""

    constraints: tuple[Constraint, ...]
    joined: tuple[tuple[Phrase, Phrase], ...]  # (prefix, suffix) alternatives
    codes: EventCodes
    mutual: bool
    origin: str


def shape_of(pattern: VerbPattern, table: SynsetTable, origin: str, report: Report) -> Shape | None:
    """The pattern's constraints with synsets expanded; None (reported once) if a synset is undefined."""
    constraints = _constraints(pattern, table)
    prefixes, suffixes = _joined(pattern.prefix, table), _joined(pattern.suffix, table)
    if constraints is None or prefixes is None or suffixes is None:
        words = [w for e in (*pattern.before, *pattern.after) for w in e.words] + [*pattern.prefix, *pattern.suffix]
        report.add("E704", pattern.line, name=_undefined(words, table).upper())
        return None
    mutual = any(e.kind == "compound" for e in (*pattern.before, *pattern.after))
    joined = tuple(itertools.product(prefixes, suffixes))
    return Shape(constraints, joined, pattern.codes, mutual, f"{origin}:{pattern.line}")


def patterns_of(spelling: VerbSpelling, shape: Shape, require_dyad: bool = True) -> Iterator[Pattern]:
    """The ``Pattern``s of one verb with one dictionary pattern."""
    for prefix, suffix in shape.joined:
        yield Pattern(
            lemma=spelling.verb, kind="verb", code=shape.codes.primary, particle=" ".join(spelling.after + suffix) or None,
            prefix=prefix + spelling.before, constraints=shape.constraints, targets=TARGET_PLACES, origin=shape.origin,
            forms=spelling.forms, reverse_code=shape.codes.reverse, mutual=shape.mutual, literal=True,
            needs_target=require_dyad,
        )  # fmt: skip


def _block_shapes(block: VerbBlock, table: SynsetTable, origin: str, report: Report) -> list[Shape]:
    shapes = (shape_of(p, table, origin, report) for p in block.patterns)
    return [s for s in shapes if s is not None]


def _alone(entry: VerbEntry, block: VerbBlock, origin: str) -> Shape:
    """The verb with no pattern: its own code, else the block's."""
    return Shape((), (((), ()),), entry.codes or block.codes, False, f"{origin}:{entry.line}")


def _taken_forms(blocks: Iterable[VerbBlock]) -> dict[str, int]:
    """Surface form -> the first block that lists it itself."""
    taken: dict[str, int] = {}
    for number, block in enumerate(blocks):
        for entry in block.verbs:
            for form in listed_forms(entry):
                taken.setdefault(form, number)
    return taken


def verb_pattern_set(dictionary: VerbDictionary, origin: str, report: Report, inflector: Inflector,
                     require_dyad: bool = True) -> PatternSet:
    """Every verb of every block with every pattern of its block, indexed by its surface forms;
    with ``require_dyad`` (PETRARCH's option) an event needs a target."""
    table = SynsetTable(dictionary.synsets, report)
    taken = _taken_forms(dictionary.blocks)
    index: dict[tuple[str, str], list[Pattern]] = {}
    forms: set[str] = set()

    def add(spelling: VerbSpelling, shape: Shape) -> None:
        for built in patterns_of(spelling, shape, require_dyad):
            for form in spelling.forms:
                index.setdefault(("verb", form), []).append(built)

    for number, block in enumerate(dictionary.blocks):
        shapes = _block_shapes(block, table, origin, report)
        spelled = [(entry, spellings(entry, taken, number, inflector)) for entry in block.verbs]
        for spelling in united(s for _, s in spelled):  # the block's patterns, once per kind of verb
            forms |= spelling.forms
            for shape in shapes:
                add(spelling, shape)
        for entry, spelling in spelled:  # each verb alone has its own code
            add(spelling, _alone(entry, block, origin))
    return PatternSet(
        by_trigger=MappingProxyType({key: _ordered(found) for key, found in index.items()}),
        synsets=MappingProxyType({name: table.expand(name) or () for name in table.synsets}),
        surface_forms=frozenset(forms),
    )


def _ordered(patterns: list[Pattern]) -> tuple[Pattern, ...]:
    return tuple(sorted(patterns, key=lambda p: -p.specificity))
