import random

from eventwire.store import EventStore
from eventwire.store.dedupe import cluster

from .builders import make_event, make_result, random_corpus


def events_table(store):
    columns, rows = store.query(
        "SELECT global_event_id, date, source_code, target_code, cameo, location_name,"
        " num_mentions, num_sources, num_articles FROM events ORDER BY ALL"
    )
    return list(rows)


def one_story(doc_id, *events, source="Agency"):
    return make_result(doc_id, list(events), source=source)


def test_reports_of_one_event_merge_with_gdelt_counts(store, store_settings):
    store.ingest_results([
        one_story("r1", make_event("r1", 0, "CHNGOV", "PRKGOV", "051", "2023-03-14"),
                  make_event("r1", 3, "CHNGOV", "PRKGOV", "051", "2023-03-14")),
        one_story("r2", make_event("r2", 1, "CHNGOV", "PRKGOV", "051", "2023-03-15"), source="Agency"),
        one_story("r3", make_event("r3", 0, "CHNGOV", "PRKGOV", "051", "2023-03-16"), source="Other Wire"),
    ], store_settings)
    (row,) = events_table(store)
    assert row[6:] == (4, 2, 3)  # mentions, sources, articles
    assert str(row[1]) == "2023-03-14"
    mentions = list(store.query("SELECT count(DISTINCT global_event_id), count(*) FROM mentions")[1])
    assert mentions == [(1, 4)]  # every raw mention stays, linked to the one event


def test_an_event_spans_at_most_the_window(store, store_settings):
    days = ["2023-03-01", "2023-03-03", "2023-03-05", "2023-03-20"]
    store.ingest_results([one_story(f"w{i}", make_event(f"w{i}", 0, "USAGOV", "IRNGOV", "112", d)) for i, d in enumerate(days)], store_settings)
    assert [(str(r[1]), r[6]) for r in events_table(store)] == [("2023-03-01", 2), ("2023-03-05", 1), ("2023-03-20", 1)]


def test_different_actors_codes_modality_or_places_stay_apart(store, store_settings):
    base = dict(date="2023-03-14")
    store.ingest_results([
        one_story("p1", make_event("p1", 0, "RUSMIL", "UKRMIL", "190", place="Kharkiv", place_country="UKR", **base)),
        one_story("p2", make_event("p2", 0, "RUSMIL", "UKRMIL", "190", place="Odesa", place_country="UKR", **base)),
        one_story("p3", make_event("p3", 0, "RUSMIL", "UKRMIL", "195", **base)),
        one_story("p4", make_event("p4", 0, "RUSMIL", "BLRMIL", "190", **base)),
        one_story("p5", make_event("p5", 0, "RUSMIL", "UKRMIL", "190", modality="negated", **base)),
        one_story("p6", make_event("p6", 0, "RUSMIL", "UKRMIL", "190", **base)),  # place unknown, two known: own event
    ], store_settings)
    assert store.stats()["events"] == 6


def test_international_events_compare_countries_domestic_ones_whole_codes(store, store_settings):
    store.ingest_results([
        one_story("i1", make_event("i1", 0, "CHNCOP", "PHLGOV", "180")),
        one_story("i2", make_event("i2", 0, "CHN", "PHL", "180")),
        one_story("i3", make_event("i3", 0, "ETHGOV", None, "057")),
        one_story("i4", make_event("i4", 0, "ETH", None, "057")),
        one_story("d1", make_event("d1", 0, "USACOP", "USACVL", "173")),
        one_story("d2", make_event("d2", 0, "USAGOV", "USAOPP", "173")),
        one_story("g1", make_event("g1", 0, "IGOUNO", "SYR", "020")),
        one_story("g2", make_event("g2", 0, "IGOWHO", "SYR", "020")),
    ], store_settings)
    assert sorted(r[6] for r in events_table(store)) == [1, 1, 1, 1, 2, 2]


def test_unknown_place_joins_the_one_known_place(store, store_settings):
    store.ingest_results([
        one_story("k1", make_event("k1", 0, "ISRMIL", "LBNMIL", "195", "2023-05-02", place="Tyre", place_country="LBN")),
        one_story("k2", make_event("k2", 0, "ISRMIL", "LBNMIL", "195", "2023-05-02")),
    ], store_settings)
    (row,) = events_table(store)
    assert row[5] == "Tyre" and row[6] == 2


def test_a_place_that_is_only_the_dateline_does_not_split_reports(store, store_settings):
    store.ingest_results([
        make_result("n1", [make_event("n1", 0, "KENGOV", "ETHGOV", "057", place="Nairobi", place_country="KEN")], dateline="NAIROBI"),
        make_result("n2", [make_event("n2", 0, "KEN", "ETH", "057", place="Moyale", place_country="KEN")], dateline="Addis Ababa"),
        make_result("n3", [make_event("n3", 0, "KEN", "ETH", "057", place="Addis Ababa", place_country="ETH")], dateline="Addis Ababa"),
    ], store_settings)
    (row,) = events_table(store)
    assert row[5] == "Moyale" and row[6] == 3


