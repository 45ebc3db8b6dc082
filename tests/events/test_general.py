"""The general tier (events/general.py): roles read from plain syntax when no specific rule found them."""

from __future__ import annotations

import pytest

from eventwire.events import general

from .helpers import triples


def test_phrase_tokens_walk_the_act_s_phrases_nearest_first_and_skip_clauses(pipeline):
    doc = pipeline.parser.nlp("Police arrested a leader of the union that organised the march in the capital.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    walked = [t.lower_ for t, _ in general.phrase_tokens(arrested)]
    assert walked.index("leader") < walked.index("union")
    assert "organised" not in walked and "march" not in walked  # the relative clause is another act


def test_phrase_tokens_tell_the_preposition_that_leads_to_a_word(pipeline):
    doc = pipeline.parser.nlp("The army imposed a curfew in Kandy on Monday.")
    imposed = next(t for t in doc if t.lower_ == "imposed")
    led = {t.lower_: prep for t, prep in general.phrase_tokens(imposed)}
    assert led.get("kandy") == "in" and "monday" not in led  # times are never targets


def test_main_clause_verbs(pipeline):
    doc = pipeline.parser.nlp("Officials said rebels attacked a convoy that carried food, and the army responded.")
    word = {t.lower_: t for t in doc}
    assert general.in_main_clause(word["attacked"]) and general.in_main_clause(word["responded"])
    assert not general.in_main_clause(word["carried"])


CASES = [
    # the nearest actor in the act's own phrases: the object's prepositional phrase
    ("Ecuador granted political asylum to two Colombian journalists on Monday.",
     {"Ecuador": "ECU", "Colombian journalists": "COLMED"}, {("ECU", "AID", "COLMED")}),
    # a place the act happens in names its target only for acts whose scene is their target
    ("Armenia lifted the state of emergency in Nagorno-Karabakh.", {"Armenia": "ARM", "Nagorno-Karabakh": "AZE"},
     {("ARM", "CONCEDE", "AZE")}),
    ("Serbian and Hungarian ministers held talks in Vienna on Friday.", {"Serbian": "SRB", "Hungarian": "HUN", "Vienna": "AUT"},
     {("SRB", "CONSULT", "HUN"), ("HUN", "CONSULT", "SRB")}),
    # protests, repression and concessions by non-state actors naming no one are aimed at their own country
    ("Bus drivers in Lagos went on strike on Monday.", {"Bus drivers": "NGALAB", "Lagos": "NGA"}, {("NGALAB", "PROTEST", "NGA")}),
    ("Farmers in Punjab have blocked the main highways since Monday.", {"Farmers": "INDAGR", "Punjab": "IND"},
     {("INDAGR", "PROTEST", "IND")}),
    # ... but a state acting at home names no other party
    ("Mongolia lifted its curfew on Sunday.", {"Mongolia": "MNG"}, {("MNG", "CONCEDE", None)}),
    # force no one is named for: unidentified forces of the country where it happened
    ("A roadside bomb near Kandahar killed four Afghan police officers on Tuesday.",
     {"Afghan police officers": "AFGCOP"}, {("AFGUAF", "ASSAULT", "AFGCOP")}),
    ("Two soldiers were killed when gunmen opened fire at a checkpoint, the army said.", {"soldiers": "---"}, set()),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_general_tier(code_text, text, actors, expected):
    assert triples(code_text(text, {k: v for k, v in actors.items() if v != "---"})) == expected


def test_general_rules_are_named(code_text):
    (event,) = code_text("Bus drivers in Lagos went on strike on Monday.", {"Bus drivers": "NGALAB", "Lagos": "NGA"})
    assert "target.general.own_country" in event.rules
    (event,) = code_text("A roadside bomb near Kandahar killed four Afghan police officers on Tuesday.",
                         {"Afghan police officers": "AFGCOP"})
    assert "source.general.unattributed" in event.rules and event.source.sector == "UAF"
