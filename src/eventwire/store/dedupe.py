"""Deduplication across reports: many mentions, one real-world event.

The rule (docs/store.md explains it for users):

1. Mentions are candidates for one event when they share a *dedupe key*:
   source and target actor (by country in international events, by full
   code in domestic ones: ``records.actor_key``), CAMEO base code (3-digit
   level), modality and date precision (``records.dedupe_key``).
2. Within a key, mentions are taken in order of (event date, the article's
   publication time, doc_id, sentence index, event_id). The first opens an
   event; each next mention joins it when its date is at most
   ``window_days`` after the date of the event's first mention, otherwise it
   opens the next event. An event therefore spans at most ``window_days``.
3. Within such a group, mentions at different known places are different
   events (one per place); mentions with no place join the place when there
   is exactly one, otherwise they form an event of their own. A place equal
   to the article's dateline counts as unknown (``records.place_key``).

The result depends only on the set of stored mentions, never on the order
they were ingested in, so re-ingesting or resuming cannot double count.
Because a date gap larger than the window always starts a new event, new
mentions only change the *run* of mentions (consecutive dates no more than
``window_days`` apart) they fall into; only those runs are recomputed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

import duckdb
import pyarrow

from .db import get_meta, set_meta

ORDER = "event_date NULLS LAST, published_utc NULLS LAST, doc_id, sentence_index, event_id"

# Mentions not yet assigned to an event (pending), and every mention whose event they may change:
# per key, from the start of the last existing date group at or before the key's earliest pending
# date (the clustering before it cannot change), only the runs (dates no more than the window
# apart) that hold a pending mention. Ingesting news in date order so recomputes only the tail.
_AFFECTED_RUNS = f"""
WITH pending AS (
    SELECT m.event_id, m.dedupe_key, m.event_date FROM store_mentions m
    ANTI JOIN store_mention_event me USING (event_id)
), starts AS (
    SELECT p.dedupe_key, max(me.group_date) AS start
    FROM (SELECT dedupe_key, min(event_date) AS first_date FROM pending GROUP BY dedupe_key) p
    LEFT JOIN store_mention_event me ON me.dedupe_key = p.dedupe_key AND me.group_date <= p.first_date
    GROUP BY p.dedupe_key
), region AS (
    SELECT m.event_id, m.dedupe_key, m.event_date, m.place_key, m.published_utc, m.doc_id, m.sentence_index
    FROM store_mentions m JOIN starts s USING (dedupe_key)
    WHERE s.start IS NULL OR m.event_date IS NULL OR m.event_date >= s.start
), keyed AS (
    SELECT *, coalesce(event_date - lag(event_date) OVER w > ?, false) OR row_number() OVER w = 1 AS opens_run
    FROM region
    WINDOW w AS (PARTITION BY dedupe_key ORDER BY {ORDER})
), runs AS (
    SELECT *, sum(opens_run::INTEGER) OVER (PARTITION BY dedupe_key ORDER BY {ORDER} ROWS UNBOUNDED PRECEDING) AS run
    FROM keyed
)
SELECT dedupe_key, event_id, event_date, place_key FROM runs
WHERE (dedupe_key, run) IN (SELECT dedupe_key, run FROM runs WHERE event_id IN (SELECT event_id FROM pending))
ORDER BY dedupe_key, {ORDER}
"""

_EVENT_ROWS = f"""
INSERT INTO store_events
WITH assigned AS (
    SELECT a.global_event_id, a.dedupe_key, m.*, ar.source_key, ar.ingested_at, ar.url, ar.origin
    FROM new_assignments a JOIN store_mentions m USING (event_id) JOIN store_articles ar USING (doc_id)
), ranked AS (
    SELECT *, row_number() OVER (PARTITION BY global_event_id ORDER BY {ORDER}) AS rank FROM assigned
), totals AS (
    SELECT global_event_id, count(*) AS num_mentions, count(DISTINCT source_key) AS num_sources,
           count(DISTINCT doc_id) AS num_articles, min(ingested_at) AS first_seen, max(confidence) AS confidence,
           arg_min({{'name': location_name, 'country': location_country, 'lat': location_lat, 'lon': location_lon}},
                   rank + CASE WHEN place_key IS NULL THEN 1000000000 ELSE 0 END)  -- a real place before a dateline
               FILTER (WHERE location_name IS NOT NULL) AS place
    FROM ranked GROUP BY global_event_id
)
SELECT r.global_event_id, r.dedupe_key, r.event_id, r.event_date, r.date_precision,
       r.source_text, r.source_name, r.source_code, r.source_country, r.source_sector,
       r.target_text, r.target_name, r.target_code, r.target_country, r.target_sector,
       r.cameo, r.cameo_base, r.cameo_root, r.goldstein, r.quad_class,
       r.plover, r.plover_mode, r.modality, r.past,
       t.place.name, t.place.country, t.place.lat, t.place.lon,
       t.num_mentions, t.num_sources, t.num_articles,
       r.doc_id, coalesce(r.url, r.origin), t.first_seen, r.in_lead, t.confidence
