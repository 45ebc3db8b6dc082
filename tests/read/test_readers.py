"""iter_articles over every shape of input, and over bad ones."""

import io
import sys

from eventwire.clean import clean_article
from eventwire.read import iter_articles
from eventwire.types import Article, Problem


def articles_of(paths, settings):
    return list(iter_articles([str(p) for p in paths], settings))


def test_html_pages_give_main_text_and_page_metadata(fixtures_dir, settings):
    [article] = articles_of([fixtures_dir / "articles" / "html" / "harbour-strike.html"], settings)
    assert article.kind == "html"
    assert article.title == "Dock workers strike shuts Chile's biggest ports"
    assert article.source == "The Coastal Ledger"
    assert article.published == "2022-09-12T07:40:00-0300"
    assert article.url == "https://coastal-ledger.example/world/chile-ports-strike"
    assert "Home" not in article.text and "Ten beaches" not in article.text
    document = clean_article(article, settings)
    assert document.source == "Associated Press"  # the dateline's agency, over the site name
    assert document.dateline == "Valparaiso, Chile"
    assert document.published.isoformat() == "2022-09-12T07:40:00-03:00"
    assert document.body[-1] == "Copper accounts for roughly half of Chile's exports."


def test_html_page_with_a_day_only_date_and_a_trailing_prompt(fixtures_dir, settings):
    [article] = articles_of([fixtures_dir / "articles" / "html" / "council-vote.html"], settings)
    document = clean_article(article, settings)
    assert document.published.date().isoformat() == "2019-04-02" and document.published_precision == "day"
    assert document.dateline == "Manchester" and len(document.body) == 4
    assert any(r.text.startswith("Sign up for our weekly email") for r in document.removed)


def test_rss_entries_become_articles(fixtures_dir, settings):
    items = articles_of([fixtures_dir / "articles" / "feeds" / "world.rss"], settings)
    assert [a.doc_id for a in items] == ["harbour-post-2023-0412", "harbour-post-2023-0513"]
    assert all(a.kind == "rss" and a.source == "Harbour Post World News" for a in items)
    assert items[0].origin.endswith("world.rss#1")
    documents = [clean_article(a, settings) for a in items]
    assert documents[0].published.isoformat() == "2023-04-12T14:20:00-05:00"
    assert documents[0].source == "Harbour Post" and documents[1].source == "Reuters"
    assert documents[1].body[0].startswith("Ghana reached an agreement")
    assert [r.text for r in documents[0].removed] == ["Sign up for our Latin America newsletter."]


def test_atom_entries_become_articles(fixtures_dir, settings):
    items = articles_of([fixtures_dir / "articles" / "feeds" / "briefing.atom"], settings)
    documents = [clean_article(a, settings) for a in items]
    assert [d.doc_id for d in documents] == ["urn:example:northern-desk:1201", "urn:example:northern-desk:1202"]
    assert documents[0].published.isoformat() == "2021-11-02T09:30:00+01:00"  # published, not updated
    assert documents[1].published.isoformat() == "2021-11-03T08:15:00+02:00"  # only updated
    assert documents[0].dateline == "Oslo" and documents[1].dateline == "Helsinki"
    assert documents[0].source == "Northern Desk Briefing"


def test_json_lines_corpus_with_bad_lines(fixtures_dir, settings):
    path = fixtures_dir / "articles" / "corpus.jsonl"
    items = articles_of([path], settings)
    problems = {p.origin: p.code for p in items if isinstance(p, Problem)}
    assert problems == {f"{path}:4": "E107", f"{path}:5": "E108", f"{path}:6": "E107", f"{path}:7": "E113"}
    articles = [a for a in items if isinstance(a, Article)]
    assert [a.doc_id for a in articles] == ["cx-001", "42", None, "cx-007"]
    first = clean_article(articles[0], settings)
    assert (first.doc_id, first.title, first.source, first.url) == ("cx-001", "Mali junta sets election date", "Sahel Monitor", "https://sahel-monitor.example/mali-vote")
    assert first.published_date.isoformat() == "2022-06-07" and first.dateline == "Bamako"
    second = clean_article(articles[1], settings)
    assert second.published.isoformat() == "2021-08-30T18:00:00+04:30" and second.source == "Associated Press"
    assert clean_article(articles[3], settings).published is None  # its date was unreadable (E113)


def test_json_lines_limit_applies_per_record(tmp_path, settings):
    path = tmp_path / "corpus.jsonl"
    story = "Officials in Lusaka said on Monday that the new railway line would open in June."
    path.write_text(f'{{"id": "a", "text": "{story}"}}\n{{"id": "b", "text": "{story * 20}"}}\n', "utf-8")
    small = settings.with_overrides({"reader.max_bytes": 500})
    items = list(iter_articles([str(path)], small))
    assert isinstance(items[0], Article) and items[0].doc_id == "a"
    assert isinstance(items[1], Problem) and items[1].code == "E103" and items[1].origin == f"{path}:2"


