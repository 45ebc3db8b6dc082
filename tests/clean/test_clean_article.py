"""Whole articles through the cleaner: metadata, story paragraphs, removed lines."""

import dataclasses

import pytest

from eventwire.clean import clean_article, document_json
from eventwire.types import Article, Problem

# file -> (source, published, published_utc, dateline, story paragraphs, removed trailing lines)
TEXT_FIXTURES = {
    "ap-flood-relief.txt": ("Associated Press", "2021-05-03T23:45:00-04:00", "2021-05-04T03:45:00", "Washington", 5, 3),
    "reuters-lebanon-drone.txt": ("Reuters", "2022-11-14T16:20:00+02:00", "2022-11-14T14:20:00", "Beirut", 4, 2),
    "yonhap-ministers.txt": ("Yonhap", "2023-03-16T21:40:00+09:00", "2023-03-16T12:40:00", "Seoul", 5, 2),
    "xinhua-budget.txt": ("Xinhua", "2023-03-05T10:30:00+08:00", "2023-03-05T02:30:00", "Beijing", 5, 3),
    "india-rice-exports.txt": (None, "2022-03-02T09:15:00+05:30", "2022-03-02T03:45:00", "New Delhi", 4, 2),
    "brussels-sanctions.txt": (None, "2021-07-20", None, "Brussels", 4, 2),
    "aap-wrapped.txt": ("Australian Associated Press", "2022-06-07T06:05:00+10:00", "2022-06-06T20:05:00", "Canberra", 4, 1),
    "uk-energy-sale.txt": (None, "2023-06-04T14:30:00+01:00", "2023-06-04T13:30:00", None, 4, 5),
    "sudan-ceasefire.txt": (None, "2023-05-29", None, None, 3, 1),
    "kyodo-suga-trip.txt": ("Kyodo", "2020-10-10", None, None, 3, 4),
    "korea-reunions.txt": (None, "2020-10-10T15:30:00", None, None, 3, 1),
}


def read_fixture(path) -> Article:
    return Article(origin=str(path), text=path.read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(TEXT_FIXTURES))
def test_plain_text_articles_come_out_right(name, fixtures_dir, settings):
    source, published, utc, place, paragraphs, trailing = TEXT_FIXTURES[name]
    path = fixtures_dir / "articles" / "text" / name
    document = clean_article(read_fixture(path), settings)
    record = document_json(document)
    assert (record["source"], record["published"], record["published_utc"], record["dateline"]) == (source, published, utc, place)
    assert len(record["body"]) == paragraphs
    lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    removed = [r["text"] for r in record["removed"]]
    assert removed[-trailing:] == lines[-trailing:]  # the junk at the end, in order
    assert all(r["reason"] for r in record["removed"])
    assert not set(removed) & set(record["body"])


def test_story_paragraphs_lose_their_dateline_and_keep_the_final_quote(fixtures_dir, settings):
    document = clean_article(read_fixture(fixtures_dir / "articles" / "text" / "india-rice-exports.txt"), settings)
    assert document.body[0].startswith("India will send 40,000 tonnes of rice")
    assert document.body[-1].startswith('"We expect the first consignment')
    assert document.title == "India to ship rice to Sri Lanka under credit line"


def test_a_background_paragraph_that_refers_back_stays(fixtures_dir, settings):
    document = clean_article(read_fixture(fixtures_dir / "articles" / "text" / "kyodo-suga-trip.txt"), settings)
    assert document.body[-1].startswith("Both countries are key partners")
    assert "no link" in document.removed[2].reason


def test_hard_wrapped_paragraphs_are_joined(fixtures_dir, settings):
    document = clean_article(read_fixture(fixtures_dir / "articles" / "text" / "aap-wrapped.txt"), settings)
    assert document.body[0].startswith("Australia's new government will send its foreign minister to the Pacific islands")
    assert document.body[0].endswith("growing presence in the region.")


def test_the_seed_article(shared_dir, settings):
    path = shared_dir / "examples" / "seed-article.txt"
    document = clean_article(read_fixture(path), settings)
    record = document_json(document)
    assert record["source"] == "Reuters"
    assert record["published"] == "2020-10-10T08:30:00+09:00"
    assert record["published_utc"] == "2020-10-09T23:30:00"
    assert record["dateline"] == "Seoul"
    lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert [r["text"] for r in record["removed"]][-5:] == lines[-5:]
    assert len(record["body"]) == 6 and not set(lines[-5:]) & set(record["body"])
    assert document.published.utcoffset().total_seconds() == 9 * 3600


def test_doc_id_is_the_given_id_else_a_stable_hash(settings):
    text = "Officials in Quito said on Monday that the new bridge over the river would open next month."
    first = clean_article(Article(origin="a", text=text), settings)
    again = clean_article(Article(origin="b", text=text + "\n"), settings)
    given = clean_article(Article(origin="c", text=text, doc_id="story-7"), settings)
    assert first.doc_id == again.doc_id and len(first.doc_id) == 16
    assert given.doc_id == "story-7"


def test_given_metadata_wins_over_the_text(settings):
    text = "REUTERS\n10 October 2020\nQUITO (Reuters) - Officials said on Monday that the new bridge would open next month."
    article = Article(origin="x", text=text, source="Andes Daily", published="2020-10-12T09:00:00-05:00", kind="jsonl")
    document = clean_article(article, settings)
    assert document.source == "Andes Daily"
    assert document.published.isoformat() == "2020-10-12T09:00:00-05:00"
    assert document.dateline == "Quito"


def test_page_metadata_gives_way_to_the_agency_in_the_text(settings):
    text = "ACCRA (Reuters) - Ghana's finance ministry said on Saturday it had reached a deal with creditors."
    document = clean_article(Article(origin="x", text=text, source="Harbour Post", kind="html"), settings)
    assert document.source == "Reuters"


def test_non_english_text_is_skipped_unless_allowed(fixtures_dir, settings):
    article = read_fixture(fixtures_dir / "articles" / "bad" / "french-report.txt")
    skipped = clean_article(article, settings)
    assert isinstance(skipped, Problem) and skipped.code == "E109" and "--lang fr" in skipped.message
    allowed = settings.with_overrides({"reader.languages": ("en", "fr")})
    document = clean_article(article, allowed)
    assert document.language == "fr" and document.body[0].startswith("PARIS")


def test_nothing_left_after_cleaning_is_a_problem(settings):
    problem = clean_article(Article(origin="x", text="\n \n"), settings)
    assert isinstance(problem, Problem) and problem.code == "E111"


def test_day_precision_is_printed_as_a_date(settings):
    text = "10 October 2020\nLIMA — Peru's congress voted on Friday to hold an early election next year, lawmakers said."
    document = clean_article(Article(origin="x", text=text), settings)
    assert document.published_precision == "day" and document.published.tzinfo is None
    assert document_json(document)["published"] == "2020-10-10"
    assert document_json(dataclasses.replace(document, published=None))["published"] is None
