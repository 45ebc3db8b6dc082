import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import EventStore

from .builders import make_event, make_result

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"
KILLABLE = Path(__file__).with_name("killable_ingest.py")


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


def stats_of(db: Path) -> dict:
    result = run("stats", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def counts(db: Path) -> tuple[int, int, int]:
    stats = stats_of(db)
    return stats["articles"], stats["mentions"], stats["events"]


def test_ingest_twice_adds_nothing_and_skips_before_coding(tmp_path):
    db = tmp_path / "corpus.duckdb"
    first = run("ingest", str(CORPUS), "--db", str(db), "--workers", "1")
    assert first.exit_code == 0, first.output
    articles = len(list(CORPUS.glob("*.txt")))
    assert f"ingested {articles} articles (0 already stored" in first.stdout
    before = counts(db)
    assert before[0] == articles and before[1] > articles  # the corpus is written to hold events
    merged = run("query", "SELECT count(*) FROM events WHERE num_articles > 1", "--db", str(db), "--format", "csv")
    assert int(merged.stdout.splitlines()[1]) >= 1  # some stories are reported by two outlets
    second = run("ingest", str(CORPUS), "--db", str(db))
    assert second.exit_code == 0 and f"ingested 0 articles ({articles} already stored" in second.stdout
    assert counts(db) == before


def test_ingest_withholds_events_below_min_confidence_and_says_how_many(tmp_path):
    db = tmp_path / "strict.duckdb"
    story = str(CORPUS / "2024-01-09-manila-protest.txt")
    result = run("ingest", story, "--db", str(db), "--workers", "1", "--min-confidence", "1")
    assert result.exit_code == 0, result.output
    stored = counts(db)[1]
    loose = tmp_path / "loose.duckdb"
    run("ingest", story, "--db", str(loose), "--workers", "1")
    assert f"withheld {counts(loose)[1] - stored} events with confidence below 1" in result.stderr
    assert counts(loose)[1] > stored


def test_bad_inputs_are_one_line_and_the_others_go_on(tmp_path):
    db = tmp_path / "bad.duckdb"
    missing = tmp_path / "missing.txt"
    result = run("ingest", str(missing), str(CORPUS / "2024-01-09-manila-protest.txt"), "--db", str(db))
    assert result.exit_code == 0
    assert f"[E006] {missing}" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert counts(db)[0] == 1


def test_nothing_readable_fails(tmp_path):
    result = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert result.exit_code == 1 and "[E005]" in result.stderr


def test_read_commands_on_a_missing_store_fail_with_one_line(tmp_path):
    for command in (["stats"], ["query", "SELECT 1"], ["dyad", "CHN", "PHL"], ["export", "--format", "csv", "-o", str(tmp_path / "x.csv")]):
        result = run(*command, "--db", str(tmp_path / "none.duckdb"))
        assert result.exit_code == 1 and result.stderr.startswith("[E407]")


@pytest.fixture
def events_db(tmp_path, store_settings):
    db = tmp_path / "events.duckdb"
    with EventStore.open(db) as store:
        store.ingest_results([
            make_result("c1", [make_event("c1", 0, "CHNCOP", "PHLGOV", "1831", "2024-02-05", goldstein=-9.0),
                               make_event("c1", 1, "PHLGOV", "CHNGOV", "111", "2024-02-05", goldstein=-2.0)]),
            make_result("c2", [make_event("c2", 0, "CHNCOP", "PHLGOV", "183", "2024-02-06", goldstein=-9.0)], source="B"),
            make_result("c3", [make_event("c3", 0, "CHNGOV", "PHLGOV", "040", "2024-04-11", goldstein=1.0)]),
        ], store_settings)
    return db


def test_dyad_table_json_and_plot(events_db, tmp_path):
    table = run("dyad", "CHN", "PHL", "--db", str(events_db))
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0] == "China \u2192 Philippines: events by month"
    assert [line.split()[0] for line in lines[2:]] == ["2024-02", "2024-03", "2024-04"]
    assert lines[2].split()[1:] == ["0", "0", "0", "1", "1", "-9.00"]  # two reports, one event
    both = json.loads(run("dyad", "CHN", "PHL", "--both-directions", "--interval", "year", "--json", "--db", str(events_db)).stdout)
    assert both["periods"][0]["total"] == 3 and both["periods"][0]["quad_3"] == 1
    plot = tmp_path / "dyad.png"
    result = run("dyad", "CHN", "PHL", "--db", str(events_db), "--plot", str(plot))
    assert result.exit_code == 0 and plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "dyad.svg"
    run("dyad", "CHN", "PHL", "--db", str(events_db), "--plot", str(svg), "--interval", "week")
    text = svg.read_text("utf-8")
    assert "Mean Goldstein" in text and "Material conflict" in text
    bad = run("dyad", "CHN", "PHL", "--db", str(events_db), "--plot", str(tmp_path / "dyad.pdf"))
    assert bad.exit_code == 2 and "[E408]" in bad.stderr