def test_a_json_document_holds_one_or_many_records(tmp_path, settings):
    path = tmp_path / "batch.json"
    path.write_text('[{"id": "x1", "text": "Talks in Doha ended on Friday, officials said."}, {"title": "no text"}]', "utf-8")
    items = list(iter_articles([str(path)], settings))
    assert isinstance(items[0], Article) and items[0].doc_id == "x1"
    assert isinstance(items[1], Problem) and items[1].code == "E108" and items[1].origin == f"{path}[2]"


def test_a_text_that_is_not_a_string_is_named_as_such(tmp_path, settings):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "n1", "text": 2024}\n{"id": "n2", "text": ["Talks", "resumed"]}\n{"id": "n3"}\n', "utf-8")
    lines = [item.line() for item in iter_articles([str(path)], settings)]
    assert lines == [
        f"[E107] {path}:1: malformed JSON Lines record: field 'text' must be a string, got a number",
        f"[E107] {path}:2: malformed JSON Lines record: field 'text' must be a string, got a list",
        f"[E108] {path}:3: JSON Lines record has no 'text' field",
    ]


def test_a_broken_link_in_a_folder_is_one_line_and_the_store_files_are_passed_over(tmp_path, settings):
    (tmp_path / "story.txt").write_text("Officials in Lusaka said on Monday that the new railway would open in June.", "utf-8")
    (tmp_path / "old.txt").symlink_to(tmp_path / "moved-away.txt")
    (tmp_path / "events.duckdb").write_bytes(b"DUCK\x00\x01")
    items = list(iter_articles([str(tmp_path)], settings, exclude={(tmp_path / "events.duckdb").resolve()}))
    assert [item.line() for item in items if isinstance(item, Problem)] == [
        f"[E114] {tmp_path / 'old.txt'}: broken symbolic link: its target {tmp_path / 'moved-away.txt'} does not exist"
    ]
    assert [item.origin for item in items if isinstance(item, Article)] == [str(tmp_path / "story.txt")]


def test_folders_are_read_recursively_in_a_stable_order(tmp_path, fixtures_dir, settings):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    story = "Officials in Lusaka said on Monday that the new railway line would open in June."
    for name in ("b/deeper/3.txt", "a.txt", "b/2.txt", ".hidden/x.txt", ".notes.txt"):
        (tmp_path / name).write_text(story, "utf-8")
    origins = [a.origin for a in iter_articles([str(tmp_path)], settings)]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "b" / "deeper" / "3.txt")]


def test_standard_input(monkeypatch, settings):
    story = "HANOI — Vietnam's parliament approved a new land law on Thursday, state media said."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(story.encode("utf-8"))))
    [article] = list(iter_articles(["-"], settings))
    assert article.origin == "<stdin>" and clean_article(article, settings).dateline == "Hanoi"


def test_every_bad_input_is_a_named_problem_and_the_good_ones_go_on(mixed_dir, size_limit, settings):
    folder, expected = mixed_dir
    limited = settings.with_overrides({"reader.max_bytes": size_limit})
    results = [item if isinstance(item, Problem) else clean_article(item, limited) for item in iter_articles([str(folder)], limited)]
    problems = {p.origin: p.code for p in results if isinstance(p, Problem)}
    for name, code in expected.items():
        assert problems[str(folder / "bad" / name)] == code
    documents = [d for d in results if not isinstance(d, Problem)]
    assert len(documents) == 1 + 1 + 2 + 4 + 1  # text, html, two feed entries, four corpus records, latin-1
    wage = next(d for d in documents if d.origin.endswith("latin1-wage.txt"))
    assert "Andrés Peña" in wage.body[1] and wage.source == "Andes Wire"


def test_missing_inputs_and_unreadable_urls(tmp_path, settings):
    [missing] = list(iter_articles([str(tmp_path / "nope.txt")], settings))
    assert missing.code == "E006"
    [bad_url] = list(iter_articles(["http://127.0.0.1:9/never"], settings))
    assert bad_url.code == "E112" and bad_url.origin == "http://127.0.0.1:9/never"


def test_a_feed_is_fetched_from_a_url(fixtures_dir, settings):
    import http.server
    import threading

    feed = (fixtures_dir / "articles" / "feeds" / "briefing.atom").read_bytes()

    class FeedHandler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.end_headers()
            self.wfile.write(feed)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/briefing"
        items = list(iter_articles([url], settings))
    finally:
        server.shutdown()
        server.server_close()
    assert [a.origin for a in items] == [f"{url}#1", f"{url}#2"]
    assert items[0].title == "Norway and Sweden agree joint air patrols"
