"""News agencies and outlets named in an article's header, dateline or byline.

Names and their spellings are data (``data/reader/agencies.tsv``); how an
unlisted agency's name ends is data too (``agency_name_endings`` in
``story_cues.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dateline import title_case
from .tables import agencies, story_cues

_EDGE_PUNCTUATION = " \t-—–|:()[]•·"
SHORT_ALIAS = 3  # aliases this short ("AP", "AFP") match only in their own case
SLUG_WORDS = (2, 4)  # an agency slug line has this many words, fewest and most
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
# runs of capitalised words, allowing the small words inside names ("Press Trust of India")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][\w'’-]*)*")


def _same(alias: str, text: str) -> bool:
    return alias == text if len(alias) <= SHORT_ALIAS else alias.casefold() == text.casefold()


def canonical_agency(name: str) -> str | None:
    """The listed name of an agency written as ``name`` ("REUTERS" -> "Reuters")."""
    name = name.strip(_EDGE_PUNCTUATION)
    for agency in agencies():
        if any(_same(alias, name) for alias in agency.aliases):
            return agency.name
    return None


def agency_named_in(text: str) -> str | None:
    """The listed name of the first agency named anywhere in ``text`` (e.g. a byline)."""
    found: list[tuple[int, str]] = []
    for agency in agencies():
        for alias in agency.aliases:
            flags = 0 if len(alias) <= SHORT_ALIAS else re.IGNORECASE
            match = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text, flags)
            if match:
                found.append((match.start(), agency.name))
    return min(found)[1] if found else None


def agency_slug(line: str) -> str | None:
    """The agency a header line names: a listed agency ("REUTERS" -> "Reuters"), or an
    all-caps line that ends like an agency's name ("CAPITAL NEWS SERVICE" -> "Capital News Service")."""
    known = canonical_agency(line)
    if known:
        return known
    text = line.strip(_EDGE_PUNCTUATION)
    words = text.casefold().split()
    if not SLUG_WORDS[0] <= len(words) <= SLUG_WORDS[1] or text != text.upper() or not text.replace(" ", "").isalpha():
        return None
    endings = (ending.split() for ending in story_cues()["agency_name_endings"])
    return title_case(text) if any(words[-len(ending):] == ending for ending in endings) else None


def expand_abbreviation(abbreviation: str, texts: Sequence[str]) -> str | None:
    """The name in ``texts`` whose capitalised words' initials spell ``abbreviation``
    ("CNS" in "By Ana Ruiz, Capital News Service" -> "Capital News Service"), or None."""
    if not _ABBREVIATION.fullmatch(abbreviation):
        return None
    for text in texts:
        for run in _NAME_RUN.finditer(title_case(text) if text.isupper() else text):
            words = run.group().split()
            capitals = [i for i, word in enumerate(words) if word[0].isupper()]
            for first in range(len(capitals) - len(abbreviation) + 1):
                chosen = capitals[first : first + len(abbreviation)]
                if "".join(words[i][0] for i in chosen) == abbreviation:
                    return " ".join(words[chosen[0] : chosen[-1] + 1])
    return None


def agency_from_dateline(written: str, header_lines: Sequence[str] = ()) -> str:
    """The source named in a dateline's brackets: an abbreviation of an agency the header
    names (a slug line, a byline), else the listed agency, else the text as written."""
    return expand_abbreviation(written.strip(), header_lines) or canonical_agency(written) or " ".join(written.split())