FROM ranked r JOIN totals t USING (global_event_id)
WHERE r.rank = 1
"""


def global_event_id(event_id: str) -> int:
    """A stable positive 63-bit id for the event whose first mention is ``event_id``."""
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big") >> 1


Mention = tuple[str, str, "date | None", "str | None"]  # dedupe_key, event_id, event_date, place_key


def _date_groups(mentions: Sequence[Mention], window_days: int) -> Iterator[list[Mention]]:
    """Step 2 of the rule, for the mentions of one key in rule order."""
    group: list[Mention] = []
    for mention in mentions:
        if group and not _within(group[0][2], mention[2], window_days):
            yield group
            group = []
        group.append(mention)
    if group:
        yield group


def _within(first: date | None, other: date | None, window_days: int) -> bool:
    if first is None or other is None:
        return first is None and other is None
    return (other - first).days <= window_days


def _place_groups(group: list[Mention]) -> Iterator[list[Mention]]:
    """Step 3 of the rule: one event per known place."""
    places = sorted({m[3] for m in group if m[3] is not None})
    if len(places) <= 1:
        yield group
        return
    for place in [*places, None]:
        members = [m for m in group if m[3] == place]
        if members:
            yield members


def cluster(mentions: Iterable[Mention], window_days: int) -> Iterator[tuple[str, int, str, date | None]]:
    """(event_id, global_event_id, dedupe_key, date group start) for mentions sorted by key, then rule order."""
    current_key: str | None = None
    of_key: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is None or mention[0] != current_key:
            for group in _date_groups(of_key, window_days):
                for event in _place_groups(group):
                    number = global_event_id(event[0][1])
                    yield from ((m[1], number, m[0], group[0][2]) for m in event)
            if mention is None:
                break
            current_key, of_key = mention[0], []
        of_key.append(mention)


def update_events(connection: duckdb.DuckDBPyConnection, window_days: int) -> int:
    """Assign new mentions to events and rebuild the events they touch.

    Call inside the transaction that stored the mentions. Returns the number
    of mentions whose event was (re)computed.
    """
    rows = connection.execute(_AFFECTED_RUNS, [window_days]).fetchall()
    if not rows:
        return 0
    event_ids, numbers, keys, group_dates = zip(*cluster(rows, window_days))
    new_assignments = pyarrow.table(
        {
            "event_id": pyarrow.array(event_ids, pyarrow.string()),
            "global_event_id": pyarrow.array(numbers, pyarrow.int64()),
            "dedupe_key": pyarrow.array(keys, pyarrow.string()),
            "group_date": pyarrow.array(group_dates, pyarrow.date32()),
        }
    )
    connection.register("new_assignments", new_assignments)
    try:
        connection.execute(
            "DELETE FROM store_events WHERE global_event_id IN (SELECT me.global_event_id FROM store_mention_event me"
            " JOIN new_assignments USING (event_id))"
        )
        connection.execute("DELETE FROM store_mention_event WHERE event_id IN (SELECT event_id FROM new_assignments)")
        connection.execute(
            "INSERT INTO store_mention_event (event_id, global_event_id, dedupe_key, group_date)"
            " SELECT event_id, global_event_id, dedupe_key, group_date FROM new_assignments"
        )
        connection.execute(_EVENT_ROWS)
    finally:
        connection.unregister("new_assignments")
    return len(event_ids)


def ensure_window(connection: duckdb.DuckDBPyConnection, window_days: int) -> bool:
    """Rebuild every event when the window differs from the one the store was built with.

    Call inside a transaction. Returns True when events were rebuilt.
    """
    stored = get_meta(connection, "dedupe_window_days")
    if stored is not None and int(stored) == window_days:
        return False
    rebuilt = stored is not None
    if rebuilt:
        connection.execute("DELETE FROM store_events")
        connection.execute("DELETE FROM store_mention_event")
        update_events(connection, window_days)
    set_meta(connection, "dedupe_window_days", str(window_days))
    return rebuilt