def test_query_over_documented_views(events_db):
    result = run("query", "SELECT source_country, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC", "--db", str(events_db))
    assert result.stdout.splitlines()[:2] == ["source_country  n", "CHN             2"]
    as_csv = run("query", "SELECT doc_id, global_event_id FROM mentions ORDER BY doc_id", "--db", str(events_db), "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == "doc_id,global_event_id" and len(as_csv.stdout.splitlines()) == 5
    bad = run("query", "SELECT nope FROM events", "--db", str(events_db))
    assert bad.exit_code == 1 and bad.stderr.startswith("[E403]") and len(bad.stderr.splitlines()) == 1



def test_dyad_warns_about_a_name_given_for_a_code(events_db):
    result = run("dyad", "china", "PHL", "--db", str(events_db))
    assert result.exit_code == 0 and "no events" in result.stdout
    assert result.stderr == "[E414] china: not a country code (ISO 3166 alpha-3, such as CHN); did you mean CHN (China)?\n"
    unknown = run("dyad", "CHN", "XQZ", "--db", str(events_db))
    assert unknown.stderr == "[E414] XQZ: not a country code (ISO 3166 alpha-3, such as CHN)\n"
    assert run("dyad", "chn", "phl", "--db", str(events_db)).stderr == ""  # codes in any case are codes


def test_query_table_marks_missing_and_cut_values(events_db):
    result = run("query", "SELECT NULL AS nothing, repeat('ab', 30) AS long, 'short' AS s", "--db", str(events_db))
    assert result.stdout.splitlines()[1].split() == ["-", "ab" * 19 + "a…", "short"]


def test_query_only_reads_the_store(events_db, tmp_path):
    copy = tmp_path / "x.csv"
    for sql in ("DROP VIEW events", "INSERT INTO store_articles SELECT * FROM store_articles",
                f"COPY (select 1) TO '{copy}'", "SELECT * FROM read_text('/etc/hostname')",
                "SELECT * FROM read_csv('/etc/passwd')", "SET enable_external_access = true"):  # fmt: skip
        result = run("query", sql, "--db", str(events_db))
        assert result.exit_code == 1 and result.stdout == "", sql
        assert result.stderr.startswith("[E412] query refused: ") and len(result.stderr.splitlines()) == 1, sql
    assert not copy.exists()
    assert run("query", "SELECT count(*) FROM articles", "--db", str(events_db), "--format", "csv").stdout == "count_star()\n3\n"


def test_export_command(events_db, tmp_path):
    out = tmp_path / "gdelt.tsv"
    result = run("export", "--db", str(events_db), "--format", "gdelt", "-o", str(out))
    assert result.exit_code == 0 and result.stdout.strip() == f"wrote 3 events to {out} (gdelt)"
    assert all(line.count("\t") == 60 for line in out.read_text().splitlines())


def test_stats_text_and_json(events_db):
    text = run("stats", "--db", str(events_db)).stdout
    assert "events    3" in text and "CHN -> PHL: 2, 3" in text
    data = stats_of(events_db)
    assert data["articles"] == 3 and data["events"] == 4 - 1


def killable(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(KILLABLE), *args], capture_output=True, text=True, timeout=300)


def events_rows(db: Path):
    with EventStore.open(db, read_only=True) as store:
        return list(store.query("SELECT * EXCLUDE (first_seen) FROM events ORDER BY global_event_id")[1])


def test_killed_mid_batch_and_resumed_equals_a_clean_run(tmp_path):
    clean, resumed = tmp_path / "clean.duckdb", tmp_path / "resumed.duckdb"
    assert killable("0", "synthetic", str(clean)).returncode == 0
    killed = killable("3", "synthetic", str(resumed))
    assert killed.returncode == -9
    assert counts(resumed)[0] == 6  # two whole batches of 3; the third rolled back
    assert killable("0", "synthetic", str(resumed)).returncode == 0
    assert counts(resumed) == counts(clean) and counts(clean)[1] > 30
    assert events_rows(resumed) == events_rows(clean)


def test_cli_ingest_killed_and_rerun_equals_a_clean_run(tmp_path):
    clean, resumed = tmp_path / "clean.duckdb", tmp_path / "resumed.duckdb"
    assert run("ingest", str(CORPUS), "--db", str(clean)).exit_code == 0
    killed = killable("2", "cli", "ingest", str(CORPUS), "--db", str(resumed), "--batch", "4")
    assert killed.returncode == -9, killed.stderr
    assert "Traceback" not in killed.stderr  # nor from the orphaned workers (run() waits for them)
    assert counts(resumed)[0] == 4
    rerun = run("ingest", str(CORPUS), "--db", str(resumed), "--batch", "4")
    assert "(4 already stored" in rerun.stdout
    assert counts(resumed) == counts(clean) and counts(clean)[2] > 0
    assert events_rows(resumed) == events_rows(clean)


def test_ingest_reports_id_conflicts_broken_links_and_skips_its_own_store(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    records = [
        {"id": "wire-1", "text": "Kenya and Ethiopia signed a water-sharing accord in Nairobi on Tuesday, officials said."},
        {"id": "wire-2", "text": "Chilean police detained forty protesters outside the Congress in Valparaiso on Friday."},
        {"id": "wire-1", "text": "Kenya and Ethiopia signed a water-sharing accord in Nairobi on Tuesday, officials said."},
        {"id": "wire-1", "text": "Brazil recalled its ambassador from Caracas after a border incident, the ministry said."},
    ]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    db = folder / "events.duckdb"  # the store sits inside the input folder
    first = run("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert first.exit_code == 0, first.output
    assert sorted(first.stderr.splitlines()) == [
        f"[E114] {folder / 'gone.txt'}: broken symbolic link: its target {tmp_path / 'deleted.txt'} does not exist",
        f"[E413] {folder / 'feed.jsonl'}:4: id 'wire-1' is stored already with other text (from {folder / 'feed.jsonl'}:1); "
        "kept the first, skipped this one",
    ]
    assert first.stdout.startswith("ingested 2 articles (1 already stored, 1 id conflicts, 1 problems)")
    (folder / "events.duckdb.wal").write_bytes(b"\x00\x01binary")  # as a crashed writer leaves it
    second = run("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert "E102" not in second.stderr and "events.duckdb" not in second.stderr
    assert second.stdout.startswith("ingested 0 articles (3 already stored, 1 id conflicts, 1 problems)")
