"""Event patterns: the data the matcher runs on, and how it is loaded.

One matcher, two sources of data. eventwire's own pattern files
(``data/patterns/*.jsonl`` plus any ``--patterns FILE``; format in
docs/patterns.md) and, later, PETRARCH/TABARI verb dictionaries load into
the same structures:

``Pattern``
    A trigger ``lemma`` of ``kind`` "verb" or "noun", with an optional
    ``particle`` ("call *off*") and ``prefix`` (words written just before the
    trigger: "*air* strike", PETRARCH's ``WIRE_+TAP``), a CAMEO ``code``
    (``None``: no event by itself), an optional ``frame`` (the trigger
    operates on an embedded event: "threatened to *impose sanctions*"), and
    ordered ``constraints`` on the trigger's dependents.

``Constraint``
    Where to look (``relation``: the direct object, the subject, a
    modifier, the object of a preposition ``prep``, a verb complement, or
    anywhere in the subtree), on which ``side`` of the trigger, which words
    must head the phrase (``phrases``: lemma sequences whose last word is
    the head; empty means any phrase), and which ``role`` the actor named
    in that phrase plays ("source" or "target"). A PETRARCH pattern
    ``- + * $ (ON &SANCTION) [163]`` becomes constraints with sides
    "before"/"after", roles from ``$``/``+``, and synset words expanded.
    The relation "sequence" is PETRARCH's word order: the phrase occurs on
    its side of the trigger, beyond the previous "sequence" constraint of
    that side (constraints before the trigger are listed nearest first); with
    no phrases it is the next noun phrase, the role's slot (``$``/``+``) or a
    phrase skipped (``^``).

PETRARCH patterns also use optional fields of ``Pattern``: ``forms`` (the
surface forms the trigger must have: the dictionary lists "LEFT" apart from
"LEAVE"), ``reverse_code`` (``[032:033]``: the act seen from the target,
coded target -> source), ``mutual`` (``%``: coordinated actors act on each
other), ``needs_target`` (PETRARCH's ``require_dyad``) and ``literal`` (the dictionary's code is final: modality does not
turn it into an intent or a threat, since the dictionary writes its own
patterns for "will", "not" and "said").

``PatternSet``
    All patterns indexed by (kind, lemma), most specific first, plus the
    synsets, the discard phrases and the surface forms of every trigger
    (for the cheap pre-pass that needs no parse).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import EventwireError
from .inflect import IRREGULAR_FILE, Inflector

RELATIONS = ("object", "subject", "modifier", "prep", "complement", "subtree", "sequence")
SIDES = ("before", "after", "any")
ROLES = ("source", "target")
FRAMES = ("event", "join", "intend", "agree", "threaten", "appeal", "demand", "reject", "accuse", "deny", "end")
NULL_CODE = "---"  # PETRARCH's null code: the pattern matches but makes no event
PATTERN_DIR = "patterns"
RECORD_KEYS = frozenset(
    {"verb", "noun", "particle", "code", "frame", "object", "modifier", "prep", "complement", "match",
     "target", "places", "standalone", "forms", "mutual", "note"}
)  # fmt: skip


@dataclass(frozen=True)
class Constraint:
    """A phrase the trigger's dependents must contain (or a role slot)."""

    relation: str
    phrases: tuple[tuple[str, ...], ...] = ()
    prep: str | None = None
    side: str = "any"
    role: str | None = None

    @functools.cached_property
    def weight(self) -> int:
        """Its share of a pattern's specificity; a PETRARCH word sequence counts its words,
        so longer patterns are tried first."""
        if self.relation != "sequence":
            return 2
        return 2 * min(len(p) for p in self.phrases) if self.phrases else 1

    @functools.cached_property
    def phrases_by_head(self) -> Mapping[str, tuple[tuple[str, ...], ...]]:
        """The phrases by their last word (the head a candidate must be), so a candidate tries only its own."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            found.setdefault(phrase[-1], []).append(phrase)
        return MappingProxyType({word: tuple(phrases) for word, phrases in found.items()})

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """The last words of its phrases: a sentence with none of them cannot satisfy it."""
        return frozenset(self.phrases_by_head)


@dataclass(frozen=True)
class Pattern:
    lemma: str
    kind: str  # "verb" | "noun"
    code: str | None
    particle: str | None = None
    prefix: tuple[str, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    frame: str | None = None
    standalone: bool = True
    targets: tuple[str, ...] = ()  # "object", "dative" or prepositions; () = the defaults
    places: bool = False  # a place named as the target stands for its country ("arrived in Pyongyang")
    origin: str = ""
    forms: frozenset[str] = frozenset()  # surface forms the trigger must have; empty: any
    reverse_code: str | None = None  # code of the reverse act, target -> source
    mutual: bool = False  # coordinated actors act on each other
    literal: bool = False  # the code is final: no intent or threat re-coding
    needs_target: bool = False  # no event without a target (PETRARCH's require_dyad)

    @functools.cached_property
    def needed_heads(self) -> tuple[frozenset[str], ...]:
        """For each constraint on a dependent's phrase (word order aside), the words one of which must
        head it: a sentence missing all of one set cannot match the pattern."""
        return tuple(c.heads for c in self.constraints if c.phrases and c.relation != "sequence")

    @functools.cached_property
    def specificity(self) -> int:  # cached: large dictionaries sort many patterns
        return sum(c.weight for c in self.constraints) + len(self.prefix) * 2 + (1 if self.particle else 0)


@dataclass(frozen=True)
class PatternSet:
    by_trigger: Mapping[tuple[str, str], tuple[Pattern, ...]]
    synsets: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    discards: tuple[tuple[str, ...], ...] = ()
    surface_forms: frozenset[str] = frozenset()
    story_discards: tuple[tuple[str, ...], ...] = ()  # a story with one of these codes no event
    irregular: Mapping[str, str] = field(default_factory=dict)  # irregular verb form -> lemma ("unfroze")

    def candidates(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((kind, lemma), ())

    def __add__(self, other: PatternSet) -> PatternSet:
        """Both sets in one: per trigger, most specific first (this set first on ties)."""
        keys = list(dict.fromkeys([*self.by_trigger, *other.by_trigger]))
        merged = {k: _merged(self.candidates(*k), other.candidates(*k)) for k in keys}
        return PatternSet(
            by_trigger=MappingProxyType(merged),
            synsets=MappingProxyType({**other.synsets, **self.synsets}),
            discards=self.discards + other.discards,
            surface_forms=self.surface_forms | other.surface_forms,
            story_discards=self.story_discards + other.story_discards,
            irregular=MappingProxyType({**other.irregular, **self.irregular}),
        )

    def __len__(self) -> int:
        return sum(len(p) for p in self.by_trigger.values())


# --- reading records -------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    data: Mapping[str, Any]
    origin: str


def _read_records(text: str, name: str) -> Iterator[_Record]:
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        origin = f"{name}:{number}"
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise EventwireError("E301", origin=origin, reason=f"not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise EventwireError("E301", origin=origin, reason="a line must be a JSON object")
        yield _Record(data, origin)


def packaged_texts() -> list[tuple[str, str]]:
    folder = resources.files("eventwire.data").joinpath(PATTERN_DIR)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".jsonl")), key=lambda f: f.name)
    return [(f"patterns/{f.name}", f.read_text("utf-8")) for f in files]


def user_texts(paths: Sequence[str | Path]) -> list[tuple[str, str]]:
    texts = []
    for path in map(Path, paths):
        if not path.is_file():
            raise EventwireError("E302", origin=str(path))
        try:
            texts.append((str(path), path.read_text("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise EventwireError("E307", origin=str(path), reason=str(exc)) from None
    return texts


# --- building patterns -----------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("_", " ").split())


class _Builder:
    """Turns records into patterns, expanding synsets and checking codes."""

    def __init__(self, known_codes: Iterable[str]) -> None:
        self.known_codes = frozenset(known_codes)
        self.synsets: dict[str, tuple[tuple[str, ...], ...]] = {}

    def add_synset(self, record: _Record) -> None:
        name, words = record.data.get("synset"), record.data.get("words")
        if not isinstance(name, str) or not name.startswith("&") or not isinstance(words, list):
            raise EventwireError("E301", origin=record.origin, reason="a synset needs a name starting '&' and a list 'words'")
        if name in self.synsets:
            # A second definition would silently replace the first for every pattern that uses it.
            raise EventwireError("E301", origin=record.origin, reason=f"synset {name} is defined twice")
        self.synsets[name] = tuple(self.phrases(words, record.origin))

    def phrases(self, words: Any, origin: str) -> list[tuple[str, ...]]:
        if words in ("*", None, []):
            return []
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise EventwireError("E301", origin=origin, reason="words must be a string or a list of strings")
        found: list[tuple[str, ...]] = []
        for word in words:
            if word.startswith("&"):
                if word not in self.synsets:
                    raise EventwireError("E305", origin=origin, name=word)
                found.extend(self.synsets[word])
            else:
                found.append(_words(word))
        return found

    def constraint(self, spec: Any, origin: str) -> Constraint:
        if not isinstance(spec, dict):
            raise EventwireError("E301", origin=origin, reason="each 'match' entry must be an object")
        relation = spec.get("relation", "subtree")
        side, role = spec.get("side", "any"), spec.get("role")
        if relation not in RELATIONS or side not in SIDES or role not in (None, *ROLES):
            raise EventwireError("E301", origin=origin, reason=f"bad relation, side or role in {spec}")
        prep = spec.get("prep")
        if relation == "prep" and not isinstance(prep, str):
            raise EventwireError("E301", origin=origin, reason="a 'prep' constraint needs the preposition")
        return Constraint(relation, tuple(self.phrases(spec.get("words"), origin)), prep and prep.lower(), side, role)

    def constraints(self, data: Mapping[str, Any], origin: str) -> tuple[Constraint, ...]:
        found = [self.constraint(spec, origin) for spec in data.get("match", [])]
        for relation in ("object", "modifier", "complement"):
            if relation in data:
                found.append(Constraint(relation, tuple(self.phrases(data[relation], origin))))
        preps = data.get("prep", {})
        if not isinstance(preps, dict):
            raise EventwireError("E301", origin=origin, reason="'prep' maps prepositions to words")
        for prep, words in preps.items():
            found.append(Constraint("prep", tuple(self.phrases(words, origin)), prep.lower()))
        return tuple(found)

    def check(self, data: Mapping[str, Any], origin: str) -> None:
        unknown = set(data) - RECORD_KEYS
        if unknown:
            raise EventwireError("E301", origin=origin, reason=f"unknown keys {sorted(unknown)}")
        code, frame = data.get("code"), data.get("frame")
        if code == NULL_CODE:
            return
        if code is not None and (not isinstance(code, str) or code not in self.known_codes):
            raise EventwireError("E303", origin=origin, value=code)
        if frame is not None and frame not in FRAMES:
            raise EventwireError("E306", origin=origin, name=frame, known=", ".join(FRAMES))
        if code is None and frame is None:
            raise EventwireError("E301", origin=origin, reason="a pattern needs a 'code', a 'frame' or both")

    def pattern(self, record: _Record) -> Pattern:
        data, origin = record.data, record.origin
        self.check(data, origin)
        kind = "verb" if "verb" in data else "noun"
        words = _words(str(data[kind]))
        if not words:
            raise EventwireError("E301", origin=origin, reason=f"empty '{kind}'")
        if kind == "verb":
            lemma, particle, prefix = words[0], " ".join(words[1:]) or data.get("particle"), ()
        else:
            lemma, particle, prefix = words[-1], None, words[:-1]
        targets = data.get("target", [])
        return Pattern(
            lemma=lemma, kind=kind, code=None if data.get("code") == NULL_CODE else data.get("code"),
            particle=particle, prefix=prefix,
            constraints=self.constraints(data, origin), frame=data.get("frame"),
            standalone=bool(data.get("standalone", True)), places=bool(data.get("places", False)),
            mutual=bool(data.get("mutual", False)),
            targets=tuple(t.lower() for t in ([targets] if isinstance(targets, str) else targets)),
            origin=origin,
        )  # fmt: skip


def _forms(record: _Record, pattern: Pattern, inflector: Inflector) -> set[str]:
    forms = set(inflector.forms(pattern.lemma, pattern.kind))
    forms.update(w.lower() for w in record.data.get("forms", []))
    return forms


def build_pattern_set(texts: Sequence[tuple[str, str]], known_codes: Iterable[str], inflector: Inflector) -> PatternSet:
    """Patterns from (name, text) pairs; synsets of any file are usable in all."""
    records = [r for name, text in texts for r in _read_records(text, name)]
    builder = _Builder(known_codes)
    for record in records:
        if "synset" in record.data:
            builder.add_synset(record)
    index: dict[tuple[str, str], list[Pattern]] = {}
    discards: list[tuple[str, ...]] = []
    forms: set[str] = set()
    for record in records:
        if "synset" in record.data:
            continue
        if "discard" in record.data:
            discards.extend(builder.phrases(record.data["discard"], record.origin))
            continue
        if "verb" not in record.data and "noun" not in record.data:
            raise EventwireError("E301", origin=record.origin, reason="a line needs 'verb', 'noun', 'synset' or 'discard'")
        pattern = builder.pattern(record)
        index.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
        forms |= _forms(record, pattern, inflector)
    ordered = {key: _by_specificity(found) for key, found in index.items()}
    verbs = {lemma for kind, lemma in ordered if kind == "verb"}
    irregular = {form: lemma for lemma in verbs for form in inflector.irregular.get(lemma, ())}
    return PatternSet(
        by_trigger=MappingProxyType(ordered),
        synsets=MappingProxyType(dict(builder.synsets)),
        discards=tuple(discards),
        surface_forms=frozenset(forms),
        irregular=MappingProxyType(irregular),
    )


def _by_specificity(patterns: Iterable[Pattern]) -> tuple[Pattern, ...]:
    return tuple(sorted(patterns, key=lambda p: -p.specificity))


def _merged(first: tuple[Pattern, ...], second: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    return _by_specificity(first + second) if first and second else first or second


def load_patterns(user_files: Sequence[str | Path], known_codes: Iterable[str], inflector: Inflector) -> PatternSet:
    """The packaged patterns plus the user's own files (``--patterns FILE``)."""
    return build_pattern_set(packaged_texts() + user_texts(user_files), known_codes, inflector)


def kept_patterns(user_files: Sequence[str | Path], known_codes: Iterable[str]) -> PatternSet:
    """``load_patterns`` with the packaged inflector, kept between runs (``eventwire.startup``): the
    pattern files, the irregular verbs, this package's code and the codes decide what is built."""
    from ..startup import cached

    data = Path(str(resources.files("eventwire.data")))
    codes = frozenset(known_codes)
    sources = [data / PATTERN_DIR, data / IRREGULAR_FILE, *map(Path, user_files), Path(__file__).parent, "\n".join(sorted(codes))]
    stored = cached("patterns", sources, lambda: _storable(load_patterns(user_files, codes, Inflector.packaged())))
    return replace(stored, by_trigger=MappingProxyType(stored.by_trigger), synsets=MappingProxyType(stored.synsets),
                   irregular=MappingProxyType(stored.irregular))


def _storable(patterns: PatternSet) -> PatternSet:
    """The set with plain dicts for its read-only views, which pickle cannot write."""
    return replace(patterns, by_trigger=dict(patterns.by_trigger), synsets=dict(patterns.synsets), irregular=dict(patterns.irregular))
