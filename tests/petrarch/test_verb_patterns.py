"""PETRARCH verbs as the event coder's Patterns, and how the shared matcher reads them."""

from __future__ import annotations

from eventwire.events.inflect import Inflector
from eventwire.events.predicates import find_predicates
from eventwire.petrarch.lines import Report
from eventwire.petrarch.verb_file import parse_verbs
from eventwire.petrarch.verb_patterns import split_word, verb_pattern_set

from .conftest import code

VERBS = """\
&ARMS
+RIFLE
+ARMORED_VEHICLE_
--- DELIVER [070] ---
DELIVER {DELIVERS DELIVERING}
+HAND_OVER [071]
- * &ARMS [072]
- * HEAVY &ARMS (TO +) [073]
- $ * (FROM +) [:074]
- * &UNDEFINED [075]
--- DELIVERED [080] ---
DELIVERED
- NEVER_* [---]
--- TALK [---] ---
TALK
- % * [040:040]
"""


def pattern_set(text=VERBS, require_dyad=True):
    report = Report("v.txt")
    return verb_pattern_set(parse_verbs(text, report), "v.txt", report, Inflector.packaged(), require_dyad), report


def test_words_are_split_as_spacy_splits_them():
    assert split_word("didn't") == ("did", "n't") and split_word("peace-keeping") == ("peace", "-", "keeping")
    assert split_word("anti-") == ("anti-",)


def test_verbs_become_patterns_indexed_by_their_forms():
    patterns, report = pattern_set()
    ship = patterns.candidates("verb", "delivers")
    assert ship and all("delivers" in p.forms and p.literal and p.needs_target for p in ship)
    assert [p.code for p in ship][-1] == "070"  # the verb alone is tried last
    # "delivered" is listed by its own block, so the DELIVER block gives it up
    assert {p.code for p in patterns.candidates("verb", "delivered")} == {None, "080"}
    hand = [p for p in patterns.candidates("verb", "handed") if p.particle == "over"]
    assert hand and hand[-1].code == "071"
    assert "E704" in report.problems[0].line() and "&UNDEFINED" in report.problems[0].line()


def test_patterns_keep_word_order_roles_synsets_and_codes():
    patterns, _ = pattern_set()
    ship = patterns.candidates("verb", "deliver")
    heavy = next(p for p in ship if p.code == "073")
    assert [(c.side, c.role) for c in heavy.constraints] == [("after", None), ("after", None), ("after", None), ("after", "target")]
    arms = heavy.constraints[1].phrases
    assert ("rifle",) in arms and ("rifles",) in arms and ("armored", "vehicle") in arms and ("armored", "vehicles") not in arms
    reverse = next(p for p in ship if p.reverse_code == "074")
    assert reverse.code is None and [c.role for c in reverse.constraints] == ["source", None, "target"]
    assert ship.index(heavy) < ship.index(next(p for p in ship if p.code == "072"))  # longer first
    talk = patterns.candidates("verb", "talked")[0]
    assert talk.mutual and talk.code == talk.reverse_code == "040"


def test_the_shared_matcher_reads_word_order(pipeline):
    patterns, _ = pattern_set()
    nlp = pipeline.parser.nlp

    def codes(text):
        return [p.code for p in find_predicates(nlp(text), patterns)]

    assert codes("The army delivered rifles to the rebels.") == ["080"]  # DELIVERED's own block
    assert codes("The army delivers heavy rifles to the rebels.") == ["073"]
    assert codes("The army delivers rifles to the rebels.") == ["072"]
    assert codes("The army never delivered rifles.") == [None]


def test_literal_codes_reverse_acts_and_mutual_pairs(small_pipeline):
    assert code(small_pipeline, "Valdoria pledged two million dollars to Kestor on Monday.") == [("VLD", "KST", "071")]
    assert sorted(code(small_pipeline, "Valdoria and Kestor agree that the border must stay open.")) == [
        ("KST", "VLD", "030"), ("VLD", "KST", "030")]  # fmt: skip
    visit = code(small_pipeline, "The Valdorian foreign minister left for Kestor.")
    assert sorted(visit) == [("KST", "VLDGOVFRM", "043"), ("VLDGOVFRM", "KST", "042")]
    assert code(small_pipeline, "Valdoria will leave Kestor.") == []  # LEAVE is not LEFT
    assert code(small_pipeline, "Valdoria did not attack Kestor.") == []  # null code


def test_require_dyad(coding_with, small_dir):
    assert code(coding_with([small_dir]), "Valdoria attacked at dawn.") == []
    assert code(coding_with([small_dir], **{"dictionaries.require_dyad": False}), "Valdoria attacked at dawn.") == [("VLD", None, "190")]
