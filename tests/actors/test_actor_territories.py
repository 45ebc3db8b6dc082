"""Territories whose state changed: places take the country of the document's date (territories.tsv)."""

from datetime import date

import pytest

from eventwire.actors.entries import ActorEntry, DatedCode
from eventwire.actors.load import packaged_territories
from eventwire.actors.territories import load_territories

from .helpers import assert_rejected, by_text

HEADER = "state\tregions\tbelonged\tfrom\tuntil\n"


def test_the_packaged_table_loads():
    territories = packaged_territories()
    assert territories.state_on("UKR", None, date(1986, 4, 26)) == "SUN"
    assert territories.state_on("UKR", None, date(1992, 1, 1)) is None
    assert territories.state_on("DEU", "13", date(1989, 11, 9)) == "DDR"
    assert territories.state_on("DEU", "05", date(1989, 11, 9)) is None  # North Rhine-Westphalia was West German
    assert territories.state_on("ERI", None, None) is None  # undated text: today's state


@pytest.mark.parametrize("text, code", [
    ("state\tbelonged\tuntil\tnote\nERI\tETH\t1993\tx\n", "E204"),
    (HEADER + "ERI\t\tETH\t\t\n", "E201"),  # no date it changed
    (HEADER + "ERI\t\tEthiopia\t\t1993\n", "E201"),
    (HEADER + "ERI\t\tERI\t\t1993\n", "E201"),
    (HEADER + "ERI\t\tETH\t1995\t1993\n", "E201"),
    (HEADER + "ERI\t\tETH\t\t1993-13\n", "E205"),
])  # fmt: skip
def test_the_loader_is_strict(text, code):
    assert_rejected(load_territories, text, code)


def test_dated_entries_hold_only_where_both_periods_meet():
    territories = load_territories(HEADER + "KAZ\t\tSUN\t\t1991-12-25\n")
    seat = ActorEntry("capital:Old Seat", "Old Seat", "capital", ("Old Seat",), (DatedCode("KAZ", "KAZ", None, None, date(1997, 12, 10)),))
    late = ActorEntry("capital:New Seat", "New Seat", "capital", ("New Seat",), (DatedCode("KAZ", "KAZ", None, date(1997, 12, 11)),))
    country = ActorEntry("country:KAZ", "Kazakhstan", "country", ("Kazakhstan",), (DatedCode("KAZ", "KAZ", None),))
    (dated,) = territories.dated_entries([seat, late, country])
    assert dated.codes == (DatedCode("SUN", "SUN", None, None, date(1991, 12, 25)),)
    assert dated.prior < 0 and dated.source == "territories.tsv"


@pytest.mark.parametrize("text, when, words, code", [
    ("Police in Rostock detained three dockworkers.", "1987-06-02", "Police", "DDRCOP"),
    ("Police in Rostock detained three dockworkers.", "1999-06-02", "Police", "DEUCOP"),
    ("Police in Rostock detained three dockworkers.", None, "Police", "DEUCOP"),
    ("Soldiers in Kharkiv broke up a rally of miners.", "1989-07-15", "Soldiers", "SUNMIL"),
    ("Soldiers in Kharkiv broke up a rally of miners.", "2015-07-15", "Soldiers", "UKRMIL"),
    ("Teachers in Juba walked out over unpaid wages.", "2009-10-01", "Teachers", "SDNEDU"),
    ("Teachers in Juba walked out over unpaid wages.", "2016-10-01", "Teachers", "SSDEDU"),
    ("Riga said the blockade must end.", "1990-05-04", "Riga", "SUN"),
    ("Riga said the blockade must end.", "2004-05-04", "Riga", "LVA"),
])  # fmt: skip
def test_a_place_takes_the_state_of_the_document_s_date(code_text, text, when, words, code):
    assert by_text(code_text(text, when))[words][0] == code


def test_a_country_s_own_name_keeps_its_code(code_text):
    assert by_text(code_text("Ukraine's leaders demanded more autonomy.", "1990-07-16"))["Ukraine's leaders"][1] == "UKR"
