"""Organisations no dictionary lists, read from their head word (actors/unlisted.py)."""

import pytest

from eventwire.actors.unlisted import load_organisation_words, packaged_words

from .helpers import assert_rejected, by_text

HEADER = "word\tkind\tsector\talone\tflags\n"


def test_the_packaged_words_load():
    words = packaged_words()
    assert words.heads["association"].alone == "NGO"
    assert words.heads["party"].sector == "PTY" and words.heads["party"].alone == "context"
    assert words.heads["centre"].site and not words.heads["committee"].site
    assert words.state["parliamentary"] == "LEG"
    assert words.international["intergovernmental"] == "IGO"


@pytest.mark.parametrize("text, code", [
    ("word\tkind\tcolour\nguild\thead\tred\n", "E204"),
    (HEADER + "guild\tclub\t\tNGO\n", "E201"),
    (HEADER + "guild\thead\t\tsomewhere\n", "E201"),
    (HEADER + "guild\thead\tngo\tNGO\n", "E201"),
    (HEADER + "guild\thead\t\tNGO\tbig\n", "E207"),
    (HEADER + "senatorial\tstate\t\t\n", "E201"),
])  # fmt: skip
def test_the_loader_is_strict(text, code):
    assert_rejected(load_organisation_words, text, code)


NAMED, ROLE = "organisation-words.tsv:unlisted", "agent:unlisted"


@pytest.mark.parametrize("text, words, code, rule", [
    # a country word inside the name or possessing it gives the country, the head the sector
    ("The Malian Herders' Association accused the army of burning villages.", "Malian Herders' Association", "MLINGO", NAMED),
    ("Ghana's Cocoa Growers Association protested against the new price.", "Ghana's Cocoa Growers Association", "GHANGO", NAMED),
    ("The Chilean Copper Miners Union called off its strike.", "Chilean Copper Miners Union", "CHLLAB", NAMED),
    # no country word: an international or non-governmental organisation
    ("The Association of Coastal Fishermen urged Senegal to ban foreign trawlers.", "Association of Coastal Fishermen", "NGO", NAMED),
    ("The Lakeside Water Rights Forum criticised Uganda over the dam.", "Lakeside Water Rights Forum", "NGO", NAMED),
    ("The International Tribunal for Fisheries Disputes fined Ecuador.", "International Tribunal for Fisheries Disputes", "NGO", NAMED),
    # an acronym in brackets bounds the head alone
    ("The Committee (CFRN) asked Niger to free the reporters.", "Committee", "NGO", NAMED),
    # a national body takes the country of its context
    ("The Green Renewal Party won seats in Zambia's parliament.", "Green Renewal Party", "ZMBPTY", ROLE),
    ("The Parliamentary Oversight Committee questioned Botswana's police chief.", "Parliamentary Oversight Committee", "BWALEG", ROLE),
    # a country qualifying the name across role words gives its country
    ("Chad's rebel Sahel Liberation Council seized the town of Faya.", "Chad's rebel Sahel Liberation Council", "TCDREB", "countries.tsv"),
    ("The Bolivian opposition Highland Unity Movement rejected the count.", "Bolivian opposition Highland Unity Movement", "BOLOPP", "countries.tsv"),
])  # fmt: skip
def test_an_unlisted_organisation_is_an_actor(code_text, text, words, code, rule):
    found = {m.text: m for _, m in code_text(text)}
    assert found[words].actor.code == code
    assert found[words].rule.startswith(rule) and "unlisted" in found[words].rule


def test_names_are_read_without_a_parse(code_text):
    assert by_text(code_text("The Malian Herders' Association accused the army.", parse=False))["Malian Herders' Association"][0] == "MLINGO"


@pytest.mark.parametrize("text", [
    "Council workers cleared the streets of Accra on Sunday.",  # a sentence start and the head alone
    "Farmers Association Leaders Reject New Grain Tax In Nairobi",  # a headline
    "Talks were held at the Blue Nile Peace Centre in Khartoum.",  # a site after a preposition of place
    "The Senate Ethics Committee censured the senator from Ohio.",  # a state body's role word inside
    "Minister Okafor told the Board that Nigeria would pay.",  # a title is no part of the name
])  # fmt: skip
def test_no_organisation_is_made_up(code_text, text):
    assert not [m for _, m in code_text(text) if m.rule.startswith((NAMED, ROLE))]


def test_a_listed_organisation_keeps_its_code(code_text):
    found = by_text(code_text("The African Union Commission urged both sides to stop fighting."))
    assert [code for code, _, _ in found.values()] == ["IGOAFU"]
