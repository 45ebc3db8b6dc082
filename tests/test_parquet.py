import json

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EventwireError
from eventwire.formats import ROW_COLUMNS, event_row
from eventwire.parquet import ParquetPartWriter
from eventwire.types import ActorRef, Event, Trigger


def event(n: int) -> Event:
    actor = ActorRef(text="Chile", name="Chile", code="CHL", country="CHL", sector=None, start=0, end=5)
    return Event(
        event_id=f"e{n}", doc_id="d1", sentence_index=n, sentence="Chile thanked Peru.", date="2024-05-01",
        date_precision="day", source=actor, target=None, cameo="051", cameo_root="05", goldstein=3.4,
        quad_class=1, plover="SUPPORT", plover_mode=None, modality="asserted", past=False, reported_by=None,
        location=None, trigger=Trigger("thanked", 6, 13), confidence=0.8,
    )  # fmt: skip


def test_events_go_to_parts_that_read_back_as_one_dataset(tmp_path):
    writer = ParquetPartWriter(tmp_path / "events", rows_per_part=2)
    for n in range(5):
        writer.write(event(n))
    writer.close()
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    table = ds.dataset(tmp_path / "events", format="parquet").to_table()
    assert table.column_names == list(ROW_COLUMNS)
    assert sorted(table.to_pylist(), key=lambda row: row["sentence_index"]) == [event_row(event(n)) for n in range(5)]


def test_a_run_without_events_leaves_an_empty_part_with_the_columns(tmp_path):
    ParquetPartWriter(tmp_path / "none").close()
    table = ds.dataset(tmp_path / "none", format="parquet").to_table()
    assert table.num_rows == 0 and table.column_names == list(ROW_COLUMNS)


def test_a_folder_with_files_in_it_is_refused(tmp_path):
    (tmp_path / "old.parquet").write_bytes(b"")
    with pytest.raises(EventwireError) as caught:
        ParquetPartWriter(tmp_path)
    assert caught.value.code == "E606"


def test_code_writes_parquet_parts_with_the_events_of_jsonl(tmp_path, fixtures_dir):
    corpus = str(fixtures_dir / "engine" / "corpus")
    jsonl = CliRunner().invoke(main, ["code", corpus, "--format", "jsonl", "--workers", "1"])
    parquet = CliRunner().invoke(main, ["code", corpus, "--format", "parquet", "-o", str(tmp_path / "out"), "--workers", "1"])
    assert jsonl.exit_code == 0 and parquet.exit_code == 0, parquet.output
    rows = ds.dataset(tmp_path / "out", format="parquet").to_table().to_pylist()
    assert [row["event_id"] for row in rows] == [json.loads(line)["event_id"] for line in jsonl.stdout.splitlines()]


def test_parquet_needs_an_output_folder(fixtures_dir):
    result = CliRunner().invoke(main, ["code", str(fixtures_dir / "engine" / "corpus"), "--format", "parquet"])
    assert result.exit_code == 2 and "-o FOLDER" in result.output
