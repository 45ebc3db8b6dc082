"""The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, with a header line.

One row per deduplicated event. How each column is filled is documented in
docs/store.md; the column list is ``data/store/gdelt-event-columns.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import duckdb
import pyarrow

from ..countries import countries


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[tuple[str, str], ...]:
    """(name, type) of the 61 GDELT 2.0 event columns, in order."""
    return _tsv_rows("gdelt-event-columns.tsv")


@lru_cache(maxsize=1)
def actor_part_kinds() -> dict[str, str]:
    """CAMEO actor code part -> "type" or "religion"."""
    return dict(_tsv_rows("cameo-actor-parts.tsv"))


def _tsv_rows(name: str) -> tuple[tuple[str, str], ...]:
    text = resources.files("eventwire.data").joinpath("store", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(tuple(line.split("\t")[:2]) for line in lines[1:])  # type: ignore[misc]


class ActorParts(NamedTuple):
    known_group: str | None
    religions: tuple[str, ...]
    types: tuple[str, ...]


def split_actor_code(code: str, country: str | None) -> ActorParts:
    """"USAGOVMIL" -> types GOV, MIL; "IGOUNO" -> type IGO, known group UNO; "SYRMOSSUNREB" -> religions, type."""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if country and chunks and chunks[0] == country:
        chunks = chunks[1:]
    kinds = actor_part_kinds()
    types = tuple(c for c in chunks if kinds.get(c) == "type")
    religions = tuple(c for c in chunks if kinds.get(c) == "religion")
    others = [c for c in chunks if c not in kinds]
    return ActorParts(others[0] if others else None, religions, types)


def _actor_table(connection: duckdb.DuckDBPyConnection) -> pyarrow.Table:
    pairs = connection.execute(
        "SELECT DISTINCT source_code, source_country FROM store_events WHERE source_code IS NOT NULL"
        " UNION SELECT DISTINCT target_code, target_country FROM store_events WHERE target_code IS NOT NULL"
    ).fetchall()
    rows = []
    for code, country in pairs:
        parts = split_actor_code(code, country)
        padded_types = (*parts.types, None, None, None)[:3]
        padded_religions = (*parts.religions, None, None)[:2]
        rows.append((code, country, parts.known_group, *padded_religions, *padded_types))
    names = ["code", "country", "known", "religion1", "religion2", "type1", "type2", "type3"]
    return pyarrow.table({name: pyarrow.array([r[i] for r in rows], pyarrow.string()) for i, name in enumerate(names)})


def _country_table() -> pyarrow.Table:
    table = list(countries().values())
    return pyarrow.table(
        {
            "iso3": pyarrow.array([c.iso3 for c in table], pyarrow.string()),
            "fips": pyarrow.array([c.fips for c in table], pyarrow.string()),
            "name": pyarrow.array([c.name for c in table], pyarrow.string()),
        }
    )


def _clean(expression: str) -> str:
    """Text without tabs, line breaks or quotes, so every row stays one unquoted line."""
    return f"""nullif(trim(regexp_replace({expression}, '[\\t\\r\\n"]+', ' ', 'g')), '')"""


def _actor_columns(role: str, prefix: str) -> list[str]:
    a = f"{prefix}a"
    return [
        f"e.{role}_code", f"upper({_clean(f'coalesce(e.{role}_name, e.{role}_text)')})", f"e.{role}_country",
        f"{a}.known", "NULL", f"{a}.religion1", f"{a}.religion2", f"{a}.type1", f"{a}.type2", f"{a}.type3",
    ]  # fmt: skip


def _empty_geo() -> list[str]:
    return ["0", *["NULL"] * 7]


def _action_geo() -> list[str]:
    country_level = "lower(e.location_name) = lower(c.name)"
    geo_type = f"CASE WHEN e.location_name IS NULL THEN 0 WHEN {country_level} THEN 1 WHEN e.location_country = 'USA' THEN 3 ELSE 4 END"
    full_name = f"CASE WHEN {country_level} OR c.name IS NULL THEN e.location_name ELSE e.location_name || ', ' || c.name END"
    return [
        geo_type, _clean(full_name), "c.fips", f"CASE WHEN {country_level} THEN c.fips END", "NULL",
        "e.location_lat", "e.location_lon", f"CASE WHEN {country_level} THEN c.fips END",
    ]  # fmt: skip


def gdelt_select(asserted_only: bool = True, min_confidence: float = 0.0) -> str:
    """The SQL selecting the 61 GDELT columns (needs the registered ``gdelt_actors`` and ``gdelt_countries``)."""
    values = [
        "e.global_event_id",
        "CAST(strftime(e.date, '%Y%m%d') AS INTEGER)",
        "CAST(strftime(e.date, '%Y%m') AS INTEGER)",
        "year(e.date)",
        "round(year(e.date) + (month(e.date) * 30 + day(e.date)) / 365.0, 4)",
        *_actor_columns("source", "s"),
        *_actor_columns("target", "t"),
        "CAST(e.is_root_event AS INTEGER)",
        "e.cameo", "e.cameo_base", "e.cameo_root", "e.quad_class", "e.goldstein",
        "e.num_mentions", "e.num_sources", "e.num_articles", "0.0",
        *_empty_geo(), *_empty_geo(), *_action_geo(),
        "CAST(strftime(e.first_seen, '%Y%m%d%H%M%S') AS BIGINT)",
        _clean("e.source_url"),
    ]  # fmt: skip
    names = [name for name, _ in gdelt_columns()]
    assert len(values) == len(names) == 61
    columns = ",\n  ".join(f'{value} AS "{name}"' for value, name in zip(values, names))
    where = "WHERE e.date IS NOT NULL" + (" AND e.modality = 'asserted'" if asserted_only else "")
    where += f" AND e.confidence >= {float(min_confidence)!r}" if min_confidence > 0 else ""
    return (
        f"SELECT\n  {columns}\nFROM store_events e\n"
        "LEFT JOIN gdelt_actors sa ON sa.code = e.source_code AND sa.country IS NOT DISTINCT FROM e.source_country\n"
        "LEFT JOIN gdelt_actors ta ON ta.code = e.target_code AND ta.country IS NOT DISTINCT FROM e.target_country\n"
        "LEFT JOIN gdelt_countries c ON c.iso3 = e.location_country\n"
        f"{where}\nORDER BY e.date, e.global_event_id"
    )


def register_tables(connection: duckdb.DuckDBPyConnection) -> None:
    connection.register("gdelt_actors", _actor_table(connection))
    connection.register("gdelt_countries", _country_table())
