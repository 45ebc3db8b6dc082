"""Cases of the mechanisms docs/events.md describes that no other test covers: where a place is a target,
what is left out, how far modality reaches, and the conventions we share with the PLOVER team.

The doc explains the mechanisms; the cases live here. Sentences written for these tests, with hand-marked actors.
"""

from __future__ import annotations

import pytest

from .helpers import triples

PLACES = [
    # a city abroad stands for its country for visits and force; a place at home is no target of a visit
    ("The Kenyan president visited Kampala on Monday.", {"The Kenyan president": "KENGOV"}, {("KENGOV", "CONSULT", "UGA")}),
    ("The Kenyan president visited Mombasa on Monday.", {"The Kenyan president": "KENGOV"}, set()),
    ("Russian missiles struck Odesa overnight.", {"Russian missiles": "RUSMIL"}, {("RUSMIL", "ASSAULT", "UKR")}),
    # force at home does fall on the country where it happened
    ("Police fired tear gas into crowds in Yangon.", {"Police": "MMRCOP"}, {("MMRCOP", "ASSAULT", "MMR")}),
    # a condemnation is aimed at the country where what it condemns happened
    ("Senegal condemned the coup in Guinea.", {"Senegal": "SEN"}, {("SEN", "ACCUSE", "GIN")}),
    # a retreat from a country named as such
    ("Syrian forces withdrew from Lebanon in April.", {"Syrian forces": "SYRMIL", "Lebanon": "LBN"}, {("SYRMIL", "RETREAT", "LBN")}),
]  # fmt: skip

LEFT_OUT = [
    # people fleeing an act only set the scene
    ("Refugees fleeing fighting in Sudan crossed into Chad.", {"Refugees": "SDNREF", "Sudan": "SDN", "Chad": "TCD"}, set()),
    # a demand that another act answers is no demand of its own
    ("Peru's interior ministry caved in to the miners' demands on Friday.",
     {"Peru's interior ministry": "PERGOV", "the miners": "PERLAB"}, {("PERGOV", "CONCEDE", "PERLAB")}),
    # a relative clause on an appositive describes the actor, it is no act of the story
    ("Egypt banned the Nile Forum, a rights group that has accused the army of torture.",
     {"Egypt": "EGY", "the Nile Forum": "EGYNGO", "the army": "EGYMIL"}, {("EGY", "COERCE", "EGYNGO")}),
    # an event noun that is the subject of a "since" clause dates the story
    ("Poland has sent aid to Ukraine since the Russian invasion began.", {"Poland": "POL", "Ukraine": "UKR"},
     {("POL", "AID", "UKR")}),
    # the audience a speaker told is no meeting
    ("The Kenyan president told a meeting of Somali elders in Nairobi that peace was near.",
     {"The Kenyan president": "KENGOV", "Somali elders": "SOMELI"}, set()),
    # asylum and aid are never given to one's own country
    ("Kenya granted asylum to a Kenyan journalist.", {"Kenya": "KEN", "a Kenyan journalist": "KENMED"}, set()),
]  # fmt: skip

CONVENTIONS = [
    # withdrawing peacekeepers reduces relations; withdrawing one's own troops is a retreat
    ("Nigeria withdrew its peacekeepers from Liberia.", {"Nigeria": "NGA", "Liberia": "LBR"}, {("NGA", "SANCTION", "LBR")}),
    # force its own actor announces is a threat; announced sanctions stay sanctions
    ("The rebels said they would arrest anyone who voted in the election.", {"The rebels": "CODREB"},
     {("CODREB", "THREATEN", "COD")}),
    ("Kosovo said it would impose tariffs on Serbian goods.", {"Kosovo": "XKX", "Serbian": "SRB"}, {("XKX", "SANCTION", "SRB")}),
    # being willing to yield is AGREE; an announced retreat is a concession
    ("Serbia is willing to withdraw police units from Kosovo.", {"Serbia": "SRB", "Kosovo": "XKX"}, {("SRB", "AGREE", "XKX")}),
    ("Serbia will withdraw police units from Kosovo.", {"Serbia": "SRB", "Kosovo": "XKX"}, {("SRB", "CONCEDE", "XKX")}),
    # the object of thanks or praise does what it is thanked for
    ("Sweden thanked Turkey for lifting its veto.", {"Sweden": "SWE", "Turkey": "TUR"},
     {("SWE", "SUPPORT", "TUR"), ("TUR", "CONCEDE", None)}),
]  # fmt: skip


@pytest.mark.parametrize("text, actors, expected", PLACES + LEFT_OUT + CONVENTIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_the_events_of_the_sentence(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


MODALITY = [
    # an accusation covers the attack it names; an attempt made during a visit does not make the visit uncertain
    ("Greece accused Turkey of targeting its islands in a drone attack.", {"Greece": "GRC", "Turkey": "TUR"},
     {("ACCUSE", "asserted"), ("ASSAULT", "hypothetical")}),
    ("The Chilean minister sought to reassure Bolivia during a visit to La Paz.",
     {"The Chilean minister": "CHLGOV", "Bolivia": "BOL"}, {("AGREE", "intended"), ("CONSULT", "asserted")}),
    # "did not meet" is a meeting that did not happen, not a refusal
    ("Abbas did not meet Blinken on Tuesday.", {"Abbas": "PSEGOV", "Blinken": "USAGOV"}, {("CONSULT", "negated")}),
    # a verb that is itself a promise makes what it gives intended
    ("Qatar pledged $500 million to rebuild Gaza.", {"Qatar": "QAT", "Gaza": "PSE"}, {("AGREE", "intended")}),
]  # fmt: skip


@pytest.mark.parametrize("text, actors, expected", MODALITY, ids=lambda v: v if isinstance(v, str) else "")
def test_the_modality_of_each_event(code_text, text, actors, expected):
    assert {(e.plover, e.modality) for e in code_text(text, actors)} == expected


def test_letting_inspectors_in_is_the_event_not_their_visit(code_text):
    events = code_text("Iran let U.N. inspectors visit the plant on Monday.", {"Iran": "IRN", "U.N. inspectors": "IGOUNO"})
    assert {(e.source.code, e.cameo, e.target.code) for e in events} == {("IRN", "0862", "IGOUNO")}
