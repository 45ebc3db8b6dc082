"""Each extractor of the role policy on small sentences: the phrase heads it finds, and their rule names."""

from __future__ import annotations

import pytest

from eventwire.events.extractors import SOURCE_EXTRACTORS, TARGET_EXTRACTORS
from eventwire.events.policy import RolePolicy
from eventwire.events.predicates import find_predicates
from eventwire.events.rules import RuleRegistry
from eventwire.events.targets import FALLBACK_EXTRACTORS


@pytest.fixture(scope="module")
def act(pipeline):
    """The act (composite) of ``text`` whose outermost trigger is ``trigger``, with its parse."""
    coder = pipeline.events

    def find(text: str, trigger: str):
        doc = pipeline.parser.nlp(text)
        composites = coder.filters.keep(doc, coder.composer.compose(doc, find_predicates(doc, coder.patterns)))
        return coder.roles, doc, next(c for c in composites if doc[c.top.head].text == trigger)

    return find


def heads(doc, found) -> list[tuple[str, str]]:
    return [(doc[h.i].text, h.rule) for h in found]


def groups(doc, found) -> list[list[tuple[str, str]]]:
    return [heads(doc, g) for g in found if g]


@pytest.mark.parametrize("name, text, trigger, expected", [
    ("slots", "Kenya greeted the Somali president in Nairobi.", "greeted", [("president", "source.slot")]),
    ("clause_subject", "Peru expelled two Bolivian diplomats on Monday.", "expelled", [("Peru", "source.subject")]),
    ("clause_subject", "Two Kenyan fishermen were detained by Ugandan police.", "detained", [("police", "source.passive_agent")]),
    ("clause_subject", "Kenya's accusation that Uganda armed the rebels angered Nairobi.", "accusation", [("Kenya", "source.noun_agent")]),
    ("clause_subject", "Kenya greeted the Somali president in Nairobi.", "greeted", []),  # the subject is the target slot
    ("governing_clause", "Israel retaliated with air strikes on Lebanon.", "strikes", [("Israel", "source.noun_sources")]),
    ("governing_clause", "A rocket attack killed two Israeli soldiers.", "attack", [("attack", "source.noun_modifier")]),
    ("coagents", "The rebels joined Sudan in attacking the camp.", "joined", [("Sudan", "source.coagent")]),
    ("alongside", "Syrian troops fought alongside Russian forces near Aleppo.", "fought", [("forces", "source.alongside")]),
])  # fmt: skip
def test_source_extractors(act, name, text, trigger, expected):
    finder, doc, composite = act(text, trigger)
    assert heads(doc, SOURCE_EXTRACTORS[name](finder, doc, composite)) == expected


