"""The reader's data tables (``eventwire/data/reader/``), loaded once and frozen.

The tables are data, edited by people (see docs/reading.md); this module
only parses them into immutable lookups.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import timedelta, timezone
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping


def _data_text(name: str) -> str:
    return resources.files("eventwire.data").joinpath("reader", name).read_text("utf-8")


def _tsv_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comments and the header row."""
    lines = [line for line in _data_text(name).splitlines() if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


@dataclass(frozen=True)
class ZoneChoice:
    """One reading of a time-zone abbreviation."""

    offset: timezone
    name: str
    hints: tuple[str, ...]


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


@lru_cache(maxsize=1)
def time_zones() -> Mapping[str, tuple[ZoneChoice, ...]]:
    """Abbreviation -> its readings, the default first."""
    zones: dict[str, list[ZoneChoice]] = {}
    for row in _tsv_rows("timezones.tsv"):
        abbr, offset, name = row[0], row[1], row[2]
        hints = tuple(h.strip() for h in row[3].split("|") if h.strip()) if len(row) > 3 else ()
        zones.setdefault(abbr.upper(), []).append(ZoneChoice(_offset(offset), name, hints))
    return MappingProxyType({abbr: tuple(choices) for abbr, choices in zones.items()})


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    return tuple(
        Agency(name=row[0].strip(), aliases=tuple(a.strip() for a in row[1].split("|") if a.strip()))
        for row in _tsv_rows("agencies.tsv")
    )


@lru_cache(maxsize=1)
def story_cues() -> Mapping[str, frozenset[str]]:
    """Closed word classes from ``story_cues.toml``, each a frozenset."""
    data = tomllib.loads(_data_text("story_cues.toml"))
    return MappingProxyType({key: frozenset(words) for key, words in data.items()})


@dataclass(frozen=True)
class LanguageProfiles:
    function_words: Mapping[str, frozenset[str]]
    scripts: Mapping[str, str]  # Unicode name prefix -> language code
    languages_of: Mapping[str, tuple[str, ...]]  # function word -> the languages it is one of


@lru_cache(maxsize=1)
def language_profiles() -> LanguageProfiles:
    data = tomllib.loads(_data_text("languages.toml"))
    words = {lang: frozenset(items) for lang, items in data["function_words"].items()}
    languages_of: dict[str, tuple[str, ...]] = {}
    for lang, items in words.items():
        for word in items:
            languages_of[word] = languages_of.get(word, ()) + (lang,)
    return LanguageProfiles(MappingProxyType(words), MappingProxyType(dict(data["scripts"])), MappingProxyType(languages_of))
