"""Parsing a PETRARCH discard list (``*.discards.txt``).

    BASEBALL          a sentence containing the phrase is not coded
    +TYPHOON          '+': the whole story is not coded
    WORLD_CUP_        a final '_' : the phrase must end a word (else it is a stem)

Matching is case-insensitive and starts at a word boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lines import Report, content_lines


@dataclass(frozen=True)
class DiscardRecord:
    words: tuple[str, ...]  # lower case
    story: bool  # '+': discard the whole story
    whole_word: bool  # a final '_': the last word must end there
    line: int


def parse_discards(text: str, report: Report) -> tuple[DiscardRecord, ...]:
    records = []
    for line in content_lines(text):
        body = line.text
        story = body.startswith("+")
        body = body[1:].strip() if story else body
        whole_word = body.endswith("_")
        words = tuple(w.lower() for w in body.replace("_", " ").split())
        if not words:
            report.malformed(line, "discard line has no phrase")
            continue
        records.append(DiscardRecord(words, story, whole_word, line.number))
    return tuple(records)
