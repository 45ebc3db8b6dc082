from eventwire.types import Article, Problem

from .builders import make_event, make_result


def counts(store):
    stats = store.stats()
    return stats["articles"], stats["mentions"], stats["events"]


def corpus():
    return [
        make_result("a1", [make_event("a1", 0, "CHNGOV", "PRKGOV", "051"), make_event("a1", 1, "USAGOV", "CHNGOV", "112")]),
        make_result("a2", [make_event("a2", 0, "CHNGOV", "PRKGOV", "051", "2023-03-15")], source="Other"),
        Problem("E101", "empty.txt", "empty file"),
        make_result("a3", [make_event("a3", 2, "RUSMIL", "UKRMIL", "190", "2023-04-01")]),
    ]


def test_ingest_stores_articles_mentions_and_deduplicated_events(store, store_settings):
    problems = []
    result = store.ingest_results(corpus(), store_settings, on_problem=problems.append)
    assert (result.stored, result.skipped, result.problems, result.mentions) == (3, 0, 1, 4)
    assert result.batches == 2  # batch size 2: a1+a2, then a3
    assert [p.origin for p in problems] == ["empty.txt"]
    assert counts(store) == (3, 4, 3)  # the two CHN->PRK praise reports are one event


def test_ingesting_twice_adds_nothing(store, store_settings):
    store.ingest_results(corpus(), store_settings)
    before = counts(store)
    again = store.ingest_results(corpus(), store_settings)
    assert (again.stored, again.skipped, again.mentions) == (0, 3, 0)
    assert counts(store) == before


def test_article_without_id_is_recognised_by_its_text_hash(store, store_settings):
    first = make_result(None, [make_event("x", 0, "FRAGOV", "DEUGOV", "040")], text="Paris talks.\n\nMore.")
    store.ingest_results([first], store_settings)
    again = store.ingest_results([make_result(None, text="Paris talks.\n\nMore.")], store_settings)
    assert again.skipped == 1 and store.stats()["articles"] == 1


def test_same_text_under_a_new_given_id_is_a_new_article(store, store_settings):
    store.ingest_results([make_result("id-1", text="Same words.")], store_settings)
    again = store.ingest_results([make_result("id-2", text="Same words.")], store_settings)
    assert again.stored == 1


def test_duplicate_inside_one_batch_is_stored_once(store, store_settings):
    settings = store_settings.with_overrides({"store.batch_articles": 10})
    result = store.ingest_results([make_result("d1"), make_result("d1")], settings)
    assert (result.stored, result.skipped) == (1, 1)


STORY = "The two ministers met in Lima on Monday to talk about trade.\n\nThey agreed to meet again next month."


def test_is_stored_skips_before_coding(store, store_settings):
    store.ingest_results([make_result("given-id", text=STORY)], store_settings)
    writer = store.writer(store_settings)
    assert writer.is_stored(Article(origin="x.jsonl:1", text=STORY, doc_id="given-id"))
    assert not writer.is_stored(Article(origin="x.jsonl:2", text="anything", doc_id="other-id"))
    assert (writer.counts.skipped, writer.counts.conflicts) == (1, 0)


def test_an_id_stored_with_other_text_is_reported_and_the_first_text_stays(store, store_settings):
    store.ingest_results([make_result("n-1", text=STORY, origin="first.jsonl:1")], store_settings)
    problems: list[Problem] = []
    writer = store.writer(store_settings, on_problem=problems.append)
    other = Article(origin="second.jsonl:7", text="Flooding closed the port of Durban for a week after heavy rain.", doc_id="n-1")
    assert writer.is_stored(other)  # not coded: the first text wins
    assert (writer.counts.skipped, writer.counts.conflicts) == (0, 1)
    assert [p.line() for p in problems] == [
        "[E413] second.jsonl:7: id 'n-1' is stored already with other text (from first.jsonl:1); kept the first, skipped this one"
    ]
    assert store.article("n-1")["body"] == STORY.split("\n\n")


def test_id_conflicts_inside_a_batch_and_against_the_store_are_counted_apart(store, store_settings):
    settings = store_settings.with_overrides({"store.batch_articles": 10})
    store.ingest_results([make_result("c-1", text="Stored first.", origin="old.jsonl:1")], settings)
    problems: list[Problem] = []
    results = [
        make_result("c-2", text="One story.", origin="new.jsonl:1"),
        make_result("c-2", text="One story.", origin="new.jsonl:2"),  # a true duplicate
        make_result("c-2", text="Another story.", origin="new.jsonl:3"),  # same id, other text
        make_result("c-1", text="Stored first.", origin="new.jsonl:4"),  # already stored
        make_result("c-1", text="Not what was stored.", origin="new.jsonl:5"),  # found when the batch commits
    ]
    counts_ = store.ingest_results(results, settings, on_problem=problems.append)
    assert (counts_.stored, counts_.skipped, counts_.conflicts, counts_.problems) == (1, 2, 2, 0)
    assert [(p.code, p.origin) for p in problems] == [("E413", "new.jsonl:3"), ("E413", "new.jsonl:5")]
    assert "(from new.jsonl:1)" in problems[0].message
    assert "(from new.jsonl:4)" in problems[1].message  # the copy of old.jsonl:1 waiting in the batch
    assert store.stats()["articles"] == 2


def test_failed_batch_leaves_nothing_half_stored(store, store_settings, monkeypatch):
    import eventwire.store.ingest as ingest_module

    def explode(connection, window_days):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest_module, "update_events", explode)
    try:
        store.ingest_results(corpus()[:2], store_settings)
    except RuntimeError:
        pass
    assert counts(store) == (0, 0, 0)


def test_progress_is_reported_per_item(store, store_settings):
    seen = []
    store.ingest_results(corpus(), store_settings, on_progress=seen.append)
    assert [c.articles + c.problems for c in seen] == [1, 2, 3, 4]
    assert seen[-1].mentions == 4
