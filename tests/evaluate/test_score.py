"""Scoring: triples, mutual acts, modality and the figures."""

from __future__ import annotations

from eventwire.evaluate.gold import GoldActor, GoldRecord
from eventwire.evaluate.report import error_record
from eventwire.evaluate.score import (
    THRESHOLDS, UNSPECIFIED, Scores, TextResult, Triple, coded_triples, curve_thresholds, gold_triples, mutual_pair, threshold_figures,
    triple_matches,
)
from eventwire.types import ActorRef, Event, Trigger


def actor(code: str) -> ActorRef:
    country = None if code.startswith("IGO") else code[:3]
    return ActorRef(code, None, code, country, code[3:] or None, 0, 1)


def event(source: str, plover: str, target: str | None, modality: str = "asserted", trigger: int = 0) -> Event:
    return Event("id", "doc", 0, "s", None, None, actor(source), actor(target) if target else None, "040", "04", 1.0, 1,
                 plover, None, modality, False, None, None, Trigger("t", trigger, trigger + 1), 0.9)  # type: ignore[arg-type]


def record(event_type: str | None, sources: list[str], targets: list[str], text: str = "t") -> GoldRecord:
    return GoldRecord("r", text, None, event_type, tuple(GoldActor(s, s) for s in sources), tuple(GoldActor(t, t) for t in targets))


def result(gold: set[Triple], coded: set[Triple]) -> TextResult:
    return TextResult("t", ("r",), frozenset(gold), frozenset(coded))


def test_compound_gold_expands_to_pairs():
    assert gold_triples([record("SANCTION", ["USA", "GBR"], ["RUS", "BLR"])]) == {
        Triple("USA", "SANCTION", "RUS"), Triple("USA", "SANCTION", "BLR"),
        Triple("GBR", "SANCTION", "RUS"), Triple("GBR", "SANCTION", "BLR")}
    assert gold_triples([record(None, [], [])]) == set()


def test_several_sources_and_no_target_are_a_mutual_act():
    assert gold_triples([record("CONSULT", ["RWA", "COD", "AGO"], [])]) == {
        mutual_pair("RWA", "CONSULT", "COD"), mutual_pair("AGO", "CONSULT", "COD"), mutual_pair("AGO", "CONSULT", "RWA")}
    assert gold_triples([record("ASSAULT", ["IND", "PAK"], [])]) == {Triple("IND", "ASSAULT", "PAK", True)}
    assert gold_triples([record("ACCUSE", ["GBR"], [])]) == {Triple("GBR", "ACCUSE", UNSPECIFIED)}


def test_a_role_the_gold_leaves_empty_takes_any_actor():
    gold = gold_triples([record("PROTEST", ["FRA"], []), record("ASSAULT", [], ["IRQ"])])
    coded = coded_triples([event("FRA", "PROTEST", "FRA"), event("USA", "ASSAULT", "IRQ", trigger=3),
                           event("FRA", "ACCUSE", "DEU", trigger=5)])
    scored = result(gold, coded)
    assert scored.true_gold() == gold
    assert scored.true_coded() == {Triple("FRA", "PROTEST", "FRA"), Triple("USA", "ASSAULT", "IRQ")}


def test_coded_joint_acts_and_both_directions_are_mutual_pairs():
    joint = [event("RWAGOV", "CONSULT", None), event("CODGOV", "CONSULT", None)]
    assert coded_triples(joint) == {mutual_pair("RWA", "CONSULT", "COD")}
    both_ways = [event("IND", "ASSAULT", "PAK"), event("PAK", "ASSAULT", "IND")]
    assert coded_triples(both_ways) == {mutual_pair("IND", "ASSAULT", "PAK")}
    apart = [event("IND", "ASSAULT", "PAK", trigger=0), event("PAK", "ASSAULT", "IND", trigger=5)]
    assert coded_triples(apart) == {Triple("IND", "ASSAULT", "PAK"), Triple("PAK", "ASSAULT", "IND")}
    lone = [event("GBR", "ACCUSE", None, trigger=0), event("FRA", "ACCUSE", None, trigger=5)]
    assert coded_triples(lone) == {Triple("GBR", "ACCUSE", None), Triple("FRA", "ACCUSE", None)}


def test_every_event_but_a_negated_one_counts():
    events = [event("USAGOV", "CONSULT", "CHN"), event("RUS", "ASSAULT", "UKR", "negated"),
              event("IRN", "ASSAULT", None, "hypothetical"), event("JPN", "AGREE", "IND", "future")]
    assert coded_triples(events) == {mutual_pair("USA", "CONSULT", "CHN"), Triple("JPN", "AGREE", "IND"), Triple("IRN", "ASSAULT", None)}


