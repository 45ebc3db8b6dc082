"""The role policy file: a strict loader, and the order it gives per frame and CAMEO family."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.events.frames import Composite
from eventwire.events.patterns import Pattern
from eventwire.events.policy import RolePolicy, extractor_names
from eventwire.events.predicates import Predicate

PACKAGED = resources.files("eventwire.data").joinpath("role-policy.toml").read_text("utf-8")
POLICY = RolePolicy.packaged()


def act(code: str | None, *frames: str | None, targets: tuple[str, ...] = ()) -> Composite:
    chain = tuple(Predicate(k, k, k + 1, Pattern("x", "verb", code if frame is None else None, frame=frame, targets=targets))
                  for k, frame in enumerate(frames))
    return Composite(chain, code)


def names(composite: Composite) -> list[str]:
    return [s.name for s in POLICY.target_order(composite) if s.applies(composite)]


def test_a_threat_looks_first_at_who_must_avert_it_and_last_at_the_avenged():
    order = names(act("1312", "threaten", None))
    assert order[:5] == ["slots", "rebuffed_proposer", "aimed_act", "conditioned", "drawn_by"]
    assert order.index("conditioned_pronoun") < order.index("avenged_doer") < order.index("provoker")


def test_the_frame_picks_its_own_extractors():
    assert "agreed_with" in names(act("036", "agree", None)) and "agreed_with" not in names(act("036", None))
    assert "who_must_act" in names(act("1041", "demand", None)) and "who_must_act" not in names(act("1041", "reject", None))
    assert "complement_or_purpose_targets" in names(act("030", "intend"))  # a frame trigger standing alone
    assert "participants" in names(act("030", "intend")) and "participants" not in names(act("040", None))
    assert "participants" in names(act("040", None, targets=("participants",)))  # the pattern asks for them


def test_the_longest_family_prefix_applies():
    assert "apology_victim" in names(act("055", None)) and "apology_victim" not in names(act("051", None))
    assert names(act("190", None))[-2:] == ["purpose_object", "casualty"]


def test_fallback_rows_by_joint_actors_places_and_kind_of_act():
    assert POLICY.fallback_steps(True, False, "043", 1)[0] == ("conceded_to",)
    assert POLICY.fallback_steps(False, True, "043", 1)[:2] == (("place",), ("modifier",))
    assert ("place", "scene") in POLICY.fallback_steps(False, False, "190", 4)
    assert ("named_country", "place") in POLICY.fallback_steps(False, False, "111", 3)
    assert POLICY.fallback_steps(False, False, "051", 1)[-3:] == (("conceded_to",), ("general_phrase",), ("general_own_country",))


@pytest.mark.parametrize("edit, message", [
    (("[sources]\n", "[sources]\nfirst = []\n"), r"key sources.first: unknown key"),
    (('order = ["slots", "clause_subject"', 'order = ["slots", "clause_subjekt"'), r"key sources.order: unknown source extractor 'clause_subjekt'"),
    (('none = ["predicates"', 'none = ["predicatez"'), r"key targets.frames.none: unknown target extractor 'predicatez'"),
    (('"participants@place", "addressee"]\nalone', '"participants@pattern", "addressee"]\nalone'), r"key targets.frames.none: unknown qualifier '@pattern'"),
    (("[targets.frames]\n", "[targets.frames]\nplead = []\n"), r"key targets.frames.plead: unknown key"),
    (('[targets.families."07"]', '[targets.families.aid]'), r"key targets.families.aid: unknown key"),
    (('middle = ["beneficiary"]', 'between = ["beneficiary"]'), r'key targets.families."07".between: unknown key'),
    (("when = { quads = [4] }", "when = { quads = [5] }"), r"key targets.fallback.rows\[\d+\].when.quads: must be a list of quad classes"),
    (('steps = ["conceded_to", ', 'steps = ["conceded", '), r"key targets.fallback.rows\[0\].steps: unknown fallback extractor 'conceded'"),
])  # fmt: skip
def test_an_unknown_key_or_name_stops_with_the_file_and_key(edit, message):
    old, new = edit
    assert old in PACKAGED
    with pytest.raises(EventwireError, match=rf"\[E333\] role-policy.toml: role policy, {message}"):
        RolePolicy.parse(PACKAGED.replace(old, new, 1), extractor_names())


def test_the_docs_list_every_extractor():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "role-policy.md").read_text("utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", doc, re.M))
    assert {*extractor_names()["source"], *extractor_names()["target"], *extractor_names()["fallback"]} <= listed


def test_the_plan_runs_every_step_up_to_the_last_alone_one_before_giving_a_group():
    assert POLICY.target_plan(act("190", None)).eager == 1  # "slots" opens every order
    later = RolePolicy.parse(PACKAGED.replace('alone = ["slots"]', 'alone = ["slots", "drawn_by"]'), extractor_names())
    plan = later.target_plan(act("1312", "threaten", None))
    assert [s.name for s in plan.steps[: plan.eager]] == ["slots", "rebuffed_proposer", "aimed_act", "conditioned", "drawn_by"]
    assert plan.steps == POLICY.target_order(act("1312", "threaten", None))
