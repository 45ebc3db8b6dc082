"""Statements of obligation, conditional offers and statement nouns: events of what actors say."""

from __future__ import annotations

import pytest

from .helpers import triples

CASES = [
    # "X said Y must ...": X demands it of Y, also for acts no pattern knows
    ("The African Union said Sudan's army must guarantee the safety of civilians in El Fasher.",
     {"The African Union": "IGOAFU", "Sudan's army": "SDNMIL"}, {("IGOAFU", "REQUEST", "SDNMIL")}),
    ("Norway said both sides should return to the table before the winter.", {"Norway": "NOR"}, set()),
    ("Ghana's president said Togo should not worry about the new border posts.", {"Ghana's president": "GHAGOV", "Togo": "TGO"}, set()),
    # an act its actor announces on a condition: cooperation is an offer, force a threat
    ("Venezuela's foreign minister said he would meet his Guyanese counterpart if the talks were held in a neutral country.",
     {"Venezuela's foreign minister": "VENGOV", "Guyanese counterpart": "GUYGOV"}, {("VENGOV", "AGREE", "GUYGOV")}),
    # the condition itself is not an act said to depend on one
    ("The opposition said it would boycott the vote unless the election commission was replaced.",
     {"The opposition": "ZMBOPP", "election commission": "ZMBGOV"}, {("ZMBOPP", "THREATEN", "ZMB")}),
    # a statement noun stands for whoever issued it
    ("Hamas issued a statement demanding that Egypt keep the Rafah crossing open.",
     {"Hamas": "PSEREB", "Egypt": "EGY"}, {("PSEREB", "REQUEST", "EGY")}),
    # a demand noun whose "that" clause the parser hung on the verb; "its" demand is the verb's subject's
    ("Human Rights Watch renewed its demand on Tuesday that Egypt release the detained journalists.",
     {"Human Rights Watch": "NGOHRW", "Egypt": "EGY"}, {("NGOHRW", "REQUEST", "EGY")}),
    # a pronoun in what a protest says is no reason to look no further for its target
    ("Opposition supporters rallied in Harare against President Mnangagwa, saying he had rigged the vote.",
     {"Opposition supporters": "ZWEOPP", "President Mnangagwa": "ZWEGOV"}, {("ZWEOPP", "PROTEST", "ZWEGOV")}),
    # a verb coordinated with a passive shares its subject, not its agent
    ("The deputy minister was charged with fraud by prosecutors and will resign, his lawyer said.",
     {"The deputy minister": "KENGOV", "prosecutors": "KENJUD"}, {("KENJUD", "ACCUSE", "KENGOV"), ("KENGOV", "CONCEDE", "KEN")}),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_statements(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == expected


def test_an_obligation_statement_names_its_rules(code_text):
    (event,) = code_text(CASES[0][0], CASES[0][1])
    assert event.cameo == "100" and event.rules == ("code.obligation_statement", "source.speaker", "target.obliged",
                                                    "modality.asserted.obligation")
    assert event.trigger.text == "must guarantee"
