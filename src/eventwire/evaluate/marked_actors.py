"""The actors that gold coders marked in PLOVER gold-record files, checked against the actor stage.

A PLOVER gold record (``../shared/gold/plover-gsr-dev.json`` and files of
its format) lists its actors as ``{"actorText", "code"}`` in ``source`` and
``target``. For each such actor this asks two questions of the actor stage,
run on the record's text alone and without a date (as the event scoring
does): does a mention overlap the marked words (*found*), and has the
mention that overlaps them best the right country (*country*)? Countries are
compared as the reviews compare them: the first three letters of a code,
CAMEO's country codes read as ISO (JAP = JPN), and any IGO or NGO code as
one class, "organisation".

Marked words are located in the text leniently, because hand-marked spans
are not always verbatim: blanks are collapsed, case is ignored, "..."
separates the parts of a discontinuous span, a trailing parenthesis is
dropped, and a span still not found is matched to the text's words with at
most one edit per word ("Ghanians" in a text that says "Ghanaians"). When the
words occur twice, the record's markup tells which occurrence was marked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.scoring import Predicted, is_pronoun, predicted_mentions, record_document
from ..errors import EventwireError
from .gold import CAMEO_COUNTRY_ALIASES, NON_STATE_PREFIXES

ORGANISATION = "organisation"
_ELLIPSIS = re.compile(r"\s*\.{2,}\s*|\s*…\s*")
_MARKUP_TAG = re.compile(r"\((?:SRC|TAR|EVT|LOC)(?:/(?:SRC|TAR|EVT|LOC))*:\s*")


@dataclass(frozen=True)
class MarkedActor:
    text: str  # as the coder wrote it
    code: str
    role: str  # "source" or "target"
    spans: tuple[tuple[int, int], ...]  # character spans of its parts in the sentence; empty: not located


@dataclass(frozen=True)
class MarkedSentence:
    id: str
    text: str
    actors: tuple[MarkedActor, ...]
    date = None  # coded undated, as the event scoring sends it


@dataclass(frozen=True)
class MarkedResult:
    sentence: MarkedSentence
    actor: MarkedActor
    predicted: Predicted | None

    @property
    def found(self) -> bool:
        return self.predicted is not None

    @property
    def right(self) -> bool:
        return self.predicted is not None and country_class(self.predicted.actor.country or self.predicted.actor.code) == country_class(self.actor.code)


@dataclass
class MarkedScore:
    results: list[MarkedResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per actor or record not read
    unlocated: list[str] = field(default_factory=list)  # marked words not in the text: scored as not found

    @property
    def marked(self) -> int:
        return len(self.results)

    @property
    def found(self) -> int:
        return sum(r.found for r in self.results)

    @property
    def country(self) -> int:
        return sum(r.right for r in self.results)

    def rate(self, part: int) -> float:
        return part / self.marked if self.marked else 0.0

    def summary(self) -> str:
        return (
            f"marked actors: {self.marked} in {len({r.sentence.id for r in self.results})} records | "
            f"found {self.rate(self.found):.1%} ({self.found}) | country {self.rate(self.country):.1%} ({self.country}) | "
            f"skipped {len(self.skipped)}, not located {len(self.unlocated)}"
        )

    def misses(self) -> list[MarkedResult]:
        return [r for r in self.results if not r.right]


def country_class(code: str | None) -> str | None:
    """A code as the reviews compare it: ISO alpha-3 of its first three letters, or "organisation"."""
    if not code:
        return None
    letters = code.strip().upper()[:3]
    if letters in ("IGO", "NGO"):
        return ORGANISATION
    return CAMEO_COUNTRY_ALIASES.get(letters, letters)


def _collapsed(text: str) -> tuple[str, list[int]]:
    """Lower-cased text with runs of blanks made one space, and each character's offset in the original."""
    out, where = [], []
    for i, ch in enumerate(text):
        if ch.isspace() and out and out[-1] == " ":
            continue
        out.append(" " if ch.isspace() else ch.lower())
        where.append(i)
    return "".join(out), where


def _edits_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _near_occurrences(words: str, text: str) -> list[tuple[int, int]]:
    """Spans where the text's words match ``words`` with at most one edit per word."""
    wanted = words.split()
    tokens = [(m.start(), m.start() + len(word), word.lower()) for m in re.finditer(r"\S+", text) if (word := m.group().rstrip(".,;:\"'"))]
    found = []
    for i in range(len(tokens) - len(wanted) + 1):
        if wanted and all(_edits_at_most_one(w, tokens[i + k][2]) for k, w in enumerate(wanted)):
            found.append((tokens[i][0], tokens[i + len(wanted) - 1][1]))
    return found


