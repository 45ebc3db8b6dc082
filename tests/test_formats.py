"""The terminal table: cut cells end in an ellipsis, and every missing value shows the same mark; the JSON record."""

import json
from dataclasses import replace

from eventwire.formats import CUT, MISSING, table_cell, table_lines
from store.builders import make_event


def test_table_cells():
    assert table_cell("condemned", 24) == "condemned"
    assert table_cell("announced a sweeping new package of sanctions", 24) == "announced a sweeping ne" + CUT
    assert len(table_cell("x" * 40, 24)) == 24
    assert table_cell(None, 10) == table_cell("", 10) == MISSING
    assert table_cell("two\nlines", 10) == "two lines"


def test_an_undated_event_without_a_target_shows_the_same_mark_for_both():
    event = make_event("t1", 0, "CHNGOV", None, "051", None)
    event = replace(event, trigger=replace(event.trigger, text="expressed strong support for the proposal"))
    header, row = list(table_lines([event]))
    cells = row.split()
    assert cells[0] == MISSING and cells[2] == MISSING  # DATE and TARGET
    assert row.endswith("expressed strong suppor" + CUT)


def test_an_events_record_is_asdicts_in_every_field_and_order():
    from dataclasses import asdict

    from eventwire.formats import event_json
    from eventwire.types import ActorRef

    event = make_event("d1", 2, "CHNGOV", "USA", "036", place="Lima", place_country="PER")
    event = replace(event, reported_by=ActorRef("Reuters", "Reuters", "MED", None, "MED", 0, 7), rules=("verb", "source"))
    for each in (event, make_event("d2", 0, None, None, "010", None)):
        record = each.to_dict()
        assert record == asdict(each) and list(record) == list(asdict(each))
        assert list(record["location"] or {}) == list((asdict(each)["location"]) or {})
        assert event_json(each) == json.dumps(asdict(each), ensure_ascii=False)