def test_reciprocal_types_match_either_way_and_others_do_not():
    gold = gold_triples([record("CONSULT", ["CHN"], ["USA"]), record("ACCUSE", ["CHN"], ["USA"])])
    coded = coded_triples([event("USA", "CONSULT", "CHN"), event("USA", "ACCUSE", "CHN", trigger=3)])
    scored = result(gold, coded)
    assert scored.true_gold() == {mutual_pair("CHN", "CONSULT", "USA")}
    assert scored.true_coded() == {mutual_pair("CHN", "CONSULT", "USA")}


def test_a_mutual_pair_matches_a_directed_triple_between_the_two():
    gold = gold_triples([record("ASSAULT", ["ARM", "AZE"], [])])
    one_way = result(gold, {Triple("AZE", "ASSAULT", "ARM")})
    assert one_way.correct
    outsider = result(gold, {Triple("AZE", "ASSAULT", "GEO")})
    assert not outsider.true_gold() and not outsider.true_coded()
    directed_gold = result({Triple("ARM", "ASSAULT", "AZE")}, {mutual_pair("ARM", "ASSAULT", "AZE")})
    assert directed_gold.correct
    assert error_record(result(gold, set()))["missed"] == ["ARM <ASSAULT> AZE"]


def test_figures():
    results = [
        TextResult("a", ("1",), frozenset({Triple("USA", "AID", "HTI")}), frozenset({Triple("USA", "AID", "HTI")})),
        TextResult("b", ("2",), frozenset({Triple("RUS", "ASSAULT", "UKR")}), frozenset({Triple("RUS", "ASSAULT", None)})),
        TextResult("c", ("3",), frozenset(), frozenset({Triple("BRA", "ASSAULT", "ARG")}), ("figurative",)),
    ]
    scores = Scores.of(results, records=3)
    overall = scores.overall
    assert (overall.precision, overall.recall) == (1 / 3, 1 / 2)
    assert overall.type_recall == 1.0  # both gold types were found
    assert round(overall.f1, 3) == 0.4
    assert scores.per_type["ASSAULT"].coded == 2 and scores.per_type["ASSAULT"].true_gold == 0
    assert scores.trap_figures() == {"figurative": (1, 0)}


def test_a_role_the_gold_left_open_matches_any_actor():
    open_target = GoldRecord("r", "t", None, "AGREE", (GoldActor("", "ZMB"), GoldActor("", "AGO")), None)
    gold = gold_triples([open_target])
    assert gold == {Triple("ZMB", "AGREE", UNSPECIFIED), Triple("AGO", "AGREE", UNSPECIFIED)}
    coded = coded_triples([event("ZMBGOV", "AGREE", None), event("AGOGOV", "AGREE", None)])  # one trigger: a mutual pair
    assert result(gold, coded).correct
    assert result(gold, {Triple("ZMB", "AGREE", "NAM")}).true_gold() == {Triple("ZMB", "AGREE", UNSPECIFIED)}
    assert not result(gold, {Triple("NAM", "AGREE", "ZMB")}).true_coded()
    named_none = gold_triples([record("AGREE", ["ZMB", "AGO"], [])])  # an empty list: no target, they act on each other
    assert named_none == {mutual_pair("ZMB", "AGREE", "AGO")}


def test_a_bare_organisation_class_matches_any_organisation_of_it():
    assert triple_matches(Triple("IGOARL", "SUPPORT", "KWT"), Triple("IGO", "SUPPORT", "KWT"))
    assert not triple_matches(Triple("NGOAMN", "SUPPORT", "KWT"), Triple("IGO", "SUPPORT", "KWT"))
    assert not triple_matches(Triple("IGOARL", "SUPPORT", "KWT"), Triple("IGOUNO", "SUPPORT", "KWT"))
    assert not triple_matches(Triple(None, "SUPPORT", "KWT"), Triple("IGO", "SUPPORT", "KWT"))


def test_figures_at_confidence_thresholds_keep_only_events_that_sure_enough():
    from dataclasses import replace

    sure, unsure = replace(event("USA", "AID", "HTI"), confidence=0.8), replace(event("RUS", "AID", "UKR", trigger=4), confidence=0.4)
    results = [TextResult("a", ("1",), frozenset({Triple("USA", "AID", "HTI")}), coded_triples([sure, unsure]), events=(sure, unsure))]
    by_threshold = threshold_figures(results, [0.0, 0.5, 0.9])
    assert (by_threshold[0.0].precision, by_threshold[0.0].recall) == (0.5, 1.0)
    assert (by_threshold[0.5].precision, by_threshold[0.5].recall, by_threshold[0.5].coded) == (1.0, 1.0, 1)
    assert (by_threshold[0.9].coded, by_threshold[0.9].recall) == (0, 0.0)
    assert curve_thresholds(results) == sorted({*THRESHOLDS, 0.4, 0.8})
    assert set(Scores.of(results, records=1).by_threshold) == set(THRESHOLDS)
