"""Speed never changes what is coded: one worker, two workers, and the pre-pass on or off
give the same events, byte for byte, on our dev sets (and the real-news GSR dev half,
read from ../shared when it is there)."""

import json

import pytest

from eventwire.engine import code_items
from eventwire.formats import event_json
from eventwire.pipeline import Pipeline
from eventwire.types import Article, DocumentResult

DEV_SETS = ("events-dev.json", "events-dev2.json")
SENTENCES_PER_DOCUMENT = 6  # in paragraphs of two: pronouns, memory and dates carry over
SENTENCES_PER_PARAGRAPH = 2


def gold_texts(path) -> list[dict]:
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text") and r.get("event") != "DOCUMENT"]


def grouped_articles(records: list[dict], name: str) -> list[Article]:
    """Consecutive gold sentences as multi-paragraph stories, dated by their first record."""
    articles = []
    for start in range(0, len(records), SENTENCES_PER_DOCUMENT):
        group = records[start : start + SENTENCES_PER_DOCUMENT]
        paragraphs = [" ".join(r["text"] for r in group[k : k + SENTENCES_PER_PARAGRAPH]) for k in range(0, len(group), SENTENCES_PER_PARAGRAPH)]
        doc_id = f"{name}-{start}"
        articles.append(Article(origin=doc_id, text="\n\n".join(paragraphs), doc_id=doc_id, published=group[0].get("date"), kind="jsonl"))
    return articles


def single_articles(records: list[dict], name: str) -> list[Article]:
    """Each gold sentence a document of its own, undated (as the GSR scorer sends them)."""
    return [Article(origin=f"{name}-{r['id']}", text=r["text"], doc_id=str(r["id"]), kind="jsonl") for r in records]


def coded_in_process(pipeline: Pipeline, articles: list[Article]) -> list[str]:
    return [event_json(e) for r in pipeline.code_batch(articles) if isinstance(r, DocumentResult) for e in r.events]


def coded_by_workers(settings, articles: list[Article], workers: int) -> list[str]:
    settings = settings.with_overrides({"engine.workers": workers, "engine.name": "local"})
    return [event_json(e) for r in code_items(articles, settings) if isinstance(r, DocumentResult) for e in r.events]


@pytest.fixture(scope="module")
def without_prepass(settings, pipeline):
    return Pipeline(settings.with_overrides({"parse.skip_unlikely": False}), parser=pipeline.parser)


@pytest.fixture(scope="module")
def dev_articles(fixtures_dir) -> list[Article]:
    return [a for name in DEV_SETS for a in grouped_articles(gold_texts(fixtures_dir / "gold" / name), name)]


@pytest.mark.slow
def test_the_prepass_loses_nothing_on_the_dev_sets(pipeline, without_prepass, dev_articles):
    assert pipeline.settings.parse.skip_unlikely
    with_it = coded_in_process(pipeline, dev_articles)
    assert len(with_it) > 1000  # both dev sets are almost all events: the comparison compares something
    assert with_it == coded_in_process(without_prepass, dev_articles)


@pytest.mark.slow
def test_two_workers_code_the_dev_sets_as_one_does(settings, pipeline, dev_articles):
    assert coded_by_workers(settings, dev_articles, 2) == coded_in_process(pipeline, dev_articles)


@pytest.mark.slow
def test_the_prepass_loses_nothing_on_the_gsr_dev_half(shared_dir, pipeline, without_prepass):
    articles = single_articles(gold_texts(shared_dir / "gold" / "plover-gsr-dev.json"), "gsr")
    with_it = coded_in_process(pipeline, articles)
    assert len(with_it) > 100
    assert with_it == coded_in_process(without_prepass, articles)
