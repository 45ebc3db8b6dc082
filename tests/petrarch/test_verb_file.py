"""The verb dictionary parser: synsets, blocks, verb forms, patterns, malformed lines."""

from __future__ import annotations

from eventwire.petrarch.lines import Report
from eventwire.petrarch.verb_file import parse_verbs

VERBS = """\
<!-- a header comment -->
stray line outside a block
&MONEY_   # no plurals for this set
+COPPER COINS
+&METAL
&METAL
+GOLD
+SILVER_

--- DONATE  [070]  ---
DONATE   # the block's verb
HAND_+OVER {HAND_+OVERS HAND_+OVERED}
+PASS_ON [071]
- * &MONEY [073]
- $ NOT_* (TO +) [:0311]
- SAID_* SO FAR [---]
- * [07
- THE * AND * [070]
- * {WAR AID [070]
--- QUARREL  [###] ---
QUARREL {QUARRELS QUARRELLED}
- % * [111:111]  # each with the other
~ a (a b QUARREL) SAY = a b 111
"""


def parse(text=VERBS):
    report = Report("verbs.txt")
    return parse_verbs(text, report), report


def test_synsets_keep_their_phrases_and_plural_rules():
    verbs, _ = parse()
    money, metal = verbs.synsets
    assert money.name == "&money" and [p.words for p in money.phrases] == [("copper", "coins"), ("&metal",)]
    assert not any(p.plural for p in money.phrases)
    assert [(p.words, p.plural) for p in metal.phrases] == [(("gold",), True), (("silver",), False)]


def test_blocks_verbs_and_codes():
    verbs, _ = parse()
    donate, quarrel = verbs.blocks
    assert donate.label == "DONATE" and donate.codes.primary == "070"
    forms = [(v.form.before, v.form.verb, v.form.after) for v in donate.verbs]
    assert forms == [((), "donate", ()), (("hand",), "over", ()), ((), "pass", ("on",))]
    assert donate.verbs[1].forms[1].verb == "overed" and donate.verbs[0].forms is None
    assert donate.verbs[2].codes.primary == "071"
    assert quarrel.codes.primary == "###" and quarrel.verbs[0].forms[1].verb == "quarrelled"
    assert len(verbs.transformations) == 1


def test_patterns_split_at_the_verb_with_role_markers():
    verbs, _ = parse()
    synset, negated, said = verbs.blocks[0].patterns
    assert synset.after[0].words == ("&money",) and synset.codes.primary == "073"
    assert [e.kind for e in negated.before] == ["source"] and negated.prefix == ("not",)
    assert [(e.kind, e.words) for e in negated.after] == [("words", ("to",)), ("target", ())]
    assert negated.codes.primary is None and negated.codes.reverse == "0311"
    assert said.prefix == ("said",) and said.after[0].words == ("so",) and said.codes.null
    assert verbs.blocks[1].patterns[0].before[0].kind == "compound"


def test_malformed_lines_are_reported_with_their_line_and_reading_goes_on():
    verbs, report = parse()
    lines = [p.line() for p in report.problems]
    assert any("verbs.txt:17:" in line and "[code]" in line for line in lines)
    assert any("verbs.txt:18:" in line and "exactly one '*'" in line for line in lines)
    assert any("verbs.txt:19:" in line and "unbalanced" in line for line in lines)
    assert any("verbs.txt:2:" in line and line.startswith("[E701]") for line in lines)
    assert len(verbs.blocks) == 2 and len(verbs.blocks[1].patterns) == 1


def test_the_shared_dictionaries_parse(shared_dir):
    from eventwire.petrarch.lines import read_dictionary_text

    folder = shared_dir / "petrarch2" / "dictionaries"
    cameo, report = parse(read_dictionary_text(folder / "CAMEO.2.0.txt"))
    assert len(cameo.blocks) > 350 and sum(len(b.patterns) for b in cameo.blocks) > 4500
    assert len(report.problems) < 10
    validation, report = parse(read_dictionary_text(folder / "PETR.Validate.verbs.txt"))
    clash = next(b for b in validation.blocks if b.label == "CLASH")
    assert clash.patterns[1].before[0].words == ("most", "certainly", "&negatvauxvrb", "ever")
