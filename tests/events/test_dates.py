"""When: dates from the publication date and the text."""

from __future__ import annotations

import pytest

CASES = [
    # (sentence, published, date, precision, past)
    ("Germany and France held talks on Saturday.", "2020-10-10", "2020-10-10", "day", False),
    ("Germany held talks with France on Tuesday.", "2020-10-10", "2020-10-06", "day", False),
    ("Germany held talks with France last week.", "2020-10-10", "2020-10-03", "day", False),
    ("Germany held talks with France five years ago.", "2020-10-10", "2015-01-01", "year", True),
    ("Germany and France met five times in 2018 and 2019.", "2020-10-10", "2018-01-01", "year", True),
    ("Germany held talks with France in March.", "2020-10-10", "2020-03-01", "month", True),
    ("Germany held talks with France on May 5.", "2020-10-10", "2020-05-05", "day", True),
    ("Germany held talks with France yesterday.", "2020-10-10", "2020-10-09", "day", False),
    ("Germany held talks with France.", "2020-10-10", "2020-10-10", "day", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day", "precision", "past"), CASES, ids=[c[0][-30:] for c in CASES])
def test_dates(code_text, text, published, day, precision, past):
    (event, *_) = code_text(text, {"Germany": "DEU", "France": "FRA"}, published=published)
    assert (event.date, event.date_precision, event.past) == (day, precision, past)


def test_future_weekday_looks_ahead(code_text):
    (event,) = code_text("Germany will hold talks with France on Monday.", {"Germany": "DEU", "France": "FRA"}, published="2020-10-10")
    assert (event.date, event.modality) == ("2020-10-12", "future")


def test_background_events_are_past(code_text):
    events = code_text(
        "After years of tension during which Chad expelled Sudanese diplomats, the two sides met in Doha.",
        {"Chad": "TCD", "Sudanese diplomats": "SDNGOV"}, published="2010-02-01",
    )
    expelled = [e for e in events if e.plover == "SANCTION"]
    assert expelled and expelled[0].past and expelled[0].date is None


def test_location_from_dateline(code_text):
    (event,) = code_text("Germany held talks with France.", {"Germany": "DEU", "France": "FRA"}, dateline="Berlin")
    assert (event.location.name, event.location.country) == ("Berlin", "DEU")
    assert event.location.lat == pytest.approx(52.5, abs=0.2)
