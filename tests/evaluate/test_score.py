"""Scoring: triples, reciprocity, modality and the figures."""

from __future__ import annotations

from eventwire.evaluate.gold import GoldActor, GoldRecord
from eventwire.evaluate.score import Scores, TextResult, coded_triples, gold_triples
from eventwire.types import ActorRef, Event, Trigger


def actor(code: str) -> ActorRef:
    country = None if code.startswith("IGO") else code[:3]
    return ActorRef(code, None, code, country, code[3:] or None, 0, 1)


def event(source: str, plover: str, target: str | None, modality: str = "asserted") -> Event:
    return Event("id", "doc", 0, "s", None, None, actor(source), actor(target) if target else None, "040", "04", 1.0, 1,
                 plover, None, modality, False, None, None, Trigger("t", 0, 1), 0.9)  # type: ignore[arg-type]


def record(event_type: str | None, sources: list[str], targets: list[str], text: str = "t") -> GoldRecord:
    return GoldRecord("r", text, None, event_type, tuple(GoldActor(s, s) for s in sources), tuple(GoldActor(t, t) for t in targets))


def test_compound_gold_expands_to_pairs():
    assert gold_triples([record("SANCTION", ["USA", "GBR"], ["RUS", "BLR"])]) == {
        ("USA", "SANCTION", "RUS"), ("USA", "SANCTION", "BLR"), ("GBR", "SANCTION", "RUS"), ("GBR", "SANCTION", "BLR")}
    assert gold_triples([record(None, [], [])]) == set()


def test_only_asserted_intended_and_future_events_count():
    events = [event("USAGOV", "CONSULT", "CHN"), event("RUS", "ASSAULT", "UKR", "negated"),
              event("IRN", "ASSAULT", None, "hypothetical"), event("JPN", "AGREE", "IND", "future")]
    assert coded_triples(events) == {("USA", "CONSULT", "CHN"), ("JPN", "AGREE", "IND")}


def test_consult_matches_either_way_and_others_do_not():
    result = TextResult("t", ("r",), frozenset({("CHN", "CONSULT", "USA"), ("CHN", "ACCUSE", "USA")}),
                        frozenset({("USA", "CONSULT", "CHN"), ("USA", "ACCUSE", "CHN")}))
    assert result.true_gold() == {("CHN", "CONSULT", "USA")}
    assert result.true_coded() == {("USA", "CONSULT", "CHN")}


def test_figures():
    results = [
        TextResult("a", ("1",), frozenset({("USA", "AID", "HTI")}), frozenset({("USA", "AID", "HTI")})),
        TextResult("b", ("2",), frozenset({("RUS", "ASSAULT", "UKR")}), frozenset({("RUS", "ASSAULT", None)})),
        TextResult("c", ("3",), frozenset(), frozenset({("BRA", "ASSAULT", "ARG")}), ("figurative",)),
    ]
    scores = Scores.of(results, records=3)
    overall = scores.overall
    assert (overall.precision, overall.recall) == (1 / 3, 1 / 2)
    assert overall.type_recall == 1.0  # both gold types were found
    assert round(overall.f1, 3) == 0.4
    assert scores.per_type["ASSAULT"].coded == 2 and scores.per_type["ASSAULT"].true_gold == 0
    assert scores.trap_figures() == {"figurative": (1, 0)}
