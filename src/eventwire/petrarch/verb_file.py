"""Parsing a PETRARCH verb dictionary (``CAMEO.2.0.txt``) into plain records.

The file holds synonym sets and verb blocks (format: docs/petrarch.md):

    &CURRENCY                      a synset; '+' lines are its phrases
    +SWISS FRANCS
    --- ABANDON  [345]  ---        a verb block with its default code
    ABANDON                        verbs of the block ...
    WIRE_+TAP {WIRE_+TAPPED}       ... '+' marks the verb word, {} its forms
    - * DIPLOMATIC TIES [901]      patterns: words before and after the verb '*'
    - $ * (FROM +) [066]           $ source, + target, % compound, ^ skip a phrase
    ~ a (a b ATTACK) SAY = a b 015 a transformation (kept, not used for coding)

Nothing here knows about spaCy or the event coder: ``verb_patterns`` turns
these records into the event coder's ``Pattern`` structures.
"""

from __future__ import annotations

from dataclasses import dataclass

from .codes import EventCodes, bracket_groups, parse_event_codes
from .lines import Line, Report, content_lines

MARKERS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
WORDS = "words"
STAR = "*"
DEFAULT_CODES = EventCodes(None, None, "---")


@dataclass(frozen=True)
class SynsetPhrase:
    words: tuple[str, ...]  # lower case; "&name" refers to another synset
    plural: bool  # regular plural of the last word is added


@dataclass(frozen=True)
class Synset:
    name: str  # "&currency" (lower case, without the no-plural '_')
    phrases: tuple[SynsetPhrase, ...]
    line: int


@dataclass(frozen=True)
class VerbForm:
    """One written form of a (possibly multi-word) verb: ``WIRE_+TAPPED``."""

    verb: str  # the verb word, lower case
    before: tuple[str, ...] = ()  # words joined before it ("wire")
    after: tuple[str, ...] = ()  # words joined after it ("off" of CORDON_OFF)


@dataclass(frozen=True)
class VerbEntry:
    form: VerbForm
    forms: tuple[VerbForm, ...] | None  # the {...} forms; None when not given
    codes: EventCodes | None  # its own code, else the block's
    line: int


@dataclass(frozen=True)
class Element:
    """One part of a pattern on one side of the verb."""

    kind: str  # "words", "source", "target", "compound" or "skip"
    words: tuple[str, ...] = ()  # consecutive words for "words"; "&name" is a synset


@dataclass(frozen=True)
class VerbPattern:
    before: tuple[Element, ...]  # in text order
    prefix: tuple[str, ...]  # words joined to the verb: IN_*
    suffix: tuple[str, ...]  # words joined after it: *_OUT
    after: tuple[Element, ...]
    codes: EventCodes
    line: int
    text: str  # as written


@dataclass(frozen=True)
class VerbBlock:
    label: str
    codes: EventCodes  # the default code of the block's verbs
    verbs: tuple[VerbEntry, ...]
    patterns: tuple[VerbPattern, ...]
    line: int


@dataclass(frozen=True)
class Transformation:
    """``~ a (a b ATTACK) SAY = a b 015``: kept as read; eventwire does not apply them."""

    text: str
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    synsets: tuple[Synset, ...]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[Transformation, ...]


# --- small pieces ---------------------------------------------------------------


def parse_verb_form(text: str) -> VerbForm | None:
    """``"WIRE_+TAP"`` -> VerbForm("tap", ("wire",)); the first word is the verb when none has '+'."""
    parts = [p for p in text.replace(" ", "_").split("_") if p]
    if not parts:
        return None
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    at = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in parts]
    if not words[at] or any(not w for w in words):
        return None
    return VerbForm(words[at], tuple(words[:at]), tuple(words[at + 1 :]))


def _split_token(token: str) -> list[Element]:
    """``SUGGESTED_+`` -> [words(suggested), target]; ``NEW_&TIETYPES_RELATIONS`` -> one words element."""
    elements: list[Element] = []
    words: list[str] = []
    for part in token.split("_"):
        if part in MARKERS:
            if words:
                elements.append(Element(WORDS, tuple(words)))
                words = []
            elements.append(Element(MARKERS[part]))
        elif part:
            words.append(part.lower())
    if words:
        elements.append(Element(WORDS, tuple(words)))
    return elements


def _balanced(text: str) -> bool:
    depth = {"{": 0, "(": 0}
    closing = {"}": "{", ")": "("}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in closing:
            depth[closing[ch]] -= 1
            if depth[closing[ch]] < 0:
                return False
    return all(v == 0 for v in depth.values())


def parse_pattern(line: Line, report: Report) -> VerbPattern | None:
    """``- + * (FROM $) [066]``; a malformed pattern is reported and skipped."""
    body = line.text[1:]
    groups = bracket_groups(body)
    if not groups:
        report.malformed(line, "pattern has no [code]")
        return None
    codes = parse_event_codes(groups[-1])
    if codes is None:
        report.malformed(line, f"pattern code [{groups[-1]}] is not a code")
        return None
    words = body[: body.rfind("[")]
    if not _balanced(words):
        report.malformed(line, "unbalanced {} or () in pattern")
        return None
    tokens = words.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split()
    stars = [i for i, t in enumerate(tokens) if STAR in t]
    if len(stars) != 1 or tokens[stars[0]].count(STAR) != 1:
        report.malformed(line, "pattern needs exactly one '*' for the verb")
        return None
    left, _, right = tokens[stars[0]].partition(STAR)
    prefix, suffix = _split_token(left), _split_token(right)
    if any(e.kind != WORDS for e in prefix + suffix):
        report.malformed(line, "a role marker ($ + % ^) cannot be joined to the verb with '_'")
        return None
    before = [e for t in tokens[: stars[0]] for e in _split_token(t)]
    after = [e for t in tokens[stars[0] + 1 :] for e in _split_token(t)]
    return VerbPattern(
        before=tuple(before),
        prefix=prefix[0].words if prefix else (),
        suffix=suffix[0].words if suffix else (),
        after=tuple(after),
        codes=codes,
        line=line.number,
        text=line.text,
    )


