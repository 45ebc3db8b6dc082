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


PHRASE_CASES = [
    ("Thousands of Afghans sought refuge in Pakistan last winter.", {"Afghans": "AFG", "Pakistan": "PAK"}, {("AFG", "REQUEST", "PAK")}),
    ("Norway launched a mediation effort between Colombia and the ELN rebels.", {"Norway": "NOR", "Colombia": "COL", "ELN rebels": "COLREB"},
     {("NOR", "CONSULT", "COL"), ("NOR", "CONSULT", "COLREB")}),
    ("Niger ordered French diplomats out of the country.", {"Niger": "NER", "French diplomats": "FRAGOV"}, {("NER", "SANCTION", "FRAGOV")}),
    ("The junta forced the aid agencies out of the country in May.", {"junta": "MMRMIL", "aid agencies": "NGO"}, {("MMRMIL", "SANCTION", "NGO")}),
]  # fmt: skip


def test_a_titled_name_is_matched_by_its_title(code_text):
    found = code_text("Venezuela released opposition leader Carlos Mendez on Tuesday.", {"Venezuela": "VEN", "Carlos Mendez": "VENOPP"})
    assert triples(found) == {("VEN", "RETREAT", "VENOPP")}


@pytest.mark.parametrize(("text", "actors", "expected"), PHRASE_CASES)
def test_seeking_refuge_mediation_efforts_forcing_out_and_sworn_vows(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


def test_swearing_to_fight_is_a_threat(code_text):
    found = code_text("The militia swore to fight on until Ethiopian troops leave the valley.", {"militia": "SOMREB", "Ethiopian troops": "ETHMIL"})
    assert ("SOMREB", "138", "intended") in {(e.source.code, e.cameo[:3], e.modality) for e in found}


def test_a_month_written_as_a_name_is_a_date_not_a_place_or_a_march(pipeline):
    # "March" is also a town in England, and "march" a protest
    found = events_of(pipeline, "Malian rebels attacked an army base in March.")
    assert found and all(e.plover != "PROTEST" for e in found)
    assert all(e.location is None and (e.target is None or e.target.country != "GBR") for e in found)


def events_of(pipeline, text):
    from eventwire.api import _article
    from eventwire.clean import clean_article

    article = clean_article(_article(text), pipeline.settings)
    sentences = pipeline.parser.parse_many([article])[0]
    actors = pipeline.actors.code_document(article, sentences)
    return pipeline.events.code_document(article, sentences, actors)


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Kuwait cut air links with Iraq after the border clash.", {"Kuwait": "KWT", "Iraq": "IRQ"}, {("KWT", "SANCTION", "IRQ")}),
    ("Sudan restored trade links with Chad.", {"Sudan": "SDN", "Chad": "TCD"}, {("SDN", "SUPPORT", "TCD")}),
    ("Police found links between the gang and a cartel.", {"Police": "MEXCOP"}, set()),
])  # fmt: skip
def test_links_are_ties(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


def test_a_measure_of_matter_stands_for_the_matter(code_text):
    found = code_text("A Qatari charity flew 300 kilograms of medicine to Sudan on Friday.", {"Qatari charity": "QATNGO", "Sudan": "SDN"})
    assert ("QATNGO", "AID", "SDN") in triples(found)


def test_a_vow_read_as_a_purpose_is_still_a_vow(code_text):
    found = code_text("Militia leaders in Ituri have sworn on Sunday to attack the mining towns again.", {"Militia leaders": "CODREB"})
    assert ("CODREB", "138", "intended") in {(e.source.code, e.cameo[:3], e.modality) for e in found}


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("The IAEA sent inspectors to a nuclear site in Iran to check the enrichment work.", {"IAEA": "IGOIAE", "Iran": "IRN"},
     {("IGOIAE", "ACCUSE", "IRN")}),
    ("Pakistani police ordered extra patrols in Lahore after the riots.", {"Pakistani police": "PAKCOP"}, {("PAKCOP", "MOBILIZE", None)}),
])  # fmt: skip
def test_sending_inspectors_investigates_and_more_patrols_raise_police_alert(code_text, text, actors, expected):
    assert expected <= triples(code_text(text, actors))


def test_a_role_in_coordinated_countries_acts_in_each(pipeline):
    found = {(e.source.code, e.plover, e.target.code if e.target else None)
             for e in events_of(pipeline, "Senators in Chile and Argentina rejected the mining treaty with Bolivia on Tuesday.")}
    assert {("CHLLEG", "REJECT", "BOL"), ("ARGLEG", "REJECT", "BOL")} <= found


@pytest.mark.parametrize(("text", "actors", "expected"), [
    # using people as shields assaults them (184); holding them as shields detains them
    ("Rebels in eastern Congo used villagers as human shields during the offensive.",
     {"Rebels": "CODREB", "villagers": "CODCVL"}, {("CODREB", "ASSAULT", "CODCVL")}),
    ("Militants held dozens of Yazidi families as human shields near Mosul.",
     {"Militants": "IRQREB", "Yazidi families": "IRQCVL"}, {("IRQREB", "COERCE", "IRQCVL")}),
    # state vessels stopping boats restrict movement (191); protesters stopping a convoy obstruct it (144)
    ("Chinese coast guard vessels blocked two Philippine supply boats near a disputed shoal.",
     {"Chinese coast guard vessels": "CHNMIL", "Philippine supply boats": "PHL"}, {("CHNMIL", "COERCE", "PHL")}),
    ("Protesters blocked a convoy carrying ballot boxes in Kinshasa.", {"Protesters": "CODCVL"}, {("CODCVL", "PROTEST", "COD")}),
    # a petition drive is dissent
    ("Teachers in Chile launched a petition against the pension reform.", {"Teachers": "CHLEDU"}, {("CHLEDU", "PROTEST", "CHL")}),
    ("The union began collecting signatures for a referendum on the labour code.", {"The union": "SVKLAB"},
     {("SVKLAB", "PROTEST", "SVK")}),  # dissent at home is aimed at its government
])  # fmt: skip
def test_human_shields_blocked_vessels_and_petitions(code_text, text, actors, expected):
    assert expected <= triples(code_text(text, actors))


@pytest.mark.parametrize(("text", "actors", "expected"), [
    # coordinated actors discussing something discuss it with each other
    ("Vietnamese and Cambodian officials discussed border demarcation on Tuesday.",
     {"Vietnamese": "VNMGOV", "Cambodian officials": "KHMGOV"}, {("VNMGOV", "CONSULT", "KHMGOV"), ("KHMGOV", "CONSULT", "VNMGOV")}),
    ("Ministers from Ghana and Togo discussed cross-border smuggling in Lome.",
     {"Ghana": "GHAGOV", "Togo": "TGOGOV"}, {("GHAGOV", "CONSULT", "TGOGOV")}),
])  # fmt: skip
def test_coordinated_actors_discussing_consult_each_other(code_text, text, actors, expected):
    assert expected <= triples(code_text(text, actors))


def test_one_actor_discussing_something_alone_consults_no_one(code_text):
    assert triples(code_text("The Kenyan cabinet discussed the budget on Monday.", {"The Kenyan cabinet": "KENGOV"})) == set()
