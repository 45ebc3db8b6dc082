"""The notebook API: eventwire.code, Coder.code_many, to_dataframe."""

import pytest

import eventwire
from eventwire.api import Coder
from eventwire.formats import ROW_COLUMNS

TEXT = "Indian police arrested dozens of protesters in New Delhi on Tuesday, officials said."
OTHER = "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday."


@pytest.fixture(scope="module")
def coder(settings, pipeline):
    made = Coder.__new__(Coder)  # reuse the session's loaded pipeline
    made.settings, made.pipeline = settings, pipeline
    return made


def test_code_gives_events_with_the_given_id_and_date(coder):
    events = coder.code(TEXT, date="2024-02-13", id="story-7")
    assert events, "an arrest by police is an event"
    assert {e.doc_id for e in events} == {"story-7"}
    arrest = next(e for e in events if e.cameo.startswith("17"))
    assert arrest.source.country == "IND" and arrest.date == "2024-02-13"


def test_code_many_streams_in_input_order_and_matches_single_coding(coder):
    records = [{"text": OTHER, "id": "b", "date": "2023-01-30"}, {"text": TEXT, "id": "a", "date": "2024-02-13"}]
    streamed = list(coder.code_many(iter(records)))
    one_by_one = coder.code(OTHER, date="2023-01-30", id="b") + coder.code(TEXT, date="2024-02-13", id="a")
    assert [e.to_dict() for e in streamed] == [e.to_dict() for e in one_by_one]
    assert [e.doc_id for e in streamed] == sorted((e.doc_id for e in streamed), reverse=True)


def test_code_many_accepts_plain_strings_and_skips_empty_ones(coder):
    events = list(coder.code_many(["", TEXT]))
    assert events and all(e.sentence for e in events)


def test_to_dataframe_has_one_flat_row_per_event(coder):
    events = coder.code(TEXT, date="2024-02-13")
    frame = eventwire.to_dataframe(events)
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert len(frame) == len(events)
    assert frame.loc[0, "source_country"] == events[0].source.country


def test_to_dataframe_of_nothing_is_empty_with_columns():
    frame = eventwire.to_dataframe([])
    assert frame.empty and list(frame.columns) == list(ROW_COLUMNS)


def test_module_level_code_uses_default_settings():
    events = eventwire.code(TEXT, date="2024-02-13")
    assert any(e.source and e.source.country == "IND" for e in events)
