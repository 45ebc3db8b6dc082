"""Per-rule figures: events shaped, scored, right and withheld, per rule name."""

from __future__ import annotations

import json
from dataclasses import replace

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluate.rules import rule_figures, rule_lines, shaped_events
from eventwire.evaluate.score import TextResult, Triple, coded_triples

from .test_score import event


def scored_text(gold: set[Triple], events) -> TextResult:
    return TextResult("t", ("r",), frozenset(gold), frozenset(coded_triples(events)), shaped=shaped_events(events))


def test_a_rule_counts_the_events_it_shaped_and_those_that_were_right():
    right = replace(event("PERGOV", "ACCUSE", "BOLGOV"), rules=("code.pattern", "source.subject", "target.object", "modality.asserted"))
    wrong = replace(event("PERGOV", "ACCUSE", "CHLGOV", trigger=5), rules=("code.pattern", "source.subject", "target.prep", "modality.asserted"))
    figures = rule_figures([scored_text({Triple("PER", "ACCUSE", "BOL")}, [right, wrong])])
    assert (figures["code.pattern"].fired, figures["code.pattern"].right) == (2, 1)
    assert figures["code.pattern"].precision == 0.5
    assert (figures["target.object"].scored, figures["target.object"].right) == (1, 1)
    assert (figures["target.prep"].scored, figures["target.prep"].right) == (1, 0)


def test_withheld_events_count_apart_and_say_whether_the_gold_has_their_act():
    denied = replace(event("KENGOV", "ASSAULT", "SOM", modality="negated"), rules=("code.pattern", "modality.negated.negation"))
    maybe = replace(event("KENGOV", "AID", "UGA", modality="hypothetical", trigger=3), rules=("code.pattern", "modality.hypothetical.modal"))
    figures = rule_figures([scored_text({Triple("KEN", "ASSAULT", "SOM")}, [denied, maybe])])
    negation = figures["modality.negated.negation"]
    assert (negation.fired, negation.scored, negation.withheld, negation.withheld_in_gold) == (1, 0, 1, 1)
    speculation = figures["modality.hypothetical.modal"]  # scored, as the reviewers score it, and wrong
    assert (speculation.scored, speculation.right, speculation.withheld) == (1, 0, 0)
    assert figures["code.pattern"].withheld == 1
    table = rule_lines(figures)
    assert table[0].split() == ["rule", "fired", "scored", "right", "prec", "withheld", "in-gold"]
    assert any(line.startswith("modality.negated.negation") and line.split()[4] == "-" for line in table)


GOLD = [{"id": "r1", "text": "Peru expelled two Bolivian diplomats on Monday.", "date": "2021-03-08", "event": "COERCE",
         "source": [{"actorText": "Peru", "code": "PER"}], "target": [{"actorText": "Bolivian", "code": "BOL"}]}]  # fmt: skip


def test_evaluate_prints_per_rule_figures_and_takes_disabled_rules(tmp_path, pipeline):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path), "--rules", "--json"])
    assert result.exit_code == 0, result.output
    rules = json.loads(result.output)["rules"]
    assert rules["source.subject"]["fired"] >= 1 and set(rules["source.subject"]) >= {"fired", "right", "precision"}
    result = CliRunner().invoke(main, ["evaluate", str(path), "--rules", "--disable", "code.pattern"])
    assert result.exit_code == 0 and "code.pattern" not in result.output.split("rule ", 1)[1]


def test_an_unknown_disabled_rule_is_one_line_before_any_coding(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Peru expelled two Bolivian diplomats.", encoding="utf-8")
    for command in (["code", str(path)], ["evaluate", str(path)]):
        result = CliRunner().invoke(main, [*command, "--disable", "target.objekt"])
        assert result.exit_code == 1
        assert result.output.strip().startswith("[E320]") and "target.objekt" in result.output
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
