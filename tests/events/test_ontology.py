"""The ontology file against the published facts in ../shared/reference."""

from __future__ import annotations

import json
import re

import pytest

from eventwire.events.ontology import Ontology

NAME_FIXES = {"Apolgize": "Apologize", "commment": "comment", "adminstrative": "administrative", "Ostruct": "Obstruct"}


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.packaged()


@pytest.fixture(scope="module")
def reference(shared_dir):
    return json.loads((shared_dir / "reference" / "cameo-codes-goldstein.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def plover_table(shared_dir) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (shared_dir / "reference" / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        match = re.match(r"^(\w+):\s*([A-Z]+)", line)
        if match:
            table.setdefault(match.group(1), match.group(2))
    return table


def test_every_cameo_code_is_there_with_its_goldstein_value(ontology, reference):
    codes = reference["cameoCode"]
    assert set(ontology.codes) == set(codes)
    assert len(codes) > 300
    for code in codes:
        assert ontology.get(code).goldstein == float(reference["GoldsteinScale"][code]), code


def test_names_are_cameo_names(ontology, reference):
    for code, name in reference["Description"].items():
        for wrong, right in NAME_FIXES.items():
            name = name.replace(wrong, right)
        assert ontology.get(code).name.lower() == name.lower(), code


def test_quad_classes_follow_the_root(ontology):
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
                **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}  # fmt: skip
    for entry in ontology.codes.values():
        assert entry.quad_class == expected[int(entry.root)], entry.code


def test_plover_follows_the_table_except_documented_choices(ontology, plover_table, shared_dir):
    # manual: international sanctions are SANCTION (table: COERCE); resignations are RETREAT, mode resign
    documented = {"163", "0831", "055", "0813", "0814"}  # regret and lifted curfews are CONCEDE
    for code, category in plover_table.items():
        if code in documented or len(code) == 2:
            continue
        assert ontology.get(code).plover == category, code
    assert ontology.get("163").plover == "SANCTION"
    assert (ontology.get("0831").plover, ontology.get("0831").plover_mode) == ("RETREAT", "resign")


def test_codes_outside_the_table(ontology):
    assert ontology.get("010").plover is None  # statements: no PLOVER category
    assert ontology.get("0234").plover == "REQUEST"  # appeals are requests
    assert ontology.get("1952").plover == "ASSAULT"  # inherits 195
    assert ontology.get("042").plover_mode == "visit"


@pytest.mark.parametrize(("family", "act", "expected"), [
    ("13", "163", "1312"), ("03", "073", "0333"), ("03", "042", "036"), ("12", "026", "125"),
    ("10", "0841", "1053"), ("02", "0872", "0256"), ("13", "186", "1383"), ("03", "190", "030"),
])  # fmt: skip
def test_families_share_topics(ontology, family, act, expected):
    assert ontology.about(family, act) == expected


def test_reversals(ontology):
    assert ontology.reverse("163") == "085"  # lifting sanctions
    assert ontology.reverse("046") == "164"  # suspending negotiations
    assert ontology.reverse("1723") == "0813"  # lifting a curfew
    assert ontology.reverse("073") == "1623"  # cutting humanitarian aid
    assert ontology.reverse("111") is None
