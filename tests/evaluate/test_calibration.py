"""Fitting the confidence table: smoothed precision per signature, reliability, folds by text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.evaluate.calibration import (
    Observation, calibration_error, fit, folds, held_out, observations, reliability, table_of, table_text,
)  # fmt: skip
from eventwire.evaluate.rules import shaped_events
from eventwire.evaluate.score import TextResult, Triple, coded_triples
from eventwire.events.confidence import ConfidenceTable

from .test_score import event

OBJECT = ("code.pattern", "source.subject", "target.object", "modality.asserted")
PREP = ("code.pattern", "source.subject", "target.prep", "modality.asserted")
RARE = ("code.frame.agree", "source.subject", "target.prep", "modality.asserted")


def data() -> list[Observation]:
    many = [Observation(OBJECT, n % 10 != 0, f"o{n}") for n in range(40)]  # 36 of 40 right
    some = [Observation(PREP, n % 2 == 0, f"p{n}") for n in range(20)]  # 10 of 20 right
    return many + some + [Observation(RARE, True, "r1"), Observation(RARE, True, "r2")]


def test_every_event_group_gets_its_smoothed_precision():
    entries = {(e.level, e.signature): e for e in fit(data(), prior_strength=5, min_events=5)}
    everything = entries[("all", "*")]
    assert (everything.events, everything.right, everything.confidence) == (62, 48, round(49 / 64, 3))
    asserted = entries[("modality", "modality.asserted")].confidence
    assert asserted == round((48 + 5 * 49 / 64) / (62 + 5), 3)
    assert entries[("rules", " ".join(OBJECT))].confidence > 0.85  # seen often: speaks for itself
    assert 0.5 < entries[("rules", " ".join(PREP))].confidence < asserted  # pulled a little toward its parent
    assert ("rules", " ".join(RARE)) not in entries  # seen twice: takes its coarser group
    table = table_of(fit(data(), 5, 5))
    assert table.confidence(RARE) == table.confidence(("code.x", "source.subject", "target.prep", "modality.asserted"))


def test_the_table_text_round_trips_with_its_header():
    entries = fit(data(), 5, 5)
    text = table_text(entries, ["made for a test"])
    assert text.startswith("# made for a test\nlevel\tsignature\tevents\tright\tconfidence\n")
    assert ConfidenceTable.parse(text).entries == table_of(entries).entries


def test_reliability_bins_compare_mean_confidence_with_precision():
    bins = reliability([(0.95, True), (0.92, True), (0.91, False), (0.3, False), (0.35, True)])
    assert [(b.low, b.events) for b in bins] == [(0.2, 2), (0.9, 3)]
    assert bins[1].mean_confidence == pytest.approx(0.9266, abs=1e-3) and bins[1].precision == pytest.approx(2 / 3)
    assert calibration_error(bins) == pytest.approx((2 * abs(0.325 - 0.5) + 3 * abs(0.92667 - 2 / 3)) / 5, abs=1e-3)


def test_folds_keep_a_text_together_and_every_event_is_held_out_once():
    items = data() + [Observation(PREP, False, "o1")]  # a second event of text o1
    for fitting, testing in folds(items, k=5):
        assert {o.text for o in fitting}.isdisjoint({o.text for o in testing})
    assert len(held_out(items, 5, 5)) == len(items)


def test_observations_say_whether_each_event_was_right():
    right = replace(event("PERGOV", "ACCUSE", "BOLGOV"), rules=OBJECT)
    wrong = replace(event("PERGOV", "ACCUSE", "CHLGOV", trigger=5), rules=PREP)
    denied = replace(event("KENGOV", "ASSAULT", "SOM", modality="negated", trigger=8), rules=("code.pattern", "source.subject", "target.object", "modality.negated.negation"))
    maybe = replace(event("KENGOV", "AID", "UGA", modality="hypothetical", trigger=9), rules=("code.pattern", "source.subject", "target.object", "modality.hypothetical.modal"))
    events = [right, wrong, denied, maybe]
    gold = frozenset({Triple("PER", "ACCUSE", "BOL"), Triple("KEN", "ASSAULT", "SOM")})
    result = TextResult("t", ("r",), gold, frozenset(coded_triples(events)), shaped=shaped_events(events))
    # the denial was of a real act; the speculation is a claim the gold does not hold
    assert [o.right for o in observations([result])] == [True, False, False, False]
