"""Tables, views and migrations of the DuckDB event store.

Tables (``store_*``) are the storage; the documented views ``articles``,
``mentions`` and ``events`` are what users query (docs/store.md), so the
tables may change between versions while the views stay stable.

Migrations are SQL steps applied in order; the store remembers the last one
applied in ``store_meta`` under ``schema_version``.
"""

from __future__ import annotations

from collections.abc import Sequence

ACTOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("text", "VARCHAR"), ("name", "VARCHAR"), ("code", "VARCHAR"), ("country", "VARCHAR"),
    ("sector", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
)  # fmt: skip


def _actor(prefix: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{prefix}_{name}", kind) for name, kind in ACTOR_COLUMNS)


# What was done, shared by mentions and events.
CODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("cameo", "VARCHAR"), ("cameo_base", "VARCHAR"), ("cameo_root", "VARCHAR"),
    ("goldstein", "DOUBLE"), ("quad_class", "TINYINT"),
    ("plover", "VARCHAR"), ("plover_mode", "VARCHAR"), ("modality", "VARCHAR"), ("past", "BOOLEAN"),
)  # fmt: skip
LOCATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("location_name", "VARCHAR"), ("location_country", "VARCHAR"), ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"),
)  # fmt: skip

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "VARCHAR NOT NULL PRIMARY KEY"),
    ("text_hash", "VARCHAR NOT NULL"),
    ("id_given", "BOOLEAN NOT NULL"),  # doc_id came from the input, not from the text hash
    ("origin", "VARCHAR"), ("source", "VARCHAR"),
    ("source_key", "VARCHAR NOT NULL"),  # outlet identity used by num_sources
    ("title", "VARCHAR"), ("url", "VARCHAR"), ("dateline", "VARCHAR"), ("language", "VARCHAR"),
    ("published", "VARCHAR"),  # ISO 8601 as found, with its offset
    ("published_utc", "TIMESTAMP"),
    ("body", "VARCHAR[]"),  # story paragraphs
    ("sentences", "INTEGER"), ("sentences_parsed", "INTEGER"), ("events", "INTEGER"),
    ("ingested_at", "TIMESTAMP NOT NULL"),
)  # fmt: skip

# The mention columns of the first schema; later migrations add the rest (never edit these).
_MENTION_COLUMNS_V1: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR NOT NULL PRIMARY KEY"),
    ("doc_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER"), ("paragraph", "INTEGER"), ("sentence", "VARCHAR"),
    ("date", "DATE"), ("date_precision", "VARCHAR"),
    *_actor("source"), *_actor("target"),
    *CODE_COLUMNS,
    *_actor("reported_by"),
    *LOCATION_COLUMNS,
    ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("confidence", "DOUBLE"),
    # derived at ingest, for deduplication (docs/store.md, "The dedupe rule")
    ("event_date", "DATE"),  # date, else the article's publication date
    ("published_utc", "TIMESTAMP"),  # of the article, to find the first report
    ("dedupe_key", "VARCHAR NOT NULL"),
    ("place_key", "VARCHAR"),
    ("in_lead", "BOOLEAN"),  # the sentence is in the story's first paragraph
)  # fmt: skip
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    *_MENTION_COLUMNS_V1,
    ("rules", "VARCHAR[]"),  # names of the rules behind the event (schema 3; NULL in mentions stored before)
)  # fmt: skip

# One row per deduplicated event, rebuilt by dedupe.py for the runs it touches.
EVENT_TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("global_event_id", "BIGINT NOT NULL"),
    ("dedupe_key", "VARCHAR NOT NULL"),
    ("event_id", "VARCHAR NOT NULL"),  # the representative mention (first report)
    ("date", "DATE"), ("date_precision", "VARCHAR"),
    *((f"{role}_{name}", kind) for role in ("source", "target") for name, kind in ACTOR_COLUMNS[:5]),
    *CODE_COLUMNS,
    *LOCATION_COLUMNS,
    ("num_mentions", "INTEGER"), ("num_sources", "INTEGER"), ("num_articles", "INTEGER"),
    ("first_doc_id", "VARCHAR"), ("source_url", "VARCHAR"),
    ("first_seen", "TIMESTAMP"),  # when the store first got a mention of it (GDELT DATEADDED)
    ("is_root_event", "BOOLEAN"), ("confidence", "DOUBLE"),
)  # fmt: skip


def _create_table(name: str, columns: Sequence[tuple[str, str]]) -> str:
    body = ",\n  ".join(f'"{column}" {kind}' for column, kind in columns)
    return f"CREATE TABLE {name} (\n  {body}\n)"


def _plain(columns: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f'"{name}"' for name, _ in columns)


_EVENT_VIEW_COLUMNS = [c for c in EVENT_TABLE_COLUMNS if c[0] != "dedupe_key"]
_ARTICLE_VIEW_COLUMNS = [c for c in ARTICLE_COLUMNS if c[0] not in {"id_given", "source_key"}]


def _views(mention_columns: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    mentions = [c for c in mention_columns if c[0] not in {"dedupe_key", "place_key", "published_utc"}]
    return (
        f"CREATE OR REPLACE VIEW articles AS SELECT {_plain(_ARTICLE_VIEW_COLUMNS)} FROM store_articles",
        "CREATE OR REPLACE VIEW mentions AS SELECT "
        + ", ".join(f'm."{name}"' for name, _ in mentions)
        + ", me.global_event_id FROM store_mentions m LEFT JOIN store_mention_event me USING (event_id)",
        f"CREATE OR REPLACE VIEW events AS SELECT {_plain(_EVENT_VIEW_COLUMNS)} FROM store_events",
    )


VIEWS: tuple[str, ...] = _views(MENTION_COLUMNS)

# Each migration is a list of statements; never edit a released one, add the next.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        _create_table("store_articles", ARTICLE_COLUMNS),
        "CREATE INDEX store_articles_hash ON store_articles (text_hash)",
        _create_table("store_mentions", _MENTION_COLUMNS_V1),
        "CREATE TABLE store_mention_event (event_id VARCHAR NOT NULL, global_event_id BIGINT NOT NULL, dedupe_key VARCHAR NOT NULL)",
        _create_table("store_events", EVENT_TABLE_COLUMNS),
        *_views(_MENTION_COLUMNS_V1),
    ),
    (  # where each mention's date group starts, so ingest recomputes only from there on
        "ALTER TABLE store_mention_event ADD COLUMN group_date DATE",
    ),
    (  # the names of the rules behind each mention (docs/event-record.md)
        'ALTER TABLE store_mentions ADD COLUMN "rules" VARCHAR[]',
        *_views(MENTION_COLUMNS),
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
