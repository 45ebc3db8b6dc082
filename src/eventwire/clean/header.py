"""The lines above a story: agency line, date line, byline, title, breadcrumbs.

The story starts at the first paragraph that opens with a dateline or reads
as a sentence; the lines above it are classified here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import RemovedLine
from .agency import agency_named_in, agency_slug
from .cues import is_share_bar
from .dateline import parse_dateline
from .dates import parse_date
from .text import words

HEADER_LIMIT = 8  # a story starts within this many lines, or there is no header
MIN_STORY_WORDS = 5
MIN_TITLE_WORDS = 3
_BYLINE = re.compile(r"^(?:by|from)\s+[A-Z]", re.IGNORECASE)
# parts of a date line: "Published 10 Oct 2020 | Updated ...", "Published : ... Updated : ..."
_SEGMENTS = re.compile(r"\s+[|•·/]\s+|\s+(?=[A-Z][a-z]+\s?:\s)")
_STATEMENT_END = re.compile(r"[.!…][\"”’'»)\]]*$")


@dataclass(frozen=True)
class Header:
    body_start: int  # index of the first story paragraph
    title: str | None = None  # a title line found in the text
    agency: str | None = None  # from an agency line or a byline
    date_lines: tuple[str, ...] = ()  # date texts, in order
    removed: tuple[RemovedLine, ...] = ()


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(words(line)) <= 15 and not _STATEMENT_END.search(line)


def date_text(line: str) -> str | None:
    """The first date of a date line ("Published 10 Oct 2020 | Updated ..."), or None."""
    for segment in _SEGMENTS.split(line):
        if parse_date(segment):
            return segment
    return None


def _starts_story(line: str) -> bool:
    if parse_dateline(line):
        return True
    sentence = bool(_STATEMENT_END.search(line)) and len(words(line)) >= MIN_STORY_WORDS
    return sentence and not _is_byline(line) and date_text(line) is None


def _is_header_kind(line: str) -> bool:
    return bool(agency_slug(line) or _is_byline(line) or date_text(line))


def _body_start(lines: Sequence[str]) -> int:
    for index, line in enumerate(lines[:HEADER_LIMIT]):
        if _starts_story(line):
            return index
    count = 0
    while count < len(lines) - 1 and _is_header_kind(lines[count]):
        count += 1
    return count


def _same_text(a: str, b: str) -> bool:
    return [w.casefold() for w in words(a)] == [w.casefold() for w in words(b)]


def read_header(lines: Sequence[str], known_title: str | None = None) -> Header:
    """Classify the lines above the story. ``known_title`` comes from metadata."""
    start = _body_start(lines)
    title, agency, dates, removed = None, None, [], []
    for line in lines[:start]:
        found_date = date_text(line)
        if found_date:
            dates.append(found_date)
            removed.append(RemovedLine(line, "date line (publication time)"))
        elif agency_slug(line):
            agency = agency or agency_slug(line)
            removed.append(RemovedLine(line, "agency line (source)"))
        elif _is_byline(line):
            agency = agency or agency_named_in(line)
            removed.append(RemovedLine(line, "byline"))
        elif is_share_bar(line):
            removed.append(RemovedLine(line, "row of short items (navigation bar)"))
        elif known_title and _same_text(line, known_title):
            removed.append(RemovedLine(line, "repeats the title"))
        elif not known_title and not title and len(words(line)) >= MIN_TITLE_WORDS:
            title = line
        else:
            removed.append(RemovedLine(line, "header line above the story, not a sentence"))
    return Header(start, title, agency, tuple(dates), tuple(removed))
