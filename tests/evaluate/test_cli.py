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
    assert lines[0].startswith("gold: 2 records scored, 0 skipped; 2 texts")
    assert any(line.startswith("triple precision") for line in lines)


def test_missing_gold_file_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "absent.json")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("[E804]") and "absent.json" in result.output
    assert "Traceback" not in result.output


def test_documented_in_help():
    result = CliRunner().invoke(main, ["evaluate", "--help"])
    assert "--json" in result.output and "--errors" in result.output and "--patterns" in result.output


def test_malformed_records_are_reported_and_skipped_and_the_rest_scored(fixtures_dir):
    result = CliRunner().invoke(main, ["evaluate", str(fixtures_dir / "evaluate" / "gsr-style.json"), "--json"])
    assert result.exit_code == 0, result.output
    problems = result.stderr.splitlines()
    assert len(problems) == 4 and all(line.startswith(("[E801]", "[E803]")) for line in problems)
    assert any("fx-PARADE-0008" in line and line.startswith("[E803]") for line in problems)
    report = json.loads(result.stdout)
    assert (report["records"], report["skipped"]) == (5, 4)
    assert "Traceback" not in result.output


def test_a_gold_file_of_malformed_records_only_is_an_error(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "x1", "event": "AID"}, {"id": "x2", "text": "Peru sent aid.", "event": "DANCE"}]), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("[E805]") and len(result.stderr.splitlines()) == 3


def test_plot_draws_the_precision_recall_curve(fixtures_dir, tmp_path):
    picture = tmp_path / "pr.png"
    result = CliRunner().invoke(main, ["evaluate", str(fixtures_dir / "evaluate" / "gsr-style.json"), "--plot", str(picture)])
    assert result.exit_code == 0, result.output
    assert picture.read_bytes().startswith(b"\x89PNG") and f"plot written to {picture}" in result.output
    assert "min confidence" in result.stdout and "\n0.9 " in result.stdout


def test_a_bad_plot_name_fails_before_any_coding(fixtures_dir, tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(fixtures_dir / "evaluate" / "gsr-style.json"), "--plot", str(tmp_path / "pr.jpg")])
    assert result.exit_code == 2 and "[E408]" in result.stderr  # refused with the command line
    assert "E801" not in result.stderr and not result.stdout  # the gold file was not even read
