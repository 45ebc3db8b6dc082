import json

from eventwire.engine.progress import Rates, Tally, duration, estimate_documents, status_line, summary_line
from eventwire.errors import problem
from eventwire.types import Document, DocumentResult


def result(sentences: int, parsed: int) -> DocumentResult:
    return DocumentResult(document=Document(doc_id="d", origin="d", body=("x",)), events=(), sentences=sentences, sentences_parsed=parsed)


def test_tally_counts_documents_problems_and_sentences():
    tally = Tally()
    for item in (result(10, 4), problem("E101", "e.txt"), result(6, 6)):
        tally.add(item)
    assert (tally.documents, tally.problems, tally.sentences, tally.parsed, tally.skipped) == (2, 1, 16, 10, 6)


def test_status_line_shows_rates_and_an_eta_when_the_total_is_known():
    tally = Tally(documents=50, sentences=700)
    rates = Rates.between(Tally(), tally, 10.0)
    line = status_line(tally, rates, expected=200)
    assert line.startswith("50/~200 documents · 5.0 docs/s · 70 sentences/s")
    assert line.endswith("ETA 0:30")
    assert "ETA" not in status_line(tally, rates, expected=None)


def test_summary_line_says_parsed_versus_skipped_and_time():
    tally = Tally(documents=1200, problems=3, sentences=15000, parsed=9000, events=4100)
    line = summary_line(tally, 3725.0)
    assert line == ("coded 1,200 documents (3 skipped with problems): 15,000 sentences, 9,000 parsed, "
                    "6,000 tokenized only; 4,100 events in 1:02:05 (0.3 documents/s)")
    assert duration(59.6) == "1:00"


def test_summary_line_gives_the_loading_time_apart_and_the_rate_after_it():
    line = summary_line(Tally(documents=300, sentences=4000, parsed=3900, events=5000), 20.0, loading=5.0)
    assert line.endswith("events in 0:20 (pipelines loaded in 5.0 s, then 20.0 documents/s)")


def test_estimate_counts_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("one story")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("".join(json.dumps({"text": f"s{n}"}) + "\n" for n in range(5)))
    assert estimate_documents([str(tmp_path)]) == 6
    assert estimate_documents([str(tmp_path / "a.txt"), "-"]) is None