def test_cameo_base_level_merges_a_code_with_its_children(store, store_settings):
    store.ingest_results([
        one_story("b1", make_event("b1", 0, "EGYGOV", "ISRGOV", "025")),
        one_story("b2", make_event("b2", 0, "EGYGOV", "ISRGOV", "0251")),
        one_story("b3", make_event("b3", 0, "EGYGOV", "ISRGOV", "026")),
    ], store_settings)
    assert sorted(r[6] for r in events_table(store)) == [1, 2]


def test_undated_mentions_merge_only_within_their_article(store, store_settings):
    store.ingest_results([
        make_result("u1", [make_event("u1", 0, "GBRGOV", "FRAGOV", "040", None), make_event("u1", 2, "GBRGOV", "FRAGOV", "040", None)], published=None),
        make_result("u2", [make_event("u2", 0, "GBRGOV", "FRAGOV", "040", None)], published=None),
    ], store_settings)
    assert sorted(r[6] for r in events_table(store)) == [1, 2]


def test_mentions_without_an_event_date_take_the_publication_date(store, store_settings):
    store.ingest_results([
        make_result("n1", [make_event("n1", 0, "JPNGOV", "KORGOV", "036", None)], published="2023-06-01T08:00:00+09:00"),
        make_result("n2", [make_event("n2", 0, "JPNGOV", "KORGOV", "036", "2023-06-02")]),
    ], store_settings)
    (row,) = events_table(store)
    assert str(row[1]) == "2023-06-01" and row[6] == 2


def test_result_depends_on_the_stored_set_not_on_ingest_order_or_batches(tmp_path, store_settings):
    corpus = random_corpus(seed=7)
    with EventStore.open(tmp_path / "clean.duckdb") as clean:
        clean.ingest_results(corpus, store_settings.with_overrides({"store.batch_articles": 1000}))
        expected = events_table(clean)
    assert len(expected) > 20
    for seed in (1, 2, 3):
        shuffled = corpus[:]
        random.Random(seed).shuffle(shuffled)
        with EventStore.open(tmp_path / f"shuffled{seed}.duckdb") as store:
            settings = store_settings.with_overrides({"store.batch_articles": seed})
            store.ingest_results(shuffled[:25], settings)
            store.ingest_results(shuffled, settings)  # overlaps: the first 25 are skipped
            assert events_table(store) == expected


def test_changing_the_window_rebuilds_the_events(tmp_path, store_settings):
    corpus = random_corpus(seed=11)
    path = tmp_path / "w.duckdb"
    with EventStore.open(path) as store:
        store.ingest_results(corpus[:30], store_settings.with_overrides({"dedupe.window_days": 0}))
        narrow = store.stats()["events"]
        store.ingest_results(corpus[30:], store_settings.with_overrides({"dedupe.window_days": 5}))
        rebuilt = events_table(store)
        assert store.stats()["dedupe_window_days"] == 5
    with EventStore.open(tmp_path / "w5.duckdb") as clean:
        clean.ingest_results(corpus, store_settings.with_overrides({"dedupe.window_days": 5}))
        assert rebuilt == events_table(clean)
    assert narrow > 0


def test_cluster_rule_directly():
    from datetime import date

    mentions = [("k", f"e{i}", date(2023, 1, d), p) for i, (d, p) in enumerate([(1, None), (2, "a"), (3, None), (4, "b"), (9, None)])]
    groups = {}
    for event_id, number, key, _ in cluster(mentions, window_days=3):
        groups.setdefault(number, []).append(event_id)
    assert sorted(groups.values()) == [["e0", "e2"], ["e1"], ["e3"], ["e4"]]


def test_incremental_recompute_matches_one_clean_pass_on_a_dense_key(tmp_path, store_settings):
    rng = random.Random(42)
    corpus = [
        make_result(f"z{n}", [make_event(f"z{n}", 0, "CHNCOP", "PHLGOV", "190", f"2024-02-{rng.randint(1, 29):02d}",
                                         place=rng.choice([None, None, "Scarborough Shoal", "Second Thomas Shoal"]))],
                    source=rng.choice("ABCD"))
        for n in range(60)
    ]  # fmt: skip
    with EventStore.open(tmp_path / "clean.duckdb") as clean:
        clean.ingest_results(corpus, store_settings.with_overrides({"store.batch_articles": 100}))
        expected = events_table(clean)
    assert 8 < len(expected) < 40
    for seed in range(4):
        order = corpus[:]
        random.Random(seed).shuffle(order)
        if seed == 0:
            order.sort(key=lambda r: r.events[0].date)  # a news feed: in date order
        with EventStore.open(tmp_path / f"dense{seed}.duckdb") as store:
            store.ingest_results(order, store_settings.with_overrides({"store.batch_articles": seed + 1}))
            assert events_table(store) == expected, f"order {seed}"
