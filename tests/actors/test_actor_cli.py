import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main

TEXT = "Chilean Foreign Minister Pablo Ortuzar met NATO officials. Ortuzar praised the alliance."


def test_actors_prints_json_records_with_sentence_offsets():
    result = CliRunner().invoke(main, ["actors", "-", "--json", "--date", "2021-04-01"], input=TEXT)
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert {tuple(sorted(r)) for r in records} == {("code", "country", "end", "kind", "name", "rule", "sector", "sentence", "start", "text")}
    assert {r["kind"] for r in records} == {"actor"}
    first = records[0]
    assert (first["text"], first["code"], first["sentence"], first["start"]) == ("Chilean Foreign Minister Pablo Ortuzar", "CHLGOV", 0, 0)
    assert any(r["text"] == "Ortuzar" and r["sentence"] == 1 and r["code"] == "CHLGOV" for r in records)
    assert any(r["code"] == "IGONAT" for r in records)


def test_actors_prints_places_on_request():
    text = "Chile recalled its envoy from a summit in Quito."
    plain = CliRunner().invoke(main, ["actors", "-", "--json"], input=text)
    with_places = CliRunner().invoke(main, ["actors", "-", "--json", "--places"], input=text)
    assert "Quito" not in {r["text"] for r in json.loads(plain.stdout)}
    assert {(r["text"], r["country"], r["kind"]) for r in json.loads(with_places.stdout)} >= {("Quito", "ECU", "place"), ("Chile", "CHL", "actor")}


def test_actors_prints_one_line_per_mention_and_takes_a_user_file(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("kind\tname\tcountry\tsector\nngo\tChile Water Watch\tCHL\tENV\n")
    result = CliRunner().invoke(main, ["actors", "-", "--actors", str(mine)], input="Chile Water Watch sued the ministry.")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split("\t")[:5] == ["0:0-17", "Chile Water Watch", "CHLENV", "CHL", "ENV"]


def test_actors_reports_a_bad_user_file_in_one_line(tmp_path):
    mine = tmp_path / "bad.tsv"
    mine.write_text("name\tcountry\tfrom\nX\tCHL\tlast year\n")
    result = CliRunner().invoke(main, ["actors", "-", "--actors", str(mine)], input="Chile spoke.")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("[E205]") and "Traceback" not in result.stderr


GOLD_LINES = [
    {"id": "g1", "text": "Peruvian police detained two Bolivian smugglers near Puno.", "date": "2022-05-03",
     "mentions": [{"text": "Peruvian police", "country": "PER", "sector": "COP", "code": "PERCOP"},
                  {"text": "Bolivian smugglers", "country": "BOL", "sector": "CRM", "code": "BOLCRM"}]},
    {"id": "g2", "text": "The Arab League condemned the raid.", "date": "2022-05-03",
     "mentions": [{"text": "The Arab League", "country": None, "sector": None, "code": "IGOARL"}]},
]  # fmt: skip


def test_evaluate_actors_prints_the_shares_as_json(tmp_path):
    gold = tmp_path / "actors.jsonl"
    gold.write_text("\n".join(json.dumps(line) for line in GOLD_LINES), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate-actors", str(gold), "--json"])
    figures = json.loads(result.output)
    assert figures["mentions"] == 3 and figures["found"] > 0
    assert figures["country"] >= 2 / 3 and 0 <= figures["precision"] <= 1


def test_evaluate_actors_on_a_missing_or_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    for path, code in ((tmp_path / "absent.jsonl", "[E804]"), (bad, "[E801]")):
        result = CliRunner().invoke(main, ["evaluate-actors", str(path)])
        assert result.exit_code == 1 and result.output.startswith(code) and "Traceback" not in result.output


@pytest.mark.parametrize("record, reason", [
    ({"id": "g1", "text": "Peru recalled its envoy."}, "record has no field 'mentions'"),
    ({"id": "g2", "text": "Peru recalled its envoy.", "mentions": [{"country": "PER"}]}, "mention has no field 'text'"),
    ({"id": "g3", "text": 42, "mentions": []}, "record field 'text' must be a string, got a number"),
    ({"id": "g4", "text": "Peru recalled its envoy.", "mentions": "Peru"}, "record field 'mentions' must be a list of mentions, got a string"),
])  # fmt: skip
def test_a_malformed_gold_record_names_what_is_wrong(tmp_path, record, reason):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate-actors", str(gold)])
    assert result.exit_code == 1 and result.stderr == f"[E801] {gold}:1: malformed gold record: {reason}\n"
