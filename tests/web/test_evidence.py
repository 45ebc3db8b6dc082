from eventwire.web.evidence import Span, event_spans, pieces, sentence_pieces

SENTENCE = "Chile's foreign minister thanked Peru for its help."


def _event(event_id="e1", **parts):
    base = {
        "event_id": event_id,
        "sentence": SENTENCE,
        "source": {"text": "Chile's foreign minister", "start": 0, "end": 24},
        "target": {"text": "Peru", "start": 33, "end": 37},
        "trigger": {"text": "thanked", "start": 25, "end": 32},
    }
    base.update(parts)
    return base


def test_pieces_cover_the_whole_text_in_order():
    result = sentence_pieces(SENTENCE, [_event()])
    assert "".join(p.text for p in result) == SENTENCE
    marked = {p.text: p.roles for p in result if p.marked}
    assert marked == {"Chile's foreign minister": ("source",), "thanked": ("trigger",), "Peru": ("target",)}


def test_overlapping_spans_keep_every_role_and_event():
    spans = [Span(0, 10, "source", "a"), Span(5, 15, "trigger", "b")]
    result = pieces("abcdefghijklmnopqrst", spans)
    assert [(p.text, p.roles, p.events) for p in result] == [
        ("abcde", ("source",), ("a",)),
        ("fghij", ("source", "trigger"), ("a", "b")),
        ("klmno", ("trigger",), ("b",)),
        ("pqrst", (), ()),
    ]


def test_stale_offsets_fall_back_to_the_words_and_missing_words_are_dropped():
    event = _event(target={"text": "Peru", "start": 2, "end": 6}, source={"text": "Bolivia", "start": 0, "end": 7})
    spans = event_spans(event)
    assert [(s.role, SENTENCE[s.start:s.end]) for s in spans] == [("target", "Peru"), ("trigger", "thanked")]


def test_a_null_target_and_offsets_outside_the_text_are_ignored():
    spans = [Span(40, 90, "trigger", "x"), Span(3, 3, "source", "x")]
    assert pieces("short text", spans) == pieces("short text", [])
    assert [s.role for s in event_spans(_event(target=None))] == ["source", "trigger"]
