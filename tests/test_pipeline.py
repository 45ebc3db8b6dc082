import pytest

from eventwire.errors import problem
from eventwire.types import Article, DocumentResult, Problem


def test_code_batch_keeps_order_and_passes_problems_through(pipeline):
    items = [
        Article(origin="a.txt", text="Norway hosted talks between Colombia and rebel leaders on Friday."),
        problem("E101", "empty.txt"),
        Article(origin="blank.txt", text="   \n  \n"),
        Article(origin="b.txt", text="Rain fell all day. Brazil thanked Argentina for its help."),
    ]
    results = pipeline.code_batch(items)
    assert [type(r) for r in results] == [DocumentResult, Problem, Problem, DocumentResult]
    assert results[1] is items[1]
    assert results[2].code == "E111" and results[2].origin == "blank.txt"
    assert [r.document.origin for r in results if isinstance(r, DocumentResult)] == ["a.txt", "b.txt"]
    assert results[3].sentences == 2


def test_a_batch_codes_like_documents_one_at_a_time(pipeline):
    items = [Article(origin=f"{n}.txt", text=text) for n, text in enumerate(["Egypt condemned the attack on Monday.", "Prices rose.\n\nIndia and Nepal signed a deal."])]
    batch = pipeline.code_batch(items)
    single = [pipeline.code_article(item) for item in items]
    assert batch == single


def test_the_pre_pass_decides_what_is_parsed(pipeline, settings):
    item = Article(origin="c.txt", text="Rain fell all day in the hills. Brazil thanked Argentina for its help.")
    [result] = pipeline.code_batch([item])
    expected = sum(pipeline.worth_parsing(s) for s in ("Rain fell all day in the hills.", "Brazil thanked Argentina for its help."))
    assert result.sentences == 2 and result.sentences_parsed == expected


def test_events_below_the_confidence_threshold_are_withheld_and_counted(pipeline, settings):
    from eventwire.pipeline import Pipeline

    article = Article(origin="t.txt", text="Japan sent aid to Nepal on Monday. Police in Lima arrested dozens of protesters, the government said.")
    everything = Pipeline(settings.with_overrides({"events.min_confidence": 0.0}), parser=pipeline.parser).code_article(article)
    assert everything.withheld == 0 and everything.events
    threshold = min(e.confidence for e in everything.events) + 0.001
    strict = Pipeline(settings.with_overrides({"events.min_confidence": threshold}), parser=pipeline.parser).code_article(article)
    assert [e.event_id for e in strict.events] == [e.event_id for e in everything.events if e.confidence >= threshold]
    assert strict.withheld == len(everything.events) - len(strict.events) > 0


@pytest.mark.parametrize(("sentence", "parsed"), [
    ("Brazil thanked Argentina for its help.", True),  # a trigger and actors
    ("Iran test-fired a ballistic missile on Monday.", True),  # one actor is enough for some events
    ("Temperatures in Lima rose to 30 degrees by the weekend.", False),  # no trigger
    ("They condemned the decision on Monday.", False),  # nothing that may name an actor
    ('"We will never accept the sanctions that Washington imposed on Iran."', False),  # a quotation standing alone
    ("Iran rejected the sanctions imposed by Washington. \"", True),  # the next quotation's opening mark is not one
    ("Sanctions on Iran: read more at www.example.com/iran-usa", False),  # site furniture
])
def test_the_pre_pass_parses_sentences_that_may_hold_an_event(pipeline, sentence, parsed):
    assert pipeline.worth_parsing(sentence) is parsed
