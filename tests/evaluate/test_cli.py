"""The evaluate command: figures as text and JSON, one-line errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluate import as_json, evaluate_records, load_gold, text_lines

GOLD = [
    {"id": "c1", "text": "Japan sent humanitarian aid to Nepal on Monday.", "date": "2015-04-27", "event": "AID",
     "source": [{"actorText": "Japan", "code": "JPNGOV"}], "target": [{"actorText": "Nepal", "code": "NPL"}]},
    {"id": "c2", "text": "Brazil crushed Argentina 3-0 in the World Cup semifinal.", "date": "2014-07-08", "event": None,
     "source": [], "target": []},
]  # fmt: skip


def test_figures_as_text_and_json(tmp_path, pipeline):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    scores = evaluate_records(load_gold(path), pipeline)
    report = as_json(scores)
    assert report["texts"] == 2 and report["texts_without_events"] == 1
    assert set(report["per_type"]) >= {"AID"}
    lines = text_lines(scores)
    assert lines[0].startswith("gold: 2 records, 2 texts")
    assert any(line.startswith("triple precision") for line in lines)


def test_missing_gold_file_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "absent.json")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("[E804]") and "absent.json" in result.output
    assert "Traceback" not in result.output


def test_documented_in_help():
    result = CliRunner().invoke(main, ["evaluate", "--help"])
    assert "--json" in result.output and "--errors" in result.output and "--patterns" in result.output
