"""Blocs and their officials, the setting of officials, seats that stand for a bloc, the sides of a conflict."""

import pytest

from .helpers import by_text


@pytest.mark.parametrize("text, words, code", [
    ("European Community foreign ministers met in Lisbon to discuss the Balkans.", "European Community foreign ministers", "IGOEU"),
    ("EEC trade ministers rejected the Japanese offer.", "EEC trade ministers", "IGOEU"),
    ("The Arab League's secretary general urged Libya to hold elections.", "Arab League's secretary general", "IGOARL"),
    ("ASEAN foreign ministers told Myanmar to free its prisoners.", "ASEAN foreign ministers", "IGOASN"),
    ("African Union envoys arrived in Bamako on Monday.", "African Union envoys", "IGOAFU"),
])  # fmt: skip
def test_a_bloc_and_its_officials_are_the_organisation_not_a_member_state(code_text, text, words, code):
    assert by_text(code_text(text, "1991-06-10"))[words][0] == code


@pytest.mark.parametrize("text, words, country", [
    ("Austria expelled three Iranian diplomats after prosecutors accused a man of spying for Tehran.", "prosecutors", "AUT"),
    ("Chile expelled two Peruvian diplomats after police said they had spied for Lima.", "police", "CHL"),
    ("Norway summoned the Russian ambassador after investigators linked a hacker to Moscow; judges froze his assets.", "judges", "NOR"),
])  # fmt: skip
def test_officials_take_the_country_of_the_setting_not_of_a_foreign_name_beside_them(code_text, text, words, country):
    assert by_text(code_text(text, "2021-03-02"))[words][1] == country


def test_brussels_stands_for_the_eu_only_where_eu_bodies_are_in_play(code_text):
    assert by_text(code_text("Brussels warned Warsaw over the court reforms, European Commission officials said."))["Brussels"][0] == "IGOEU"
    assert by_text(code_text("Brussels rejected the Dutch proposal on river tolls."))["Brussels"][0] == "BEL"


def test_the_parties_to_a_conflict_are_its_sides_not_a_political_party(code_text):
    found = by_text(code_text("The warring parties in South Sudan signed a ceasefire in Addis Ababa.", "2018-06-27"))
    assert found["warring parties"] == ("SSD", "SSD", None)
    found = by_text(code_text("The parties to the conflict in Yemen agreed to a prisoner swap.", "2020-09-27"))
    assert found["parties to the conflict"] == ("YEM", "YEM", None)
    assert by_text(code_text("The ruling party won the vote in Ghana.", "2020-12-09"))["ruling party"] == ("GHAPTY", "GHA", "PTY")


@pytest.mark.parametrize("text, words, country", [
    ("Bosnian Serbs shelled the outskirts of the town.", "Bosnian Serbs", "BIH"),
    ("Croatian Serbs voted in a referendum on Sunday.", "Croatian Serbs", "HRV"),
    ("Ethnic Albanians clashed with Macedonian police near Tetovo.", "Albanians", "MKD"),
    ("Ethnic Uzbek militias attacked villages in southern Kyrgyzstan.", "Uzbek militias", "KGZ"),
    ("Ethnic Turks in Sweden protested against the new law.", "Turks", "SWE"),
    ("Ethnic Armenians rallied on Sunday.", "Armenians", "ARM"),  # no other state named: their own
])  # fmt: skip
def test_an_ethnic_group_acting_inside_a_state_is_that_state(code_text, text, words, country):
    assert by_text(code_text(text, "2001-06-05"))[words][1] == country
