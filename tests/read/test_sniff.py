import pytest

from eventwire.read.sniff import sniff_kind


@pytest.mark.parametrize(
    ("text", "suffix", "kind"),
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel>', ".xml", "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "", "feed"),
        ("<!DOCTYPE html><html><body><p>Hi</p>", ".txt", "html"),
        ("  <div class='story'><p>Text</p></div>", "", "html"),
        ("<section>plain</section>", ".htm", "html"),
        ('{"text": "a"}\n{"text": "b"}\n', "", "jsonl"),
        ('{"text": "a"}\n', ".jsonl", "jsonl"),
        ("not json at all", ".jsonl", "jsonl"),
        ('{\n  "text": "pretty printed"\n}', "", "json"),
        ('[{"text": "a"}]', "", "json"),
        ("[Updated] Talks resume in Geneva", "", "text"),
        ("SEOUL--North Korea fired a missile.", ".html", "text"),
        ("REUTERS\nOctober 10, 2020", "", "text"),
    ],
)
def test_kind_is_sniffed_from_content_then_extension(text, suffix, kind):
    assert sniff_kind(text, suffix) == kind
