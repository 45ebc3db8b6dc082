"""HTML pages: trafilatura finds the article; its metadata (htmldate) gives date, title, site."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError

from ..errors import problem
from ..types import Article, Problem

MIN_SENTENCE_WORDS = 8  # a page whose longest paragraph is shorter holds no article
DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr")


def has_article_text(text: str | None) -> bool:
    return bool(text) and any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines())


def _page_date(value: str | None) -> str | None:
    """htmldate pads a date without a time with midnight: keep only the date then."""
    if value and value.endswith("T00:00:00"):
        return value[: -len("T00:00:00")]
    return value


def read_html(text: str, origin: str, url: str | None = None) -> Iterator[Article | Problem]:
    try:
        page = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )  # fmt: skip
    except (ValueError, TypeError, ParserError, XMLSyntaxError) as exc:
        yield problem("E112", origin, reason=f"HTML could not be parsed ({exc})")
        return
    if page is None or not has_article_text(page.text):
        yield problem("E106", origin)
        return
    yield Article(
        origin=origin,
        text=page.text,
        title=page.title or None,
        published=_page_date(page.date),
        source=page.sitename or None,
        url=page.url or url,
        kind="html",
    )


def fragment_text(markup: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one line per block."""
    if "<" not in markup:
        return markup
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, XMLSyntaxError, ValueError):
        return ""
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()
