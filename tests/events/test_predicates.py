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
