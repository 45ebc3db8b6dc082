"""The event coder's per-word memo of trigger patterns: kept across sentences, bounded for long runs."""

import eventwire.events.coder as coder_module
from eventwire.types import Article

STORY = Article(origin="memo", doc_id="memo", text="Kenyan police arrested three protesters in Nairobi on Monday. "
                "The opposition condemned the arrests and called for talks with the government.")


def test_trigger_patterns_are_kept_per_word_and_start_afresh_past_the_bound(pipeline, monkeypatch):
    (first,) = pipeline.code_batch([STORY])
    assert first.events and pipeline.events.triggers, "the words met are kept"
    monkeypatch.setattr(coder_module, "TRIGGER_WORDS_KEPT", 1)
    (again,) = pipeline.code_batch([STORY])
    assert again.events == first.events, "a memo started afresh codes the same"
    assert len(pipeline.events.triggers) < 10, "cleared at each sentence past the bound"
