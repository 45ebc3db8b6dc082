"""Vocabulary: each PLOVER category in the words reporters use, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventwire.evaluate import evaluate_records, load_gold

MIN_TYPE_RECALL = 0.85  # per category: one category's vocabulary lost shows here


@pytest.fixture(scope="module")
def scores(pipeline, fixtures_dir):
    return evaluate_records(load_gold(fixtures_dir / "events" / "vocabulary.jsonl"), pipeline)


def test_the_vocabulary_of_every_category_is_found(scores):
    weak = {kind: round(f.type_recall, 2) for kind, f in scores.per_type.items() if f.type_gold and f.type_recall < MIN_TYPE_RECALL}
    assert not weak, f"categories whose words are no longer found: {weak}"
    assert scores.overall.type_recall >= 0.95 and scores.overall.precision >= 0.95, scores.overall.as_dict()


def test_sentences_without_political_events_give_none(scores):
    assert not [r.text for r in scores.results if not r.gold and r.coded]
