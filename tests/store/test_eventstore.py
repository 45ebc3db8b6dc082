from dataclasses import replace

import pytest

from eventwire.errors import EventwireError
from eventwire.store import EventStore

from .builders import make_event, make_result


@pytest.fixture
def filled(store, store_settings):
    store.ingest_results([
        make_result("k1", [
            make_event("k1", 0, "CHNGOV", "PRKGOV", "051", "2023-03-14", sentence="China praised North Korea.", plover="SUPPORT"),
            make_event("k1", 1, "USAGOV", "PRKGOV", "112", "2023-03-14", goldstein=-2.0, plover="ACCUSE"),
        ], text="China praised North Korea.\n\nThe United States accused it.", url="https://wire.example/k1"),
        make_result("k2", [make_event("k2", 0, "CHNGOV", "PRKGOV", "051", "2023-03-15", plover="SUPPORT")], source="Other"),
        make_result("k3", [make_event("k3", 0, "PRKGOV", "CHNGOV", "040", "2023-05-02", modality="future")]),
        make_result("k4", [make_event("k4", 0, "IGOUNO", "PRKGOV", "163", "2023-06-10")]),
    ], store_settings)
    return store


def test_events_are_design_records_with_counts(filled):
    rows, total = filled.events({"source": "CHN", "target": "PRK"})
    assert total == 1
    (event,) = rows
    assert set(event) >= {"event_id", "doc_id", "sentence", "source", "target", "cameo", "plover", "trigger", "modality"}
    assert event["source"]["code"] == "CHNGOV" and event["target"]["country"] == "PRK"
    assert (event["num_mentions"], event["num_sources"], event["num_articles"]) == (2, 2, 2)
    assert event["date"] == "2023-03-14" and event["doc_id"] == "k1"
    assert event["source_url"] == "https://wire.example/k1"


def test_event_filters(filled):
    def ids(**flt):
        rows, total = filled.events(flt, limit=100)
        assert total == len(rows)
        return sorted(r["cameo"] for r in rows)

    assert ids() == ["040", "051", "112", "163"]
    assert ids(source="CHN", target="PRK", both_directions=True) == ["040", "051"]
    assert ids(source="IGOUNO") == ["163"]
    assert ids(plover="accuse") == ["112"]
    assert ids(cameo="05") == ["051"]
    assert ids(since="2023-05-01") == ["040", "163"]
    assert ids(until="2023-03-31") == ["051", "112"]
    assert ids(doc_id="k2") == ["051"]
    assert ids(modality="future") == ["040"]


def test_paging_keeps_the_total(filled):
    first, total = filled.events(limit=3)
    second, _ = filled.events(limit=3, offset=3)
    assert total == 4 and len(first) == 3 and len(second) == 1
    assert first[0]["date"] == "2023-06-10"  # newest first


def test_bad_filters_are_one_line_errors(filled):
    with pytest.raises(EventwireError, match="E409"):
        filled.events({"since": "last tuesday"})
    with pytest.raises(EventwireError, match="E409"):
        filled.events({"colour": "red"})


def test_event_lists_every_mention(filled):
    (event,), _ = filled.events({"cameo": "051"})
    detail = filled.event(event["global_event_id"])
    assert [m["doc_id"] for m in detail["mentions"]] == ["k1", "k2"]
    assert filled.event(12345) is None


def test_article_has_body_evidence_sentences_and_events(filled):
    article = filled.article("k1")
    assert article["body"] == ["China praised North Korea.", "The United States accused it."]
    assert article["url"] == "https://wire.example/k1"
    assert [e["cameo"] for e in article["events"]] == ["051", "112"]
    first = article["sentences"][0]
    assert (first["index"], first["paragraph"], first["start"], first["end"]) == (0, 0, 0, len("China praised North Korea."))
    assert filled.article("nope") is None


def test_raw_mentions_are_queryable(filled):
    rows, total = filled.mentions({"cameo": "051"})
    assert total == 2 and len({r["global_event_id"] for r in rows}) == 1


def test_stats(filled):
    stats = filled.stats()
    assert (stats["articles"], stats["events"], stats["mentions"]) == (4, 4, 5)
    assert (stats["first_date"], stats["last_date"]) == ("2023-03-14", "2023-06-10")
    assert stats["top_dyads"][0] == {"source": "CHN", "target": "PRK", "events": 1, "mentions": 2}
    assert stats["by_quad_class"] == {"1": 2, "2": 0, "3": 1, "4": 1}


