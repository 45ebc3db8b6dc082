import json
import subprocess
import sys

from click.testing import CliRunner

from eventwire.cli import main


def test_code_runs_end_to_end_on_the_example_article(fixtures_dir):
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt"
    result = CliRunner().invoke(main, ["code", str(example), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert set(record) >= {"event_id", "doc_id", "source", "target", "cameo", "plover", "modality"}


def test_code_with_nothing_readable_fails_with_one_line(tmp_path):
    missing = tmp_path / "missing.txt"
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "code", str(missing)], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "[E006]" in proc.stderr and str(missing) in proc.stderr


def test_code_withholds_events_below_min_confidence_and_says_how_many(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Japan sent aid to Nepal on Monday.\n\nPolice in Lima arrested dozens of protesters, the government said.\n", encoding="utf-8")
    everything = CliRunner().invoke(main, ["code", str(story), "--format", "jsonl", "--workers", "1", "--min-confidence", "0"])
    events = [json.loads(line) for line in everything.stdout.splitlines()]
    assert events and "withheld" not in everything.stderr  # 0 keeps all, and says nothing
    strict = CliRunner().invoke(main, ["code", str(story), "--format", "jsonl", "--workers", "1", "--min-confidence", "1"])
    assert strict.exit_code == 0, strict.output
    kept = [json.loads(line) for line in strict.stdout.splitlines()]
    assert kept == [e for e in events if e["confidence"] >= 1]
    assert f"withheld {len(events) - len(kept)} events with confidence below 1" in strict.stderr
    bad = CliRunner().invoke(main, ["code", str(story), "--min-confidence", "1.5"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
