"""Choosing between entries that share a phrase, and places that are only places.

Several entries may be written the same way: *Georgia* the country and the
U.S. state, *Congo* (Kinshasa or Brazzaville), *Korea*, *Bush* father and
son. The choice is made from data: the entry's ``cues`` found in the
document, whether one of its dated codes holds on the document's date,
its ``prior``, and lastly the order of the sources (a user's file wins).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .entries import ActorEntry
from .tokens import strip_accents

_NOT_WORD = re.compile(r"[^0-9a-z'\-.]+")


def cue_text(texts: Sequence[str]) -> str:
    """The document as one padded lower-case string for cue look-ups."""
    lowered = strip_accents(" ".join(texts)).lower().replace("\u2019", "'")
    return (" " + _NOT_WORD.sub(" ", lowered) + " ").replace(". ", " ")  # the last word's full stop too


def cue_hits(entry: ActorEntry, text: str) -> int:
    """Cues found in ``cue_text``; a cue's final dot goes as the text's do ("u.s." finds "U.S.")."""
    return sum(1 for cue in entry.cues if f" {cue.rstrip('.')} " in text or f" {cue} " in text)


def choose(candidates: Sequence[ActorEntry], text: str, when: date | None, order: dict[int, int]) -> ActorEntry:
    """The most plausible entry for a phrase in this document."""
    if len(candidates) == 1:
        return candidates[0]

    def score(entry: ActorEntry) -> tuple:
        dated = any(c.dated and c.applies(when) for c in entry.codes)
        return (cue_hits(entry, text), dated, entry.prior, order.get(id(entry), 0))

    return max(candidates, key=score)
