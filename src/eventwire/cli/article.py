"""``eventwire article PATH``: what the reader makes of one article."""

from __future__ import annotations

import json

import click

from ..clean import clean_article, document_json
from ..errors import EventwireError
from ..read import iter_articles
from ..types import Problem
from .common import report_problem
from .main import main


@main.command()
@click.argument("path")
@click.option("--lang", "languages", multiple=True, help="Also accept text in this language (ISO 639-1 code).")
@click.pass_context
def article(ctx: click.Context, path: str, languages: tuple[str, ...]) -> None:
    """Print the reader's result for one article as JSON (metadata, body, removed lines).

    PATH is a file, a URL or - for standard input. A JSON Lines file or a
    feed prints one JSON object per article, one per line.
    """
    settings = ctx.obj.with_overrides({"reader.languages": tuple(ctx.obj.reader.languages) + languages})
    printed = 0
    for item in iter_articles([path], settings):
        document = item if isinstance(item, Problem) else clean_article(item, settings)
        if isinstance(document, Problem):
            report_problem(document)
            continue
        click.echo(json.dumps(document_json(document), ensure_ascii=False, indent=None if printed else 2))
        printed += 1
    if not printed:
        raise EventwireError("E005", origin=path)
