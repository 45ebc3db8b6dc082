"""The code rewrites table: rows as named rules, the first matching row applies, a strict loader."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.events.ontology import Ontology
from eventwire.events.rewrites import CodeRewrites
from eventwire.events.rules import RuleRegistry
from eventwire.types import Actor

ONTOLOGY = Ontology.packaged()
RULES = RuleRegistry.packaged()
TABLE = CodeRewrites.packaged(ONTOLOGY, RULES)


def actor(code: str, sector: str | None = None) -> Actor:
    return Actor(code=code, country=None if code[:3] in ("IGO", "IMG") else code[:3], sector=sector)


@pytest.mark.parametrize("code, trigger, sources, literal, expected, rule", [
    ("171", "seize", [actor("YEMREB", "REB")], False, "181", "code.rewrite.hijacking"),
    ("171", "seize", [actor("IMGMUS")], False, "181", "code.rewrite.hijacking"),
    ("171", "seize", [actor("YEMREB", "REB"), actor("YEMGOV", "GOV")], False, "171", None),  # not every source
    ("181", "seize", [actor("PHLMIL", "MIL")], True, "1711", "code.rewrite.impounding"),  # PETRARCH codes too
    ("181", "hijack", [actor("PHLMIL", "MIL")], False, "181", None),
    ("190", "storm", [actor("PERCVL", "CVL")], False, "145", "code.rewrite.riot"),
    ("190", "shell", [actor("PERCVL", "CVL")], False, "190", None),
    ("150", "drill", [actor("KOR", None), actor("USA", None)], False, "062", "code.rewrite.together_cooperation"),
    ("150", "drill", [actor("KOR", None), actor("USA", None)], True, "150", None),  # a dictionary's final code
    ("150", "drill", [actor("KORMIL", "MIL"), actor("KORGOV", "GOV")], False, "150", None),  # one country
    ("0863", "open", [actor("EGY"), actor("ISR")], False, "061", "code.rewrite.together_cooperation"),
])  # fmt: skip
def test_the_first_matching_row_rewrites_the_code(code, trigger, sources, literal, expected, rule):
    new, row = TABLE.apply(code, trigger, sources, literal)
    assert new == expected and (row.rule if row else None) == rule


def test_a_disabled_row_is_skipped():
    assert TABLE.apply("190", "storm", [actor("PERCVL", "CVL")], False, {"code.rewrite.riot"}) == ("190", None)
    assert TABLE.apply(None, "storm", [actor("PERCVL", "CVL")], False) == (None, None)


def test_every_row_names_a_declared_rule_and_the_joint_code():
    assert {r.rule for r in TABLE.rows} <= set(RULES.family("code"))
    assert (TABLE.joint_rule, TABLE.joint_code) == ("code.joint_cooperation", "062")


@pytest.mark.parametrize("text, reason", [
    ('[[rewrite]]\nrule = "code.rewrite.riot"\ncodes = ["190"]\nto = "145"\nwhom = ["CVL"]\n[joint]\nrule = "code.joint_cooperation"\ncode = "062"',
     r"\[E332\] t.toml: rewrite 1: .*unknown key 'whom'"),
    ('[[rewrite]]\nrule = "code.rewrite.rampage"\ncodes = ["190"]\nto = "145"\n[joint]\nrule = "code.joint_cooperation"\ncode = "062"',
     r"\[E332\] .*'code.rewrite.rampage' is not a declared code rule"),
    ('[[rewrite]]\nrule = "code.rewrite.riot"\ncodes = ["190"]\nto = "999"\n[joint]\nrule = "code.joint_cooperation"\ncode = "062"',
     r"\[E303\] .*'999'"),
    ('[[rewrite]]\nrule = "code.rewrite.riot"\nto = "145"\n[joint]\nrule = "code.joint_cooperation"\ncode = "062"',
     r"\[E332\] .*needs 'rule', 'to' and 'codes' or 'roots'"),
    ('[[rewrite]]\nrule = "code.rewrite.riot"\ncodes = ["190"]\nto = "145"', r"\[E332\] t.toml: .*one \[joint\] table"),
])  # fmt: skip
def test_a_malformed_table_is_a_coded_error(text, reason):
    with pytest.raises(EventwireError, match=reason):
        CodeRewrites.parse(text, ONTOLOGY, RULES, "t.toml")
