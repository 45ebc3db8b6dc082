"""Output paths are checked before any work: one coded line and exit status 2, nothing half-written."""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import EventStore

REPO = Path(__file__).resolve().parents[2]
SAMPLE = str(REPO / "examples" / "sample-article.txt")
EVENTWIRE = [sys.executable, "-m", "eventwire"]


def eventwire(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command in a process of its own, as a user runs it."""
    return subprocess.run([*EVENTWIRE, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def one_coded_line(result, code: str, path: str, option: str = "-o") -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [result.stderr.strip()] and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"[{code}] {path}: cannot write ({option}): ")


@pytest.fixture
def empty_store(tmp_path) -> Path:
    db = tmp_path / "events.duckdb"
    EventStore.open(db).close()
    return db


def test_code_into_a_missing_folder(tmp_path):
    result = eventwire("code", SAMPLE, "-o", "/no/such/dir/out.csv", "--format", "csv")
    one_coded_line(result, "E007", "/no/such/dir/out.csv")
    assert "the folder /no/such/dir does not exist" in result.stderr


def test_code_into_a_folder_given_as_a_file():
    result = eventwire("code", SAMPLE, "-o", "/tmp", "--format", "csv")
    one_coded_line(result, "E007", "/tmp")
    assert "it is a folder" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_into_a_missing_folder(empty_store, fmt):
    result = eventwire("export", "--db", str(empty_store), "--format", fmt, "-o", f"/no/such/dir/x.{fmt}")
    one_coded_line(result, "E007", f"/no/such/dir/x.{fmt}")


def test_an_unwritable_place_is_found_before_work(tmp_path):
    # /proc takes no new files, even for root (permission bits do not stop root)
    result = eventwire("code", SAMPLE, "-o", "/proc/out.jsonl", "--format", "jsonl")
    one_coded_line(result, "E007", "/proc/out.jsonl")
    assert "cannot create files in /proc" in result.stderr


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


def test_every_output_option_is_checked(tmp_path, empty_store):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    gold = str(REPO / "tests" / "fixtures" / "gold" / "events-dev.json")
    cases = [
        (["code", SAMPLE, "--format", "parquet", "-o", str(a_file)], "-o", "it is a file"),
        (["code", SAMPLE, "--format", "parquet", "-o", str(tmp_path / "no" / "parts")], "-o", "does not exist"),
        (["export", "--db", str(empty_store), "--format", "jsonl", "-o", str(tmp_path)], "-o", "it is a folder"),
        (["dyad", "CHN", "PRK", "--db", str(empty_store), "--plot", str(tmp_path / "no" / "x.png")], "--plot", "does not exist"),
        (["evaluate", gold, "--errors", str(a_file / "x.jsonl")], "--errors", "is not a folder"),
    ]
    for args, option, reason in cases:
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("[E007] ") and f"cannot write ({option}): " in result.stderr, result.stderr
        assert reason in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_bad_plot_name_is_refused_before_the_table(empty_store, tmp_path):
    result = run("dyad", "CHN", "PRK", "--db", str(empty_store), "--plot", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and result.stdout == "" and result.stderr.startswith("[E408]")


def test_a_run_that_reads_nothing_leaves_no_file(tmp_path):
    out = tmp_path / "events.csv"
    result = run("code", str(tmp_path / "missing.txt"), "--format", "csv", "-o", str(out))
    assert result.exit_code == 1 and "[E005]" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no empty file, no temporary file


def test_csv_output_has_lf_line_ends(tmp_path):
    out = tmp_path / "events.csv"
    assert run("code", SAMPLE, "--format", "csv", "-o", str(out), "--workers", "1").exit_code == 0
    data = out.read_bytes()
    assert b"\r\n" not in data and data.count(b"\n") > 1
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]
