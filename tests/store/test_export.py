import csv
import json

import pandas
import pytest

from eventwire.errors import EventwireError
from eventwire.store.export.gdelt import gdelt_columns, split_actor_code

from .builders import make_event, make_result


@pytest.fixture
def filled(store, store_settings):
    store.ingest_results([
        make_result("g1", [
            make_event("g1", 0, "CHNGOV", "PRKGOV", "0511", "2023-03-14", place="Pyongyang", place_country="PRK", goldstein=3.4, plover="SUPPORT"),
            make_event("g1", 1, "IGOUNO", "PRKGOV", "163", "2023-03-14", place="North Korea", place_country="PRK", goldstein=-4.0),
            make_event("g1", 2, "USAGOV", "PRKGOV", "138", "2023-03-20", modality="hypothetical"),
        ], url="https://wire.example/g1", text="Sentence 0 of g1: CHNGOV and PRKGOV did 0511.\n\nMore."),
        make_result("g2", [make_event("g2", 0, "CHNGOV", "PRKGOV", "051", "2023-03-15", sentence="China\tpraised \"Kim\".")], source="Second"),
    ], store_settings)
    return store


def test_gdelt_columns_are_gdelts_61_in_order(shared_dir):
    with open(shared_dir / "reference" / "gdelt2-event-schema.csv", newline="", encoding="utf-8") as handle:
        reference = [(row["name"], row["type"]) for row in csv.DictReader(handle)]
    assert list(gdelt_columns()) == reference and len(reference) == 61


def test_gdelt_export_loads_in_pandas_under_gdelt_names(filled, tmp_path, shared_dir):
    out = tmp_path / "events.tsv"
    assert filled.export("gdelt", out) == 2  # the hypothetical threat is not a GDELT event
    frame = pandas.read_csv(out, sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    with open(shared_dir / "reference" / "gdelt2-event-schema.csv", newline="", encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert list(frame.columns) == names and frame.shape == (2, 61)
    praise = frame[frame.EventRootCode == "05"].iloc[0]
    assert (praise.EventCode, praise.EventBaseCode, praise.QuadClass, praise.GoldsteinScale) == ("0511", "051", 1, 3.4)
    assert (praise.NumMentions, praise.NumSources, praise.NumArticles, praise.AvgTone) == (2, 2, 2, 0.0)
    assert (praise.SQLDATE, praise.MonthYear, praise.Year) == (20230314, 202303, 2023)
    assert (praise.Actor1Code, praise.Actor1CountryCode, praise.Actor1Type1Code, praise.Actor2CountryCode) == ("CHNGOV", "CHN", "GOV", "PRK")
    assert (praise.ActionGeo_Type, praise.ActionGeo_FullName, praise.ActionGeo_CountryCode) == (4, "Pyongyang, North Korea", "KN")
    assert praise.IsRootEvent == 1 and praise.SOURCEURL == "https://wire.example/g1"
    assert len(str(praise.DATEADDED)) == 14
    un = frame[frame.EventRootCode == "16"].iloc[0]
    assert (un.Actor1KnownGroupCode, un.Actor1Type1Code, un.ActionGeo_Type, un.ActionGeo_FeatureID) == ("UNO", "IGO", 1, "KN")
    assert pandas.isna(un.Actor1CountryCode)


def test_gdelt_rows_are_single_unquoted_lines(filled, tmp_path):
    out = tmp_path / "events.tsv"
    filled.export("gdelt", out)
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 3 and all(line.count("\t") == 60 for line in lines) and '"' not in out.read_text("utf-8")


def test_split_actor_code():
    assert split_actor_code("USAGOVMIL", "USA") == (None, (), ("GOV", "MIL"))
    assert split_actor_code("IGOUNO", None) == ("UNO", (), ("IGO",))
    assert split_actor_code("SYRMOSSUNREB", "SYR") == (None, ("MOS", "SUN"), ("REB",))


def test_jsonl_is_design_records_with_counts(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    assert filled.export("jsonl", out) == 3
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert all({"event_id", "source", "target", "trigger", "modality", "num_mentions"} <= set(r) for r in records)
    assert [r["cameo"] for r in records] == ["0511", "163", "138"]
    mentions = tmp_path / "mentions.jsonl"
    assert filled.export("jsonl", mentions, mentions=True) == 4


def test_plover_records(filled, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    filled.export("plover", out, asserted_only=True)
    first = json.loads(out.read_text("utf-8").splitlines()[0])
    assert first["event"] == ["SUPPORT"] and first["date"] == "2023-03-14"
    assert first["actor"][0]["code"] == "CHN" and first["actor"][0]["sector"] == "GOV"
    assert first["recipient"][0]["country_name"] == "North Korea"
    assert first["event_loc"]["country_code"] == "PRK" and first["num_articles"] == 2


def test_csv_and_parquet(filled, tmp_path):
    assert filled.export("csv", tmp_path / "e.csv") == 3
    frame = pandas.read_csv(tmp_path / "e.csv")
    assert {"global_event_id", "num_mentions", "source_country"} <= set(frame.columns)
    assert filled.export("parquet", tmp_path / "m.parquet", mentions=True) == 4
    mentions = pandas.read_parquet(tmp_path / "m.parquet")
    assert len(mentions) == 4 and mentions.global_event_id.nunique() == 3


def test_export_errors_are_one_line(filled, tmp_path):
    with pytest.raises(EventwireError, match="E402"):
        filled.export("xml", tmp_path / "x")
    with pytest.raises(EventwireError, match="E409"):
        filled.export("gdelt", tmp_path / "x", mentions=True)
    with pytest.raises(EventwireError, match="E410"):
        filled.export("jsonl", tmp_path / "no" / "such" / "dir.jsonl")
    assert not list(tmp_path.glob(".*.partial"))


def test_export_keeps_only_events_at_least_as_confident_as_asked(store, store_settings, tmp_path):
    from dataclasses import replace

    sure = make_event("c1", 0, "CHNGOV", "PRKGOV", "051", "2023-03-14", plover="SUPPORT")
    unsure = replace(make_event("c1", 1, "USAGOV", "IRNGOV", "111", "2023-03-14", plover="ACCUSE"), confidence=0.3)
    store.ingest_results([make_result("c1", [sure, unsure])], store_settings)
    assert store.export("jsonl", tmp_path / "all.jsonl") == 2
    assert store.export("jsonl", tmp_path / "sure.jsonl", min_confidence=0.5) == 1
    assert json.loads((tmp_path / "sure.jsonl").read_text("utf-8"))["cameo"] == "051"
    assert store.export("jsonl", tmp_path / "m.jsonl", mentions=True, min_confidence=0.5) == 1
    assert store.export("csv", tmp_path / "sure.csv", min_confidence=0.5) == 1
    assert store.export("gdelt", tmp_path / "sure.tsv", min_confidence=0.5) == 1
    assert store.export("plover", tmp_path / "none.jsonl", min_confidence=0.9) == 0
