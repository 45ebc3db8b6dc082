"""Codes as PETRARCH writes them: ``[032:033]`` event codes, ``[~GOV]`` agent codes.

An event code may pair a code for the act with a code for the reverse act
(``[032:033]``: A left for B is 032 from A to B and 033 from B to A); either
half may be empty (``[:173]``) and ``---`` is the null code: the pattern
matches but codes no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NULL_CODE = "---"
_CODE_TEXT = re.compile(r"^[A-Za-z0-9?!:.#+\-]*$")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class EventCodes:
    """The code of an act and, optionally, of the reverse act."""

    primary: str | None  # None: the null code or nothing
    reverse: str | None = None
    text: str = ""  # as written, for messages

    @property
    def null(self) -> bool:
        return self.primary is None and self.reverse is None


def _one(code: str) -> str | None:
    code = code.strip()
    return None if not code or code == NULL_CODE else code


def parse_event_codes(text: str) -> EventCodes | None:
    """``"032:033"`` -> EventCodes("032", "033"); None when the text is not a code."""
    text = text.strip()
    if not text or not _CODE_TEXT.match(text) or text.count(":") > 1:
        return None
    primary, colon, reverse = text.partition(":")
    return EventCodes(_one(primary), _one(reverse) if colon else None, text)


def bracket_groups(text: str) -> list[str]:
    """The contents of each ``[...]`` in ``text``, in order."""
    return [m.group(1) for m in _BRACKETS.finditer(text)]


def before_brackets(text: str) -> str:
    """What precedes the first ``[`` (the phrase of an entry)."""
    return text.split("[", 1)[0]