def parse_verb_line(line: Line, report: Report) -> VerbEntry | None:
    """``BREAK {BROKE BROKEN} [1717]``, ``+CORDON_OFF {+CORDONED_OFF}``, ``RECONVENE[---]``."""
    marked = line.text
    codes = None
    groups = bracket_groups(marked)
    if groups:
        codes = parse_event_codes(groups[-1])
        if codes is None:
            report.malformed(line, f"verb code [{groups[-1]}] is not a code")
            return None
        marked = marked[: marked.find("[")]
    forms: tuple[VerbForm, ...] | None = None
    if "{" in marked:
        head, _, rest = marked.partition("{")
        inside, closed, _ = rest.partition("}")
        if not closed:
            report.malformed(line, "'{' without '}' in verb forms")
            return None
        parsed = [parse_verb_form(t) for t in inside.split()]
        if any(p is None for p in parsed):
            report.malformed(line, "unreadable verb form in {...}")
            return None
        forms = tuple(p for p in parsed if p is not None)
        marked = head
    form = parse_verb_form(marked.strip())
    if form is None:
        report.malformed(line, "verb line has no verb")
        return None
    return VerbEntry(form, forms, codes, line.number)


def parse_block_header(line: Line, report: Report) -> tuple[str, EventCodes] | None:
    """``--- ABANDON  [345]  ---`` -> ("ABANDON", codes); no code means the null code."""
    text = line.text.strip("-").strip()
    groups = bracket_groups(text)
    label = text.split("[", 1)[0].strip()
    if not groups:
        return label, DEFAULT_CODES
    codes = parse_event_codes(groups[0])
    if codes is None:
        report.malformed(line, f"block code [{groups[0]}] is not a code")
        return None
    return label, codes


# --- the file ------------------------------------------------------------------


@dataclass
class _OpenBlock:
    label: str
    codes: EventCodes
    line: int
    verbs: list[VerbEntry]
    patterns: list[VerbPattern]

    def close(self) -> VerbBlock:
        return VerbBlock(self.label, self.codes, tuple(self.verbs), tuple(self.patterns), self.line)


@dataclass
class _OpenSynset:
    name: str
    plural: bool
    line: int
    phrases: list[SynsetPhrase]

    def close(self) -> Synset:
        return Synset(self.name, tuple(self.phrases), self.line)


class _VerbReader:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.synsets: list[Synset] = []
        self.blocks: list[VerbBlock] = []
        self.transformations: list[Transformation] = []
        self.open: _OpenBlock | _OpenSynset | None = None

    def _close(self) -> None:
        if isinstance(self.open, _OpenBlock):
            self.blocks.append(self.open.close())
        elif isinstance(self.open, _OpenSynset):
            if not self.open.phrases:
                self.report.malformed(self.open.line, f"synset {self.open.name} has no '+' phrases")
            self.synsets.append(self.open.close())
        self.open = None

    def read(self, line: Line) -> None:
        text = line.text
        if text.startswith("---"):
            self._close()
            header = parse_block_header(line, self.report)
            if header is not None:
                self.open = _OpenBlock(header[0], header[1], line.number, [], [])
        elif text.startswith("&"):
            self._close()
            name = text.split()[0]
            self.open = _OpenSynset(name.rstrip("_").lower(), not name.endswith("_"), line.number, [])
        elif text.startswith("~"):
            self.transformations.append(Transformation(text, line.number))
        elif text.startswith("-"):
            self._pattern(line)
        elif text.startswith("+") and isinstance(self.open, _OpenSynset):
            self._synset_phrase(line, self.open)
        elif isinstance(self.open, _OpenBlock):
            entry = parse_verb_line(line, self.report)
            if entry is not None:
                self.open.verbs.append(entry)
        else:
            self.report.malformed(line, "line is neither a synset, a verb block, a verb nor a pattern")

    def _pattern(self, line: Line) -> None:
        if not isinstance(self.open, _OpenBlock):
            self.report.malformed(line, "pattern outside a verb block")
            return
        pattern = parse_pattern(line, self.report)
        if pattern is not None:
            self.open.patterns.append(pattern)

    def _synset_phrase(self, line: Line, synset: _OpenSynset) -> None:
        phrase = line.text[1:].strip()
        words = tuple(w.lower() for w in phrase.replace("_", " ").split())
        if not words:
            self.report.malformed(line, "empty synset phrase")
            return
        synset.phrases.append(SynsetPhrase(words, synset.plural and not phrase.endswith("_")))


def parse_verbs(text: str, report: Report) -> VerbDictionary:
    """All synsets, verb blocks and transformations of a verb dictionary text."""
    reader = _VerbReader(report)
    for line in content_lines(text):
        reader.read(line)
    reader._close()
    return VerbDictionary(tuple(reader.synsets), tuple(reader.blocks), tuple(reader.transformations))
