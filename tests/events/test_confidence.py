"""Calibrated confidence: the table's strict loader, the lookup by signature, and a stale table."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.events.confidence import ConfidenceTable, signatures
from eventwire.events.rules import RuleRegistry

RULES = ("code.pattern", "code.refusal", "source.subject", "target.object", "modality.asserted.refusal")
TABLE = """# a small table written for these tests
level\tsignature\tevents\tright\tconfidence
all\t*\t100\t60\t0.600
modality\tmodality.asserted\t80\t56\t0.690
target\ttarget.object modality.asserted\t40\t32\t0.790
roles\tsource.subject target.object modality.asserted\t30\t27\t0.880
rules\tcode.pattern source.subject target.object modality.asserted\t20\t19\t0.920
"""


def test_signatures_keep_less_at_each_level():
    assert signatures(RULES) == {
        "rules": " ".join(RULES),
        "roles": "source.subject target.object modality.asserted.refusal",
        "target": "target.object modality.asserted.refusal",
        "modality": "modality.asserted.refusal",
        "all": "*",
    }


@pytest.mark.parametrize(("rules", "expected"), [
    (("code.pattern", "source.subject", "target.object", "modality.asserted"), 0.92),
    (("code.frame.agree", "source.subject", "target.object", "modality.asserted"), 0.88),  # backs off to its roles
    (("code.pattern", "source.speaker", "target.object", "modality.asserted"), 0.79),
    (("code.pattern", "source.speaker", "target.prep", "modality.asserted"), 0.69),
    (("code.pattern", "source.speaker", "target.prep", "modality.negated.negation"), 0.6),  # nothing finer: every event
])  # fmt: skip
def test_an_event_takes_its_finest_signature_in_the_table(rules, expected):
    assert ConfidenceTable.parse(TABLE).confidence(rules) == expected


@pytest.mark.parametrize(("change", "reason"), [
    (lambda t: t.replace("level\tsignature", "level\tsig"), "first line"),
    (lambda t: t.replace("all\t*\t100\t60\t0.600\n", ""), "'all *'"),
    (lambda t: t.replace("modality\tmodality.asserted", "modal\tmodality.asserted"), "unknown level"),
    (lambda t: t.replace("0.690", "1.690"), "from 0 to 1"),
    (lambda t: t.replace("\t80\t56", "\t80\tmany"), "whole numbers"),
    (lambda t: t.replace("\t80\t56", "\t50\t56"), "at most events"),
    (lambda t: t.replace("roles\tsource.subject", "roles\tcode.pattern source.subject"), "not a signature"),
    (lambda t: t.replace("modality\tmodality.asserted", "modality\ttarget.object"), "not a signature"),
    (lambda t: t + "target\ttarget.object modality.asserted\t40\t32\t0.790\n", "twice"),
    (lambda t: t + "all\t*\t1\n", "cells"),
])  # fmt: skip
def test_the_loader_is_strict(change, reason):
    with pytest.raises(EventwireError) as error:
        ConfidenceTable.parse(change(TABLE), "confidence.tsv")
    assert error.value.code == "E322" and reason in error.value.line() and "confidence.tsv" in error.value.line()


def test_the_packaged_table_is_not_stale_and_says_how_it_was_made():
    """Fails when the table names a rule the coder no longer has: regenerate it with
    `python scripts/calibrate_confidence.py` (figures that merely shift do not fail here)."""
    from importlib import resources

    table = ConfidenceTable.packaged()
    gone = sorted(table.rule_names() - set(RuleRegistry.packaged().descriptions))
    assert not gone, f"data/confidence.tsv names rules that no longer exist: {gone}; run python scripts/calibrate_confidence.py"
    text = resources.files("eventwire.data").joinpath("confidence.tsv").read_text("utf-8")
    assert "python scripts/calibrate_confidence.py" in text.split("\nlevel\t")[0]
    assert len(table.entries) > 20  # a real table, not only the row of every event


def test_coded_events_carry_the_confidence_of_their_rules(pipeline):
    from eventwire.types import Article

    result = pipeline.code_article(Article(origin="c.txt", text="Kenya sent troops to Somalia. Chile may recall its ambassador from Peru."))
    table = ConfidenceTable.packaged()
    assert result.events and all(e.confidence == table.confidence(e.rules) for e in result.events)
