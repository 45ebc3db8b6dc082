"""Country adjectives ("Qatari planes", "an Israeli offer") as a last resort.

The actor stage lists actors; an adjective on a thing ("Qatari *planes*",
"a Turkish *offer*") is not an actor there, yet it names the party an
event is directed at or comes from. The adjectives are read from the actor
data (`data/actors/countries.tsv`, column `demonyms`, docs/actors.md), so
there is one list to edit.
"""

from __future__ import annotations

import copy

import csv
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping

from ..types import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

COUNTRIES_FILE = ("actors", "countries.tsv")


def read_column(text: str, column: str) -> dict[tuple[str, ...], str]:
    """Words of one column of the actor country table -> ISO alpha-3."""
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    table: dict[tuple[str, ...], str] = {}
    for row in rows:
        for word in (row.get(column) or "").split(";"):
            if word.strip():
                table[tuple(word.strip().split())] = row["iso3"]
    return table


def _ranked(text: str, column: str) -> dict[str, tuple[str, ...]]:
    """Words of one column -> the ISO alpha-3 codes of every country that uses them, highest `prior` first
    ("Korean" -> KOR, PRK)."""
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    found: dict[str, list[tuple[float, str]]] = {}
    for row in rows:
        prior = float(row.get("prior") or 0)
        for word in (row.get(column) or "").split(";"):
            key = " ".join(word.split())
            if key:
                found.setdefault(key, []).append((prior, row["iso3"]))
    return {word: tuple(iso3 for _, iso3 in sorted(choices, key=lambda c: -c[0])) for word, choices in found.items()}


def country_names(text: str) -> dict[str, str]:
    """Names of countries as the actor data writes them ("Congo", "Ivory Coast") -> ISO alpha-3; a name
    two countries share goes to the one with the higher `prior` ("Congo" -> COD)."""
    return {name: choices[0] for name, choices in _ranked(text, "names").items()}


def place_names(text: str) -> dict[str, str]:
    """Capitals and regions the actor data lists ("West Bank", "Donbas", "North Kivu") -> ISO alpha-3."""
    found = {" ".join(words): iso3 for words, iso3 in read_column(text, "regions").items()}
    return found | {" ".join(words): iso3 for words, iso3 in read_column(text, "places").items()}


def actor_countries_text() -> str:
    folder, name = COUNTRIES_FILE
    return resources.files("eventwire.data").joinpath(folder).joinpath(name).read_text("utf-8")


class Demonyms:
    """Country adjectives, possibly of several words ("North Korean").

    A word several countries share ("Korean", "Congolese") goes to one the
    document's actors already name, else to the higher `prior`: in a story
    about Pyongyang, "Korean comrades" are North Korean."""

    def __init__(self, choices: Mapping[tuple[str, ...], tuple[str, ...]], named: frozenset[str] = frozenset()) -> None:
        self.choices = choices if isinstance(choices, MappingProxyType) else MappingProxyType(dict(choices))  # read-only: shared
        self.named = named
        # a word ending no name names no country: most words asked are passed over with one set test
        self.last_words = frozenset(words[-1] for words in self.choices if words)

    @classmethod
    def packaged(cls) -> Demonyms:
        """Adjectives and names ("*U.S.*-led drills")."""
        text = actor_countries_text()
        return cls({tuple(word.split()): iso3s for column in ("names", "demonyms") for word, iso3s in _ranked(text, column).items()})

    def naming(self, countries: Iterable[str | None]) -> Demonyms:
        """The same words, choosing among shared ones by the countries a document names."""
        chosen = copy.copy(self)  # the words and their last words shared, not worked out again per document
        chosen.named = frozenset(c for c in countries if c)
        return chosen

    def country(self, words: tuple[str, ...]) -> str | None:
        choices = self.choices.get(words, ())
        return next((iso3 for iso3 in choices if iso3 in self.named), choices[0] if choices else None)

    def mention(self, token: Token) -> ActorMention | None:
        """The country ``token`` names as an adjective, with the words before it ("South Korean")."""
        if token.text not in self.last_words:
            return self._hyphenated(token)
        doc = token.doc
        texts = [doc[k].text for k in range(max(0, token.i - 2), token.i + 1)]  # the longest name first
        for length in (3, 2, 1):
            start = token.i - length + 1
            if start < 0:
                continue
            iso3 = self.country(tuple(texts[-length:]))
            if iso3:
                span = doc[start : token.i + 1]
                actor = Actor(code=iso3, country=iso3, sector=None)
                return ActorMention(span.text, span.start_char, span.end_char, actor, span.start, span.end, "demonym")
        return self._hyphenated(token)

    def _hyphenated(self, token: Token) -> ActorMention | None:
        """ "*U.S.*-led", "*Iran*-backed", "*Saudi*-owned" as one token: the country before the hyphen."""
        prefix, dash, _ = token.text.rpartition("-")
        iso3 = self.country(tuple(prefix.split())) if dash and prefix else None
        if iso3 is None:
            return None
        actor = Actor(code=iso3, country=iso3, sector=None)
        return ActorMention(prefix, token.idx, token.idx + len(prefix), actor, token.i, token.i + 1, "demonym")
