"""Reading gold files: formats, labels, actor code styles, bad input."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import EventwireError
from eventwire.evaluate.gold import ActorKeys, group_by_text, load_gold, read_gold

RECORDS = [
    {"id": "a1", "text": "Japan and India held talks.", "date": "2019-05-14", "event": "CONSULT",
     "source": [{"actorText": "Japan", "code": "JPN", "sector": ""}, {"actorText": "India", "code": "INDGOV"}], "target": []},
    {"id": "a2", "text": "Japan and India held talks.", "event": "DEMAND",
     "source": [{"actorText": "Japan", "code": "JPN"}], "target": [{"actorText": "UN", "code": "IGOUNO"}]},
    {"id": "a3", "text": "Brazil beat Chile 2-0.", "event": None, "source": [], "target": []},
]  # fmt: skip


@pytest.fixture
def keys():
    return ActorKeys()


@pytest.mark.parametrize("fmt", ["list", "lines"])
def test_json_list_and_json_lines(tmp_path, fmt):
    path = tmp_path / "gold.json"
    text = json.dumps(RECORDS) if fmt == "list" else "\n".join(json.dumps(r) for r in RECORDS)
    path.write_text(text, encoding="utf-8")
    records = load_gold(path)
    assert [r.id for r in records] == ["a1", "a2", "a3"]
    assert [r.event for r in records] == ["CONSULT", "REQUEST", None]  # DEMAND is an older label
    assert [a.key for a in records[0].sources] == ["JPN", "IND"]
    assert records[1].targets[0].key == "IGOUNO"
    assert list(group_by_text(records)) == ["Japan and India held talks.", "Brazil beat Chile 2-0."]


@pytest.mark.parametrize(("code", "country", "key"), [
    ("USA", None, "USA"), ("USAGOV", None, "USA"), ("usa-gov", None, "USA"), ("GOV", "USA", "USA"),
    ("IGOUNO", None, "IGOUNO"), ("IGOUNOWHO", None, "IGOWHO"), ("IGOUNOXYZ", None, "IGOUNO"), ("NGOAMN", None, "NGOAMN"),
    ("IGOAU", None, "IGOAFU"), ("IGOAFRAU", None, "IGOAFU"), ("IGOEUREEC", None, "IGOEU"),
    ("PAL", None, "PSE"), ("JAP", None, "JPN"), ("ITL", None, "ITA"), ("VTN", None, "VNM"), ("IGO", None, "IGO"),
    ("REB", None, None), ("", None, None),
])  # fmt: skip
def test_actor_code_styles(keys, code, country, key):
    assert keys.key(code, country) == key


@pytest.mark.parametrize(("content", "code"), [
    ("", "E802"), ("[]", "E802"), ("[{\"text\": \"x\", \"event\": \"DANCE\"}]", "E803"),
    ("[{\"event\": \"AID\"}]", "E801"), ("{\"text\": \"x\"}\nnot json\n", "E801"),
    ("[{\"text\": \"x\", \"event\": \"AID\", \"source\": 5}]", "E801"),
])  # fmt: skip
def test_bad_gold_files(tmp_path, content, code):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as error:
        load_gold(path)
    assert error.value.code == code
    assert str(path) in error.value.line()


def test_missing_gold_file(tmp_path):
    with pytest.raises(EventwireError) as error:
        load_gold(tmp_path / "absent.json")
    assert error.value.code == "E804"


def test_byte_order_mark_and_label_field_variants(tmp_path):
    path = tmp_path / "gold.json"
    record = {"id": "b1", "text": "Chile recalled its envoy.", "plover": "sanction", "source": ["CHL"], "target": []}
    path.write_text(json.dumps([record]), encoding="utf-8-sig")
    (loaded,) = load_gold(path)
    assert loaded.event == "SANCTION" and loaded.sources[0].key == "CHL"


def test_a_malformed_record_is_skipped_and_named(fixtures_dir):
    gold = read_gold(fixtures_dir / "evaluate" / "gsr-style.json")
    assert [r.id for r in gold.records] == ["fx-AID-0001", "fx-DISAPPROVE-0002", "fx-AGREE-0003", "fx-CONSULT-0004", "fx-SUPPORT-0009"]
    skipped = {p.code: p.line() for p in gold.skipped}
    assert len(gold.skipped) == 4 and set(skipped) == {"E801", "E803"}
    lines = [p.line() for p in gold.skipped]
    for record_id in ("fx-DEMAND-0005", "fx-REJECT-0006", "fx-THREATEN-0007", "fx-PARADE-0008"):
        (line,) = [line for line in lines if record_id in line]
        assert "\n" not in line and "gsr-style.json" in line
    assert "'target' must be a list of actors, got 'observers'" in " ".join(lines)


def test_the_strict_loader_stops_at_a_malformed_record(fixtures_dir):
    with pytest.raises(EventwireError) as error:
        load_gold(fixtures_dir / "evaluate" / "gsr-style.json")
    assert error.value.code == "E801" and "fx-DEMAND-0005" in error.value.line()


def test_roles_left_open_empty_and_older_conventions(fixtures_dir, tmp_path):
    records = {r.id: r for r in read_gold(fixtures_dir / "evaluate" / "gsr-style.json").records}
    assert records["fx-AGREE-0003"].targets is None  # null: not coded, any actor matches
    assert records["fx-CONSULT-0004"].targets is None  # left out
    assert records["fx-CONSULT-0004"].sources[0].key == "VNM"  # CAMEO's VTN
    assert records["fx-DISAPPROVE-0002"].event == "ACCUSE"
    assert records["fx-SUPPORT-0009"].sources[0].key == "IGO"  # a bare class
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    assert load_gold(path)[2].targets == ()  # an empty list: no target named


def test_a_bad_json_line_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{not json\n" + json.dumps(RECORDS[2]) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert [r.id for r in gold.records] == ["a1", "a3"]
    assert [p.origin for p in gold.skipped] == [f"{path}:2"]

