"""Publication dates as news sites write them, with their time zone.

    parse_date("October 10, 2020 at 08:30 JST") -> PublishedDate(2020-10-10 08:30+09:00, "day", has_time=True)

Time-zone abbreviations come from ``data/reader/timezones.tsv``; ambiguous
ones (CST, IST, ...) are resolved by hints such as the dateline's place.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from dateutil import parser as date_parser

from ..types import DatePrecision
from .tables import time_zones
from .text import words

# Two defaults that differ in every field: a field that comes out different
# under each was not in the text, which gives the precision.
_DEFAULT_A = datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2001, 2, 2, 1, 1, 1)
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)
# "14.30 BST", "6.05am": a time written with a dot
_DOTTED_TIME = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:[AaPp]\.?[Mm]\b|[A-Z]{2,5}\b|$))")
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # "2023-11-10", as most feeds give the day
MAX_SKIPPED_WORDS = 3  # labels such as "Published", "Updated on"


@dataclass(frozen=True)
class PublishedDate:
    value: datetime  # timezone-aware when an offset or known abbreviation was given
    precision: DatePrecision
    has_time: bool


def resolve_zone(abbreviation: str, hints: str = "") -> tzinfo | None:
    """The offset of a time-zone abbreviation; ``hints`` pick among ambiguous readings."""
    choices = time_zones().get(abbreviation.upper())
    if not choices:
        return None
    folded = hints.casefold()
    for choice in choices[1:]:
        if any(re.search(rf"\b{re.escape(h.casefold())}\b", folded) for h in choice.hints):
            return choice.offset
    return choices[0].offset


def _prepare(text: str) -> str:
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    text = _MERIDIEM.sub(lambda m: f"{m.group(1).upper()}M", text)
    return _GMT_OFFSET.sub(lambda m: f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", text)


def _parse(text: str, default: datetime, hints: str) -> tuple[datetime, tuple[str, ...]]:
    def zone(name: str | None, offset: int | None) -> tzinfo | None:
        found = resolve_zone(name, hints) if name else None
        if found is None and offset is not None:
            return timezone(timedelta(seconds=offset))
        return found

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names: the time stays naive
        return date_parser.parse(text, default=default, fuzzy_with_tokens=True, tzinfos=zone)


def _precision(a: datetime, b: datetime) -> DatePrecision | None:
    if a.year != b.year:
        return None
    if a.month != b.month:
        return "year"
    return "month" if a.day != b.day else "day"


def parse_date(text: str, hints: str = "") -> PublishedDate | None:
    """A publication date in ``text``, or None when it holds none (or holds more than a date)."""
    if not text or not _YEAR.search(text) or len(text) > 120:
        return None
    day = _iso_day(text.strip())
    if day:
        return day
    prepared = _prepare(text.strip())
    try:
        first, skipped = _parse(prepared, _DEFAULT_A, hints)
        second, _ = _parse(prepared, _DEFAULT_B, hints)
    except (ValueError, OverflowError):
        return None
    if len(words(" ".join(skipped))) > MAX_SKIPPED_WORDS:
        return None
    precision = _precision(first, second)
    if precision is None:
        return None
    has_time = first.hour == second.hour and precision == "day"
    if not has_time:
        return PublishedDate(datetime(first.year, first.month, first.day), precision, has_time=False)
    value = first
    if value.tzinfo is not None:
        value = value.replace(tzinfo=timezone(value.utcoffset() or timedelta(0)))
    return PublishedDate(value, precision, has_time=True)


def _iso_day(text: str) -> PublishedDate | None:
    """A bare ISO date, read without the general parser (which reads it the same way, at far more cost);
    None for anything else, an impossible day included (left to the general parser)."""
    found = _ISO_DAY.fullmatch(text)
    if not found:
        return None
    try:
        return PublishedDate(datetime(*map(int, found.groups())), "day", has_time=False)
    except ValueError:
        return None


def best_date(candidates: list[PublishedDate]) -> PublishedDate | None:
    """The most precise of ``candidates``; the earlier one on a tie."""
    rank = {"year": 0, "month": 1, "day": 2}

    def score(d: PublishedDate) -> tuple[int, int, int]:
        return (rank[d.precision], int(d.has_time), int(d.value.tzinfo is not None))

    return max(candidates, key=score, default=None) if candidates else None


def iso_utc(value: datetime) -> str | None:
    """Naive UTC ISO 8601 for an aware datetime; None when the offset is unknown."""
    if value.tzinfo is None:
        return None
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat()
