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
