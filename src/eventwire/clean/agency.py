"""News agencies and outlets named in an article's header, dateline or byline.

Names and their spellings are data (``data/reader/agencies.tsv``).
"""

from __future__ import annotations

import re

from .tables import agencies

_EDGE_PUNCTUATION = " \t-—–|:()[]•·"
SHORT_ALIAS = 3  # aliases this short ("AP", "AFP") match only in their own case


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


def agency_from_dateline(written: str) -> str:
    """The source named in a dateline's brackets: the listed name, else as written."""
    return canonical_agency(written) or " ".join(written.split())
