"""Datelines: the place (and often date and agency) that opens a wire story.

    SEOUL--North Korea ...                    -> place "Seoul"
    BEIRUT (Reuters) - Lebanon's ...          -> place "Beirut", agency "Reuters"
    WASHINGTON, May 3 (AP) — The Senate ...   -> place "Washington", agency "AP"
    KYIV, Ukraine (AP) — ...                  -> place "Kyiv, Ukraine"
    Seoul, Oct. 10 (Yonhap) -- ...            -> place "Seoul", agency "Yonhap"
    (CNN) — ...                               -> agency "CNN", no place
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-z'’\-]+"
_PATTERN = re.compile(
    rf"""^
    (?:(?P<place>(?:{_CAPS_WORD}|[A-Z])(?:\s+(?:{_CAPS_WORD}|[A-Z]\.?)){{0,3}}
               |(?P<titled>{_TITLE_WORD}(?:[ \-]{_TITLE_WORD}){{0,2}}))
       (?P<region>,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}})?
       (?P<date>,\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,\s*\d{{4}})?)?
    )?
    \s*(?:\((?P<agency>[^()]{{2,40}})\))?
    \s*(?P<sep>--+|—|–|(?<=[\s)])-(?=\s)|:(?=\s))
    \s*(?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
_LOWER_PARTICLES = {"of", "and", "the", "on", "upon"}


@dataclass(frozen=True)
class Dateline:
    place: str | None  # as a reader would write it: "Seoul", "Kyiv, Ukraine"
    agency: str | None  # as written in the brackets
    rest: str  # the paragraph without its dateline


def title_case(text: str) -> str:
    """SEOUL -> Seoul, UNITED NATIONS -> United Nations; leaves U.S. and N.Y. alone."""
    out = []
    for index, word in enumerate(text.split()):
        if "." in word.strip("."):
            out.append(word)
        elif index and word.lower() in _LOWER_PARTICLES:
            out.append(word.lower())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def _is_dateline(match: re.Match[str]) -> bool:
    place, titled, agency = match["place"], match["titled"], match["agency"]
    if titled:  # "Seoul, Oct. 10 (Yonhap) --": a plain-case place needs a date or agency
        return bool(agency or match["date"])
    if place:  # an all-caps place: at least two letters, and ":" only after it alone
        return sum(c.isalpha() for c in place) >= 2 and (match["sep"] != ":" or not agency)
    return bool(agency) and match["sep"] != ":"


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None."""
    match = _PATTERN.match(paragraph)
    if not match or not _is_dateline(match):
        return None
    written = match["place"] or match["titled"]
    place = None
    if written:
        place = title_case(written) if match["place"] else written
        if match["region"]:
            place += ", " + match["region"].lstrip(", ").strip()
    agency = match["agency"].strip() if match["agency"] else None
    return Dateline(place=place, agency=agency, rest=match["rest"].strip())