@pytest.mark.parametrize("name, text, trigger, expected", [
    ("slots", "Kenya greeted the Somali president in Nairobi.", "greeted", [[("Kenya", "target.slot")]]),
    ("rebuffed_proposer", "Serbia rebuffed an appeal from the Council to withdraw its troops.", "rebuffed",
     [[("Council", "target.proposer")]]),
    ("aimed_act", "Japan joined Australia in accusing China of hacking.", "joined", [[("China", "target.object")]]),
    ("aimed_act", "The rebels joined Sudan in attacking the camp.", "joined", []),
    ("aimed_act", "Turkey demanded that its NATO allies refuse to arm Kurdish militias.", "demanded", []),  # who must refuse: the demand's
    ("drawn_by", "The raid drew condemnation from Turkey.", "condemnation", [[("raid", "target.drawn_by")]]),
    ("embedded_proposer", "Serbia rebuffed an appeal from the Council to withdraw its troops.", "rebuffed",
     [[("appeal", "target.proposer"), ("Council", "target.proposer")]]),
    ("frame_targets", "Norway urged Iran to release the prisoners.", "urged", [[("Iran", "target.object")]]),
    ("agreed_with", "Ghana agreed with Togo to reopen the border.", "agreed", [[("Togo", "target.agreed_with")]]),
    ("offer_owner", "Chile rejected Peru's proposal for talks.", "rejected", [[("Peru", "target.offer_owner")]]),
    ("offer_proposer", "Mali accepted an invitation from Senegal to attend the summit.", "accepted", [[("Senegal", "target.proposer")]]),
    ("who_must_act", "Canada demanded that Venezuela free the activists.", "demanded", [[("Venezuela", "target.who_must_act")]]),
    ("who_must_act_in_embedded", "Canada demanded that Venezuela free the activists.", "demanded",
     [[("Venezuela", "target.who_must_act")]]),
    ("who_must_act_in_complement", "Canada demanded that Venezuela free the activists.", "demanded",
     [[("Venezuela", "target.who_must_act")]]),
    ("predicates", "Norway urged Iran to release the prisoners.", "urged",
     [[("prisoners", "target.object")], [("Iran", "target.object")]]),
    ("embedded_predicates", "Norway urged Iran to release the prisoners.", "urged", [[("prisoners", "target.object")]]),
    ("top_targets", "The United States approved financing for Ukraine.", "approved", [[("Ukraine", "target.object_prep")]]),
    ("top_default_targets", "Peru expelled two Bolivian diplomats on Monday.", "expelled", [[("diplomats", "target.object")]]),
    ("plan_proposer", "Jordan endorsed a plan put forward by Egypt.", "endorsed", [[("Egypt", "target.plan_proposer")]]),
    ("participants", "Egypt and Qatar welcomed a truce brokered by Algeria.", "brokered", [[("Egypt", "target.participants")]]),
    ("complement_targets", "Canada demanded that Venezuela free the activists.", "demanded", [[("activists", "target.object")]]),
    ("addressee", "Putin's letter to Macron praised France.", "praised", [[("Macron", "target.addressee")]]),
    ("accused_in_clause", "Kenya's accusation that Uganda armed the rebels angered Nairobi.", "accusation",
     [[("Uganda", "target.accused_in_clause")]]),
    ("apology_victim", "Germany apologised for the killing of Namibian civilians.", "apologised",
     [[("civilians", "target.apology_victim")]]),
    ("presser", "Hungary would not join the sanctions despite pressure from Brussels.", "join", [[("Brussels", "target.presser")]]),
    ("conditioned", "Russia threatened to cut gas supplies if Moldova joined the alliance.", "threatened",
     [[("Moldova", "target.conditioned")]]),
    ("conditioned", "Turkey warned Greece that it would retaliate if it sent troops.", "warned", []),
    ("conditioned_pronoun", "Turkey warned Greece that it would retaliate if it sent troops.", "warned", [[("it", "target.conditioned")]]),
    ("avenged_doer", "A Saudi strike killed a commander, and Iran vowed revenge.", "vowed", [[("strike", "target.avenged_doer")]]),
    ("avenged_blamed", "A Saudi strike killed a commander, and Iran vowed revenge.", "vowed", [[("commander", "target.avenged_blamed")]]),
    ("protest_aim", "Farmers blocked roads to protest against a law proposed by the government.", "blocked",
     [[("government", "target.protest_aim"), ("law", "target.protest_aim")]]),
    ("beneficiary", "Japan gave $50 million to help Jordan care for refugees.", "gave", [[("Jordan", "target.beneficiary")]]),
    ("provoker", "Troops shelled the town, angering Armenia, which recalled its envoy.", "recalled", [[("Troops", "target.provoker")]]),
    ("purpose_object", "Russian forces fought to drive Ukrainian units out of the village.", "fought",
     [[("units", "target.purpose_object")]]),
    ("casualty", "A rocket attack killed two Israeli soldiers.", "attack", [[("soldiers", "target.casualty")]]),
])  # fmt: skip
def test_target_extractors(act, name, text, trigger, expected):
    finder, doc, composite = act(text, trigger)
    assert groups(doc, TARGET_EXTRACTORS[name](finder, doc, composite)) == expected


def test_a_disabled_rule_makes_its_extractor_offer_nothing(act, settings):
    from eventwire.events.roles import RoleFinder

    finder, doc, composite = act("Norway urged Iran to release the prisoners.", "urged")
    quiet = RoleFinder(finder.lexicon, frozenset({"target.object"}), finder.policy)
    assert groups(doc, TARGET_EXTRACTORS["frame_targets"](quiet, doc, composite)) == []


def test_every_extractor_is_tested_or_used_by_the_policy_and_names_declared_rules():
    policy = RolePolicy.packaged()
    used = {s.name for order in policy.frames.values() for s in order} | {s.name for s in (*policy.start, *policy.before_frame, *policy.after_middle)}
    used |= {s.name for parts in policy.families.values() for order in parts.values() for s in order}
    assert set(TARGET_EXTRACTORS) == used
    assert set(SOURCE_EXTRACTORS) == {*policy.sources.order, *policy.sources.also, *policy.sources.also_with_own}
    assert set(FALLBACK_EXTRACTORS) == {name for row in policy.fallback_rows for step in row.steps for name in step}
    assert RuleRegistry.packaged().family("target")  # the names extractors give are checked in test_rules


@pytest.mark.parametrize("text, actors, rule", [
    ("The Thai foreign minister arrived in Hanoi on Monday.", {"Thai foreign minister": "THAGOV"}, "target.place"),
    ("Beijing pledged to develop China-Laos relations.", {"Beijing": "CHN", "Laos": "LAO"}, "target.modifier"),
    ("Tunisia demanded an end to Libyan smuggling.", {"Tunisia": "TUN", "Libyan": "LBY"}, "target.object_phrase_country"),
    ("Guatemalan prosecutors arrested Jose Ruben Zamora on Friday.", {"Guatemalan prosecutors": "GTMJUD"}, "target.domestic"),
    ("Russian jets bombed several villages in Syria.", {"Russian jets": "RUSMIL"}, "target.scene"),
    ("Kenya dropped the charges after talks with Somalia.", {"Kenya": "KEN", "Somalia": "SOM"}, "target.conceded_to"),
])  # fmt: skip
def test_fallback_extractors_give_the_target_when_no_phrase_names_an_actor(code_text, text, actors, rule):
    events = code_text(text, actors)
    assert events and rule in events[0].rules, [e.rules for e in events]