def _occurrences(part: str, text: str) -> list[tuple[int, int]]:
    haystack, where = _collapsed(text)
    needle = _collapsed(part.strip())[0]
    spans = []
    start = haystack.find(needle)
    while needle and start >= 0:
        spans.append((where[start], where[start + len(needle) - 1] + 1))
        start = haystack.find(needle, start + 1)
    if not spans:
        spans = _near_occurrences(needle, text)
    return spans


def _marked_text(markup: str) -> str:
    """The sentence as the markup gives it, tags removed (the closing parentheses stay: positions only)."""
    return _MARKUP_TAG.sub("", markup)


def _which_occurrence(part: str, markup: str | None) -> int:
    """Which occurrence of ``part`` the markup tags (0 when it cannot tell)."""
    if not markup:
        return 0
    needle = part.strip().lower()
    for tag in _MARKUP_TAG.finditer(markup):
        if markup[tag.end() :].lower().startswith(needle):
            return _marked_text(markup[: tag.start()]).lower().count(needle)
    return 0


def _parts(words: str) -> list[str]:
    parts = [p for p in _ELLIPSIS.split(words.strip()) if p.strip()]
    return [re.sub(r"\s*\([^)]*\)\s*$", "", p) or p for p in parts]


def locate(words: str, text: str, markup: str | None = None) -> tuple[tuple[int, int], ...]:
    """Character spans of the marked words' parts in the text; a part not found is left out."""
    spans = []
    for part in _parts(words):
        found = _occurrences(part, text)
        if found:
            spans.append(found[min(_which_occurrence(part, markup), len(found) - 1)])
    return tuple(spans)


def _marked_actors(data: dict, where: str, skipped: list[str]) -> tuple[MarkedActor, ...]:
    actors = []
    markup = (data.get("textInfo") or {}).get("markup") if isinstance(data.get("textInfo"), dict) else None
    for role in ("source", "target"):
        value = data.get(role)
        if value in (None, ""):
            continue
        if not isinstance(value, list):
            skipped.append(f"{where}: '{role}' is not a list of actors")
            continue
        for item in value:
            if not isinstance(item, dict) or not isinstance(item.get("actorText"), str) or not item["actorText"].strip():
                skipped.append(f"{where}: a {role} without 'actorText'")
                continue
            code = item.get("code") if isinstance(item.get("code"), str) else ""
            actors.append(MarkedActor(item["actorText"], code, role, locate(item["actorText"], data["text"], markup)))
    return tuple(actors)


def read_marked(path: str | Path) -> tuple[list[MarkedSentence], list[str]]:
    """The sentences of a PLOVER gold-record file with their marked actors, and one line per part skipped."""
    try:
        records = json.loads(Path(path).read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EventwireError("E804", origin=str(path), reason=exc.strerror if isinstance(exc, OSError) else str(exc)) from None
    except json.JSONDecodeError as exc:
        raise EventwireError("E801", origin=f"{path}:{exc.lineno}", reason=f"not valid JSON ({exc.msg})") from None
    if not isinstance(records, list) or not records:
        raise EventwireError("E802", origin=str(path))
    sentences, skipped = [], []
    for position, data in enumerate(records, start=1):
        where = f"{path}: record {data.get('id', position) if isinstance(data, dict) else position}"
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
            skipped.append(f"{where}: no text")
            continue
        actors = _marked_actors(data, where, skipped)
        if actors:
            sentences.append(MarkedSentence(str(data.get("id", position)), data["text"], actors))
    return sentences, skipped


def _best(actor: MarkedActor, predicted: Sequence[Predicted]) -> Predicted | None:
    """The mention overlapping the marked words: an actor mention before a place or modifier one,
    then one that ends where they end, then the largest overlap. Parts are tried in order: in "Dutch ... negotiators" the first part names the actor."""
    for start, end in actor.spans:
        options = [(p.is_actor, p.end == end, overlap, -p.start, p) for p in predicted if (overlap := max(0, min(end, p.end) - max(start, p.start)))]
        if options:
            return max(options, key=lambda o: o[:4])[4]
    return None


def score_marked(sentences: Iterable[MarkedSentence], parser, coder) -> MarkedScore:
    """Code each sentence alone, undated, and check every marked actor against the mentions."""
    score = MarkedScore()
    for sentence in sentences:
        document = record_document(sentence)
        parsed = parser.parse(document)
        mentions = [p for p in predicted_mentions(sentence, parsed, coder.code_document(document, parsed)) if not is_pronoun(p)]
        for actor in sentence.actors:
            if not actor.spans:
                score.unlocated.append(f"{sentence.id}: marked words {actor.text!r} are not in the text")
            score.results.append(MarkedResult(sentence, actor, _best(actor, mentions)))
    return score


def miss_line(result: MarkedResult) -> str:
    got = result.predicted
    found = f"{got.text!r} -> {got.actor.code or '-'} ({got.rule})" if got else "not found"
    return f"{result.sentence.id} {result.actor.role} {result.actor.text!r} gold {result.actor.code or '-'}: {found}"