def test_read_only_store_reads_but_never_writes(filled, tmp_path, store_settings):
    filled.close()
    with EventStore.open(filled.path, read_only=True) as reader:
        assert reader.stats()["articles"] == 4
        with pytest.raises(EventwireError, match="E411"):
            reader.ingest_results([], store_settings)
        with pytest.raises(EventwireError, match="E412"):
            reader.query("DELETE FROM store_articles")


def test_a_sealed_store_answers_queries_and_reaches_nothing_else(filled, tmp_path):
    filled.close()
    outside = tmp_path / "outside.csv"
    outside.write_text("a,b\n1,2\n")
    with EventStore.open_sealed(filled.path) as sealed:
        assert list(sealed.query("SELECT count(*) FROM articles")[1]) == [(4,)]
        assert sealed.stats()["events"] == 4  # the store's own methods work as before
        for sql in (
            "DELETE FROM store_articles",
            f"COPY (SELECT 1) TO '{tmp_path / 'copy.csv'}'",
            f"SELECT * FROM read_csv('{outside}')",
            f"SELECT * FROM read_text('{outside}')",
            f"ATTACH '{tmp_path / 'other.duckdb'}'",
            "SET enable_external_access = true",
            "RESET lock_configuration",
        ):
            with pytest.raises(EventwireError) as caught:
                sealed.query(sql)
            assert caught.value.code == "E412", sql
        with pytest.raises(EventwireError, match="E403"):
            sealed.query("SELECT nope FROM events")  # a plain mistake is not a refusal
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb", "outside.csv"]


def test_missing_store_read_only_is_a_one_line_error(tmp_path):
    with pytest.raises(EventwireError, match=r"E407.*missing\.duckdb"):
        EventStore.open(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_store_is_refused(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(EventwireError, match="E401"):
        EventStore.open(path)


def test_an_older_store_is_migrated_on_a_writable_open_only(tmp_path, store_settings):
    import duckdb

    from eventwire.store.db import schema_version
    from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("INSERT INTO store_meta VALUES ('schema_version', '1')")
    connection.close()
    with pytest.raises(EventwireError, match="E406"):
        EventStore.open(path, read_only=True)
    with EventStore.open(path) as store:
        assert schema_version(store.connection) == SCHEMA_VERSION > 1
        store.ingest_results([make_result("m1", [make_event("m1", 0, "FRAGOV", "DEUGOV", "040")])], store_settings)
        assert store.stats()["events"] == 1


def test_a_mention_keeps_the_rule_names_of_its_event(store, store_settings):
    rules = ("code.pattern", "source.subject", "target.object", "modality.asserted")
    event = replace(make_event("r1", 0, "FRAGOV", "DEUGOV", "040"), rules=rules)
    store.ingest_results([make_result("r1", [event])], store_settings)
    assert store.article("r1")["events"][0]["rules"] == list(rules)
    (row,), _ = store.mentions({})
    assert row["rules"] == list(rules)
    _, rows = store.query("SELECT count(*) FROM mentions WHERE list_contains(rules, 'target.object')")
    assert [tuple(r) for r in rows] == [(1,)]


def test_mentions_stored_before_rules_were_recorded_read_as_none(tmp_path, store_settings):
    import duckdb

    from eventwire.store.schema import MIGRATIONS

    path = tmp_path / "v2.duckdb"
    connection = duckdb.connect(str(path))
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            connection.execute(statement)
    connection.execute("INSERT INTO store_meta VALUES ('schema_version', '2')")
    connection.close()
    with EventStore.open(path) as store:
        store.ingest_results([make_result("o1", [make_event("o1", 0, "FRAGOV", "DEUGOV", "040")])], store_settings)
        store.connection.execute("UPDATE store_mentions SET rules = NULL")
        assert store.article("o1")["events"][0]["rules"] == []


def test_a_store_from_a_newer_eventwire_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with EventStore.open(path) as store:
        store.connection.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(EventwireError, match="E405"):
        EventStore.open(path)


def test_a_store_being_written_by_another_process_is_a_one_line_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(EventwireError, match=r"^\[E404\]"):
            EventStore.open(path)
    finally:
        holder.communicate("")
