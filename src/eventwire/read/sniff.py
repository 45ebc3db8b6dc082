"""What kind of input a text is: by its content first, then its file extension."""

from __future__ import annotations

import json
import re

FEED = re.compile(r"<(rss|feed|rdf:rdf)\b", re.IGNORECASE)
HTML = re.compile(r"<(!doctype\s+html|html|head|body|article|main|div|p|h1|title|meta)\b", re.IGNORECASE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HEAD_CHARS = 4096


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _first_line_is_json_object(text: str) -> bool:
    line = text.split("\n", 1)[0]
    return _parses(line) and line.lstrip().startswith("{")


def sniff_kind(text: str, suffix: str = "") -> str:
    """One of "feed", "html", "jsonl", "json", "text"."""
    head = text.lstrip("\ufeff \t\r\n")[:HEAD_CHARS]
    suffix = suffix.lower()
    if head.startswith("<"):
        if FEED.search(head):
            return "feed"
        if HTML.search(head) or suffix in HTML_SUFFIXES:
            return "html"
        if suffix in FEED_SUFFIXES:
            return "feed"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json" if head.startswith(("{", "[")) else "text"
    if head.startswith("["):
        return "json" if _parses(text) else "text"
    if head.startswith("{"):
        return "jsonl" if _first_line_is_json_object(head) else "json"
    return "text"
