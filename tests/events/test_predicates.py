"""Trigger patterns against the parse (events/predicates.py)."""

from __future__ import annotations

import pytest

from .helpers import triples

CONTAINER_CASES = [
    # the matter a container noun carries names the pattern's object
    ("Jordan delivered food parcels to Syrian refugees near the frontier.", {"Jordan": "JOR", "Syrian refugees": "SYRREF"},
     {("JOR", "AID", "SYRREF")}),
    ("Canada sent medicine boxes to Ukrainian hospitals.", {"Canada": "CAN", "Ukrainian hospitals": "UKRHLH"},
     {("CAN", "AID", "UKRHLH")}),
    ("Iran supplied weapons consignments to Houthi fighters, the report said.", {"Iran": "IRN", "Houthi fighters": "YEMREB"},
     {("IRN", "AID", "YEMREB")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actors", "expected"), CONTAINER_CASES)
def test_a_container_noun_stands_for_what_it_carries(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


def test_a_container_of_other_matter_triggers_nothing(code_text):
    assert triples(code_text("Norway sent book parcels to Kenyan schools.", {"Norway": "NOR", "Kenyan schools": "KENEDU"})) == set()


PROTEST_CASES = [
    # people protesting something take to the streets (141), against their own country when no one else is named;
    # an official body protesting files a complaint (114)
    ("Police in Santiago fired water cannon at students protesting tuition fees.", {"Police": "CHLCOP", "students": "CHLEDU"},
     {("CHLCOP", "ASSAULT", "CHLEDU"), ("CHLEDU", "PROTEST", "CHL")}),
    ("Nurses in Lagos protested the new pay scale on Tuesday.", {"Nurses": "NGAHLH"}, {("NGAHLH", "PROTEST", "NGA")}),
    ("Riot police broke up a rally of miners in La Paz.", {"Riot police": "BOLCOP", "miners": "BOLLAB"},
     {("BOLCOP", "ASSAULT", "BOLLAB")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actors", "expected"), PROTEST_CASES)
def test_crowds_protesting_demonstrate_and_breaking_them_up_represses(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


def test_a_ministry_protesting_complains(code_text):
    found = code_text("Poland's foreign ministry protested the arrest of a Polish consul in Minsk.", {"Poland's foreign ministry": "POLGOV"})
    assert {e.cameo for e in found} <= {"114"}
