"""`eventwire article` and `eventwire code` on good and bad inputs: messages, exit status."""

import json
import re
import subprocess
import sys

from click.testing import CliRunner

from eventwire.cli import main

MESSAGE = re.compile(r"^\[E\d{3}\] \S.*: .+$")


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_article_prints_the_readers_result(fixtures_dir):
    result = run("article", str(fixtures_dir / "articles" / "text" / "xinhua-budget.txt"))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"] == "Xinhua" and record["dateline"] == "Beijing"
    assert record["published"] == "2023-03-05T10:30:00+08:00" and record["published_utc"] == "2023-03-05T02:30:00"
    assert record["title"] == "China sets cautious growth goal as parliament opens"
    assert len(record["body"]) == 5 and {"text", "reason"} == set(record["removed"][0])


def test_article_on_the_seed(shared_dir):
    result = run("article", str(shared_dir / "examples" / "seed-article.txt"))
    record = json.loads(result.stdout)
    assert (record["source"], record["published"], record["published_utc"], record["dateline"]) == (
        "Reuters", "2020-10-10T08:30:00+09:00", "2020-10-09T23:30:00", "Seoul",
    )  # fmt: skip


def test_article_on_a_corpus_prints_one_object_a_line_and_reports_bad_lines(fixtures_dir):
    result = run("article", str(fixtures_dir / "articles" / "corpus.jsonl"))
    assert result.exit_code == 0
    doc_ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert doc_ids == ["cx-001", "42", "86c25d8af5b71310", "cx-007"]
    assert [line.split()[0] for line in result.stderr.splitlines()] == ["[E107]", "[E108]", "[E107]", "[E113]"]


def test_article_lang_option_lets_other_languages_through(fixtures_dir):
    path = str(fixtures_dir / "articles" / "bad" / "french-report.txt")
    refused = run("article", path)
    assert refused.exit_code == 1 and refused.stderr.startswith(f"[E109] {path}: not English (detected 'fr')")
    allowed = run("article", path, "--lang", "fr")
    assert allowed.exit_code == 0 and json.loads(allowed.stdout)["language"] == "fr"


def test_nothing_readable_exits_non_zero_with_one_line_each(tmp_path):
    binary = tmp_path / "scan.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    for command in ("article", "code"):
        proc = subprocess.run([sys.executable, "-m", "eventwire.cli", command, str(binary)], capture_output=True, text=True)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr and proc.stdout == ""
        lines = proc.stderr.splitlines()
        assert lines[0] == f"[E102] {binary}: binary file, not text" and lines[-1].startswith("[E005]")


def test_code_on_a_mixed_folder_names_each_bad_input_and_goes_on(mixed_dir, size_limit):
    folder, expected = mixed_dir
    result = run("code", str(folder), "--format", "jsonl", "--max-bytes", str(size_limit))
    assert result.exit_code == 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(MESSAGE.match(line) for line in lines)
    for name, code in expected.items():
        assert f"[{code}] {folder / 'bad' / name}: " in result.stderr
    assert sum(line.startswith(("[E107]", "[E108]", "[E113]")) for line in lines) == 4  # the corpus's bad lines
    for line in result.stdout.splitlines():
        assert json.loads(line)["doc_id"]
